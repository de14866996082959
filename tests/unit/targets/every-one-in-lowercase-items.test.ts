import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('06/08/2029', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('every one of a whole in a list item that opens in lower case', () => {
  it('is a target of all of it, with "every" or past a size that picks them out, to keep or to have something', () => {
    expect(targets('The meeting agreed that by the end of 2030 the commune aims for:',
      '- every hamlet and residential group to have a community digital technology team;',
      '- all fishing boats of 12 metres or longer to keep electronic logbooks;',
      '- 85% of adults to hold a level-2 electronic identification account.',
    )).toEqual([
      ['adults to hold a level-2 electronic identification account', '=', 85, '%', 2030],
      ['fishing boats keep electronic logbooks', '=', 100, '% of fishing boats', 2030],
      ['hamlet and residential groups with a community digital technology team', '=', 100, '% of hamlet and residential groups', 2030],
    ]);
  });
});
