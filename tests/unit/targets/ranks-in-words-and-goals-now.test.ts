import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/06/2027', ...lines) }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline }));

describe('ranks told in words, and a goal "now" in force', () => {
  it('reads "among the ten leading …" as a rank, as it reads "the 30 leading"', () => {
    expect(targets('By 2032, the city is to be among the ten leading localities on the Digital Transformation Index.'))
      .toMatchObject([{ metric: 'Digital Transformation Index', comparator: 'top', value: 10, deadline: 2032 }]);
    expect(targets('The plan also keeps a place among the twelve best provinces nationwide in the PCI by 2029.'))
      .toMatchObject([{ metric: 'PCI', comparator: 'top', value: 12, deadline: 2029 }]);
    expect(targets('Hoa Binh strives to join the group of the 25 leading provinces in the PAPI by 2031.'))
      .toMatchObject([{ metric: 'PAPI', comparator: 'top', value: 25, deadline: 2031 }]);
  });

  it('keeps "often leading" and "the ten leading firms" of a past year out of the ranks', () => {
    expect(targets('Local firms, often leading in exports, asked for faster customs clearance in 2026.')).toEqual([]);
    expect(targets('In 2026 the ten leading firms in the park exported goods worth US$3 billion.')).toEqual([]);
  });

  it('reads the figure of "the target now is that …" as a target, and "now has" as a status', () => {
    expect(targets('The goal now is that by 2031 the country ranks among the top 40 in the Global Innovation Index.'))
      .toMatchObject([{ metric: 'Global Innovation Index', comparator: 'top', value: 40, deadline: 2031 }]);
    expect(targets('Our task now is to train 4,000 chip engineers by 2030.'))
      .toMatchObject([{ value: 4000, deadline: 2030 }]);
    expect(targets('The province now has 2,100 chip engineers.')).toEqual([]);
  });

  it('keeps a group\'s member and a speaker\'s audience out of the counts', () => {
    // (A hub to become is a goal without a figure, no count of one.)
    expect(targets('By 2040, the city is to become one of the logistics hubs of the Mekong Delta.').filter((t) => t.value !== null)).toEqual([]);
    expect(targets('"We will double our patents by 2030," the secretary told about 900 delegates at the congress.')).toEqual([]);
    expect(targets('By 2030 the city is to have one hundred certified start-ups.'))
      .toMatchObject([{ value: 100, deadline: 2030 }]);
  });
});
