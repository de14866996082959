import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, value and unit, in a fixed order. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Ports go digital', 'Posted: 16/08/2027', ...lines].join('\n\n') }).targets
  .map((t) => [t.deadline, t.metric, t.value, t.unit]).sort((a, b) => String(a).localeCompare(String(b)));

describe('figures that are no targets of their own', () => {
  it('a size that picks out the things a share counts, though the figure\'s words run on past it', () => {
    expect(targetsOf('By 2030, the programme aims for no fewer than 70% of river barges above 150 tonnes to carry tracking devices.').map((t) => t[2]))
      .toEqual([70]);
  });

  it('a sum a body is asked to add to a budget', () => {
    expect(targetsOf('The report asks the Department of Finance to add VND 40 billion to the 2029 budget for mobile towers in six communes.'))
      .toEqual([]);
  });
});

describe('a count\'s words', () => {
  it('stop before its deadline, however many words come first', () => {
    expect(targetsOf('The Hau Giang Provincial Labour Confederation issued its plan.',
      'At least 200 grassroots trade unions are to keep their records and accounts on the e-union platform by the end of 2029.')
      .map((t) => [t[0], t[2]])).toEqual([[2029, 200]]);
  });
});
