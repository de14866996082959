import { describe, expect, it } from 'vitest';
import { metadataOf } from './helpers.ts';

const LEAD = ['On August 21, 2025, the Politburo issued a conclusion on science and technology.', 'The conclusion asks ministries to report by December.'];

describe('template placeholders in the dateline', () => {
  for (const placeholder of ['{{publish_date}}', 'Chính trị | {{date}}', 'dd/mm/yyyy', 'Updated: --/--/----']) {
    it(`reads "${placeholder}" as no date, and does not fall back on the lead`, () => {
      const m = metadataOf('Politburo issues conclusion', placeholder, ...LEAD);
      expect([m.date, m.dateSource]).toEqual([null, 'none']);
      expect(m.dateNote).toContain('placeholder');
    });
  }
});

describe('a placeholder at the top and the day printed at the end', () => {
  it('dates the page by the stamp at its end ("Cập nhật: …"), not by the lead', () => {
    const m = metadataOf('Resolution on support for cooperatives', 'Ngày đăng: {{ngay_dang}} | Lượt xem: {{luot_xem}}', ...LEAD,
      'Download: PDF | {{file_size}}', 'Cập nhật: 15/12/2030 10:24');
    expect([m.date, m.dateSource]).toEqual(['2030-12-15', 'text']);
  });

  it('reads "Published: … | Last updated: …" before the copyright as the day of publication', () => {
    const m = metadataOf('Call for papers', 'Posted: {{post_date}} | Views: {{views}}', ...LEAD, 'Other news',
      '- Students win a provincial innovation prize', 'Published: 04/03/2030 | Last updated: 11/03/2030', '© Ha Tinh University');
    expect(m.date).toBe('2030-03-04');
  });
});

describe('a social post\'s relative age in the header', () => {
  for (const age of ['3d • Edited • 🌐', '5 days ago · Public']) {
    it(`reads "${age}" as no date, and does not fall back on the day the lead reports`, () => {
      const m = metadataOf('Proud moment for our team', age, 'On 14 May 2029, the department signed a memorandum with the university.',
        'The memorandum covers coffee data.');
      expect([m.date, m.dateSource]).toEqual([null, 'none']);
    });
  }
});

describe('an unfilled count or poster beside the page\'s date', () => {
  for (const row of ['18/06/2030 | 09:10 | Lượt xem: {{views}}', 'Comments: {{comment_count}} · 18/06/2030 09:10',
    'Đăng lúc: 18-06-2030 09:10 | Người đăng: {{author_name}} | Lượt xem: {{view_count}}', 'Posted by: {{author}} | 18/06/2030 09:10']) {
    it(`reads "${row}" as the day it prints: the placeholder counts views or names the poster, not the date`, () => {
      const m = metadataOf('Ward opens a digital help desk', row, 'On Monday (16/6), the ward opened a desk for online services.',
        'The desk is staffed by volunteers.');
      expect([m.date, m.dateSource]).toEqual(['2030-06-18', 'header']);
    });
  }

  it('still reads the row as no date when the date\'s own field is the placeholder', () => {
    const m = metadataOf('Ward opens a digital help desk', '{{post_date}} | Lượt xem: {{views}}',
      'On 16 June 2030, the ward opened a desk for online services.');
    expect([m.date, m.dateSource]).toEqual([null, 'none']);
    for (const row of ['Ngày đăng: {{ngay}} | Người đăng: {{author_name}}', 'Người đăng: {{author_name}} | Giờ: {{gio}}']) {
      expect(metadataOf('Ward opens a digital help desk', row, 'On 16 June 2030, the ward opened a desk for online services.').date).toBeNull();
    }
  });
});
