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
});
