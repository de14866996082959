/**
 * English verbs whose past and past participle are not made with "-ed", as data: the one table behind the deeds reader
 * (its past forms), the live entries (their present read as the past) and the names of shares ("spent on …").
 */
const VERBS: [base: string, past: string, participle: string][] = [
  ['begin', 'began', 'begun'], ['run', 'ran', 'run'], ['make', 'made', 'made'], ['take', 'took', 'taken'], ['win', 'won', 'won'],
  ['give', 'gave', 'given'], ['build', 'built', 'built'], ['buy', 'bought', 'bought'], ['send', 'sent', 'sent'], ['bring', 'brought', 'brought'],
  ['sell', 'sold', 'sold'], ['lead', 'led', 'led'], ['choose', 'chose', 'chosen'], ['draw', 'drew', 'drawn'], ['write', 'wrote', 'written'],
  ['spend', 'spent', 'spent'], ['pay', 'paid', 'paid'], ['break', 'broke', 'broken'], ['strike', 'struck', 'struck'], ['seek', 'sought', 'sought'],
  ['teach', 'taught', 'taught'], ['shut', 'shut', 'shut'], ['do', 'did', 'done'], ['set', 'set', 'set'], ['put', 'put', 'put'], ['cut', 'cut', 'cut'],
  ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['meet', 'met', 'met'], ['go', 'went', 'gone'], ['leave', 'left', 'left'], ['say', 'said', 'said'],
  ['tell', 'told', 'told'], ['speak', 'spoke', 'spoken'], ['rise', 'rose', 'risen'], ['fall', 'fell', 'fallen'], ['grow', 'grew', 'grown'],
  ['stand', 'stood', 'stood'], ['become', 'became', 'become'], ['come', 'came', 'come'], ['see', 'saw', 'seen'], ['keep', 'kept', 'kept'],
  ['get', 'got', 'got'], ['mean', 'meant', 'meant'], ['know', 'knew', 'known'], ['think', 'thought', 'thought'], ['lend', 'lent', 'lent'],
  ['bear', 'bore', 'born'], ['lay', 'laid', 'laid'],
];

/** Past forms, as a pattern source without groups: "began|ran|…". */
export const IRREGULAR_PAST = VERBS.map(([, past]) => past).filter((p, i, all) => all.indexOf(p) === i).join('|');

/** Past forms that no present shares ("held", not "set" or "cut"), as a pattern source without groups: "began|ran|…". */
export const IRREGULAR_PAST_ONLY = VERBS.filter(([base, past]) => base !== past).map(([, past]) => past)
  .filter((p, i, all) => all.indexOf(p) === i).join('|');

/** Past participles, as a pattern source without groups: "begun|run|…". */
export const IRREGULAR_PARTICIPLE = VERBS.map(([, , participle]) => participle).filter((p, i, all) => all.indexOf(p) === i).join('|');

const PARTICIPLES = new Map(VERBS.map(([base, , participle]) => [base, participle]));
const PASTS = new Map(VERBS.flatMap(([base, past]) => [[base, past], [/(?:s|sh|ch|x|o)$/.test(base) ? `${base}es` : `${base}s`, past]] as const));

/** The past participle of an irregular verb by its base ("spend" → "spent"), or undefined. */
export const participleOf = (base: string): string | undefined => PARTICIPLES.get(base);

/** The past of an irregular verb by its base or its present in "-s" ("holds" → "held", "hold" → "held"), or undefined. */
export const pastOf = (present: string): string | undefined => PASTS.get(present);
