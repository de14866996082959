import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';

/** The body blocks cleaning keeps of a text, with their kinds. */
function blocksOf(text: string): string[] {
  const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(text) });
  return clean(result!.file, result!.text).blocks.map((b) => `${b.kind}: ${b.text}`);
}

const around = (placeholder: string) => ['MEKONG NOTES', 'Home | Policy | Business', '', 'Province opens its science fund', '04/05/2026 09:10', '',
  placeholder, 'Director Lâm Văn Tài at the launch. Photo: Hồng Nhung', '',
  'The provincial People\'s Committee opened a science fund on Monday, with VND 120 billion for its first call.',
  'The fund will finance up to 40 projects a year, the director of the Department of Science and Technology said.', ''].join('\n');

describe('an image\'s placeholder in brackets', () => {
  for (const placeholder of ['[photo]', '[image: opening ceremony]', '[Ảnh: Quang cảnh buổi lễ]', '[img src="" alt=""]']) {
    it(`is dropped as image markup: "${placeholder}"`, () => {
      const blocks = blocksOf(around(placeholder));
      expect(blocks.join('\n')).not.toContain(placeholder);
      expect(blocks.join('\n')).toContain('opened a science fund on Monday');
    });
  }

  it('keeps a bracketed note that is no image\'s', () => {
    expect(blocksOf(around('[Updated at 10:30 with the fund\'s rules]')).join('\n')).toContain('[Updated at 10:30 with the fund\'s rules]');
  });
});

describe('a button to download the page', () => {
  it('is dropped alone in its brackets', () => {
    const text = around('[Tải về / Download PDF]');
    expect(blocksOf(text).join('\n')).not.toContain('Download PDF');
  });
});
