import { describe, expect, it } from 'vitest';
import { unitKey } from '../../../src/pipeline/targets/target-figures.ts';
import { timelineOf } from '../events/helpers.ts';

const text = (date: string, title: string, ...lines: string[]) => [title, `Tin tứcTin tức${date}`, ...lines].join('\n');

describe('a target linked to the figures the texts state for its metric', () => {
  const corpus = {
    'seeds/plan.txt': text('12/03/2025', 'Lao Cai adopts its digital plan',
      'Under Plan No. 31/KH-UBND, cashless payments in Lao Cai are to reach 70% of retail transactions by 2030, up from 22% in 2023.',
      'The province also aims to have 900 digital technology enterprises by 2030.'),
    'seeds/report.txt': text('10/10/2025', 'Lao Cai reviews nine months',
      'In the first nine months of 2025, cashless payments in Lao Cai accounted for 31.5% of retail transactions, the department said.',
      'Lao Cai now has 410 digital technology enterprises.', 'Nationwide, cashless payments accounted for 48% of retail transactions in 2025.'),
  };
  const { targets, facts } = timelineOf(corpus);

  it('gives each fact its metric, its date (stated, else the publication date) and its scope', () => {
    expect(facts.map((f) => [f.metric, f.value, f.date, f.dated, f.scope])).toEqual(expect.arrayContaining([
      ['cashless payments share of retail transactions', 31.5, '2025', 'sentence', 'Lao Cai'],
      ['digital technology enterprises', 410, '2025-10-10', 'publication', 'Lao Cai'],
      ['cashless payments share of retail transactions', 48, '2025', 'sentence', 'Vietnam'],
    ]));
  });

  it('lists the baseline and the values reported for the same metric and scope, by date, with their sources', () => {
    const share = targets.find((t) => t.value === 70)!;
    expect(share.figures.map((f) => [f.kind, f.value, f.date, f.document])).toEqual([
      ['baseline', 22, '2023', 'plan'],
      ['reported', 31.5, '2025', 'report'],
    ]);
    expect(share.figures[1]!.sentence).toContain('31.5%');
    const count = targets.find((t) => t.value === 900)!;
    expect(count.figures.map((f) => [f.value, f.date])).toEqual([[410, '2025-10-10']]);
  });

  it('compares counts by their head noun and shares by their base, and ranks not at all', () => {
    expect(unitKey('digital technology enterprises')).toBe(unitKey('enterprises'));
    expect(unitKey('% of GDP')).not.toBe(unitKey('%'));
    expect(unitKey('researchers per 10,000 people')).not.toBe(unitKey('researchers'));
    expect(unitKey('rank among provinces')).toBeNull();
  });
});
