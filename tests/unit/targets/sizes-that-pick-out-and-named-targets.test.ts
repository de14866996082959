import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('15/05/2028', ...lines) }).targets.map((t) => [t.metric, t.value]);

describe('figures that are no targets', () => {
  it('a size that picks the things out ("vessels under 20 metres")', () => {
    expect(targets('By 2030, all fishing boats are to carry tracking devices.',
      'He said the app would be free for owners of boats under 20 metres until the end of 2029.')).toEqual([['fishing boats carry tracking devices', 100]]);
  });

  it("a target named in a speaker's words, with no measure of its own", () => {
    expect(targets('By 2030, 75% of adults are to use cashless payments.',
      '"A target of 75% means one adult in four is still left out," she said.')).toEqual([['adults to use cashless payments', 75]]);
  });
});
