import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a page date with fields or a byline after it, or in a row of fields', () => {
  it('reads a date whose clock time has the byline glued to it', () => {
    const m = metadataOf('BÁO ĐỒNG BẰNG', 'Tin tức | Kinh tế | Xã hội', 'Long An: the province reviews its plan', 'Thứ Ba, 14/04/2026 09:05Minh Châu - Hữu Tín', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-04-14', 'header']);
  });

  it('reads a date between fields set apart with bars or dashes that hold no date of their own', () => {
    expect(metadataOf('Press statement | Hà Nội, 3 May 2027 | PS/2027/012 | Project ID: VN-P0101', 'Fund and ministry sign a loan', ...ARTICLE).date)
      .toBe('2027-05-03');
    expect(metadataOf('Bản tin 06h00 – Thứ Hai, 07/12/2026 – Transcript (English service)', 'Morning news', ...ARTICLE).date).toBe('2026-12-07');
    // A later stamp in a field after it is still read as a stamp: the page's date is the first.
    expect(metadataOf('12/03/2026 08:15 | Updated: 13/03/2026 09:00', 'Title of the news', ...ARTICLE).date).toBe('2026-03-12');
  });

  it('reads a date before a labelled field of many words ("| Organising board: … Department of Science and Technology")', () => {
    expect(metadataOf('Techfest opens with 240 booths',
      'Press release | Cần Thơ, 26/10/2030 | Organising board: Cần Thơ Department of Science and Technology', ...ARTICLE).date).toBe('2030-10-26');
    // (A sentence after a bar is no field.)
    expect(metadataOf('Techfest opens', 'Cần Thơ, 26/10/2030 | The fair opened yesterday morning with 240 booths and a new pavilion for start-ups',
      ...ARTICLE).dateSource).not.toBe('header');
  });

  it('takes a legal-database page\'s update field in a row of barred fields as its date, not the document\'s issue date', () => {
    const m = metadataOf('Quyết định 55/QĐ-UBND năm 2026', 'Số hiệu: | 55/QĐ-UBND | Loại văn bản: | Quyết định',
      'Ngày ban hành: | 02/02/2026 | Ngày hiệu lực: | 02/02/2026', 'Tình trạng: | Còn hiệu lực | Cập nhật: | 09/02/2026', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-02-09', 'header']);
  });

  it('takes the labelled page date from a row of fields set apart with middle dots, not a recording\'s or a report\'s own date', () => {
    const webinar = metadataOf('Webinar #3: open data for river ports',
      'Streamed: Thursday, 4 October 2029, 09:00–10:15 (ICT) · Notes posted: 08/10/2029 · Length: 1:15:02 · Captions: English', ...ARTICLE);
    expect(webinar.date).not.toBe('2029-10-04');
    const summary = metadataOf('Webinar #3: open data for river ports',
      'Streamed: Thursday, 4 October 2029, 09:00–10:15 (ICT) · Summary posted: 08/10/2029 · Length: 1:15:02 · Captions: English', ...ARTICLE);
    expect([summary.date, summary.dateSource]).toEqual(['2029-10-08', 'header']);
    const report = metadataOf('Evaluation report: e-clinics in the uplands (2027–2030)',
      'Report type: Final evaluation · Date of report: May 2031 · Disclosed: 02/07/2031 · Pages: 38 · Project ID: XY-44', ...ARTICLE);
    expect([report.date, report.dateSource]).toEqual(['2031-07-02', 'header']);
  });

  it('reads a date before fields of a few words that hold numbers, set apart with middle dots', () => {
    const m = metadataOf('SÁCH ĐIỆN TỬ', 'Ngày cập nhật: 03/9/2030 · Phiên bản 3.2 · Hồng Hà Publishing House', 'LESSON 4. SAFE PASSWORDS', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2030-09-03', 'header']);
  });

  it('reads a date a script printed ("Wed Jan 02 2030 07:55:12 GMT+0700 (Indochina Time)") and a month shortened to "thg"', () => {
    expect(metadataOf('Home › Services', 'Last modified: Mon Mar 11 2030 16:20:05 GMT+0700 (Indochina Time)', 'Opening hours', ...ARTICLE).date)
      .toBe('2030-03-11');
    expect(metadataOf('RIVER WIRE', '19 thg 11, 2030 08:40 · Economy · 4 min read', 'Ports go paperless', ...ARTICLE).date).toBe('2030-11-19');
  });
});
