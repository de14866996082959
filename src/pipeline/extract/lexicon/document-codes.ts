/**
 * Issuers implied by the suffix of a Vietnamese legal document code ("57-NQ/TW": TW, the Party
 * Central Committee and its organs; "1131/QĐ-TTg": TTg, the Prime Minister). General knowledge,
 * from the Government's rules on document codes (Decree 30/2020/NĐ-CP, Regulation 66-QĐ/TW).
 */
export const ISSUER_BY_CODE: Record<string, string> = {
  TW: 'Communist Party of Vietnam Central Committee',
  CP: 'Government',
  TTG: 'Prime Minister',
  QH: 'National Assembly',
  UBTVQH: 'National Assembly Standing Committee',
  CTN: 'State President',
};

/** Kind of instrument implied by the letters of a code (NQ resolution, QĐ decision, CT directive, KL conclusion, NĐ decree). */
export const TYPE_BY_CODE: Record<string, string> = {
  NQ: 'resolution', QD: 'decision', CT: 'directive', KL: 'conclusion', ND: 'decree',
};
