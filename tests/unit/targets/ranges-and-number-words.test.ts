import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { numberOf } from '../../../src/pipeline/targets/quantity.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const values = (text: string) => amountParser.propose(text).map((p) => [p.comparator, p.value, p.max, p.unit]);

describe('ranges and numbers written as words', () => {
  it('reads a range with a dash, with the dash lost in scraping, and written out', () => {
    expect(values('the digital economy of the province will reach at least 25-30% of GRDP')).toEqual([['>=', 25, 30, '% of GRDP']]);
    expect(values('the digital economy of the province will reach at least 25 30% of GRDP')).toEqual([['>=', 25, 30, '% of GRDP']]);
    expect(values('the share of firms using e-invoices will reach between 62 and 65 per cent')).toEqual([['=', 62, 65, '%']]);
    // (A tilde, as some pages write a range.)
    expect(values('the share of farm output traced will reach 18~20% by 2035')).toEqual([['=', 18, 20, '%']]);
  });

  it('reads "from X% to Y%" after a verb of level as a range, and after a verb of change as a baseline and its target', () => {
    expect(values('by 2030 the digital economy is to account for from 14% to 17% of the province\'s GRDP'))
      .toEqual([['=', 14, 17, '% of GRDP']]);
    expect(values('by 2030 the province is to raise the digital economy from 14% to 17% of its GRDP')).toEqual([['=', 17, null, '%']]);
  });

  it('does not read a year before a share as the bottom of a range', () => {
    expect(values('In 2027 40% of clinics will keep electronic records')).toEqual([['=', 40, null, '%']]);
  });

  it('reads number words with a scale, and a number word before what it counts', () => {
    expect(numberOf('two million')).toBe(2_000_000);
    expect(numberOf('1.5 million')).toBe(1_500_000);
    expect(values('the city will train ten thousand technicians by 2030')).toEqual([['=', 10_000, null, 'technicians']]);
    expect(values('the ministry plans to establish four testing laboratories')).toEqual([['=', 4, null, 'laboratories']]);
  });
});

describe('a share told as a fraction', () => {
  it('reads a number of hundreds written in words, with a scale after it, as one number', () => {
    expect(numberOf('Two hundred thousand')).toBe(200_000);
    expect(numberOf('three hundred')).toBe(300);
    expect(values('d) Three hundred thousand patient records are linked to the regional health platform;')).toEqual([['=', 300_000, null, 'records']]);
  });

  it('reads "half of", "two-thirds of" and "a quarter of" as 50%, 66.7% and 25% of the things after them', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/01/2026', 'The plan aims for half of all vocational schools to teach robotics by 2028.',
      'The city wants two-thirds of its wards to run smart lighting by 2029, and a quarter of its buses to be electric by 2027.') }).targets
      .map((t) => [t.value, t.unit, t.deadline]).sort((a, b) => Number(a[2]) - Number(b[2]));
    expect(found).toEqual([[25, '%', 2027], [50, '%', 2028], [66.7, '%', 2029]]);
  });

  it('reads "three in four", "one in five" and "two out of three" of the things after them as shares, in a list under its frame too', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('30/10/2027', 'By 2030, the programme aims for:',
      '- three in four cooperatives to keep their accounts in software;', '- half of all household businesses to sell online;',
      '- one in five cooperatives to use sensors in production.',
      'By 2029, two out of three communes are to have a digital market.') }).targets
      .map((t) => [t.value, t.unit, t.deadline]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(found).toEqual([[20, '%', 2030], [50, '%', 2030], [66.7, '%', 2029], [75, '%', 2030]]);
    // (Or "one in every five".)
    expect(timelineOf({ 'seeds/a.txt': dated('30/10/2027', 'By 2030, one in every five firms in the province will be a digital technology firm.') })
      .targets.map((t) => [t.value, t.unit, t.deadline])).toEqual([[20, '%', 2030]]);
  });

  it('reads no share in "half of that" or "one in five of them", nor in what a speaker expects', () => {
    expect(timelineOf({ 'seeds/a.txt': dated('30/10/2027', 'By 2030 the province wants faster border crossings. "A truck waits six hours. Half '
      + 'of that is paperwork," she said.', '"We expect at least half of new research tasks to use lump-sum contracts by 2028," the minister said.') })
      .targets).toEqual([]);
  });

  it('leaves "half of the budget was spent" a reported figure', () => {
    expect(timelineOf({ 'seeds/a.txt': dated('10/01/2026', 'Half of the 2025 budget was spent by June.') }).targets).toEqual([]);
  });

  it('reads a number and a half of a scale, and half of one, in words', () => {
    expect(numberOf('two and a half million')).toBe(2_500_000);
    expect(numberOf('half a billion')).toBe(500_000_000);
    expect(values('the province aims for one and a half million tourists to book online by 2032').map(([, value]) => value)).toEqual([1_500_000]);
    expect(values('the app is to reach half a million farmers by 2032').map(([, value]) => value)).toEqual([500_000]);
  });

  it('reads half of a scale that opens a list item, the only number in it', () => {
    const items = timelineOf({ 'seeds/a.txt': dated('10/01/2029', 'The report keeps the plan\'s targets for 2030:',
      '- half a million residents using the provincial super-app every month;', '- a place in the top 20 of the index.') }).targets;
    expect(items.map((t) => [t.metric, t.value, t.unit, t.deadline])).toContainEqual(
      ['residents using the provincial super-app every month', 500_000, 'residents', 2030]);
  });
});

describe('a share of the economy and what it comes from', () => {
  it('measures what the share comes from: "12-13 per cent of GRDP from the digital economy"', () => {
    expect(amountParser.propose('By 2035, Tây Ninh aims to have 12-13 per cent of GRDP from the digital economy.').map((p) => [p.metric, p.value, p.max]))
      .toEqual([['digital economy share of GRDP', 12, 13]]);
  });
});

describe('a level raised to a rate', () => {
  it('reads "raise its density of industrial robots to between 250 and 300 per 10,000 manufacturing workers" as a range of that rate', () => {
    expect(amountParser.propose('- raise its density of industrial robots to between 180 and 220 per 10,000 manufacturing workers;')
      .map((p) => [p.metric, p.comparator, p.value, p.max, p.unit]))
      .toEqual([['density of industrial robots', '=', 180, 220, 'robots per 10,000 manufacturing workers']]);
    expect(amountParser.propose('The province will raise its density of service robots to at least 90 per 10,000 workers by 2032.')
      .map((p) => [p.comparator, p.value, p.max, p.unit])).toEqual([['>=', 90, null, 'robots per 10,000 workers']]);
  });
});

describe('a share for things', () => {
  it('reads "reach at least 90% for seaport procedures on the single window" as a share of those procedures', () => {
    expect(amountParser.propose('- reach at least 85% for customs procedures on the single window;').map((p) => [p.metric, p.comparator, p.value, p.unit]))
      .toEqual([['customs procedures on the single window', '>=', 85, '%']]);
  });
});
