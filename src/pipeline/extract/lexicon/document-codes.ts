/**
 * The Vietnamese system of document codes, general knowledge from the Government's rules on
 * administrative documents (Decree 30/2020/NĐ-CP, appendix: abbreviations of document types) and
 * the Party's Regulation 66-QĐ/TW. A code is "<number>[/<year>]-<TYPE>/<ISSUER>" ("57-NQ/TW",
 * "1131/QĐ-TTg", "148/2025/NĐ-CP"); an official dispatch has no type letters, only the unit
 * codes of its issuer and drafting office ("1234/UBND-KGVX").
 */
import type { InstrumentType } from '../types.ts';

/** Kind of instrument implied by the type letters of a code, folded (Đ → D, uppercase). */
const TYPE_BY_CODE: Readonly<Record<string, InstrumentType>> = {
  NQ: 'resolution', QD: 'decision', CT: 'directive', KL: 'conclusion', ND: 'decree',
  KH: 'plan', CTR: 'actionprogramme', TB: 'notice', TT: 'circular', TTLT: 'circular', BC: 'report',
  // A submission (tờ trình) of a draft to the body that adopts it.
  TTR: 'submission',
};

/** Issuers implied by the issuer letters of a code, folded; term numbers ("QH15") are dropped first. */
export const ISSUER_BY_CODE: Readonly<Record<string, string>> = {
  TW: 'Communist Party of Vietnam Central Committee',
  CP: 'Government',
  TTG: 'Prime Minister',
  QH: 'National Assembly',
  UBTVQH: 'National Assembly Standing Committee',
  CTN: 'State President',
  VPCP: 'Government Office',
  TU: 'Provincial Party Committee',
  UBND: "People's Committee",
  HDND: "People's Council",
  BKHCN: 'Ministry of Science and Technology',
  BTC: 'Ministry of Finance',
  BCA: 'Ministry of Public Security',
  BYT: 'Ministry of Health',
  BGDDT: 'Ministry of Education and Training',
  BNV: 'Ministry of Home Affairs',
  BTP: 'Ministry of Justice',
  BCT: 'Ministry of Industry and Trade',
  BXD: 'Ministry of Construction',
  BNG: 'Ministry of Foreign Affairs',
  BQP: 'Ministry of National Defence',
  BTTTT: 'Ministry of Information and Communications',
  BKHDT: 'Ministry of Planning and Investment',
  NHNN: 'State Bank of Vietnam',
};

/**
 * The label of a document's own number, as its heading or a legal-database field prints it, in one language or two: "No.",
 * "Number:", "Số hiệu:", "Số hiệu / Document number:". As a regular expression source, without groups.
 */
export const NUMBER_LABEL = String.raw`(?:Số(?:\s+hiệu)?\s*\/\s*)?(?:No\b\.?:?|(?:Official\s+|Document\s+)?[Nn]umber:?|Số(?:\s+hiệu)?:?)`;

/**
 * A line that opens with a document's own number, labelled, and its code: "Số: 4638/TB-SGT | Ngày ban hành: 12/03/2030", "Số hiệu: |
 * 1876/QĐ-UBND | Loại văn bản: …", "No. 845/QĐ-TTg   Hanoi, …". The page's field, not its site's chrome.
 */
export const OWN_NUMBER_LINE = new RegExp(String.raw`^\s*${NUMBER_LABEL}\s*\|?\s*\d{1,5}(?:\/\d{4})?[-/][A-ZĐ]`);

/** The label of a document's date of issue on a legal-database page: "Issued date", "Date of issue", "Ngày ban hành". No groups. */
export const ISSUE_LABEL = String.raw`(?:issued\s+date|date\s+of\s+issue|issue\s+date|date\s+issued|ngày\s+ban\s+hành)`;

/** Folds a code for matching: uppercase, Đ → D, no blanks. */
export const foldCode = (code: string) => code.toUpperCase().replace(/Đ/g, 'D').replace(/\s+/g, '');

/** What a code says: the type its letters name, and the issuer its unit letters name. */
export interface CodeReading {
  type?: InstrumentType;
  issuer?: string;
}

/**
 * Reads a code after the number ("NQ/TW", "2025/NĐ-CP", "UBND-KGVX"): a first segment of type
 * letters gives the type and the segment after it the issuer; a code that opens with no type letters
 * (a dispatch) is issued by the unit its first segment names, the drafting office's letters after it
 * no type ("4158/BTC-CT" is the Ministry of Finance's, drafted by its tax office).
 */
export function readCode(code: string): CodeReading {
  const segments = foldCode(code).split(/[-/]/).filter((s) => s && !/^\d+$/.test(s));
  const at = segments.length > 0 && TYPE_BY_CODE[segments[0]!] ? 0 : -1;
  const type = at >= 0 ? TYPE_BY_CODE[segments[at]!] : undefined;
  const unit = (at >= 0 ? segments[at + 1] : segments[0])?.replace(/\d+$/, '');
  const issuer = unit ? ISSUER_BY_CODE[unit] : undefined;
  return { ...(type ? { type } : {}), ...(issuer ? { issuer } : {}) };
}
