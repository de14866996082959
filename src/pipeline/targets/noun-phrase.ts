import { QUALIFIER } from './quantity.ts';

/**
 * The noun phrase a number counts ("5 research centres meeting regional standards by 2030"):
 * the phrase up to where its clause goes on (a comma, a deadline, a new verb), and its head, the
 * last noun before a preposition, a participle or a rate ("research centres" → unit "centres").
 */

/** A comma between the examples a phrase lists after "such as", before the next one and "and" or a comma: "(such as tea), cardamom and …". */
export const EXAMPLE_COMMA = String.raw`(?<=\bsuch\s+as\s+[^;:()]*,?)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?(?:,|\s+(?:and|or)\s)`;
/** A plural noun of up to three words, for NOUN_LIST_COMMA: "commune officials". */
const LISTED_NOUN = String.raw`(?:(?!(?:and|or)\s)[\p{Ll}-]+\s+){0,2}[\p{Ll}-]*[^sui\s’',]s`;
/** A comma between the plural nouns of one count, a list that ends with "and" or "or": "(1,000) tour guides, homestay owners and commune officials". */
export const NOUN_LIST_COMMA = String.raw`(?<=[^sui\s’']s,)\s+${LISTED_NOUN}(?:,\s+${LISTED_NOUN})*,?\s+(?:and|or)\s+${LISTED_NOUN}\b`;
/**
 * Where the noun phrase of a count ends: a clause boundary, a deadline ("by 2030", "by then"), or "and" before another verb, an
 * infinitive or a preposition.
 */
// (Not the commas of examples the phrase lists: "farm products such as tea, cardamom and plums through e-commerce platforms".)
// (Nor the commas of a list of the things counted: "tour guides, homestay owners and commune officials (to be trained …)".)
const PHRASE_END = new RegExp(String.raw`,(?!\d{3})(?!${EXAMPLE_COMMA})(?!${NOUN_LIST_COMMA})|;|:|\(|\.(?:\s|$)`
  + String.raw`|\s+(?:by|in|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d{2}\b`
  + String.raw`|\s+by\s+(?:then|that\s+time|that\s+year|the\s+same\s+(?:year|time|date))\b|\s+(?:by|before|until)\s+the\s+end\s+of\b`
  + String.raw`|\s+and\s+(?=to\s+\p{Ll}{2,}\b|(?:attract|have|build|train|develop|become|be|create|reach|raise|increase|ensure|bring|complete`
  + String.raw`|keep|maintain|remain|stay|enter|rank|set\s+up|establish|open|form|launch|connect|register|recruit|deploy|host)\b)`
  // "3 to 5 smart agriculture zones of at least 500 ha each": the size of each ends it.
  + String.raw`|\s+of\s+(?:${QUALIFIER}(?:\s+|$))?(?:\d|$)`
  // "350 new digital technology enterprises during the year": a time the count is made in ends it.
  + String.raw`|\s+(?:during|within|over)\s+the\s+(?:year|period|term)\b`
  // "in at least 25 industrial parks and in all of the country's 12 zones", "60 start-ups and for at least 50% of …": a second place or
  // aim the clause goes on to.
  + String.raw`|\s+and\s+(?=(?:in|at|on|across|for)\s)`
  // "at least 400 technology transfer deals and some 120 university spin-offs": another count the clause goes on to.
  + String.raw`|\s+and\s+(?=(?:(?:some|about|around|nearly|over|at\s+least|more\s+than|up\s+to)\s+)?\d)`
  // "filed at least 10 patent applications and trained 60 doctoral students": another verb, with its own count.
  // (The phrase read may end at that count's number: "patent applications and trained".)
  + String.raw`|\s+and\s+(?=\p{Ll}{3,}ed(?:\s+(?:(?:some|about|around|nearly|over|at\s+least|more\s+than|up\s+to)\s+)?\d|\s*$))`
  // "400 innovative start-ups and a place among the top 3 localities": a rank the clause goes on to.
  + String.raw`|\s+and\s+(?=(?:a\s+)?(?:place|position|spot|seat)\s+(?:among|in)\s+the\s+top\b)`, 'u');
/** Words that end the head of a noun phrase: prepositions, conjunctions, relatives, rates. */
const HEAD_END = new Set(['on', 'in', 'into', 'with', 'to', 'that', 'of', 'for', 'at', 'from', 'by', 'which', 'who', 'under', 'per', 'across', 'through', 'via',
  'nationwide', 'a', 'an', 'each', 'every', 'annually', 'and', 'or', 'are', 'is', 'be', 'will', 'were', 'was', 'have', 'has', 'had', 'as', 'among', 'than']);
