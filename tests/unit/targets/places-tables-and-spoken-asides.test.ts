import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) });
const rows = (date: string, ...lines: string[]) => build(date, ...lines).targets
  .map((t) => [t.scope, t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.benchmark?.value ?? null])
  .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));

describe('a table whose rows are places and whose columns are measures', () => {
  const table = [
    'Five Mekong provinces put their plans side by side. National figures are in the column headings.',
    'Tỉnh (Province) | Thanh toán không dùng tiền mặt 2028 - cashless payments, % of transactions (national: 50%) | Khởi nghiệp 2030 - innovative start-ups | Xếp hạng PII 2030 - PII rank | Không dùng tiền mặt 2025 (ước) - cashless 2025, est.',
    'An Giang | 45% | 300 | Top 20 | 31%',
    'Cà Mau | 40-42% (*) | 150 | Top 35 | 22%',
    'Đồng Tháp | ≥ 55% | 420 | Top 12 | 38%',
    'Vĩnh Long (**) | 50% | 260 | – | 35%',
    '(*) Cà Mau sets its cashless figure for 2029, not 2028.',
    '(**) Vĩnh Long: figures from a draft plan; not yet approved.',
  ];

  it('gives each row\'s figures to its place, dated by their column, with the heading\'s national figure, and no estimates', () => {
    expect(rows('09/03/2027', ...table)).toEqual([
      ['An Giang', 'cashless payments share of transactions', '=', 45, null, '% of transactions', 2028, 50],
      ['An Giang', 'innovative start-ups', '=', 300, null, 'start-ups', 2030, null],
      ['An Giang', 'PII', 'top', 20, null, 'rank', 2030, null],
      ['Ca Mau', 'cashless payments share of transactions', '=', 40, 42, '% of transactions', 2029, 50],
      ['Ca Mau', 'innovative start-ups', '=', 150, null, 'start-ups', 2030, null],
      ['Ca Mau', 'PII', 'top', 35, null, 'rank', 2030, null],
      ['Dong Thap', 'cashless payments share of transactions', '>=', 55, null, '% of transactions', 2028, 50],
      ['Dong Thap', 'innovative start-ups', '=', 420, null, 'start-ups', 2030, null],
      ['Dong Thap', 'PII', 'top', 12, null, 'rank', 2030, null],
    ]);
  });

  it('reads no targets from a table of places whose years are all past', () => {
    expect(rows('09/03/2031', ...table)).toEqual([]);
  });
});

describe('a table of places under a caption that names their measure, with a column of the national figure', () => {
  it('names each row\'s target by the caption, in its unit, with the national column\'s figure as its benchmark', () => {
    expect(rows('02/05/2028',
      'We compared the plans of four provinces. Their targets differ widely.',
      'Table 3. Provincial targets for the share of households using cashless payments by 2030 (%)',
      'Province | Plan | 2030 target | National (Res. 57)',
      'Sơn La | No. 48/KH-UBND | 60 | 80',
      'Bến Tre | No. 12/KH-UBND | 75–78 | 80',
      'Phú Yên | No. 230/KH-UBND | at least 70 | 80',
      'Source: provincial plans; authors\' coding.')).toEqual([
      ['Ben Tre', 'households using cashless payments', '=', 75, 78, '%', 2030, 80],
      ['Phu Yen', 'households using cashless payments', '>=', 70, null, '%', 2030, 80],
      ['Son La', 'households using cashless payments', '=', 60, null, '%', 2030, 80],
    ]);
  });
});

