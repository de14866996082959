import type { Rng } from './prng.ts';
import type { TargetKind, TargetSpec } from './target-spec.ts';

type Row = [kind: TargetKind, what: string, extra: string, qualifier: string, value: number, deadline: number, alternatives: number[]];

/**
 * The national targets of the few policy documents that the texts cite (Resolution 57-NQ/TW, the
 * national digital transformation program, the digital economy and semiconductor strategies),
 * most cited first. Hundreds of texts repeat them with the same value and deadline.
 */
const ROWS: Row[] = [
  ['share', 'the digital economy', 'GDP', 'at least', 30, 2030, [25]],
  ['rank', 'research and development of artificial intelligence', 'countries in Southeast Asia', '', 3, 2030, [4]],
  ['goal', 'a developed, high-income country', '', '', 0, 2045, []],
  ['share', 'total social investment in R&D', 'GDP', '', 2, 2030, [1.5]],
  ['count', 'digital technology enterprises on par with advanced countries', '', 'at least', 5, 2030, [3]],
  ['percent', 'people and businesses', 'will use online public services', 'at least', 80, 2030, [70]],
  ['rank', 'digital competitiveness and e-government development', 'countries in the world', '', 50, 2030, [40]],
  ['share', 'the digital economy', 'GDP', 'at least', 50, 2045, [45]],
  ['train', 'engineers in microchip design', '', '', 50000, 2030, [30000]],
  ['percent', 'enterprises', 'will have innovation activities', '', 40, 2030, [50]],
  ['goal', 'a modern industrialized nation with upper-middle income', '', '', 0, 2030, []],
  ['share', 'research spending from enterprises', 'total research spending', 'more than', 60, 2030, [50]],
  ['share', 'high-tech exports', 'total exports', 'at least', 50, 2030, [45]],
  ['count', 'digital technology enterprises on par with advanced countries', '', 'at least', 10, 2045, [8]],
  ['rank', 'innovation and digital transformation', 'countries in the world', '', 30, 2045, [20]],
  ['share', 'the digital economy', 'GDP', '', 20, 2025, [25]],
  ['percent', 'administrative procedures', 'will be handled online at full level', '', 100, 2025, [80]],
  ['goal', 'advanced levels in many important fields', '', '', 0, 2030, []],
  ['count', 'full-time researchers for every ten thousand people', '', 'at least', 12, 2030, [10]],
  ['percent', 'households', 'will have fiber-optic broadband', '', 100, 2030, [95]],
  ['train', 'engineers and specialists in artificial intelligence', '', '', 100000, 2030, [50000]],
  ['percent', 'adults', 'will have electronic payment accounts', 'at least', 80, 2025, [75]],
  ['rank', 'the Global Innovation Index', 'countries in the world', '', 40, 2030, [35]],
  ['count', 'innovative startups', '', 'at least', 1000, 2030, [2000]],
  ['percent', 'communes', 'will be covered by 5G networks', '', 100, 2030, [99]],
  ['share', 'the digital technology industry', 'GDP', 'over', 20, 2035, [18]],
  ['count', 'international-standard laboratories', '', 'at least', 20, 2030, [15]],
  ['percent', 'civil servants', 'will be trained in basic digital skills', '', 100, 2026, [90]],
  ['goal', 'a regional hub for semiconductors', '', '', 0, 2035, []],
  ['count', 'national data centers', '', 'at least', 3, 2026, [2]],
  ['percent', 'small and medium-sized enterprises', 'will apply digital platforms', 'at least', 70, 2030, [60]],
  ['train', 'digital technology experts', '', '', 1000000, 2030, [500000]],
  ['rank', 'cybersecurity', 'countries in the world', '', 20, 2030, [30]],
  ['percent', 'hospitals', 'will use electronic medical records', '', 100, 2026, [90]],
  ['count', 'strong research groups of regional standing', '', 'at least', 50, 2030, [40]],
  ['share', 'the high-tech processing industry', 'GDP', 'at least', 45, 2030, [40]],
];

/** The national targets, most cited first. */
export const NATIONAL_TARGETS: readonly TargetSpec[] = ROWS.map(([kind, what, extra, qualifier, value, deadline, alternatives]) => ({
  key: `${kind}:${what}:${extra}`, kind, what, extra, qualifier, value, deadline, alternatives,
}));

/** Share of mentions that state another value for the same metric and deadline. */
const CONFLICTING = 0.03;

/** A national target not yet due in the publication year, the most cited ones more often. */
export function pickNational(rng: Rng, year: number, deadline?: number): TargetSpec | undefined {
  const open = NATIONAL_TARGETS.filter((t) => t.deadline >= year && (deadline === undefined || t.deadline === deadline));
  return open.length > 0 ? open[rng.skewed(open.length, 1.3)] : undefined;
}

/** The value a text states for a target: its own, or rarely an older figure. */
export function statedValue(rng: Rng, spec: TargetSpec): number {
  return spec.alternatives.length > 0 && rng.chance(CONFLICTING) ? rng.pick(spec.alternatives) : spec.value;
}
