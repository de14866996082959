import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/pipeline/clean/dateline.ts';
import { timelineOf } from '../events/helpers.ts';

const read = (text: string) => {
  const r = readDateline({ text, line: 3, start: 0 });
  return r?.kind === 'date' ? `${r.date.year}-${r.date.month}-${r.date.day}` : r?.kind;
};

describe('a dateline at the end of a breadcrumb trail, or before the site\'s controls', () => {
  it('reads a date glued to or after a long breadcrumb trail', () => {
    expect(read('Trang chủ > Tin tức > Khoa học và công nghệ địa phương17/04/2026 | 08:05')).toBe('2026-4-17');
    expect(read('News » Provinces » Science and technology in the Central Highlands 17/04/2026 08:05')).toBe('2026-4-17');
  });

  it('reads a date followed by bracketed links or a contact line', () => {
    expect(read('17/04/2026 08:05 [A-] [A+] [Print] [Share]')).toBe('2026-4-17');
    expect(read('Friday, April 17, 2026 08:05 GMT+7 Hotline: 0258 3822 117')).toBe('2026-4-17');
  });

  it('still reads no page date in a sentence or in a long label that is no trail', () => {
    expect(read('The council met on 17/04/2026 to review the plan.')).toBeUndefined();
    expect(read('Provincial leaders and representatives of the seven communes met 17/04/2026')).toBeUndefined();
  });

  it('dates a page by it, and the page\'s weekdays from it', () => {
    const text = ['CỔNG THÔNG TIN ĐIỆN TỬ TỈNH MẪU', 'Giới thiệu | Tin tức | Văn bản', 'Tin tức > Chuyển đổi số > Hoạt động cơ sở17/04/2026 | 08:05',
      'Commune reviews its digital plan', 'On Thursday, the commune steering committee met to review its digital transformation plan.'].join('\n');
    const { documents, events } = timelineOf({ 'seeds/a.txt': text });
    expect(documents[0]!.data.date).toBe('2026-04-17');
    expect(events.filter((e) => e.kind === 'meeting').map((e) => e.date)).toEqual(['2026-04-16']);
  });
});
