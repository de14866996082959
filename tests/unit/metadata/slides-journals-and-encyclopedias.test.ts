import { describe, expect, it } from 'vitest';
import { logicalLines } from '../../../src/pipeline/clean/lines.ts';
import { ARTICLE, metadataOf } from './helpers.ts';

/** A slide deck exported as text: short lines of every length, one a line, a blank line only before the page's footer. */
const DECK = [
  'SLIDESHARE VN – Conference documents library',
  'Home | Workshops | Reports | Upload | Log in',
  'Uploaded by: ws_mekong | Upload date: 11/02/2027 | Format: PDF, 14 pages | Views: 301',
  '--- Slide 1 / 14 ---',
  'AN GIANG DEPARTMENT OF INFORMATION',
  'Digital villages: results of 2026',
  'Presenter: Mr. Lâm Quốc Thái – Deputy Director',
  '--- Slide 2 / 14 ---',
  'OUTLINE',
  '1. Results',
  '2. Problems',
  '3. Plans for 2027',
  '--- Slide 3 / 14 ---',
  '• Online public services: 71% of records',
  '• Cashless payments: 52% of households',
  '',
  'Related documents',
];

describe('a slide deck, a journal\'s article page and an encyclopedia\'s article', () => {
  it('keeps a slide deck\'s short lines apart: lines of every length in a row are no hard-wrapped paragraph', () => {
    const lines = logicalLines(DECK.join('\n')).map((l) => l.text);
    expect(lines).toContain('OUTLINE');
    expect(lines).toContain('1. Results');
    expect(metadataOf(...DECK).date).toBe('2027-02-11');
  });

  it('still joins a text hard-wrapped at its width', () => {
    const text = [
      'Ha Tinh opens its data centre',
      '',
      'The Ha Tinh Provincial People\'s Committee on Monday opened the',
      'province\'s first data centre, which will host the records of all',
      'communes and wards by the end of the year, officials said.',
      '',
      'The centre cost 120 billion dong and was built in eleven months by',
      'a local contractor under the province\'s digital transformation plan.',
    ].join('\n');
    expect(logicalLines(text).map((l) => l.text)).toHaveLength(3);
  });

  it('dates a journal\'s article by the day it was published online, among the other dates of its row', () => {
    const m = metadataOf('JSDP – Journal of Sustainable Development Policy', 'Home | Current issue | Archives | For authors | Contact',
      'Search articles...', 'Home › Archives › Vol. 4 No. 1 (2027) › Research articles',
      'Do provincial innovation funds reach small firms? Evidence from twelve provinces', 'Trần Mỹ Duyên¹, Hồ Sĩ Nam²',
      '¹ Mekong Policy Institute; ² Cần Thơ University', '* Corresponding author: duyen@mpi.edu.vn',
      'Received: 4 September 2026 | Revised: 30 October 2026 | Accepted: 12 November 2026 | Published online: 2 December 2026', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-12-02', 'header']);
    // The search box's placeholder and a breadcrumb whose step holds a full stop ("Vol. 4") are no title.
    expect(m.title).toBe('Do provincial innovation funds reach small firms? Evidence from twelve provinces');
  });

  it('dates a page that prints no date at its top by the day it says at its end it was last edited', () => {
    const m = metadataOf('OpenWiki – The Free Encyclopedia', 'Main page | Contents | Random article | About | Donate',
      'Bắc Ninh Semiconductor Plan (2026–2030)', 'From OpenWiki, the free encyclopedia', ...ARTICLE,
      'See also', 'Digital transformation in Vietnam', 'This page was last edited on 14 May 2027, at 08:12 (UTC).');
    expect([m.date, m.dateSource]).toEqual(['2027-05-14', 'text']);
    expect(m.dateNote).toContain('last edited');
    // A date in the article's last lines that no label marks as the page's last edit dates nothing.
    expect(metadataOf(...ARTICLE, 'The report of the committee is dated 14 May 2027.').date).toBeNull();
  });

  it('dates a service page by the day it says at its end it was last reviewed, not by a day its text tells of', () => {
    const m = metadataOf('Cà Mau Provincial Museum', 'Home | Visit | Collections | Digital museum | Contact', 'Our digital services',
      'The virtual tour opened on 18 May 2029, International Museum Day, and had 40,000 visits in its first year.', ...ARTICLE,
      'Was this page helpful? Yes | No', 'This page was last reviewed on 9 September 2031.', '© Cà Mau Provincial Museum');
    expect([m.date, m.dateSource]).toEqual(['2031-09-09', 'text']);
    expect(m.dateNote).toContain('("9 September 2031")');
    expect(metadataOf('Our services', ...ARTICLE, 'Page last reviewed: 03/10/2030').date).toBe('2030-10-03');
  });

  it('dates a paper\'s page that prints its date only at its end, under the byline: "Published: 05/11/2029"', () => {
    const m = metadataOf('Ninh Thuận Post', 'Party Standing Board reviews the marine digital economy', ...ARTICLE, 'Thu Hà', 'Published: 05/11/2029');
    expect([m.date, m.dateSource]).toEqual(['2029-11-05', 'text']);
    expect(m.dateNote).toContain('published');
  });

  it('reads the stamp of a page\'s publication printed after its copyright in one line', () => {
    const m = metadataOf('Hàm Rồng Wire', 'Ministry approves the provincial sensor network scheme', ...ARTICLE,
      '© Hàm Rồng Wire. All rights reserved. Published: 03/02/2030 07:40 · Updated: 04/02/2030 10:15');
    expect([m.date, m.dateSource]).toEqual(['2030-02-03', 'text']);
    // (A date after the copyright that no label marks stays no stamp.)
    expect(metadataOf(...ARTICLE, '© Hàm Rồng Wire. Founded 03/02/2010.').date).toBeNull();
  });

  it('reads a podcast episode\'s dateline with the episode\'s length after it: "Episode 12 · Tue, 6 Apr 2027 · 38 min"', () => {
    const m = metadataOf('TALKING POLICY – a podcast on public affairs', 'Episodes | Topics | About', 'Episode 12 · Tue, 6 Apr 2027 · 38 min',
      'Can provinces keep their digital promises?', ...ARTICLE);
    expect(m.date).toBe('2027-04-06');
  });

  it('reads the filled page date of a row whose other date field is an unfilled template', () => {
    const m = metadataOf('LUẬT NHANH – Văn bản pháp luật', 'Trang chủ | Văn bản mới | Đăng nhập', 'Chỉ thị 05/CT-UBND năm 2027 về chuyển đổi số',
      'Ngày đăng: {{post_date}} | Cập nhật: 14/06/2027 09:40 | Lượt xem: 512', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2027-06-14', 'header']);
    // A row with no filled date is still a placeholder: the page states no date.
    expect(metadataOf('Ngày đăng: {{post_date}} | Lượt xem: 512', ...ARTICLE).dateNote).toContain('placeholder');
  });
});
