import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

const dateOf = (...header: string[]) => metadataOf(...header, 'A council passes a programme on digital forests', ...ARTICLE).date;

describe('page dates in more shapes', () => {
  it('reads a month in Roman numerals, alone or glued to the menu', () => {
    expect(dateOf('MAI LINH LAW', 'Home | Legal updates | Insights', '14.IX.2031')).toBe('2031-09-14');
    expect(dateOf('MAI LINH LAW', 'Home | Legal updates | Insights | Contact03.XII.2030')).toBe('2030-12-03');
  });

  it('reads past the age of the copy in brackets after the date', () => {
    expect(dateOf('CẦN THƠ FINANCE', 'Thứ Năm, 26/6/2031 (2 ngày trước)')).toBe('2031-06-26');
    expect(dateOf('CẦN THƠ FINANCE', '26/6/2031 08:00 (3 days ago)')).toBe('2031-06-26');
  });

  it('reads an issue\'s number with a dot of thousands glued to the weekday before the date', () => {
    expect(dateOf('TRÀNG AN WEEKLY', 'Số 17 (2.048)Thứ Tư, 16/04/2031')).toBe('2031-04-16');
    expect(dateOf('TRÀNG AN WEEKLY', 'Issue 17 (2.048) · Wednesday, 16/04/2031')).toBe('2031-04-16');
  });

  it('reads a weekday ended by a dot, and keeps the posting date over a later "last edited" stamp', () => {
    expect(dateOf('CHI CỤC TRỒNG TRỌT', 'Trang chủ | Thông báo', 'Thứ Ba. 17.06.2031 | Sửa lần cuối: 21/06/2031')).toBe('2031-06-17');
    expect(dateOf('PLANT PROTECTION SUB-DEPARTMENT', 'Home | Notices', '17/06/2031 | Last edited: 21/06/2031')).toBe('2031-06-17');
  });

  it('reads no date in a sentence that ends before a date', () => {
    expect(dateOf('NEWS', 'The council met. 17.06.2031')).toBeNull();
  });
});
