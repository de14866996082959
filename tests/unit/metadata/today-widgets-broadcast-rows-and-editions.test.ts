import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('dates a page prints that are not its own', () => {
  it('reads past the day a site\'s header shows its reader ("Hôm nay: …", "Today: …") to the page\'s own date', () => {
    const vi = metadataOf('BÁO YÊN BÁI ĐIỆN TỬ', 'Hôm nay: Thứ Hai, 21/10/2030', 'Trang chủ | Thời sự | Kinh tế | Du lịch',
      'Yên Bái opens its cinnamon data platform', 'Thứ Sáu, 18/10/2030 - 09:05', ...ARTICLE);
    expect([vi.title, vi.date]).toEqual(['Yên Bái opens its cinnamon data platform', '2030-10-18']);
    const en = metadataOf('HẠ LONG BUSINESS', 'Today: Monday, 28/01/2030', 'Home | Economy | Tourism', 'Quảng Ninh sums up its 2029 results',
      'Thursday (24/1/2030) 10:20', ...ARTICLE);
    expect([en.title, en.date]).toEqual(['Quảng Ninh sums up its 2029 results', '2030-01-24']);
  });

  it('takes the posting time of a row that gives a broadcast time first', () => {
    const vi = metadataOf('HÀ ĐÔNG TV', 'Home | News | Programmes | Live', 'Government approves the river map programme',
      'Phát sóng: 19:00 11/03/2030 | Đăng lúc: 07:40 12/03/2030', ...ARTICLE);
    expect(vi.date).toBe('2030-03-12');
    const en = metadataOf('HÀ ĐÔNG TV', 'Home | News | Programmes | Live', 'Government approves the river map programme',
      'Broadcast: 19:00, 11/03/2030 | Posted: 07:40, 12/03/2030', ...ARTICLE);
    expect(en.date).toBe('2030-03-12');
    // (A later stamp after an unlabelled date leaves the page's date as it is.)
    const stamped = metadataOf('HÀ ĐÔNG TV', 'Home | News | Programmes | Live', 'Government approves the river map programme',
      'Thứ Ba, 11/03/2030 19:00 | Cập nhật: 12/03/2030 07:40', ...ARTICLE);
    expect(stamped.date).toBe('2030-03-11');
  });

  it('reads a fact sheet\'s issue date beside the edition before it, and a label glued to a dotted date by a dot', () => {
    const sheet = metadataOf('MINISTRY OF INDUSTRY AND TRADE', 'FACT SHEET', 'Cross-border e-commerce and export hubs',
      'Issued: 03.06.2030 · Previous edition: 12.12.2029', ...ARTICLE);
    expect([sheet.title, sheet.date]).toEqual(['Cross-border e-commerce and export hubs', '2030-06-03']);
    const glued = metadataOf('PHAN RANG NOTARY OFFICE', 'Home | Services | Fees | Contact', 'News.21.08.2030',
      'Electronic notarisation begins next month', ...ARTICLE);
    expect(glued.date).toBe('2030-08-21');
  });
});
