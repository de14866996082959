import type { Province } from './places.ts';
import { rngFor, type Rng } from './prng.ts';
import type { TargetKind, TargetSpec } from './target-spec.ts';
import { FIELDS } from './vocab.ts';

type Metric = [kind: TargetKind, what: string, extra: string, min: number, max: number];

/**
 * What a province's plan can set targets for, with the range of its values. No two of a kind
 * measure the same thing in words alike, so that two targets of one province never read as one;
 * no subject has "and" in it, which the pipeline reads as the start of a clause.
 */
const METRICS: Metric[] = [
  ['share', 'the digital economy', 'GRDP', 20, 45],
  ['share', 'the manufacturing sector', 'GRDP', 25, 45],
  ['share', 'public spending on research', 'the provincial budget', 2, 5],
  ['share', 'high-tech exports', 'total exports', 40, 70],
  ['percent', 'administrative procedures', 'will be handled online', 80, 100],
  ['percent', 'enterprises', 'will use electronic invoices', 90, 100],
  ['percent', 'adults', 'will have electronic payment accounts', 70, 95],
  ['percent', 'households', 'will have fiber-optic broadband', 85, 100],
  ['percent', 'land records', 'will be digitized', 90, 100],
  ['percent', 'hospitals', 'will use electronic medical records', 60, 100],
  ['percent', 'communes', 'will be covered by 5G networks', 70, 100],
  ['percent', 'civil servants', 'will be trained in basic digital skills', 80, 100],
  ['percent', 'schools', 'will use digital learning materials', 60, 100],
  ['count', 'digital technology enterprises', '', 200, 3000],
  ['count', 'innovative startups', '', 20, 300],
  ['count', '5G base stations', '', 500, 8000],
  ['count', 'innovation centers', '', 2, 12],
  ['count', 'international-standard laboratories', '', 3, 20],
  ['count', 'strong research groups', '', 10, 60],
  ['train', 'engineers and specialists in @', '', 5, 500],
  ['rank', 'the provincial digital transformation index (DTI)', '', 3, 20],
  ['rank', 'the Provincial Innovation Index (PII)', '', 3, 20],
  ['rank', 'the Provincial Competitiveness Index (PCI)', '', 3, 20],
  ['rank', 'the public administration reform index', '', 3, 20],
  ['goal', 'a @ hub for @', '', 0, 0],
];

const DEADLINES = [2025, 2026, 2030, 2030, 2030, 2030, 2035];
const RANKS = [3, 5, 5, 10, 10, 15, 20];
const cache = new Map<string, TargetSpec[]>();

/** The 6 to 12 targets a province's plans set, the same in every text about it. */
export function provinceTargets(seed: number, province: Province): TargetSpec[] {
  const id = `${seed}:${province.ascii}`;
  let specs = cache.get(id);
  if (!specs) {
    const rng = rngFor(seed, 'province-targets', province.ascii);
    const field = rng.pick(FIELDS);
    specs = rng.sample(METRICS, rng.int(6, 12)).map((m) => localSpec(seed, province, m, rng.pick(DEADLINES), field));
    cache.set(id, specs);
  }
  return specs;
}

/** A target of the province: its value derived from the province, the metric and the deadline only. */
function localSpec(seed: number, province: Province, [kind, rawWhat, extra, min, max]: Metric, deadline: number, field: string): TargetSpec {
  const rng = rngFor(seed, 'province-target', province.ascii, kind, rawWhat, deadline);
  const what = kind === 'goal' ? `a ${rng.pick(['regional', 'national', 'leading'])} hub for ${field}` : rawWhat.replace('@', field);
  const value = valueOf(rng, kind, min, max);
  const base = province.kind === 'province' ? extra : extra.replace('provincial', 'city');
  return {
    key: `${kind}:${what}`, kind, what, extra: base, qualifier: value >= 100 && kind === 'percent' ? '' : qualifierOf(rng, kind), value, deadline,
    alternatives: [],
  };
}

function qualifierOf(rng: Rng, kind: TargetKind): string {
  if (kind === 'count') return rng.pick(['at least', 'more than', 'over']);
  if (kind === 'share' || kind === 'percent') return rng.pick(['at least', 'over', '', '']);
  return '';
}

function valueOf(rng: Rng, kind: TargetKind, min: number, max: number): number {
  if (kind === 'goal') return 0;
  if (kind === 'rank') return rng.pick(RANKS);
  if (kind === 'train') return rng.int(min, max) * 100;
  if (kind === 'share' && max - min > 10 && rng.chance(0.3)) return rng.float(min, max, 1);
  if (kind === 'percent') return Math.min(100, 5 * Math.round(rng.int(min, max) / 5));
  return roundish(rng.int(min, max));
}

/** A round-looking number: 1,234 → 1,200. */
export function roundish(n: number): number {
  const step = n >= 1000 ? 100 : n >= 100 ? 10 : 1;
  return Math.max(step, Math.round(n / step) * step);
}
