import type { Rng } from './prng.ts';
import { ascii } from './text.ts';

/** The sixteen most common Vietnamese family names. */
export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
/** Rough shares of the family names (Nguyễn is by far the most common). */
const FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 1, 1];

const MIDDLE_MALE = [
  'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Xuân', 'Công', 'Đình', 'Trọng', 'Quang', 'Bá', 'Hoàng', 'Ngọc', 'Mạnh', 'Tiến', 'Anh', 'Duy', 'Khắc',
  'Thế',
];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Kim', 'Minh', 'Thúy', 'Mai', 'Bích', 'Lan', 'Diệu'];
const GIVEN_MALE = ['Hải', 'Hùng', 'Dũng', 'Long', 'Sơn', 'Tùng', 'Phong', 'Thắng', 'Quân', 'Bình', 'Cường', 'Khánh', 'Toàn', 'Hiếu', 'Nghĩa',
  'Phúc', 'Thành', 'Trung', 'Tuấn', 'Vinh', 'Huy', 'Đạt', 'Lợi', 'Tâm', 'Kiên', 'Hưng', 'Thịnh', 'Chiến', 'Định', 'Khôi', 'Tài', 'Bảo',
  'Hòa', 'Lộc', 'Quyết', 'Thái', 'Châu', 'Đông', 'Tuyên', 'Hiển', 'Luận', 'Ninh', 'Sang', 'Thuận', 'Tiệp', 'Vượng'];
const GIVEN_FEMALE = ['Lan', 'Hoa', 'Hương', 'Hà', 'Linh', 'Trang', 'Thảo', 'Nga', 'Hằng', 'Yến', 'Ngân', 'Phượng', 'Thủy', 'Loan', 'Dung',
  'Vân', 'Nhung', 'Huyền', 'Oanh', 'Giang', 'Hạnh', 'Liên', 'Quyên', 'Thơ'];
/** Second given syllables, for four-part names ("Nguyễn Thị Thanh Hương"). */
const SECOND_MALE = ['Anh', 'Minh', 'Quốc', 'Hoài', 'Thế', 'Gia'];
const SECOND_FEMALE = ['Thanh', 'Thu', 'Phương', 'Bích', 'Kim'];

/** A Vietnamese personal name, with and without diacritics. */
export interface PersonName {
  vi: string;
  ascii: string;
  female: boolean;
}

/** The name as written: with diacritics ("Trần Văn Hải") or without ("Tran Van Hai"). */
export const fromVietnamese = (vi: string, female: boolean): PersonName => ({ vi, ascii: ascii(vi), female });

/** A plausible name: family name by frequency, a middle name, one or two given names. */
export function vietnameseName(rng: Rng, female = rng.chance(0.3)): PersonName {
  let roll = rng.next() * FAMILY_WEIGHTS.reduce((a, b) => a + b, 0);
  let family = 0;
  while (roll >= FAMILY_WEIGHTS[family]!) roll -= FAMILY_WEIGHTS[family++]!;
  const parts = [FAMILY_NAMES[family]!, rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)];
  if (rng.chance(0.15)) parts.push(rng.pick(female ? SECOND_FEMALE : SECOND_MALE));
  parts.push(rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE));
  return fromVietnamese(parts.join(' '), female);
}
