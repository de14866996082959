import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events.filter((e) => e.kind !== 'milestone');

describe('dates of happenings against the publication date', () => {
  it('resolves "on Thursday" to the Thursday on or before a Saturday publication', () => {
    const [event] = events('14/06/2025', 'Deputy Prime Minister Vo Minh Tri on Thursday signed Decree No. 148/2025/NĐ-CP on research funding.');
    expect(event).toMatchObject({ kind: 'signed', date: '2025-06-12', title: 'Deputy Prime Minister Vo Minh Tri signed Decree No. 148/2025/NĐ-CP' });
  });

  it('takes the year of a bare day from the publication date, and never dates a past happening after it', () => {
    const found = events('05/03/2025', 'On November 19, the City People\'s Council held its year-end session.', 'On March 1, the ministry held a conference on data.');
    expect(found.map((e) => e.date).toSorted()).toEqual(['2024-11-19', '2025-03-01']);
  });

  it('moves a held event whose inferred year falls after publication to the year before', () => {
    const [event] = events('19/06/2025', 'On July 10, the ministry held a conference on patents.');
    expect(event?.date).toBe('2024-07-10');
  });

  it('keeps a gathering merely named on a later day out of the past', () => {
    expect(events('05/01/2025', 'The conference will be held on March 3.')).toEqual([]);
  });
});
