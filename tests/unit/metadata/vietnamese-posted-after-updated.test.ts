import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a later stamp printed before the page date, labelled in Vietnamese', () => {
  it('reads the date after "Đăng:" or "Ngày đăng:", not the "Cập nhật:" stamp before it', () => {
    expect(metadataOf('BÁO BIỂN XANH', 'Cập nhật: 15/04/2031 - 09:20 | Đăng: 14/04/2031 - 17:45', 'Bến Tre reviews its ports plan', ...ARTICLE).date)
      .toBe('2031-04-14');
    expect(metadataOf('BÁO BIỂN XANH', 'Cập nhật: 15/04/2031 09:20 | Ngày đăng: 14/04/2031 17:45', 'Bến Tre reviews its ports plan', ...ARTICLE).date)
      .toBe('2031-04-14');
  });
});
