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
      ['hamlets and residential groups with a community digital technology team', '=', 100, '% of hamlets and residential groups', 2030],
    ]);
  });
});

describe('a counted whole that opens a list item', () => {
  it('is every one of it, its number no count to reach: "all 380 villages"', () => {
    expect(targets('For 2029, the Provincial People\'s Committee has set the following targets:',
      '- all 380 villages in border communes to have 4G coverage;',
      '- train 1,500 farm households in online selling.',
    )).toEqual([
      ['farm households trained in online selling', '=', 1500, 'households', 2029],
      ['villages in border communes with 4G coverage', '=', 100, '% of villages in border communes', 2029],
    ]);
  });
});
