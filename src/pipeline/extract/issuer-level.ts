/**
 * The tier of an instrument's issuer, from its code in the national system (Decree 30/2020/NĐ-CP
 * for the State, Regulation 66-QĐ/TW for the Party): the unit letters after the type letters say
 * who issued it ("57-NQ/TW": the Party's centre; "1131/QĐ-TTg": the Prime Minister; "12/KH-UBND":
 * a People's Committee), a term number says the National Assembly ("210/2025/QH15"). Without a
 * code, the issuer a text names decides.
 */
import type { IssuerLevel } from '../../schemas/entity.ts';
import { foldCode } from './lexicon/document-codes.ts';

/** Type letters of codes, folded: the unit comes after them. */
const TYPE_LETTERS = new Set([
  'NQ', 'QD', 'CT', 'KL', 'ND', 'KH', 'CTR', 'TB', 'TT', 'TTLT', 'BC', 'HD', 'QC', 'QY', 'CV', 'DA', 'TTR', 'PA', 'L', 'PL', 'LCT',
]);

/** Unit letters (folded, term digits dropped) with their tier; patterns for the families no list can hold. */
const LEVEL_BY_UNIT: Readonly<Record<string, IssuerLevel>> = {
  CP: 'government', TTG: 'government', VPCP: 'government',
  QH: 'national-assembly', UBTVQH: 'national-assembly', HDDT: 'national-assembly',
  NHNN: 'ministry', UBDT: 'ministry', TTCP: 'ministry', KTNN: 'ministry',
  UBND: 'province-or-city', HDND: 'province-or-city', TU: 'province-or-city', TP: 'province-or-city', HU: 'province-or-city', QU: 'province-or-city',
};
/** The Party's central bodies ("TW", "BCĐTW", "VPTW") and its committees in State bodies ("ĐU", "BCS…"). */
const PARTY_UNIT = /^(?:\w*TW|DU\w*|BCS\w*)$/;
/** Ministries: "B" and the initials of the ministry's name (BKHCN, BTTTT, BTC); not "BC" (a report) nor "BCĐ…" (a steering committee). */
const MINISTRY_UNIT = /^B(?!C(?:D|$))[A-Z]{1,7}$/;
/** Departments of a province or city: "S" and the initials of the department (SKHCN, STTTT). */
const DEPARTMENT_UNIT = /^S[A-Z]{2,6}$/;

/** Issuers as texts name them, most local first: "Provincial Party Committee" is local, not the Party's centre. */
const LEVEL_BY_ISSUER: [RegExp, IssuerLevel][] = [
  [/\b(?:Provincial|City|District|Municipal|People['’]s\s+(?:Committee|Council)|Department\s+of)\b/i, 'province-or-city'],
  [/\b(?:National\s+Assembly)\b/i, 'national-assembly'],
  [/\b(?:Politburo|Secretariat|Central\s+Committee|Party\s+Central|Central\s+Steering\s+Committee|Communist\s+Party)\b/i, 'party'],
  [/\b(?:Ministry|Minister\s+of|State\s+Bank)\b/i, 'ministry'],
  [/\b(?:Government|Prime\s+Minister)\b/i, 'government'],
];

/** The unit letters of a code: the segment after the type letters, or the first segment of a dispatch's code ("UBND-KGVX"). */
function unitOf(code: string): string | undefined {
  const segments = foldCode(code).split(/[-/]/).filter((s) => s && !/^\d+$/.test(s));
  const at = segments.findIndex((s) => TYPE_LETTERS.has(s));
  return (at >= 0 ? segments[at + 1] : segments[0])?.replace(/\d+$/, '');
}

/** The tier of the unit a code names, if the code names one. */
export function levelOfCode(code: string): IssuerLevel | undefined {
  const unit = unitOf(code);
  if (!unit) return undefined;
  if (LEVEL_BY_UNIT[unit]) return LEVEL_BY_UNIT[unit];
  if (PARTY_UNIT.test(unit)) return 'party';
  if (MINISTRY_UNIT.test(unit)) return 'ministry';
  if (DEPARTMENT_UNIT.test(unit)) return 'province-or-city';
  return undefined;
}

/** The tier of an instrument's issuer: from its code, else from the issuer a text names; null when neither tells. */
export function issuerLevel(code: string | null | undefined, issuer?: string | null): IssuerLevel | null {
  const byCode = code ? levelOfCode(code) : undefined;
  if (byCode) return byCode;
  if (!issuer) return null;
  return LEVEL_BY_ISSUER.find(([pattern]) => pattern.test(issuer))?.[1] ?? null;
}
