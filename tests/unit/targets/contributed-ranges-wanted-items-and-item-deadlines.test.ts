import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, value, max and unit, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.deadline, t.metric, t.value, t.max, t.unit])
  .sort((a, b) => String(a).localeCompare(String(b)));
const plan = (...items: string[]) => targetsOf(['Vinh Long sets out its creative plan', 'Posted: 08/04/2027',
  'The Vinh Long Provincial People\'s Committee has issued a plan on creative industries.', 'By 2030, the plan sets the following targets:', ...items]);

describe('an item of a list of targets', () => {
  it('reads "contribute from 9% to 11%" as a range, not a rise from a baseline', () => {
    expect(plan('- the creative industries to contribute from 7% to 9% of GRDP;')).toEqual([[2030, 'creative industries share of GRDP', 7, 9, '% of GRDP']]);
  });

  it('reads a count wanted of a named thing: "- the creative hub in An Binh ward to host 80 start-ups"', () => {
    expect(plan('- the creative hub in An Binh ward to host 80 start-ups;')).toEqual([[2030, 'start-ups hosted', 80, null, 'start-ups']]);
  });

  it('keeps its own deadline to itself, though it names no figure: the items after it take the frame\'s', () => {
    expect(plan('- the creative hub in An Binh ward to open its doors to artists, by the end of 2029;', '- Vinh Long to rank among the top 10 in the DTI;',
      '- 90% of households to pay by e-wallet.')).toEqual([[2030, 'DTI', 10, null, 'rank'], [2030, 'households to pay by e-wallet', 90, null, '%']]);
  });

  it('leaves no room where an aside in brackets was read away', () => {
    expect(plan('- two million registered users of the Di San So (Digital Heritage) app.'))
      .toEqual([[2030, 'registered users of the Di San So app', 2000000, null, 'users']]);
  });
});
