import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';

const propose = (text: string) => amountParser.propose(text).map(({ metric, comparator, value, unit, baseline }) => ({ metric, comparator, value, unit, ...(baseline ? { baseline: baseline.text } : {}) }));

describe('amountParser', () => {
  it('reads a share of GDP with its qualifier, naming the metric by what the share measures', () => {
    expect(propose('The scale of the digital economy reaches at least 30% of GDP')).toEqual([{ metric: 'digital economy share of GDP', comparator: '>=', value: 30, unit: '% of GDP' }]);
    expect(propose('Vietnam has a digital economy scale reaching at least 50% of GDP')).toEqual([{ metric: 'digital economy share of GDP', comparator: '>=', value: 50, unit: '% of GDP' }]);
  });

  it('reads a count after a capacity\'s "of", as after a verb', () => {
    expect(propose('The firm aims to reach its full design capacity of one billion chips a year by 2031.').map((p) => [p.metric, p.value, p.unit]))
      .toEqual([['chips a year', 1e9, 'chips']]);
  });

  it('reads "is to exceed" or "should exceed" a figure as more than it', () => {
    expect(propose('The share of cashless payments in Đà Nẵng should exceed 80% by 2028.').map((p) => [p.metric, p.comparator, p.value]))
      .toEqual([['cashless payments in Đà Nẵng', '>', 80]]);
    expect(propose('Revenue from digital services is to exceed VND 12 trillion by 2030.').map((p) => [p.metric, p.comparator, p.value]))
      .toEqual([['Revenue from digital services', '>', 12]]);
  });

  it('reads each share of a sentence with the subject before it', () => {
    expect(propose('The contribution of innovation to growth is over 45%; the share of online public services reaches 80%.').map((p) => [p.metric, p.comparator, p.value]))
      .toEqual([['contribution of innovation to growth', '>', 45], ['online public services', '=', 80]]);
  });

  it('reads "N% of <things> are <done>" by the things counted', () => {
    expect(propose('ensure that 100% of land records are digitized')).toEqual([{ metric: 'land records digitized', comparator: '=', value: 100, unit: '%' }]);
  });

  it('reads an aim\'s verb on a share by what it acts on, with what it is done with or comes from, and no aim as the subject', () => {
    expect(propose('the operator aims to cover 95 per cent of the population with 5G')).toEqual([{ metric: 'population covered with 5G',
      comparator: '=', value: 95, unit: '%' }]);
    expect(propose('the company plans to earn 30 per cent of its revenue from cloud services')).toEqual([{
      metric: 'revenue earned from cloud services', comparator: '=', value: 30, unit: '%' }]);
    expect(propose('the district aims to digitise 90% of civil records')).toEqual([{ metric: 'civil records digitised', comparator: '=', value: 90, unit: '%' }]);
  });

  it('reads a budget share spent on something', () => {
    expect(propose('the province will allocate at least 2% of the local budget to innovation')).toEqual([{ metric: 'share of local budget allocated to innovation', comparator: '>=', value: 2, unit: '% of local budget' }]);
  });

  it('keeps a baseline stated before or after the figure', () => {
    expect(propose('raise the share of renewable power from 12% in 2020 to 30%')[0]).toMatchObject({ value: 30, baseline: 'from 12% in 2020' });
    expect(propose('the digital economy reaches 25% of GRDP, up from 14% in 2023')[0]).toMatchObject({ value: 25, unit: '% of GRDP', baseline: 'from 14% in 2023' });
  });

  it('reads qualified counts and counts after a verb of making, with the counted noun as unit', () => {
    expect(propose('have at least 3 semiconductor factories on par with regional leaders and train 5,000 chip designers')).toEqual([
      { metric: 'semiconductor factories on par with regional leaders', comparator: '>=', value: 3, unit: 'factories' },
      { metric: 'chip designers trained', comparator: '=', value: 5000, unit: 'designers' },
    ]);
  });

  it('does not read durations as counts', () => {
    expect(propose('after more than 30 years of renovation')).toEqual([]);
  });
});