describe('a table of indicators whose columns are a place\'s year and the nation\'s', () => {
  it('reads "Quảng Ngãi 2030" as the target column and "National 2030" as its benchmarks, a unit after a comma, a note no unit', () => {
    expect(rows('20/05/2028',
      'Quảng Ngãi presented its targets to the regional workshop.',
      '4. TARGETS TO 2030',
      'Indicator | Quảng Ngãi 2030 | National 2030',
      'Cashless payments, % of households | 85% | 80%',
      'Technology enterprises supported (cumulative) | 120 | –',
      'Provincial Innovation Index | Top 20 | –')).toEqual([
      ['Quang Ngai', 'cashless payments share of households', '=', 85, null, '% of households', 2030, 80],
      ['Quang Ngai', 'Provincial Innovation Index', 'top', 20, null, 'rank', 2030, null],
      ['Quang Ngai', 'technology enterprises supported', '=', 120, null, 'enterprises', 2030, null],
    ]);
  });
});

describe('what a speaker says beside a target', () => {
  it('takes a national figure set off by a comma, "against a national target of", as the benchmark', () => {
    expect(rows('12/05/2026', 'By 2030, Bến Tre strives for the digital economy to reach 28% of GRDP, against a national target of 35%.'))
      .toEqual([['Ben Tre', 'digital economy share of GRDP', '=', 28, null, '% of GRDP', 2030, 35]]);
  });

  it('reads a projection told by its noun, a speaker\'s estimate and a speaker\'s own proposal as no targets', () => {
    expect(rows('12/05/2026',
      'Economists at a Can Tho institute modelled the region\'s digital economy. Their projection for Bac Lieu is 14-16% by 2030, and for Soc Trang 12%.',
      'Digital revenue made up 6.2% of GRDP last year; this year we estimate 7.9%.',
      'I propose that the Provincial People\'s Council set spending on science at no less than 2.5% of the provincial budget from 2027.',
    )).toEqual([]);
  });

  it('still reads a report\'s proposal of what it sets as a target', () => {
    expect(rows('12/05/2026', 'The ministry\'s report also proposes that by 2027, 100% of provincial databases be connected to the national data centre.')
      .map((r) => [r[3], r[6]])).toEqual([[100, 2027]]);
  });

  it('gives "our target is N%" the metric of the figure before it', () => {
    expect(rows('12/05/2026',
      'The Hau Giang Provincial People\'s Committee has approved its digital plan. By 2030, the province aims for the digital economy to make up 22% of GRDP.',
      'Our consultants project that, on current trends, the digital economy will reach only 15% of GRDP. Our target is 22%, and we will keep it.',
    ).map((r) => [r[0], r[1], r[3]])).toEqual([['Hau Giang', 'digital economy share of GRDP', 22]]);
  });
});

describe('counts and places inside a target', () => {
  it('counts a part "of which at least N in <field>" in its whole\'s unit, and takes no ward for its province', () => {
    const found = rows('12/05/2026',
      'Vinh Long province will build three innovation hubs by 2030, one in Ben Tre ward and two in Tra Vinh ward, and attract no fewer than twenty technology firms, of which at least six in agritech.');
    expect(found.map((r) => [r[0], r[3], r[5]])).toEqual([['Vinh Long', 3, 'hubs'], ['Vinh Long', 20, 'firms'], ['Vinh Long', 6, 'firms']]);
  });
});

describe('a bilingual page', () => {
  it('reads a line that gives a target in Vietnamese and in English once, on its English side', () => {
    expect(rows('10/01/2027',
      'Under its plan for 2027, Hai Phong City strives for:',
      '- Kinh tế số chiếm 26% GRDP - the digital economy to reach 26% of GRDP;',
      '- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45% - full-process online applications to reach 45% of all applications.',
    ).map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
      ['Hai Phong City', 'digital economy share of GRDP', 26, 2027],
      ['Hai Phong City', 'full-process online applications share of all applications', 45, 2027],
    ]);
  });

  it('leaves a Vietnamese time label out of the metric, and a sum whose only label is Vietnamese out of the targets', () => {
    expect(rows('10/01/2027',
      'The Hau Giang Provincial People\'s Committee approved the programme\'s targets:',
      '- Đến hết năm 2028 (by the end of 2028): at least 75% of households in the province use cashless payment for electricity bills.',
      'Kinh phí (funding): VND 2,100 billion, 2027-2030',
    ).map((r) => [r[1], r[3], r[6]])).toEqual([['households in the province use cashless payment for electricity bills', 75, 2028]]);
  });

  it('keeps the place of a caption that names a person in Vietnamese', () => {
    expect(rows('10/01/2027',
      '[01:10] SOT – Phùng Văn Chiến, Vice Chairman, Hà Nội People\'s Committee: "By 2028 we want at least 400 start-ups using the centre every month."',
    ).map((r) => [r[0], r[3]])).toEqual([['Hanoi', 400]]);
  });
});

