import { describe, expect, it } from 'vitest';
import { tableTargets } from '../../../src/pipeline/targets/table-targets.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('20/10/2025', ...lines) });
const targets = (...lines: string[]) => build(...lines).targets
  .map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline]);

describe('targets in a table printed as text rows', () => {
  const table = [
    'No | Indicator | Plan 2025 | Result 9 months | Target 2030',
    '1 | Cashless payments in markets (% of transactions) | 35% | 31.4% | 60% (national: 50%)',
    '2 | Communes with a digital service point | 100% | 97% | –',
    '3 | Technology co-operatives (number) | 40 | 36 | 75',
  ];

  it('reads each target column by its year, and leaves the results and empty cells out', () => {
    const read = tableTargets(table.map((text) => ({ text }))).targets;
    expect(read.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([
      ['cashless payments in markets share of transactions', 35, '% of transactions', 2025],
      ['cashless payments in markets share of transactions', 60, '% of transactions', 2030],
      ['communes with a digital service point', 100, '%', 2025],
      ['technology co-operatives', 40, 'co-operatives', 2025],
      ['technology co-operatives', 75, 'co-operatives', 2030],
    ]);
    expect(read[1]!.benchmark).toEqual({ value: 50, text: 'national: 50%' });
  });

  it('reads a cell of every one ("all 96") as 100% of the row\'s things, the result beside it no target', () => {
    const read = tableTargets(['Indicator | 2030 target | Result at 30/6/2029', 'Wards and communes with fibre broadband | all 96 | 88 of 96',
      'Start-ups | 400 | 310'].map((text) => ({ text }))).targets;
    expect(read.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([
      ['wards and communes with fibre broadband', 100, '%', 2030], ['start-ups', 400, 'start-ups', 2030],
    ]);
  });

  it('reads a rank cell ("top 15") as a rank to reach in the index the row names, with the abbreviation it is known by', () => {
    const read = tableTargets(['| No. | Indicator | Achieved 2025 | Target 2027 | Target 2030 |', '| 5 | Rank in the Provincial Innovation Index '
      + '(PII) | 19th | top 15 | top 10 |'].map((text) => ({ text }))).targets;
    expect(read.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline])).toEqual([
      ['Provincial Innovation Index (PII)', 'top', 15, 'rank', 2027], ['Provincial Innovation Index (PII)', 'top', 10, 'rank', 2030],
    ]);
  });

  it('reads a table in a text as targets with the row as their source, and no targets from its result column', () => {
    const { targets: found } = build('Key indicators of the plan', ...table);
    expect(found.map((t) => [t.value, t.deadline])).toEqual(expect.arrayContaining([[35, 2025], [60, 2030], [40, 2025], [75, 2030]]));
    expect(found.some((t) => t.value === 31.4 || t.value === 97 || t.value === 36)).toBe(false);
    expect(found.find((t) => t.value === 75)!.sources.map((s) => s.text)).toEqual([table[3]]);
  });

  it('reads a table copied from a page, its cells between tabs and its rows numbered in the label', () => {
    const read = tableTargets([
      'Chỉ tiêu / Indicator\tKế hoạch 2026 / Plan 2026\tKết quả 6 tháng / H1 2026\tTỷ lệ / % of plan',
      '1. Online payments of fees\t≥ 60%\t52.3%\t87.2%',
      '2. Research contracts signed\t30\t11\t36.7%',
    ].map((text) => ({ text }))).targets;
    expect(read.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline])).toEqual([
      ['online payments of fees', '>=', 60, '%', 2026], ['research contracts signed', '=', 30, 'contracts', 2026],
    ]);
    // A sentence with one tab in it is no row.
    expect(tableTargets([{ text: 'Plan 2026\tfor the province' }, { text: 'Revenue\t40' }]).targets).toEqual([]);
  });

  it('reads no targets from a table without a plan or target column', () => {
    expect(tableTargets(['Code | Indicator | Frequency', '1.01 | Researchers per 10,000 people | Annual'].map((text) => ({ text }))).targets).toEqual([]);
  });
});

describe('a list of indicators, each a label and its figure between a colon, under a heading of targets and their year', () => {
  const list = ['KEY INDICATORS OF THE PROVINCE TO 2030', '(national targets in brackets)',
    '1. Share of the digital economy in GRDP: 25% (national: 30%)', '2. Spending on research and development: 1.2 1.5% of GRDP',
    '3. Firms with innovation activities: between 35 and 40 per cent', '4. Innovative start-ups: at least 120',
    '5. Ranking in the Provincial Competitiveness Index (PCI): among the top 10 provinces', '6. Digital technology enterprises: 1,800'];

  it('reads each row as a target of the heading\'s year, with ranges written out or with their dash lost, ranks and benchmarks', () => {
    const found = build(...list).targets;
    expect(found.map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.benchmark?.value ?? null])).toEqual(expect.arrayContaining([
      ['digital economy in GRDP', '=', 25, null, '%', 2030, 30],
      ['spending on research and development', '=', 1.2, 1.5, '%', 2030, null],
      ['firms with innovation activities', '=', 35, 40, '%', 2030, null],
      ['innovative start-ups', '>=', 120, null, 'start-ups', 2030, null],
      ['Provincial Competitiveness Index (PCI)', 'top', 10, null, 'rank', 2030, null],
      ['digital technology enterprises', '=', 1800, null, 'enterprises', 2030, null],
    ]));
    expect(found).toHaveLength(6);
  });

  it('reads no list without such a heading, and no single labelled line', () => {
    expect(tableTargets(list.slice(1).map((text) => ({ text }))).targets).toEqual([]);
    expect(tableTargets([list[0]!, list[2]!].map((text) => ({ text }))).targets).toEqual([]);
  });
});

describe('rates, references back and years in names', () => {
  it('reads a rate "per N things" as part of the unit', () => {
    expect(targets('By 2030, the number of registered engineers is to reach 40 per 10,000 people.'))
      .toEqual([['registered engineers', '=', 40, null, 'engineers per 10,000 people', 2030]]);
    expect(targets('The district aims to have 6 librarians per 10,000 people by 2029.'))
      .toEqual([['librarians', '=', 6, null, 'librarians per 10,000 people', 2029]]);
  });

  it('dates "by the same year" and "over the same period" by the deadline stated before', () => {
    expect(targets('Cloud use in firms is to reach 70% by 2029.', 'Spending on training is to be doubled to 2% of payroll over the same period.')
      .map((t) => [t[0], t[2], t[5]])).toEqual([['cloud use in firms', 70, 2029], ['spending on training share of payroll', 2, 2029]]);
  });

  it('reads "the number of X is to be doubled to N" with X alone as the metric', () => {
    expect(targets('The number of firms in the river port cluster is to be doubled to 90 by 2028.'))
      .toEqual([['firms in the river port cluster', '=', 90, null, 'firms', 2028]]);
  });

  it('does not take a year in a name as a deadline: the attendance of "Expo 2025" is no target', () => {
    expect(targets('The Mekong Agritech Expo 2025 opened in Can Tho on Friday with more than 2,000 visitors.')).toEqual([]);
  });

  it('reads a number word before capitalised words, and a rank "of" an index', () => {
    expect(targets('By 2028 the city is to have no fewer than three AI testing centres.').map((t) => [t[1], t[2], t[4]]))
      .toEqual([['>=', 3, 'centres']]);
    expect(targets('The province is aiming to climb into the top 15 of the Provincial Green Index by 2027.').map((t) => [t[0], t[1], t[2]]))
      .toEqual([['Provincial Green Index', 'top', 15]]);
  });
});
