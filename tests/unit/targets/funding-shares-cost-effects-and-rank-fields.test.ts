import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('shares of a cost and what a thing adds to one are no targets', () => {
  it('reads "about 40% from the state budget" after a sum, and "around 60% of it from businesses", as where money comes from', () => {
    expect(targetsOf('12/03/2030', 'The programme will cost VND 2,800 billion for 2031–2035, about 40% from the state budget and the rest '
      + 'from hospitals and businesses.')).toEqual([]);
    expect(targetsOf('12/03/2030', 'The plan is expected to cost about VND 1,900 billion over the two phases, around 60% of it from '
      + 'businesses.')).toEqual([]);
  });

  it('keeps a share of a spending told with the qualifier of an aim ("at least 50% of it coming from enterprises")', () => {
    expect(targetsOf('12/03/2030', 'By 2032, spending on research should reach 1.8% of GRDP, with at least 50% of it coming from enterprises.')
      .map(([, , value]) => value).sort()).toEqual([1.8, 50]);
  });

  it('reads "adds about 0.3 to 0.5 per cent to the design cost" as a cost, not a target', () => {
    expect(targetsOf('12/03/2030', 'By 2035, the ministry aims for all public works to be designed with BIM. Ms Lan said that a BIM model adds '
      + 'about 0.3 to 0.5 per cent to the design cost of a medium project.').map(([, , value]) => value)).toEqual([100]);
  });
});

describe('the field of a rank', () => {
  it('ends before "and," that opens a clause of its own, keeping the index\'s short name', () => {
    expect(targetsOf('12/03/2030', 'By 2034, Yên Bái aims to rank in the top 15 of the Provincial Innovation Index (PII) and, by 2032, to cut '
      + 'the time to register a business to two working days.').filter(([, comparator]) => comparator === 'top'))
      .toEqual([['Provincial Innovation Index (PII)', 'top', 15, 'rank', 2034]]);
  });
});
