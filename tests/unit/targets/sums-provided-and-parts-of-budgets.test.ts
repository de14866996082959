import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('sums a body provides or contributes, and a part of a budget', () => {
  it('gives no target for money a body will provide, nor for a further sum another contributes', () => {
    expect(targetsOf('By 2031, the province aims to have 60 smart fish-farming cooperatives. The Ministry will provide VND 95 billion over '
      + 'two years for the oyster hatchery project, with the province contributing a further VND 40 billion.').map(([, , value]) => value))
      .toEqual([60]);
  });

  it('gives no target for a part of a budget, told after it with "including" or "of which"', () => {
    expect(targetsOf('The centre\'s budget for 2030 is VND 212 billion, including VND 75 billion for the open data platform.')).toEqual([]);
    expect(targetsOf('The programme\'s total funding is VND 640 billion, of which VND 210 billion for training.')).toEqual([]);
    // (A sum to raise is still a goal: "attract VND 3 trillion of investment, including VND 1 trillion from abroad".)
    expect(targetsOf('By 2031, the province aims to attract VND 3,000 billion of private investment in its ports.').map(([, , value]) => value))
      .toEqual([3000]);
  });
});
