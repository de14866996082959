import type { IssuerLevel } from '../schemas/entity.ts';

/** An issuer level, or `unknown` for an instrument whose code and issuer do not tell. */
export type LevelKey = IssuerLevel | 'unknown';

/** How the site names each issuer level, top of the chain of policy first; also the order of legends and filters. */
export const ISSUER_LEVELS: Readonly<Record<LevelKey, string>> = {
  party: 'Party',
  'national-assembly': 'National Assembly',
  government: 'Government',
  ministry: 'Ministry',
  'province-or-city': 'Province or city',
  unknown: 'Level not known',
};

/** Levels in display order. */
export const LEVEL_ORDER = Object.keys(ISSUER_LEVELS) as LevelKey[];

/** The key of an instrument's level (`null` → `unknown`): the suffix of its CSS class `level-<key>` and its `data-level`. */
export const levelKey = (level: IssuerLevel | null): LevelKey => level ?? 'unknown';

/**
 * An instrument's issuer and level as a reader sees them (`['Politburo', 'Party']`),
 * the issuer left out when it is the level's own name (`['Government']`).
 */
export const issuerAndLevel = (issuer: string | null, level: LevelKey): string[] =>
  issuer && issuer.toLowerCase() !== ISSUER_LEVELS[level].toLowerCase() ? [issuer, ISSUER_LEVELS[level]] : [ISSUER_LEVELS[level]];
