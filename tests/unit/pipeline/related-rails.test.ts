import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';

/** The body paragraphs cleaning keeps of a text. */
function bodyOf(text: string): string[] {
  const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(text) });
  return clean(result!.file, result!.text).blocks.map((b) => b.text);
}

const article = ['DELTA REVIEW', 'Home | Policy | Business', '', 'Province opens its science fund', '04/05/2026 09:10', '',
  'The provincial People\'s Committee opened a science fund on Monday, with VND 120 billion for its first call.',
  'The fund will finance up to 40 projects a year, the director of the Department of Science and Technology said.',
  'Applications close at the end of June, and the first grants are due in September.'];

describe('a rail of other articles after the article, by its label', () => {
  for (const label of ['RELATED', 'Other news:', 'MORE OPINION', 'More in Business']) {
    it(`ends the article at "${label}"`, () => {
      const body = bodyOf([...article, '', label, ' - Decision No. 310/QĐ-UBND on the 2026 task list (02/05/2026)',
        ' - Ward pilots an AI assistant (28/04/2026)', ''].join('\n'));
      expect(body.join('\n')).toContain('first grants are due in September');
      expect(body.join('\n')).not.toMatch(/310\/QĐ-UBND|AI assistant/);
    });
  }
});

describe('a legal-database page\'s rail of other documents, its label and items on one line', () => {
  it('ends the document at the rail, and keeps the lines naming its own bases and the document it replaces', () => {
    const body = bodyOf([...article, 'Văn bản căn cứ: Nghị quyết 57-NQ/TW | Nghị quyết 11/2026/NQ-HĐND', 'Văn bản bị thay thế: Quyết định 1200/QĐ-UBND',
      'Văn bản liên quan cùng nội dung: Kế hoạch 88/KH-UBND năm 2025 | Quyết định 77/QĐ-UBND năm 2024',
      'Văn bản mới cập nhật: Thông tư 05/2026/TT-BKHCN | Quyết định 901/QĐ-UBND Hà Nội', ''].join('\n'));
    expect(body.join('\n')).toContain('Quyết định 1200/QĐ-UBND');
    expect(body.join('\n')).not.toMatch(/88\/KH-UBND|05\/2026\/TT-BKHCN|901\/QĐ-UBND/);
  });
});

describe('a site\'s imprint at the end of the page', () => {
  it('ends the article at its copyright, editors, licence, address and contacts', () => {
    const body = bodyOf([...article, '', 'Editor-in-chief: Phạm Quang Huy | Licence No. 12/GP-BTTTT issued by the Ministry of Science and Technology',
      'Address: 12 Lê Lợi, Huế ward | Phone: 0234 3822 111', '© 2026 Delta Review'].join('\n'));
    expect(body.at(-1)).toBe('Applications close at the end of June, and the first grants are due in September.');
  });

  it('keeps a paragraph that only mentions a contact or a licence inside the article', () => {
    const body = bodyOf([...article, 'Firms can apply online; the phone line for questions is 0234 3822 111.'].join('\n'));
    expect(body.at(-1)).toBe('Firms can apply online; the phone line for questions is 0234 3822 111.');
  });
});
