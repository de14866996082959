import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const rows = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.benchmark?.value ?? null])
  .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[5]) - Number(b[5]));

describe("a data portal's CSV preview", () => {
  const preview = [
    'Digital transformation indicators of Hòa Bình province, as published on the provincial open data portal.',
    'Preview (first 4 rows)',
    'code,indicator,unit,baseline_2024,actual_2027,target_2028,target_2030,national_2030',
    'HB-01,Share of the digital economy in GRDP,%,7.5,10.2,,14-16,25',
    'HB-02,Households with fibre broadband,%,66,81,88,95,',
    'HB-03,Enterprises using e-invoices,enterprises,"1,240","2,010","2,400","3,000",',
    'HB-04,Provincial Innovation Index rank,rank,41,33,,top 25,',
  ];

  it("reads each target column's cells as that year's targets, the national column as their benchmark, and no code as a label", () => {
    expect(rows('12/03/2028', ...preview)).toEqual([
      ['digital economy in GRDP', '=', 14, 16, '%', 2030, 25],
      ['enterprises using e-invoices', '=', 2400, null, 'enterprises', 2028, null],
      ['enterprises using e-invoices', '=', 3000, null, 'enterprises', 2030, null],
      ['households with fibre broadband', '=', 88, null, '%', 2028, null],
      ['households with fibre broadband', '=', 95, null, '%', 2030, null],
      ['Provincial Innovation Index', 'top', 25, null, 'rank', 2030, null],
    ]);
  });

  it("is one target with a summary's sentence that restates a rank of its rows", () => {
    const found = rows('12/03/2028', 'By 2030, the province aims to be among the top 25 provinces in the Provincial Innovation Index.', ...preview.slice(1))
      .filter((t) => t[4] === 'rank' || String(t[4]).startsWith('rank'));
    expect(found).toEqual([['Provincial Innovation Index', 'top', 25, null, expect.stringMatching(/^rank/), 2030, null]]);
  });

  it('takes no line of prose for a row, however many commas it has', () => {
    expect(rows('12/03/2028', 'By 2030, the province aims for 95% of households to have fibre broadband, up from 81%, 66%, 50%.',
      'Words,with,commas,but,no,figures')).toEqual([['households to have fibre broadband', '=', 95, null, '%', 2030, null]]);
  });
});
