import type { Rng } from '../prng.ts';
import { thousands } from '../text.ts';
import { COUNT_METRICS, FIELDS, INDEXES, NATIONAL_INDEXES, PERCENT_METRICS, SHARE_METRICS } from '../vocab.ts';

/** Who sets a target: "the province" / "Bac Ninh" / "Vietnam", and whether it is local. */
export interface Aim {
  /** Subject at the start of a sentence: "The province", "Bac Ninh", "Vietnam". */
  subject: string;
  local: boolean;
}

const QUALIFIERS = ['at least', 'over', 'more than', 'about', ''];
const q = (rng: Rng) => {
  const word = rng.pick(QUALIFIERS);
  return word ? `${word} ` : '';
};
const percent = (rng: Rng, min: number, max: number) => (max - min > 20 && rng.chance(0.3) ? String(rng.float(min, max, 1)) : String(Math.min(100, rng.int(min, max))));

/** A share of a base with a deadline: "By 2030, the province aims to have the digital economy account for 30% of GRDP." */
export function shareTarget(rng: Rng, aim: Aim, year: number): string {
  const [subject, rawBase, min, max] = rng.pick(SHARE_METRICS);
  const base = aim.local ? (rawBase === 'GDP' ? 'GRDP' : rawBase) : (rawBase === 'GRDP' ? 'GDP' : rawBase.replace('provincial', 'state'));
  const v = percent(rng, min, max);
  const forms = [
    `By ${year}, ${aim.subject.replace(/^The/, 'the')} aims to have ${subject} account for ${q(rng)}${v}% of ${base}.`,
    `${aim.subject} strives to ensure that ${subject} reaches ${q(rng)}${v}% of ${base} by ${year}.`,
    `The share of ${subject.replace(/^the /, '')} in ${base.replace(/^the /, 'the ')} will reach ${q(rng)}${v}% by ${year}, according to the plan.`,
    `By ${year}, ${subject} ${rng.pick(['will make up', 'is expected to make up'])} ${q(rng)}${v}% of ${base}.`,
  ];
  return rng.pick(forms);
}

/** A plain percentage with a deadline: "By 2026, 100% of administrative records will be digitized." */
export function percentTarget(rng: Rng, aim: Aim, year: number): string {
  const [noun, predicate, min, max] = rng.pick(PERCENT_METRICS);
  const v = percent(rng, min, max);
  const where = aim.local ? rng.pick([' in the province', '', '']) : rng.pick([' nationwide', '']);
  return rng.pick([
    `By ${year}, ${q(rng)}${v}% of ${noun}${where} ${predicate}.`,
    `The target is that ${q(rng)}${v}% of ${noun}${where} ${predicate} by ${year}.`,
  ]);
}

/** A count with a deadline: "The province strives to reach 500 patents a year by 2035." */
export function countTarget(rng: Rng, aim: Aim, year: number): string {
  const [unit, min, max] = rng.pick(COUNT_METRICS);
  const n = thousands(roundish(rng.int(min, max)));
  return rng.pick([
    `${aim.subject} strives to reach ${n} ${unit} by ${year}.`,
    `By ${year}, ${aim.subject.replace(/^The/, 'the')} ${aim.local ? 'will' : 'is set to'} have at least ${n} ${unit}.`,
    `${aim.subject} also plans to develop ${n} ${unit} by ${year}.`,
    `The plan sets out to attract more than ${n} ${unit} by ${year}.`,
  ]);
}

/** Engineers to train: "train 10,000 engineers in microchip design by 2030". */
export function trainingTarget(rng: Rng, aim: Aim, year: number): string {
  const n = thousands(rng.int(5, 500) * 100);
  const field = rng.pick(FIELDS);
  return `${aim.subject} will train ${n} engineers and specialists in ${field} by ${year}${rng.chance(0.5) ? ', focusing on design and testing' : ''}.`;
}

/** A ranking: "among the top 10 in terms of the provincial digital transformation index by 2030". */
export function rankTarget(rng: Rng, aim: Aim, year: number): string {
  if (!aim.local) {
    const r = rng.pick([3, 3, 5, 10]);
    return rng.pick([
      `By ${year}, Vietnam aims to be among the top ${r} countries in Southeast Asia in ${rng.pick(FIELDS)}.`,
      `The country strives to be among the top ${rng.pick([30, 40, 50])} countries in the world in terms of ${rng.pick(NATIONAL_INDEXES)} by ${year}.`,
    ]);
  }
  const r = rng.pick([3, 5, 10, 15, 20]);
  return rng.pick([
    `${aim.subject} aims to rank in the top ${r} in terms of ${rng.pick(INDEXES)} by ${year}.`,
    `${aim.subject} strives to be among the top ${r} provinces and cities of the country by ${year}.`,
    `By ${year}, ${aim.subject.replace(/^The/, 'the')} wants to stay in the top ${r} in terms of ${rng.pick(INDEXES)}.`,
  ]);
}

