import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a site\'s chrome above the title', () => {
  it('reads labels printed in two languages on a legal-database page', () => {
    const m = metadataOf('Decision 77/QĐ-BKHCN approving the strategy', 'Số hiệu / Number: 77/QĐ-BKHCN', 'Ngày ban hành / Date issued: 02/05/2025',
      'Cập nhật / Updated: 06/05/2025', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2025-05-06', 'header']);
  });

  it('skips a masthead, a menu and login links to find the title', () => {
    const m = metadataOf('BÁO BÌNH ĐỊNH ĐIỆN TỬ', 'Trang chủ | Thời sự | Kinh tế | Khoa học', 'Đăng nhập | Tìm kiếm', 'Thứ Ba, 08/04/2025 09:10',
      'Binh Dinh opens its first public data portal', ...ARTICLE);
    expect([m.title, m.titleSource, m.date]).toEqual(['Binh Dinh opens its first public data portal', 'explicit', '2025-04-08']);
  });

  it('skips a breadcrumb with middle dots and a masthead in Vietnamese above an English title', () => {
    const m = metadataOf('Báo Khánh Hòa điện tử', 'Trang chủ · Thời sự · Sự kiện', '12/09/2025 07:45', 'Khanh Hoa trains 500 engineers for its chip plan', ...ARTICLE);
    expect(m.title).toBe('Khanh Hoa trains 500 engineers for its chip plan');
  });

  it('keeps an ordinary title that opens the text', () => {
    expect(metadataOf('Hue sets out targets for its open data plan', '10/10/2025', ...ARTICLE).title).toBe('Hue sets out targets for its open data plan');
  });
});
