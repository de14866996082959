import { fold } from '../fold.ts';

/**
 * Vietnam's provinces and centrally run cities, as data: the 63 units before the 2025 mergers,
 * whose names texts keep using, and the names the merged units took (most kept one of the old
 * names). A scope is written as the place's own name, and a centrally run city as "<Name> City".
 * Names are matched folded (no diacritics), so "Nghệ An" is "Nghe An".
 */
const PROVINCES = [
  'An Giang', 'Ba Ria-Vung Tau', 'Bac Giang', 'Bac Kan', 'Bac Lieu', 'Bac Ninh', 'Ben Tre', 'Binh Dinh', 'Binh Duong',
  'Binh Phuoc', 'Binh Thuan', 'Ca Mau', 'Cao Bang', 'Dak Lak', 'Dak Nong', 'Dien Bien', 'Dong Nai', 'Dong Thap', 'Gia Lai',
  'Ha Giang', 'Ha Nam', 'Ha Tinh', 'Hai Duong', 'Hau Giang', 'Hoa Binh', 'Hung Yen', 'Khanh Hoa', 'Kien Giang', 'Kon Tum',
  'Lai Chau', 'Lam Dong', 'Lang Son', 'Lao Cai', 'Long An', 'Nam Dinh', 'Nghe An', 'Ninh Binh', 'Ninh Thuan', 'Phu Tho',
  'Phu Yen', 'Quang Binh', 'Quang Nam', 'Quang Ngai', 'Quang Ninh', 'Quang Tri', 'Soc Trang', 'Son La', 'Tay Ninh',
  'Thai Binh', 'Thai Nguyen', 'Thanh Hoa', 'Thua Thien Hue', 'Tien Giang', 'Tra Vinh', 'Tuyen Quang', 'Vinh Long',
  'Vinh Phuc', 'Yen Bai',
];

/** Centrally run cities: the scope each is written with, and the other ways texts write it. */
const CITIES: Record<string, string[]> = {
  Hanoi: ['Ha Noi', 'Hanoi City', 'Ha Noi City'],
  'Ho Chi Minh City': ['HCMC', 'HCM City', 'Saigon'],
  'Hai Phong City': ['Hai Phong', 'Haiphong'],
  'Da Nang City': ['Da Nang', 'Danang'],
  'Can Tho City': ['Can Tho'],
  'Hue City': ['Hue'],
};

/** Folds a name for lookup as every name is folded (fold.ts), with a hyphen as a space ("Ba Ria-Vung Tau"). */
export const foldPlace = (name: string): string => fold(name).replace(/-/g, ' ');

/** Each folded name and alias, to the scope it is written as. */
export const PLACES: ReadonlyMap<string, string> = new Map([
  ...PROVINCES.map((p): [string, string] => [foldPlace(p), p]),
  ...Object.entries(CITIES).flatMap(([scope, aliases]) => [scope, ...aliases].map((a): [string, string] => [foldPlace(a), scope])),
  ['daklak', 'Dak Lak'], ['ba ria vung tau', 'Ba Ria-Vung Tau'],
]);
