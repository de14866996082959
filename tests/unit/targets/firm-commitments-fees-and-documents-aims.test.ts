import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a page, as "metric comparator value unit by deadline [scope] (benchmark)". */
const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': lines.join('\n') }).targets
  .map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.unit} by ${t.deadline} [${t.scope}]${t.benchmark ? ` (${t.benchmark.value})` : ''}`);

const HEADER = ['RED RIVER TELECOM', 'Thông báo › Thông báo khách hàng', 'Số: 5120/TB-RRT | Ngày ban hành: 14/05/2030',
  'Notice to customers in Hà Giang: the 2G network will be switched off'];

describe('a firm\'s commitments, a fee, and a plan\'s aim in a relative clause', () => {
  it('reads a list the firm "has committed to" as its own aims, each item measured by what it gives', () => {
    expect(targetsOf(...HEADER, 'Red River Telecom Joint Stock Company will switch off its 2G network in Hà Giang province in June.',
      'For its own network in Hà Giang, Red River Telecom Joint Stock Company has committed to the following by the end of 2031:',
      '- 4G coverage in at least 97 percent of populated areas of the province;', '- any broken base station repaired within 6 hours of the fault report;',
      '- fibre connections for no fewer than 9,000 households in border villages.')).toEqual([
      '4G coverage in share of populated areas of the province >= 97 % of populated areas of the province by 2031 [Red River Telecom Joint Stock Company]',
      'every broken base station repaired <= 6 hours by 2031 [Red River Telecom Joint Stock Company]',
      'fibre connections for households in border villages >= 9000 households by 2031 [Red River Telecom Joint Stock Company]',
    ]);
  });

  it('reads a monthly fee as a price, and the aim of the province\'s plan the firm works under as the province\'s, with its benchmark', () => {
    expect(targetsOf(...HEADER, 'Red River Telecom Joint Stock Company will switch off its 2G network in Hà Giang province in June.',
      'The company is laying fibre to border villages under the province\'s Plan No. 3310/KH-UBND on digital infrastructure, which aims for '
      + 'fixed broadband to reach every village of the province by 2032 (national target: 92 percent). Installation is free; the monthly '
      + 'fee for the basic package is VND 150,000.'))
      .toEqual(['fixed broadband coverage of villages = 100 % of villages by 2032 [Ha Giang] (92)']);
  });
});

describe('a sub-department\'s and a school\'s own aims, a local text told by its department, and the size of things', () => {
  const NOTICE = ['CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NINH BÌNH', 'Thông báo', 'Thứ 5, 06/06/2030 - 08:30',
    'Notice on electronic verification certificates for fuel dispensers and trade scales',
    'Under Notice No. 1402/TB-TĐC dated 5/6/2030, the Ninh Bình Sub-department of Standards, Metrology and Quality informs owners of '
      + 'measuring instruments that certificates will be issued only in electronic form.'];

  it('reads "For its own work, the … Sub-department of … has set itself two aims" as its own, and "the province\'s" plan as the province\'s', () => {
    expect(targetsOf(...NOTICE, 'All owners of trade scales of more than 30 kg must register their instruments on the portal by 31 July 2030.',
      'For its own work, the Ninh Bình Sub-department of Standards, Metrology and Quality has set itself two aims by the end of 2030: to '
        + 'issue every electronic certificate within 2 working days after verification, and to have at least 80 percent of verification '
        + 'bookings made online.',
      'The province\'s Plan No. 6120/KH-UBND on quality infrastructure aims for 90 percent of fuel stations to issue electronic receipts by 2031.'))
      .toEqual([
        'time to issue every electronic certificate <= 2 working days by 2030 [Ninh Bình Sub-department of Standards, Metrology and Quality]',
        'verification bookings made online >= 80 % by 2030 [Ninh Bình Sub-department of Standards, Metrology and Quality]',
        'fuel stations to issue electronic receipts = 90 % by 2031 [Ninh Binh]',
      ]);
  });

  it('reads "For its own part, the … Party School will, from 2031, teach at least half of its courses online" as the school\'s', () => {
    expect(targetsOf('QUAN HỌ WEEKLY', 'Số 43 (1.962)Thứ Năm, 24/10/2030', 'Bắc Giang reviews digital skills for workers',
      'The Standing Board of the Bắc Giang Provincial Party Committee met on Tuesday to review the resolution on digital skills.',
      'For its own part, the Bắc Giang Provincial Party School will, from 2031, teach at least half of its courses online.'))
      .toEqual(['its courses online >= 50 % by 2031 [Bắc Giang Provincial Party School]']);
  });
});

describe('a commune\'s aims a speaker reports, a court\'s, a second aim by its bare verb, and fines', () => {
  it('reads "the commune had set its own aims: all 14 of its … hamlets would have …" as the commune\'s, the one its sentence names', () => {
    expect(targetsOf('LŨNG CÚ DAILY', 'Tin tứcTin tức14/10/2030', 'Hà Giang plans sirens against landslides',
      'The landslide in Mèo Vạc commune last month buried three houses.',
      'Chairman of the Sà Phìn Commune People\'s Committee Vàng Mí Lử told the paper that the commune had set its own aims: all 12 of its '
        + 'high-risk hamlets would have a solar-powered siren by 2031.'))
      .toEqual(['high-risk hamlets with a solar-powered siren = 100 % of high-risk hamlets by 2031 [Sà Phìn commune]']);
  });

  it('reads a time each is published in, where, and a second aim by its bare verb after "and", and no fine as a target', () => {
    const found = targetsOf('TÒA ÁN NHÂN DÂN TỈNH HÒA BÌNH', 'Ngày đăng: 17-09-2030 09:15', 'Online filing of lawsuits: notice to lawyers',
      'The Hòa Bình Provincial People\'s Court has set itself these aims by the end of 2031:',
      '- every judgment published on the court\'s portal within 30 days of being pronounced;',
      'For its own work, the Hòa Bình Sub-department of Crop Production will, by the end of 2031, inspect every new application within 5 '
        + 'working days and have at least 90 percent of codes renewed online.',
      'The decision repeats the fines of up to VND 100 million in the existing decree.');
    expect(found).toContain('time to inspect every new application <= 5 working days by 2031 [Hòa Bình Sub-department of Crop Production]');
    expect(found.some((t) => t.startsWith('every judgment published <= 30 days by 2031'))).toBe(true);
    expect(found.some((t) => /VND|fines/.test(t))).toBe(false);
  });
});

describe('a ministry that "sets itself" a deadline, and a bank that will answer every application', () => {
  it('reads both as the body\'s own aims, the bank named with what it is of', () => {
    const found = targetsOf('TRÚC BẠCH FINANCE', 'Tin tứcTin tức28/06/2031', 'Regulators promise faster answers',
      'Deputy Governor of the State Bank of Vietnam Đỗ Minh Khoa spoke at the forum on Friday.',
      'From next year, the State Bank will answer every application to join the fintech sandbox within 45 days, down from about 90 days today.',
      'The Ministry of Science and Technology also sets itself a deadline: from 2032, it will decide on applications to export genetic samples '
        + 'within 20 working days.');
    expect(found).toEqual([
      'time to answer every application to join the fintech sandbox <= 45 days by 2032 [State Bank of Vietnam]',
      'time to decide on applications to export genetic samples <= 20 working days by 2032 [Ministry of Science and Technology]',
    ]);
  });
});
