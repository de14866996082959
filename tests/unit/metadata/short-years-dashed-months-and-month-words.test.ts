import { describe, expect, it } from 'vitest';
import { findFullDates } from '../../../src/pipeline/dates.ts';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('page dates printed in shapes a template chose', () => {
  it('reads a labelled date whose year has two digits, and no such date anywhere else', () => {
    const m = metadataOf('LUẬT SỐ – legal texts in English', 'Home | Documents | Pricing',
      'Posted: 09/11/29 07:55 | Updated: 12/11/29 10:40 | Views: 318', 'Decision 4410/QĐ-UBND on the river ports data hub', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2029-11-09', 'header']);
    // (In a sentence, "1/4/28" may be a ratio or a code: no date.)
    expect(findFullDates('The ratio fell to 1/4/28 of the old level.')).toEqual([]);
    expect(metadataOf('Version 3.10.28 | Build 77', 'Release notes of the river ports app', ...ARTICLE).date).toBeNull();
  });

  it('reads a date whose month is abbreviated between dashes ("04-Mar-2030")', () => {
    const m = metadataOf('HÀ TĨNH PROVINCE PORTAL', 'Home | News | Contact', 'Date: 04-Mar-2030 | Font size: A- A A+ | Print',
      'Hà Tĩnh reviews its river ports plan', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2030-03-04', 'header']);
    expect(findFullDates('issued on 9-Sept-2029, in force from 1-Oct-2029').map((d) => [d.year, d.month, d.day]))
      .toEqual([[2029, 9, 9], [2029, 10, 1]]);
  });

  it('reads a Vietnamese month named in words, in either case ("Tháng Ba", "tháng mười hai")', () => {
    const m = metadataOf('CỔNG THÔNG TIN XÃ HÒA AN', 'Trang chủ | Tin tức | Liên hệ', 'Thứ Năm, 07 Tháng Mười Một, 2030 | 08:10 | Lượt xem: 91',
      'Hòa An commune opens its digital service point', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2030-11-07', 'header']);
    expect(findFullDates('ngày 2 tháng mười hai năm 2029; 15 tháng Giêng, 2030; 3 tháng Tư, 2031').map((d) => [d.year, d.month, d.day]))
      .toEqual([[2029, 12, 2], [2030, 1, 15], [2031, 4, 3]]);
  });

  it('reads the stamp at a page\'s end with its weekday between the label and the date', () => {
    const m = metadataOf('About the Department', 'The Department of Construction advises the province on building and planning.',
      'It has 140 staff and four units.', 'Working hours: Monday to Friday.', 'Last modified: Friday, 14 June 2030 16:20 | Views: 2,017',
      '© Department of Construction');
    expect(m.date).toBe('2030-06-14');
  });
});
