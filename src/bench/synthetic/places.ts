import { rngFor } from './prng.ts';
import { ascii } from './text.ts';

/** A province or centrally run city of Vietnam (the 63 units before the 2025 merger). */
export interface Province {
  vi: string;
  ascii: string;
  kind: 'province' | 'city' | 'capital';
}

const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'];
const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước',
  'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn',
  'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** All 63 units, cities first. */
export const ALL_PROVINCES: readonly Province[] = [
  ...CITIES.map((vi, i): Province => ({ vi, ascii: vi === 'Hà Nội' ? 'Hanoi' : ascii(vi), kind: i === 0 ? 'capital' : 'city' })),
  ...PROVINCES.map((vi): Province => ({ vi, ascii: ascii(vi), kind: 'province' })),
];

const orders = new Map<number, Province[]>();

/** The units in the order a corpus with this seed introduces them (a seeded shuffle). */
export function provinceOrder(seed: number): Province[] {
  let order = orders.get(seed);
  if (!order) {
    const rng = rngFor(seed, 'provinces');
    order = [...ALL_PROVINCES];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    orders.set(seed, order);
  }
  return order;
}

/** How many units the texts up to index i draw from: grows with the corpus, all 63 from text 1060 on. */
export const provincePoolSize = (i: number): number => Math.min(ALL_PROVINCES.length, 10 + Math.floor(i / 20));

/** The unit's name as a text writes it. */
export const provinceName = (p: Province, diacritics: boolean): string => {
  if (p.vi === 'Hồ Chí Minh') return diacritics ? 'Hồ Chí Minh City' : 'Ho Chi Minh City';
  return diacritics ? p.vi : p.ascii;
};

/** The adjective of its bodies: "Bac Ninh Provincial", "Da Nang City", "Hanoi". */
export function unitOf(p: Province, diacritics: boolean): string {
  const name = diacritics ? p.vi : p.ascii;
  if (p.kind === 'capital') return name;
  if (p.kind === 'city') return `${name} City`;
  return `${name} Provincial`;
}

/** The place as a phrase: "Bac Ninh province", "Da Nang city", "Hanoi". */
export function placePhrase(p: Province, diacritics: boolean): string {
  const name = diacritics ? p.vi : p.ascii;
  if (p.kind === 'capital') return name;
  if (p.kind === 'city') return p.vi === 'Hồ Chí Minh' ? provinceName(p, diacritics) : `${name} city`;
  return `${name} province`;
}

/**
 * The place named so that the name says what it is, for a sentence that must say where: "Bac Ninh
 * province", "Da Nang City", "the capital city of Hanoi" (a city as the pipeline names its scope).
 */
export function namedPlace(p: Province, diacritics: boolean): string {
  if (p.kind === 'capital') return `the capital city of ${diacritics ? p.vi : p.ascii}`;
  return p.kind === 'city' ? `${provinceName(p, diacritics).replace(/ City$/, '')} City` : placePhrase(p, diacritics);
}
