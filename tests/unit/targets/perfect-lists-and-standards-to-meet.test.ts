import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('02/03/2027', ...lines) }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, deadline: t.deadline }));

describe('the counts of participles that share one "to have", and counts "to meet" a standard', () => {
  it('reads each count of "aims … to have published X, filed Y and trained Z" as a target of the aim\'s deadline', () => {
    expect(targets('By 2032, the fund aims for its grantees to have published at least 80 papers in Scopus journals, filed at least '
      + '6 patent applications and trained 25 doctoral students.')).toEqual(expect.arrayContaining([
      expect.objectContaining({ metric: 'papers in Scopus journals', value: 80, deadline: 2032 }),
      expect.objectContaining({ metric: 'patent applications', value: 6, deadline: 2032 }),
      expect.objectContaining({ metric: 'doctoral students', value: 25, deadline: 2032 }),
    ]));
  });

  it('keeps the same list reported as done ("is estimated to have trained …") out of the targets', () => {
    expect(targets('The institute is estimated to have trained 400 engineers, filed 12 patents and published 90 papers in 2026.')).toEqual([]);
  });

  it('reads "15 provincial testing centres are to meet international standards" as a count still to come', () => {
    expect(targets('By 2031, 15 provincial testing centres are to meet international standards.'))
      .toMatchObject([{ value: 15, unit: 'centres', deadline: 2031 }]);
  });
});
