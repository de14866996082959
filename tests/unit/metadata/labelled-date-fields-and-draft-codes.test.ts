import { describe, expect, it } from 'vitest';
import { extractFrom } from '../extract/helpers.ts';
import { timelineOf } from '../events/helpers.ts';

describe('a portal\'s labelled page date followed by other fields', () => {
  it('reads "Ngày đăng: 09/09/2026 | Hạn góp ý: 30/10/2026 | …" as published on 9 September, not as no date', () => {
    const { documents } = timelineOf({ 'a.txt': ['BỘ GIÁO DỤC VÀ ĐÀO TẠOMinistry of Education and Training | Cổng thông tin điện tử',
      'Trang chủ | Tin tức | Văn bản', 'Ngày đăng: 09/09/2026 | Hạn góp ý: 30/10/2026 | Trạng thái: Đang lấy ý kiến | Lượt xem: 1.087',
      'Public comment invited on a draft circular', 'The ministry has invited comments on the draft circular on school data.'].join('\n') });
    expect(documents[0]!.data.date).toBe('2026-09-09');
  });
});

describe('a draft\'s code', () => {
  it('names no instrument when its year stands where the number will ("Draft Circular 2026/TT-BGDĐT")', () => {
    const codes = extractFrom('Related drafts:', '- Draft Circular 2026/TT-BGDĐT on school data standards (deadline 02/10/2026)',
      'It replaces Circular 09/2024/TT-BGDĐT and Decision 2026/QĐ-TTg.').filter((m) => m.type !== 'person' && m.type !== 'organization')
      .map((m) => m.text);
    expect(codes).toEqual(['Circular 09/2024/TT-BGDĐT', 'Decision 2026/QĐ-TTg']);
  });
});
