import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/pipeline/clean/dateline.ts';
import { ARTICLE, metadataOf } from './helpers.ts';

const read = (text: string) => {
  const r = readDateline({ text, line: 2, start: 0 });
  if (r?.kind === 'date') return `${r.date.year}-${r.date.month}-${r.date.day}`;
  if (r?.kind === 'yearless') return `--${r.month}-${r.day}`;
  return r?.kind;
};

describe('the forms of a dateline', () => {
  it('reads dates with times, zones, bylines and section labels', () => {
    expect(read('2025-06-14T10:05:00+07:00')).toBe('2025-6-14');
    expect(read('June 13, 2025 at 9:15 pm')).toBe('2025-6-13');
    expect(read('Friday, June 13, 2025 - 21:15')).toBe('2025-6-13');
    // (A later stamp after it, its date in words: the first date is the page's.)
    expect(read('November 15, 2031 at 10:20 am · Updated November 16, 2031 at 8:02 am')).toBe('2031-11-15');
    expect(read('15 November 2031 10:20 | Last updated: 16 November 2031 08:02')).toBe('2031-11-15');
    expect(read('November 15, 2031 at 10:20 am · Delegates met on November 16, 2031 at 8:02 am')).toBeUndefined();
    expect(read('By Hoang Minh | June 14, 2025')).toBe('2025-6-14');
    expect(read('Minh Quan19/06/2025')).toBe('2025-6-19');
    // (A blog's template prints its author after the date: "Posted on … by admin", "… bởi Lan Anh".)
    expect(read('Posted on 4 November 2028 by admin')).toBe('2028-11-4');
    expect(read('04/11/2028 08:15 bởi Lan Anh')).toBe('2028-11-4');
    // (The author may stand before a later stamp whose day is an English ordinal.)
    expect(read('Posted on October 9th, 2028 by Newsroom · Updated October 10th, 2028')).toBe('2028-10-9');
    expect(read('Posted on October 9th, 2028 by the council, which met on October 10th, 2028')).toBeUndefined();
    // (The time of day in Vietnamese, "SA" or "CH", and a zone before the time.)
    expect(read('04/11/2028, 08:15 SA')).toBe('2028-11-4');
    expect(read('04/11/2028 (GMT+07:00) 08:15')).toBe('2028-11-4');
    expect(read('4 November 2028 by the provincial council, the plan')).toBeUndefined();
    // (A bulletin prints its weekday in brackets after the date, in English or Vietnamese.)
    expect(read('Issued at 04:00 on 19 September 2030 (Thursday)')).toBe('2030-9-19');
    expect(read('19/9/2030 (Thứ Năm)')).toBe('2030-9-19');
    expect(read('19 September 2030 (the third day of the floods)')).toBeUndefined();
    // (A guide's version, dated, with the one it replaces after it: the current version's date.)
    expect(read('EXHIBITOR GUIDE (text version) · Version 2 of 14/04/2031 – replaces Version 1 of 02/03/2031')).toBe('2031-4-14');
    expect(read('Decision 12 of 14/04/2031 – replaces Decision 5 of 02/03/2030')).toBeUndefined();
  });

  it('reads a clock time glued to the year, a relative stamp glued after it, and a broadcast\'s slot', () => {
    expect(read('By Jane Holm and Lê Thu HàMarch 9, 20267:05 AM GMT+7Updated 3 hours ago')).toBe('2026-3-9');
    expect(read('VTV2 | NEWS AT NOON | Thứ Sáu, 06/03/2026 | 12:00 - 12:30')).toBe('2026-3-6');
    // A five-digit number is no year with a time after it.
    expect(read('Case 20265:31 filed')).toBeUndefined();
  });

  it('reads dates in Vietnamese words, year first with slashes or points, and between dots', () => {
    expect(read('Ngày 3 tháng 9 năm 2025')).toBe('2025-9-3');
    expect(read('3 tháng 9, 2025 | 14:20')).toBe('2025-9-3');
    expect(read('2025/09/03')).toBe('2025-9-3');
    expect(read('2025.09.03 14:20')).toBe('2025-9-3');
    expect(read('Thu Ha - Van Long • 03/09/2025 • 14:20')).toBe('2025-9-3');
    expect(read('Wednesday, 3 September 2025 | 14:20 ICT')).toBe('2025-9-3');
    // Month first only where day first cannot be a date.
    expect(read('Wednesday, 09/23/2025')).toBe('2025-9-23');
    expect(read('09/10/2025')).toBe('2025-10-9');
  });

  it('reads days without a year', () => {
    expect(read('November 21')).toBe('--11-21');
    expect(read('Friday, Nov 21')).toBe('--11-21');
    expect(read('21/11 08:30')).toBe('--11-21');
    expect(read('Thứ Bảy, 4/11 | 16:20')).toBe('--11-4');
    // (A time zone and the site's contacts may follow it, as they follow a full date; words of a sentence may not.)
    expect(read('Thứ Ba, 9/6 (GMT+7) | Hotline: 0235 3 812 400')).toBe('--6-9');
    expect(read('9/6 delegates voted for the plan')).toBeUndefined();
  });

  it('tells placeholders and a document\'s dates from the page\'s date', () => {
    expect(read('Published: {publish_date}')).toBe('placeholder');
    expect(read('00/00/0000')).toBe('placeholder');
    expect(read('DD/MM/YYYY')).toBe('placeholder');
    expect(read('Effective date: 03/03/2025')).toBe('document');
    expect(read('Date of issue: 07/02/2025')).toBe('document');
    expect(read('Posted: 05/03/2025')).toBe('2025-3-5');
    // ("Đăng ngày", the label's other word order, before fields of which one was never filled.)
    expect(read('Đăng ngày: 21/10/2027 | Người đăng: Ban biên tập | Lượt xem: {{views}}')).toBe('2027-10-21');
  });

  it('leaves prose alone', () => {
    expect(read('The conference closed on June 13, 2025 with a declaration.')).toBeUndefined();
  });
});

