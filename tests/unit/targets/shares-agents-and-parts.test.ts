import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('04/03/2027', ...lines) });
const targets = (...lines: string[]) => build(...lines).targets.map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline]);

describe('a share someone is meant to supply, and the clause after it', () => {
  // (The scope's name leaves the metric, as everywhere: "in Vietnam".)
  it('names who is to act, spells the participle right, and stops the metric before a clause of its own', () => {
    expect(targets('By 2035, local firms are meant to supply 30-35% of the value of electronic components bought in Vietnam, and the country aims to export '
      + 'more chips.')).toEqual([['electronic components bought supplied by local firms', '=', 30, 35, '%', 2035]]);
  });
});

describe('parts and scenarios', () => {
  it('counts "of which at least N able to …" in its whole\'s unit', () => {
    expect(targets('Under the programme, Vietnam aims to have at least 40 enterprises mastering robotics by 2030, of which at least 8 able to make their own '
      + 'controllers.').map((t) => [t[2], t[4]])).toEqual([[40, 'enterprises'], [8, 'enterprises']]);
  });

  it('reads an analyst\'s base case as no target', () => {
    expect(targets('"Our base case is that local firms reach about 18% of the market by 2035, well short of the goal," she said.')).toEqual([]);
  });
});

describe('the page\'s own history', () => {
  it('is no event: "An earlier version of this story, first published on Tuesday, …"', () => {
    expect(build('An earlier version of this story, first published on Tuesday, did not include the programme\'s targets.').events).toEqual([]);
  });
});

describe('a figure told again', () => {
  it('is no new target after "the": "The target is the 75%", "far from the 75%"', () => {
    expect(targets('By 2030, at least 75% of exported seafood is to carry digital traceability codes.',
      '"That is an estimate, not a target. The target is the 75%," she said. "Without new boats, we will stay far from the 75%."')
      .map((t) => t[2])).toEqual([75]);
  });

  it('keeps a rank and "all of the" as targets', () => {
    expect(targets('The province aims to rank among the top 12 in the Provincial Innovation Index by 2030.',
      'The plan also sets the goal of AI tools being used in all of the province\'s public hospitals by 2028.').map((t) => [t[2], t[4]]))
      .toEqual([[100, '% of public hospitals'], [12, 'rank']]);
  });
});

describe('a summary box that repeats the body', () => {
  it('gives each target once, from the body', () => {
    const found = targets('The Ministry of Agriculture and Environment has issued its plan for digital fisheries.', 'AT A GLANCE', 'Key targets: 100% of fishing vessels tracked by 2027; 60% of seafood exports traceable by 2030',
      'Plan 412/KH-BNNMT sets the ministry\'s goals. By 2027, 100% of offshore fishing vessels are to be tracked by satellite.',
      'By 2030, at least 60% of seafood exports are to be traceable by digital codes.');
    expect(found.map((t) => [t[0], t[2], t[5]])).toEqual([
      ['offshore fishing vessels to be tracked by satellite', 100, 2027],
      ['seafood exports to be traceable by digital codes', 60, 2030],
    ]);
  });
});
