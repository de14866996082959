import { describe, expect, it } from 'vitest';
import { extractFrom, people } from './helpers.ts';

describe('a signature block printed in Vietnamese, or with its cells set apart by bars', () => {
  it('reads "TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH" at the level of the heading\'s body', () => {
    const found = people(extractFrom('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'The plan takes effect from the date of signing.',
      'TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH', '(Đã ký)', 'Lò Văn Tiến'));
    expect(found).toContain('Lò Văn Tiến: Vice Chairman of the Provincial People\'s Committee');
  });

  it('reads a city\'s and a commune\'s heading in Vietnamese, whose level ends in a letter with a diacritic', () => {
    expect(people(extractFrom('ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'The decision takes effect from the date of signing.',
      'TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH', '(Đã ký)', 'Lê Văn Thành'))).toContain('Lê Văn Thành: Chairman of the City People\'s Committee');
    expect(people(extractFrom('HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP', 'The resolution takes effect from the date of signing.', 'CHỦ TỊCH', 'Đỗ Thị Hoa')))
      .toContain('Đỗ Thị Hoa: Chairman of the Commune People\'s Council');
  });

  it('gives a body signed for without its level the level of the body whose heading opens the document', () => {
    const found = people(extractFrom('HUE CITY PEOPLE\'S COMMITTEE | SOCIALIST REPUBLIC OF VIETNAM', 'This Decision takes effect from the date of signing.',
      'FOR THE PEOPLE\'S COMMITTEE', 'CHAIRMAN', 'Phan Thiên Định'));
    expect(found).toContain('Phan Thiên Định: Chairman of the City People\'s Committee');
  });

  it('reads "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" as a deputy minister of the ministry the document names', () => {
    const found = people(extractFrom('The Ministry of Science and Technology issues this circular.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '(Đã ký)', 'Hồ Văn Nam'));
    expect(found).toContain('Hồ Văn Nam: Deputy Minister of Science and Technology');
  });
});
