import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a legal-database page', () => {
  const fields = ['Decision 12/QĐ-UBND approving the plan', 'Home » Legal documents', 'Number: 12/QĐ-UBND', 'Type: Decision', 'Signer: Tran Van A'];

  it('takes the "Posted:" line as the page date, not the document\'s "Issued date:"', () => {
    const m = metadataOf(...fields, 'Issued date: 03/03/2025', 'Effective date: 03/03/2025', 'Posted: 05/03/2025', 'Status: In force', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2025-03-05', 'header']);
  });

  it('reads labels printed in two languages without spaces round their slash ("Ngày đăng/Posted:")', () => {
    const m = metadataOf('Số hiệu/Number:41/NQ-CP', 'Loại văn bản/Type:Nghị quyết/Resolution', 'Ngày ban hành/Issued:14/04/2026',
      'Ngày hiệu lực/Effective:14/04/2026', 'Ngày đăng/Posted:17/04/2026 10:20', 'Tình trạng/Status:Còn hiệu lực/In force', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-04-17', 'header']);
  });

  it('takes the day the database added the document, after its weekday, as the page date ("Added to the library: Wednesday, …")', () => {
    const m = metadataOf(...fields, 'Date of issue: 14/03/2031', 'Effective date: 14/03/2031', 'Status: In effect',
      'Added to the library: Wednesday, 19/03/2031', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2031-03-19', 'header']);
    expect(metadataOf(...fields, 'Date of issue: 14/03/2031', 'Posted: Thu, 20/03/2031', ...ARTICLE).date).toBe('2031-03-20');
  });

  // (Round 47: as a document's attributes table further down does, below; it was no date before.)
  it('is dated by the document\'s "Date of issue:" when the page prints no date of its own, not by its effective date', () => {
    const m = metadataOf('Resolution 7/NQ-CP on the programme', 'Date of issue: 07/02/2025', 'Effective date: 01/03/2025', ...ARTICLE);
    expect(m.date).toBe('2025-02-07');
  });
});

describe('a legal-database page with no date of its own and its document\'s heading far below', () => {
  it('is dated by the document\'s issue date in its attributes table', () => {
    const m = metadataOf('LAW ATLAS | Legal documents in English', 'Search | New documents | Log in', 'Home > Local documents > Hải Phòng City',
      'Resolution 21/2026/NQ-HĐND on support for digital start-ups', 'Summary | Full text | Attributes | Download', 'DOCUMENT ATTRIBUTES',
      'Number | 21/2026/NQ-HĐND', 'Type | Resolution', 'Issuing body | People\'s Council of Hải Phòng City', 'Signer | Lê Văn Tuấn',
      'Date of issue | 08/12/2026', 'Effective date | 01/01/2027', 'Status | Not yet in effect', 'Fields | Science - Technology',
      'Replaces | 11/2024/NQ-HĐND', 'Amended by | (none)', 'You are viewing the English translation for reference only.', ...ARTICLE);
    expect(m.date).toBe('2026-12-08');
  });

  it('is dated by the day it prints at its end as published, not by its document\'s issue date', () => {
    const m = metadataOf('LAW ATLAS | Legal documents in English', 'Search | New documents | Log in', 'Home > Local documents > Hải Phòng City',
      'Resolution 21/2026/NQ-HĐND on support for digital start-ups', 'Summary | Full text | Attributes | Download', 'DOCUMENT ATTRIBUTES',
      'Number | 21/2026/NQ-HĐND', 'Type | Resolution', 'Issuing body | People\'s Council of Hải Phòng City', 'Signer | Lê Văn Tuấn',
      'Date of issue | 08/12/2026', 'Effective date | 01/01/2027', 'Status | Not yet in effect', 'Fields | Science - Technology',
      'Replaces | 11/2024/NQ-HĐND', 'Amended by | (none)', 'You are viewing the English translation for reference only.', ...ARTICLE,
      'Related documents', '- Resolution 11/2024/NQ-HĐND', 'Published: 15/12/2026 09:10 | Views: 311');
    expect(m.date).toBe('2026-12-15');
    expect(m.dateNote).toContain('08/12/2026');
  });
});

describe('a signer\'s name at the end of a document, under a title in capitals', () => {
  it('is the signature, no outlet\'s name', () => {
    const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode([...ARTICLE, 'CHAIRMAN', 'Phan Văn Mãi'].join('\n')) });
    const cleaned = clean(result!.file, result!.text);
    expect(cleaned.blocks.map((b) => b.text)).toContain('Phan Văn Mãi');
    expect(cleaned.footer.outlet).toBeUndefined();
  });
});

describe('a legal-database page\'s title above its rows of labelled fields', () => {
  it('is the title: a row of "label: value" cells set apart by bars is no menu the title would be a masthead above', () => {
    const m = metadataOf('VĂN BẢN PHÁP LUẬT ONLINE', 'Trang chủ | Văn bản mới | Tra cứu | Đăng nhập',
      'Decision 2417/QD-UBND 2030 approving the scheme on smart agriculture in Sóc Trăng',
      'Số hiệu: 2417/QĐ-UBND | Loại văn bản: Quyết định | Nơi ban hành: Tỉnh Sóc Trăng',
      'Người ký: Lâm Văn Mẫn | Ngày ban hành: 19/08/2030 | Ngày hiệu lực: 19/08/2030', 'Tình trạng: Còn hiệu lực | Cập nhật: 22/08/2030',
      'PEOPLE\'S COMMITTEE OF SOC TRANG PROVINCE | SOCIALIST REPUBLIC OF VIETNAM', ...ARTICLE);
    expect([m.title, m.titleSource]).toEqual(['Decision 2417/QD-UBND 2030 approving the scheme on smart agriculture in Sóc Trăng', 'explicit']);
  });
});
