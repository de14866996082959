import { describe, expect, it } from 'vitest';
import { tableTargets } from '../../../src/pipeline/targets/table-targets.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (day: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(day, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.scope]);

describe('a table of indicators whose columns are bare years', () => {
  const table = [
    'STT | Chỉ tiêu / Indicator | Đơn vị / Unit | TH 2024 | 2025 | 2027',
    '1 | Share of cashless payments in retail | % | 41,5 | 50 | 60 65',
    '2 | Software firms with export contracts (cumulative) | firms | 12 | 20 | 1,200',
    '3 | AI assistants in commune offices | assistants | 3 | 15 | 90',
  ];

  it('reads the years from the text\'s own year on as targets, each row\'s unit from the unit column, a range whose dash was lost', () => {
    const read = tableTargets(table.map((text) => ({ text })), '2025-03-02').targets;
    expect(read.map((t) => [t.metric, t.value, t.max, t.unit, t.deadline])).toEqual([
      ['cashless payments in retail', 50, null, '%', 2025],
      ['cashless payments in retail', 60, 65, '%', 2027],
      ['software firms with export contracts', 20, null, 'firms', 2025],
      ['software firms with export contracts', 1200, null, 'firms', 2027],
      ['AI assistants in commune offices', 15, null, 'assistants', 2025],
      ['AI assistants in commune offices', 90, null, 'assistants', 2027],
    ]);
  });

  it('reads no bare year before the text\'s year as a target, nor any without a date to compare with', () => {
    expect(tableTargets(table.map((text) => ({ text })), '2026-03-02').targets.map((t) => t.deadline)).toEqual([2027, 2027, 2027]);
    expect(tableTargets(table.map((text) => ({ text }))).targets).toEqual([]);
    // A table of results by year names no indicators to reach.
    expect(tableTargets(['Year | 2025 | 2026', 'Visitors | 1,200 | 1,500'].map((text) => ({ text })), '2025-01-01').targets).toEqual([]);
  });
});

describe('a scorecard\'s plan lines', () => {
  it('reads each year\'s plan or goal as a target of the indicator told above it, counts with thousands set off by dots', () => {
    const read = targetsOf('14/10/2026',
      'Bắc Giang province: nine-month scorecard',
      '01 | CHÍNH QUYỀN SỐ / DIGITAL GOVERNMENT',
      '66,4%',
      'hồ sơ trực tuyến | applications filed online (nine months)',
      'Kế hoạch 2026 / 2026 plan: 75% | Mục tiêu 2030 / 2030 goal: 92 95%',
      '02 | DOANH NGHIỆP SỐ / DIGITAL FIRMS',
      '2.105',
      'doanh nghiệp | firms in operation',
      'Mục tiêu 2030 / 2030 goal: ≥ 3.400',
      '03 | CHỈ SỐ PII / PROVINCIAL INNOVATION INDEX',
      'Xếp hạng 2025 / 2025 rank: 17/34',
      'Mục tiêu 2030 / 2030 goal: Top 10');
    expect(read.map(([metric, , value, max, unit, deadline]) => [metric, value, max, unit, deadline])).toEqual([
      ['applications filed online', 75, null, '%', 2026],
      ['applications filed online', 92, 95, '%', 2030],
      ['digital firms in operation', 3400, null, 'firms', 2030],
      ['Provincial Innovation Index', 10, null, 'rank', 2030],
    ]);
  });
});

describe('a list of indicators, each its value, its target and a national benchmark', () => {
  it('names each target by its item\'s label, in the province\'s scope, and leaves the values reached and the doubted ones out', () => {
    const read = targetsOf('09/10/2026',
      'Bac Giang reports on its digital indicators',
      'Presenting the report, the Chairman of the Bac Giang Provincial People\'s Committee listed each indicator with the province\'s result, '
      + 'its target and, in brackets, the national target:',
      '- Fibre broadband at home: 58% after nine months; the province\'s target for the end of 2026 is 70% (national target: 75%).',
      '- Digital technology firms: 310; target for 2030 is 600.',
      '- Provincial Innovation Index: 26th in 2025; target for 2030 is a place among the top 20.',
      'The department said the pace of the year made 70 per cent unlikely.');
    expect(read).toEqual([
      ['Fibre broadband at home', '=', 70, null, '%', 2026, 'Bac Giang'],
      ['digital technology firms', '=', 600, null, 'firms', 2030, 'Bac Giang'],
      ['Provincial Innovation Index', 'top', 20, null, 'rank', 2030, 'Bac Giang'],
    ]);
  });

  it('keeps out a threshold that picks things out, which no one set as a level to reach', () => {
    expect(targetsOf('14/10/2026', 'The Vice Chairman asked the heads of wards below 60 per cent to report every two weeks until the end of 2026.'))
      .toEqual([]);
  });
});

describe('a decision that amends a programme\'s targets', () => {
  it('reads the new targets, not the ones they replace, the part a share must be of a whole, and every one of things picked out by a threshold', () => {
    const read = targetsOf('21/07/2026',
      'Vietnam raises the targets of its programme for cooperatives going digital.',
      'The programme now aims for 70 per cent of cooperatives to use at least one digital platform for sales by 2028. The original decision '
      + 'had set 55 per cent for that year.',
      'The number of cooperatives receiving training is raised to 40,000 by 2030, and the decision adds a requirement: of those trained '
      + 'cooperatives, at least 25 per cent must be led by young people.',
      'All cooperatives with annual revenue of VND 3 billion or more must issue e-invoices by the end of 2027.');
    expect(read.map(([metric, comparator, value, , unit, deadline]) => [metric, comparator, value, unit, deadline])).toEqual([
      ['cooperatives issue e-invoices', '=', 100, '% of cooperatives', 2027],
      ['cooperatives to use at least one digital platform for sales', '=', 70, '%', 2028],
      ['cooperatives receiving training', '=', 40000, 'cooperatives', 2030],
      ['led by young people share of trained cooperatives', '>=', 25, '% of trained cooperatives', 2030],
    ]);
  });
});

describe('a slide\'s list of targets, its rows lines of one list', () => {
  it('reads each labelled row with a figure, past a row whose value is no figure', () => {
    expect(targetsOf('09/01/2030', 'The province presented its results at the year-end conference.', 'Slide 4 – Targets for 2030',
      '• Dossiers handled fully online: ≥ 95%\n• Digital technology firms: 5,000\n• All 99 communes and wards: intelligent operations screens'
        + '\n• DTI: top 5',
      'Slide 5 – Key tasks').map((t) => [t[0], t[1], t[2], t[5]])).toEqual([
      ['digital technology firms', '=', 5000, 2030], ['dossiers handled fully online', '>=', 95, 2030], ['DTI', 'top', 5, 2030],
    ]);
  });
});
