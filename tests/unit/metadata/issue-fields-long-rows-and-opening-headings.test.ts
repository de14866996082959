import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a page that prints its date in a long row of fields, or only as the issue date of the notice it is', () => {
  it('reads an issue date in a row of fields set apart by middle dots, one of them who prepared the page', () => {
    const sheet = metadataOf('BỘ CÔNG THƯƠNG · MINISTRY OF INDUSTRY AND TRADE', 'Home | News | Policies | Data', 'FACT SHEET',
      'National Programme on Cross-Border E-Commerce Hubs for 2031–2035',
      'Issued: 14.10.2030 · Fact sheet series, sheet 3 · Prepared by the E-commerce and Digital Economy Agency, Ministry of Industry and Trade '
      + '· Previous edition: May 2030 (replaced)', ...ARTICLE);
    expect([sheet.title, sheet.date]).toEqual(['National Programme on Cross-Border E-Commerce Hubs for 2031–2035', '2030-10-14']);
  });

  it('dates a notice by the "Ngày ban hành" field above it when the page prints no date of its own, and titles it by its heading', () => {
    const notice = metadataOf('CÔNG TY CẤP NƯỚC SƠN LA · SON LA WATER SUPPLY COMPANY', 'Trang chủ | Tin tức | Thông báo | Liên hệ',
      'Ngày ban hành: 21/11/2030 | Lượt xem: 1.408', 'NOTICE TO CUSTOMERS', 'Số: 377/TB-CNSL', 'On the switch to electronic water bills',
      ...ARTICLE);
    expect([notice.title, notice.date]).toEqual(['On the switch to electronic water bills', '2030-11-21']);
  });

  it('keeps the posting date over the issue date when the page prints both', () => {
    const notice = metadataOf('SỞ XÂY DỰNG SƠN LA', 'Trang chủ | Tin tức | Thông báo', 'Ngày ban hành: 21/11/2030 | Ngày đăng: 24/11/2030',
      'Notice on the sale of social housing at the Chiềng Sinh project', ...ARTICLE);
    expect(notice.date).toBe('2030-11-24');
  });
});