/** A qualitative goal: "become a regional hub for semiconductors by 2045". */
export function goalTarget(rng: Rng, aim: Aim, year: number): string {
  if (!aim.local) {
    return rng.pick([
      `The overall goal is to make Vietnam a developed, high-income country by ${Math.max(year, 2045)}.`,
      `The resolution aims at Vietnam becoming a modern industrialized nation by 2030 and a developed, high-income country by 2045.`,
      `By ${year}, the country's science and technology capacity will reach advanced levels in many important fields.`,
    ]);
  }
  return `${aim.subject} strives to become a ${rng.pick(['regional', 'national', 'leading'])} hub for ${rng.pick(FIELDS)} by ${year}.`;
}

/** A task due by a date: "complete the digitization of land records by the end of 2026". */
export function milestone(rng: Rng, aim: Aim, year: number): string {
  const what = rng.pick([
    'complete the digitization of land records', 'put the provincial data center into operation', 'finish reorganizing public research units',
    'launch the shared data platform for all departments', 'complete the legal framework for the controlled testing mechanism',
    'establish the provincial innovation fund', 'finalize the list of strategic research programs', 'issue regulations on sharing public data',
  ]);
  const when = rng.pick([`by the end of ${year}`, `by ${year}`, `in the first half of ${year}`, `by Q${rng.int(2, 4)} ${year}`]);
  return rng.pick([
    `${aim.subject} is required to ${what} ${when}.`,
    `${aim.local ? 'Departments' : 'Ministries'} were asked to ${what} ${when}.`,
    `The plan also sets out to ${what} ${when}.`,
  ]);
}

/** A reported figure without a deadline: "the rate of online dossiers reached 97.5%". */
export function fact(rng: Rng, aim: Aim, pastYear: number): string {
  const [noun] = rng.pick(PERCENT_METRICS);
  const [unit, min, max] = rng.pick(COUNT_METRICS);
  return rng.pick([
    `In ${pastYear}, the digital economy of ${aim.local ? 'the province' : 'the country'} reached ${rng.float(8, 25, 1)}% of ${aim.local ? 'GRDP' : 'GDP'}.`,
    `So far, ${rng.float(60, 99.9, 1)}% of ${noun} ${aim.local ? 'in the province ' : ''}have been connected to the shared platform.`,
    `The rate of online dossiers reached ${rng.float(70, 99.9, 1)}%, ${rng.pick(['up', 'an increase of'])} ${rng.float(2, 20, 1)} percentage points over the previous year.`,
    `${aim.subject} now has ${thousands(roundish(rng.int(min, max)))} ${unit}, ${rng.pick(['a sharp increase', 'a modest rise', 'double the figure'])} compared with ${pastYear}.`,
    (() => { const tasks = rng.int(12, 98); return `Last year, ${tasks} research tasks were accepted and ${rng.int(5, tasks)} of them were applied in production.`; })(),
    `Total social investment in research and development was estimated at ${rng.float(0.3, 1.5, 2)}% of ${aim.local ? 'GRDP' : 'GDP'}.`,
  ]);
}

/** Items of a targets list under a frame ("by 2030:"), without deadlines of their own. */
export function framedItems(rng: Rng, count: number, local: boolean): string[] {
  const items = [
    () => {
      const [s, b, min, max] = rng.pick(SHARE_METRICS);
      const base = local ? b.replace(/^GDP$/, 'GRDP') : b.replace(/^GRDP$/, 'GDP').replace('provincial', 'state');
      const v = `${q(rng)}${percent(rng, min, max)}%`;
      return rng.chance(0.5) ? `The share of ${s.replace(/^the /, '')} in ${base} reaches ${v};` : `${capitalize(s)} ${/s$/.test(s) ? 'make' : 'makes'} up ${v} of ${base};`;
    },
    () => { const [n, p, min, max] = rng.pick(PERCENT_METRICS); return `${percent(rng, min, max)}% of ${n} ${p.replace(/^will be /, 'are ').replace(/^will /, '')};`; },
    () => { const [u, min, max] = rng.pick(COUNT_METRICS); return `${rng.pick(['At least', 'More than', 'About'])} ${thousands(roundish(rng.int(min, max)))} ${u}${rng.pick(['', '', ` in ${rng.pick(FIELDS)}`])};`; },
    () => local
      ? `${rng.pick(['Being among', 'Ranking among', 'Among'])} the top ${rng.pick([3, 5, 10, 15, 20])} in terms of ${rng.pick(INDEXES)};`
      : `${rng.pick(['Being among', 'Ranking among', 'Among'])} the top ${rng.pick([30, 40, 50])} countries in the world in terms of ${rng.pick(NATIONAL_INDEXES)};`,
  ];
  return distinctBy(() => rng.pick(items)(), count);
}

/** Up to n results of a draw whose first words differ, so that a list or paragraph does not repeat itself. */
export function distinctBy(draw: () => string, n: number): string[] {
  const out = new Map<string, string>();
  for (let tries = 0; out.size < n && tries < n * 4; tries++) {
    const text = draw();
    const key = text.replace(/[\d.,]+/g, '#').slice(0, 40);
    if (!out.has(key)) out.set(key, text);
  }
  return [...out.values()];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A round-looking number: 1,234 → 1,200. */
function roundish(n: number): number {
  const step = n >= 1000 ? 100 : n >= 100 ? 10 : 1;
  return Math.max(step, Math.round(n / step) * step);
}