/**
 * A plural noun: what a number counts ("science and technology enterprises"), or an acronym's plural ("1 million SMEs use digital
 * platforms" counts SMEs); not "business", "campus", "analysis".
 */
// (Nor a noun that ends in "s" but counts as one, used before a noun: "300 grassroots (trade unions)", "logistics (firms)"; nor a word that is
// no noun: "its", "this", "across".)
const PLURAL = new RegExp(String.raw`^(?!(?:grassroots|news|series|species|means|headquarters|logistics|electronics|economics|physics|mathematics`
  + String.raw`|statistics|politics|its|this|his|has|was|does|thus|plus|across|always|perhaps|whereas|unless)$)`
  + String.raw`(?:\p{Ll}[\p{L}-]*[^sui’']s|\p{Lu}{2,}s|people|children|staff|personnel|women|men)$`, 'u');
/** How many words of a phrase may come before the plural it counts. */
const PLURAL_WINDOW = 6;
const CONJUNCTION = /^(?:and|or)$/;
/** Function words a phrase does not end with. */
// (Nor with the qualifier of a count after it: "400 deals and some (120 spin-offs)".)
const TRAILING = /(?:\s+(?:by|in|before|until|from|and|with|of|the|to|for|at|a|an|each|per|some|about|around|nearly|over|through|via))+$/;

/** A unit of measure and what it measures: "MW of total data centre capacity", "km of fibre-optic cable". Groups: the unit, the thing. */
const MEASURED = /^(MW|GW|kW|MWp|GWh|MWh|kWh|km|ha|hectares|tonnes|tons|TB|PB|Gbps|Mbps)\s+of\s+((?:new\s+|total\s+)?\p{L}.*)$/u;

/** A unit of measure that names the things it counts, before what they hold: "TEU of containers". Group: the unit. */
const NAMING_UNIT = /^(TEU)s?\s+of\s+\p{L}/u;

/** A list of plural nouns opening a counted phrase, with a comma at least (see NOUN_LIST_COMMA). Group: the list. */
const NOUN_LIST = new RegExp(String.raw`^(${LISTED_NOUN}(?:,\s+${LISTED_NOUN})+,?\s+(?:and|or)\s+${LISTED_NOUN})\b`, 'u');

/** The counted phrase and its head noun (the unit), with what a unit of measure measures, or null when nothing is counted. */
export function countedPhrase(phrase: string): { what: string; unit: string; measured?: string } | null {
  const what = phrase.slice(0, PHRASE_END.exec(phrase)?.index ?? phrase.length).trim().replace(TRAILING, '');
  // "2,000 MW of total data centre capacity": a unit of measure, then what it measures (`measured`, without the unit).
  const measured = MEASURED.exec(what);
  if (measured) return { what, unit: measured[1]!, measured: measured[2]! };
  // "14 million TEU of containers a year": a unit that names what it counts (containers, in twenty-foot equivalents) is the unit and
  // stays in the metric.
  const named = NAMING_UNIT.exec(what);
  if (named) return { what, unit: named[1]! };
  const words = what.split(/\s+/).filter(Boolean);
  let end = 0;
  while (end < words.length) {
    const word = words[end]!;
    const next = words[end + 1] ?? '';
    const participle = end > 0 && /^\p{Ll}[\p{L}-]*(?:ed|ing)$/u.test(word) && !/^\p{Ll}[\p{L}-]*[^s]s$/u.test(next);
    if (HEAD_END.has(word.toLowerCase()) || participle) break;
    end++;
  }
  // (A list of the things counted is the unit whole: "(1,000) tour guides, homestay owners and commune officials".)
  const listed = NOUN_LIST.exec(what);
  if (listed) return { what, unit: listed[1]! };
  const plural = words.slice(0, Math.min(words.length, PLURAL_WINDOW))
    .find((w, i) => PLURAL.test(w) && !PLURAL.test(words[i + 1] ?? '') && !CONJUNCTION.test(words[i + 1] ?? ''));
  const unit = (plural ?? words[end - 1])?.replace(/[’']s$/, '');
  // "compared with 8 today": a time is not what a number counts.
  return unit && !/^(?:today|now|yesterday|tomorrow|currently)$/i.test(unit) ? { what, unit } : null;
}
