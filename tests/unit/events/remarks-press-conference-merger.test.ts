import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events.filter((e) => e.kind !== 'milestone');

describe('press conferences, remarks and mergers', () => {
  it('reads a press conference framing a report, and the signing the report tells of, each with its own day', () => {
    const found = events('12/07/2025', 'At the regular press conference of the Ministry of Science and Technology on the afternoon of July 11, the Acting Minister said the Prime Minister signed Decision 845/QD-TTg on Thursday approving the project.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([
      ['signed', '2025-07-10', 'Prime Minister signed Decision 845/QD-TTg'],
      ['meeting', '2025-07-11', 'Regular press conference of the Ministry of Science and Technology'],
    ]);
  });

  it('reads a merger with the day written beside it', () => {
    const [event] = events('20/11/2025', 'Following the merger with Phu Yen on July 1, the province now operates a single data centre.');
    expect(event).toMatchObject({ kind: 'establishment', date: '2025-07-01', title: 'Merger with Phu Yen' });
  });

  it('dates remarks by the gathering the same sentence dates', () => {
    const found = events('03/09/2025', 'Speaking at the ceremony on September 2, President Luong Cuong delivered a speech on the nation\'s future.');
    expect(found.map((e) => [e.kind, e.date])).toEqual([['meeting', '2025-09-02'], ['remarks', '2025-09-02']]);
  });

  it('does not date a happening by a gathering the sentence sets it after', () => {
    const found = events('22/08/2025', 'The conclusion was announced after the Politburo met on August 15, 2025 to hear the report.');
    expect(found.map((e) => [e.kind, e.title])).toEqual([['meeting', 'Meeting of the Politburo']]);
  });

  it('reads remarks delivered at a named occasion, by the speaker\'s name, and the occasion as a gathering that day', () => {
    const found = events('03/09/2025', 'On September 2, General Secretary To Lam delivered a speech at the ceremony in Hanoi.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([
      ['meeting', '2025-09-02', 'Ceremony in Hanoi'],
      ['remarks', '2025-09-02', 'To Lam delivered a speech at the ceremony'],
    ]);
  });

  it('names the occasion of remarks that the sentence opens with, such as an inauguration', () => {
    const [event] = events('06/03/2025', 'On March 5, at the inauguration of Data Hub No. 2 in the hi-tech park, Chairman of the City People\'s Committee Le Van Tam delivered remarks.');
    expect(event).toMatchObject({ kind: 'remarks', date: '2025-03-05', title: 'Le Van Tam delivered remarks at the inauguration of Data Hub No. 2' });
  });
});

describe('telling a gathering\'s audience', () => {
  it('reads "X, Chairman of Y, told delegates that …" as remarks at the gathering the text reports', () => {
    const found = events('23/10/2026', 'The Vietnam–Korea Digital Forum was held in Đà Nẵng on October 22.',
      'Park Min-jun, Chairman of the Korean Business Association in Vietnam, told delegates that member firms wanted faster licences.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toContainEqual(['remarks', '2026-10-22', 'Park Min-jun addressed delegates']);
  });
});
