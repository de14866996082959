import { rngFor } from './prng.ts';

/** How the top of an outlet's page looks. */
export type HeaderStyle = 'banner-glued' | 'title-long-date' | 'weekday-dateline' | 'banner-plain' | 'title-dotted';
/** How the end of an outlet's page looks. */
export type FooterStyle = 'comments-rails' | 'source-credit' | 'sources-reply' | 'related-tags' | 'outlet-name';

/** A news outlet and its site chrome. */
export interface Outlet {
  id: number;
  name: string;
  domain: string;
  /** Folder name of its texts. */
  slug: string;
  tagline: string;
  /** Section label glued to its dateline ("Việt NamViệt Nam13/01/2025"). */
  label: string;
  header: HeaderStyle;
  footer: FooterStyle;
  /** Share of its texts that write Vietnamese names with diacritics. */
  diacritics: number;
  /** Photo agency credited in captions. */
  agency: string;
  /** Whether paragraphs are separated by blank lines. */
  spaced: boolean;
}

const PREFIXES = ['Lotus', 'Red River', 'Mekong', 'Capital', 'Highland', 'Coastline', 'Delta', 'Bamboo', 'Pearl', 'Lantern', 'Harbor', 'Sunrise',
  'Golden Star', 'Northern', 'Southern', 'Central Coast', 'Saigon', 'Hue', 'Ha Long', 'Truong Son', 'Lac Hong', 'Evergreen',
  'Horizon', 'Silk Road', 'Rice Field'];
const SUFFIXES = [
  'Daily', 'Post', 'Times', 'Herald', 'Review', 'Observer', 'Voice', 'Gazette', 'News', 'Tribune', 'Journal', 'Weekly', 'Magazine', 'Online',
  'Insider',
];
const TLDS = ['.vn', '.com.vn', '.net', '.info', '.org.vn', '.news'];
const TAGLINES = ['News of the nation', 'Voice of the people', 'Science, technology and society', 'Policy in depth', 'The news of the day',
  'Nền tảng thông tin chính thống', 'Information for development', 'Trusted national news', 'Tin tức - Sự kiện', 'Connecting Vietnam'];
const LABELS = ['Việt Nam', 'Thời sự', 'Khoa học', 'Chính trị', 'Politics', 'National', 'Science', 'Digital', 'Xã hội', 'Kinh tế'];
const AGENCIES = ['VNA', 'VNA', 'VNA', 'Nhan Dan', 'VGP', 'Quochoi', 'SGGP', 'TTXVN'];
const HEADERS: HeaderStyle[] = ['banner-glued', 'title-long-date', 'weekday-dateline', 'banner-plain', 'title-dotted'];
const FOOTERS: FooterStyle[] = ['comments-rails', 'source-credit', 'sources-reply', 'related-tags', 'outlet-name'];

/** How many outlets the texts up to index i come from: about 5 + i/100. */
export const outletPoolSize = (i: number): number => 5 + Math.floor(i / 100);

/** Outlet k of a corpus; names are unique for the first 375, numbered after. */
export function outletAt(seed: number, k: number): Outlet {
  const rng = rngFor(seed, 'outlet', k);
  const a = k % PREFIXES.length;
  const b = Math.floor(k / PREFIXES.length);
  const round = Math.floor(b / SUFFIXES.length);
  const name = `${PREFIXES[a]} ${SUFFIXES[(a + b) % SUFFIXES.length]}${round > 0 ? ` ${round + 1}` : ''}`;
  const compact = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return {
    id: k, name, domain: `${compact}${rng.pick(TLDS)}`, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    tagline: rng.pick(TAGLINES), label: rng.pick(LABELS),
    header: HEADERS[(k + rng.int(0, 4)) % HEADERS.length]!, footer: FOOTERS[(k + rng.int(0, 4)) % FOOTERS.length]!,
    diacritics: rng.pick([0, 0, 0.1, 0.3, 0.9]), agency: rng.pick(AGENCIES), spaced: rng.chance(0.5),
  };
}
