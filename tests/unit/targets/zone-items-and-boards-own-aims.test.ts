import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, value and scope. */
const scopes = (...lines: string[]) => timelineOf({ 'a.txt': ['Bình Định sets its zone on data', 'Posted: 10/10/2031', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.value, t.scope]).sort((a, b) => String(a).localeCompare(String(b)));

describe('the items of a list the province must reach, in a text about a zone in it', () => {
  it('are the province\'s, though they count things in the zone; the zone\'s management board\'s own aim is the board\'s', () => {
    expect(scopes('The Standing Board of the Bình Định Provincial Party Committee reviewed the Nhơn Hội Economic Zone\'s digital plan.',
      'By 2035, the Standing Board concluded, the province must:',
      '- have 85 percent of plants in the zone on the shared energy platform;',
      '- connect every plant that stores fuel to the zone\'s digital fire-alarm system by the end of 2033.',
      'The management board has also set a deadline for its own work: from 2032, the Nhơn Hội Economic Zone Management Board will settle '
        + 'construction permits fully online within 12 working days.')).toEqual([
      [2032, 12, 'Nhơn Hội Economic Zone Management Board'], [2033, 100, 'Binh Dinh'], [2035, 85, 'Binh Dinh'],
    ]);
  });
});

describe('a goal a sentence says was missed', () => {
  it('is no target, though its figure is told "against a goal of"', () => {
    // (Posted within the goal's own year, which the goal's year alone does not make past.)
    const text = ['Bình Định reviews its zone', 'Posted: 10/11/2030', 'Not everything went to plan. The 2030 goal of 25 smart factories was missed, '
      + 'and the zone reached only 11 percent solar power against a goal of 18 percent.'].join('\n\n');
    expect(timelineOf({ 'a.txt': text }).targets).toEqual([]);
  });
});

describe('a division of a body that sets its own aims', () => {
  it('is the scope of its aims, by its full name', () => {
    expect(scopes('The Traffic Police Division of the Bình Định Provincial Police has set itself an aim by the end of 2032: to return every '
      + 'impounded vehicle within 3 working days of a complete request.')).toEqual([[2032, 3, 'Traffic Police Division of the Bình Định Provincial Police']]);
  });
});
