import { describe, expect, it } from 'vitest';
import { extractFrom, people } from './helpers.ts';

describe('a signature block printed in Vietnamese, or with its cells set apart by bars', () => {
  it('reads "TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH" at the level of the heading\'s body', () => {
    const found = people(extractFrom('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'The plan takes effect from the date of signing.',
      'TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH', '(Đã ký)', 'Lò Văn Tiến'));
    expect(found).toContain('Lò Văn Tiến: Vice Chairman of the Provincial People\'s Committee');
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