describe('a commune\'s text', () => {
  it('gives the targets of a session of a commune\'s council to the commune its lead names, when the title names none', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': [
      'Commune People\'s Council adopts its digital programme', '19/12/2026',
      'The People\'s Council of Mỹ Hòa commune yesterday held its year-end session.',
      'By 2028, at least 60% of the commune\'s administrative records are to be digitised.',
    ].join('\n') });
    expect(targets.map((t) => [t.scope, t.value, t.deadline])).toEqual([['Mỹ Hòa commune', 60, 2028]]);
  });
});

describe('places before and around the 2025 mergers', () => {
  it('gives a target for "the former <province>" to the merged province the text is about', () => {
    expect(rows('20/05/2027', 'Ninh Bình province has launched its technology voucher programme.',
      'By 2030, at least 300 enterprises will have received vouchers, of which no fewer than 120 in the communes of the former Nam Định province.')
      .map((r) => [r[0], r[3]])).toEqual([['Ninh Binh', 300], ['Ninh Binh', 120]]);
  });

  it('gives a commune\'s text\'s figure "in the province" to the province, and reads a delegate\'s proposal as none', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': [
      'Commune People\'s Council adopts its digital programme', '19/12/2026',
      'The People\'s Council of Mỹ Hòa commune, Đồng Tháp province, yesterday held its year-end session.',
      'The province\'s plan requires that, by 2028, at least 75% of adults in the province have a cashless payment account.',
      'By 2028, at least 60% of the commune\'s administrative records are to be digitised. One delegate proposed raising that target to 80% by 2027.',
    ].join('\n') });
    expect(targets.map((t) => [t.scope, t.value, t.deadline]).sort((a, b) => Number(a[1]) - Number(b[1])))
      .toEqual([['Mỹ Hòa commune', 60, 2028], ['Dong Thap', 75, 2028]]);
  });

  it('reads a proposal of a delegate named, and where from, as none: "Delegate X (Y ward) proposed raising …"', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': [
      'Council adopts a fund for farm data', '19/12/2029',
      'By 2030, the province aims for at least 65% of cooperatives to keep digital accounts.',
      'Delegate Hà Thị Xuân (Phù Yên ward) proposed raising the support for each cooperative to VND 80 million by 2030.',
    ].join('\n') });
    expect(targets.map((t) => t.value)).toEqual([65]);
  });

  it('keeps the commune\'s own rank among the communes of its province, in the provincial index, for the commune', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': [
      'Mỹ Hòa commune sets a higher digital bar than the province', '19/12/2026',
      'The Executive Committee of the Mỹ Hòa commune Party Committee, Đồng Tháp province, met yesterday to review its digital resolution.',
      'By 2030, cashless payments are to reach 85% of transactions at markets in the commune (national target: 70%), and Mỹ Hòa is to rank '
        + 'among the top 3 communes and wards of Đồng Tháp in the provincial digital transformation index for communes.',
    ].join('\n') });
    expect(targets.map((t) => [t.scope, t.value]).sort((a, b) => Number(a[1]) - Number(b[1])))
      .toEqual([['Mỹ Hòa commune', 3], ['Mỹ Hòa commune', 85]]);
  });
});