describe('a headline glued to the page\'s date by a dash or a bar', () => {
  it('is the title, and the date the page\'s, past a label, a weekday or a clock time between', () => {
    for (const [line, title, date] of [
      ['Hưng Yên Job Fair 2030: 4,200 vacancies from 86 employers – 12/03/2030 08:30', 'Hưng Yên Job Fair 2030: 4,200 vacancies from 86 employers',
        '2030-03-12'],
      ['Notice: measles catch-up vaccination for children aged 1 to 5 – Posted 04/05/2031', 'Notice: measles catch-up vaccination for children '
        + 'aged 1 to 5', '2031-05-04'],
      ['City opens new library for 2,000 readers – 10:45 | 07/07/2031', 'City opens new library for 2,000 readers', '2031-07-07'],
      ['Quảng Ngãi fisheries go digital on every boat – Thứ Hai, 12/05/2031 08:15', 'Quảng Ngãi fisheries go digital on every boat', '2031-05-12'],
    ] as const) {
      const m = metadataOf('DELTA TRIBUNE', 'Home | Politics | Economy', line, ...ARTICLE);
      expect([m.title, m.date]).toEqual([title, date]);
    }
    // (A short label before the dash is no headline: the title is the line below.)
    const labelled = metadataOf('DELTA TRIBUNE', 'Home | Politics | Economy', 'Tin tức – Thứ Hai, 12/05/2031 08:15',
      'Province opens a data exchange for its communes', ...ARTICLE);
    expect([labelled.title, labelled.date]).toEqual(['Province opens a data exchange for its communes', '2031-05-12']);
  });

  it('or with the date in brackets at its end; a headline in Vietnamese over a text in English stays the title\'s other language', () => {
    const english = metadataOf('DELTA TRIBUNE', 'Home | Notices | Contact', 'Notice: compulsory online booking for inspections from 1/6 (20/05/2031)',
      ...ARTICLE);
    expect([english.title, english.date]).toEqual(['Notice: compulsory online booking for inspections from 1/6', '2031-05-20']);
    const vietnamese = metadataOf('TRUNG TÂM ĐĂNG KIỂM', 'Trang chủ | Đặt lịch | Liên hệ',
      'THÔNG BÁO: Đặt lịch đăng kiểm trực tuyến bắt buộc từ 1/6 [20/05/2031]',
      'Notice on compulsory online booking and electronic inspection certificates', ...ARTICLE);
    expect([vietnamese.title, vietnamese.date]).toEqual(['Notice on compulsory online booking and electronic inspection certificates', '2031-05-20']);
    // (A sentence ending in a bracketed date is no headline.)
    expect(read('The board met on the plan and agreed to it. [20/05/2031]')).toBeUndefined();
  });
});

describe('datelines below a deep masthead, and their new forms', () => {
  /** A masthead of five lines and a headline, then the dateline, then the article. */
  const page = (dateline: string) => metadataOf('DELTA TRIBUNE', 'English edition | E-paper', 'Home   Politics   Economy   Society', 'Search | Log in',
    'Politics › Provinces', 'Province opens a data exchange for its communes', dateline, ...ARTICLE);

  for (const [dateline, date] of [
    ['Thứ Sáu, 16/10/2026 - 09:40', '2026-10-16'], ['By Tran Bao Chau | 14 Mar 2026 | 6 min read', '2026-03-14'],
    ['07:30 AM, 05/09/2026 (GMT+7)', '2026-09-05'], ['Mon, 2026/06/08 · 07:00 · Issue 24', '2026-06-08'],
    ['published_time: 2026-04-02T06:50:00+07:00 | section: Provinces | author: Mai Lan | reading time: 3 min', '2026-04-02'],
  ] as const) {
    it(`reads "${dateline}" as the page's date`, () => {
      const m = page(dateline);
      expect([m.date, m.dateSource]).toEqual([date, 'header']);
    });
  }
});
