import { describe, expect, it } from 'vitest';
import { changes, clauseBefore, tenseBefore } from '../../../src/pipeline/targets/clause-reader.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/10/2025', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline]);

describe('the clause reader', () => {
  it('reads the subject before the predicate that leads to a figure, whatever the verb', () => {
    expect(clauseBefore('By 2029, the bioeconomy ought to generate no less than ')?.subject).toBe('bioeconomy');
    expect(clauseBefore('From next year, outlays on basic research by universities will climb to ')?.subject)
      .toBe('outlays on basic research by universities');
    expect(clauseBefore('the share of farms using certified drought-resistant seed is to hit ')?.subject)
      .toBe('share of farms using certified drought-resistant seed');
    expect(clauseBefore('the share of goods shipped to distant markets should reach ')?.subject)
      .toBe('share of goods shipped to distant markets');
  });

  it('starts a subject after a year, a clause break or a new phrase joined by "and the"', () => {
    expect(clauseBefore('the district will spend 2% of its budget on it; by 2028 the rate of fully digitised land records must reach ')?.subject)
      .toBe('rate of fully digitised land records');
    expect(clauseBefore('cloud use to reach 40% of GRDP and the count of certified data engineers to grow to ')?.subject)
      .toBe('count of certified data engineers');
  });

  it('reads no subject without a predicate right before the figure', () => {
    expect(clauseBefore('a turnover of ')).toBeNull();
    expect(clauseBefore('42, 43, ')).toBeNull();
  });

  it('tells a figure still to come from one reported, by the predicate', () => {
    expect(tenseBefore('Rural broadband coverage will stand at ')).toBe('forward');
    expect(tenseBefore('Rural broadband coverage is to stand at ')).toBe('forward');
    expect(tenseBefore('Rural broadband coverage climbed to ')).toBe('reported');
    expect(tenseBefore('Rural broadband coverage is estimated to stand at ')).toBe('reported');
    expect(tenseBefore('Rural broadband coverage already stands at ')).toBe('reported');
    expect(tenseBefore('Rural broadband coverage is targeted at ')).toBeNull();
    expect(tenseBefore('Rural broadband coverage is ')).toBeNull();
  });

  it('reads "from X to Y" after a verb of change as a baseline and a target, after any other verb as a range', () => {
    expect(changes('Exports of software should rise ')).toBe(true);
    expect(changes('Exports of software should make up ')).toBe(false);
    expect(build('By 2031, the creative economy should make up from 8 to 9 percent of GRDP.'))
      .toEqual([['creative economy share of GRDP', '=', 8, 9, '% of GRDP', 2031]]);
    expect(build('By 2031, the creative economy should rise from 8 to 9 percent of GRDP.'))
      .toEqual([['creative economy share of GRDP', '=', 9, null, '% of GRDP', 2031]]);
  });
});

describe('targets read with the clause reader', () => {
  it('takes the subject of any predicate as the metric, and what follows "of" as its base', () => {
    expect(build('By 2032, the creative economy ought to contribute no less than 12% of the province\'s GRDP.'))
      .toEqual([['creative economy share of GRDP', '>=', 12, null, '% of GRDP', 2032]]);
  });

  it('does not read "over" inside "cover" as a qualifier', () => {
    expect(build('By 2029, fibre broadband must cover 97% of the population.'))
      .toEqual([['fibre broadband share of population', '=', 97, null, '% of population', 2029]]);
  });

  it('keeps an actor out of the metric: a city that wants a share of its residents to do something', () => {
    expect(build('The town wants 75% of its traders to accept QR payments by 2028.').map((t) => t[0])).not.toContain('town');
  });

  it('reports an estimate or a state reached, and keeps what is still to come', () => {
    expect(build('This year, the creative economy is estimated to account for 6.2% of GRDP; the creative economy is to account for 9% of GRDP by 2030.')
      .map((t) => [t[2], t[5]])).toEqual([[9, 2030]]);
    expect(build('Smart irrigation already covers about 40% of orchards, and smart irrigation should cover 70% of orchards by 2030.')
      .map((t) => [t[2], t[5]])).toEqual([[70, 2030]]);
  });
});
