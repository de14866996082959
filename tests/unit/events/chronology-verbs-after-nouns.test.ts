import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('entries of a chronology whose verb follows a noun in lower case', () => {
  const year = events('28/12/2026', 'The year in science, month by month',
    'MARCH',
    '• Mar 4 – The provincial council on science and digital transformation holds a conference in Vinh to review the pilots.',
    '• Mar 19 – Minister Phan Thu Ha and her Danish counterpart sign a science, technology and innovation cooperation agreement in Aarhus.',
    '• Mar 30 – The council will hold a press conference on its plan.');

  it('reads "holds" after a singular noun, and a bare "sign" after "her … counterpart", as the past', () => {
    expect(year).toContainEqual(['meeting', '2026-03-04', expect.stringMatching(/held a conference in Vinh to review the pilots$/)]);
    expect(year).toContainEqual(['signed', '2026-03-19', expect.stringMatching(/^Minister Phan Thu Ha and her Danish counterpart signed a science/)]);
  });

  it('leaves a verb after a modal in the future', () => {
    expect(year.filter(([, date]) => date === '2026-03-30')).toEqual([]);
  });
});
