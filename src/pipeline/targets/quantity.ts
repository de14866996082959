/**
 * The grammar of quantities, shared by the target and the figure parsers: numbers written in
 * digits or words with a scale ("15,345", "1.5 million", "two million"), ranges ("25-30", "25 30"
 * with the dash lost, "between 45 and 48"), shares ("%", "per cent") and the nouns that make a
 * number a duration rather than a count.
 */

/** Number words below a hundred, as a regular expression source (no group): "fifty-five", "twenty one", "twelve", "six". */
const BELOW_HUNDRED = String.raw`(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[-\s](?:one|two|three|four|five`
  + String.raw`|six|seven|eight|nine)\b)?|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Oo]ne|[Tt]wo`
  + String.raw`|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)`;
/** Number words, as a regular expression source (no group). */
// (A number of hundreds is one number: "Two hundred thousand research datasets", "three hundred", "one hundred and fifty".)
// (A ten and a unit are one number: "Fifty-five per cent", "twenty one".)
export const WORD = String.raw`(?:${BELOW_HUNDRED}(?:\s+hundred\b(?:\s+(?:and\s+)?${BELOW_HUNDRED}\b)?)?|[Hh]undred)`;
/** Scale words after a number: "1.5 million", "two thousand"; in words, a number of thousands and hundreds ("one thousand five hundred"). */
const SCALE = String.raw`(?:\s+(?:thousand(?:\s+(?:and\s+)?${WORD}(?!\s+(?:thousand|million|billion)\b))?|million|billion))`;

/** A number and a half, or half of one, of a scale: "one and a half million", "half a million". No group. */
const HALVES = String.raw`(?:${WORD}\s+and\s+a\s+half|[Hh]alf\s+a)\s+(?:thousand|million|billion)\b`;
/** The same, read: the number before "and a half" (none in "half a …") and the scale. */
const HALVES_READ = /^(?:(.+?)\s+and\s+a\s+half|half\s+a)\s+(thousand|million|billion)$/i;

/** A number in digits, as a regular expression source with no group: "15,345", "0.7", "30". */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;

/**
 * A number as written, as a regular expression source with one group: digits with an optional scale, or number
 * words with a scale, or a number word before a noun phrase that ends in a plural ("two AI data centres") or before a share
 * ("Eighty per cent").
 */
// (A number word counts the plural within a few words after it, past a range's top: "eight to ten semiconductor design and testing firms".)
export const NUMBER = String.raw`(${DIGITS}${SCALE}?|${HALVES}|${WORD}${SCALE}|${WORD}(?=(?:\s+(?:to|or)\s+${WORD})?\s+(?:[\p{L}-]+\s+){0,5}\p{Ll}[\p{L}-]*s\b`
  + String.raw`|\s*(?:%|per\s?cent|percent)))`;

/** A number standing as a value by itself, digits or words, as a regular expression source with one group: "to five by 2028". */
export const VALUE = String.raw`(${DIGITS}${SCALE}?|${HALVES}|${WORD}${SCALE}?\b)`;

/** The top of a range after "to" or a dash, in digits or words ("three to four"), as a regular expression source (no group). */
export const TOP_NUMBER = String.raw`(?:${DIGITS}|${WORD}\b)`;

/**
 * The top of a range after a number, as a regular expression source with one group: a dash
 * ("25-30", "25 – 30") or a dash lost in scraping ("25 30"). "25 to 30" is left out: "from 12 to
 * 30" is a baseline and its target. The caller checks that the top is above the bottom.
 */
// (Or a tilde, as some pages write a range: "18~20%".)
export const RANGE_TOP = String.raw`(?:\s?[-–—~]\s?|\s)(${DIGITS})`;

/** "between 45 and 48": the two ends, as a regular expression source with two groups. */
export const BETWEEN = String.raw`between\s+(${DIGITS})\s*(?:%|per\s?cent)?\s+and\s+(${DIGITS})`;

/** What makes a number a share: "%", "percent", "per cent". */
export const PERCENT_SIGN = String.raw`\s*(?:%|percent\b|per cent\b)`;

/** Words that qualify a figure, as a regular expression source (longest first). */
// (Those of more than one word, and those of an estimate, may open a sentence: "No fewer than 15,000 residents …".)
export const QUALIFIER = String.raw`(?:[Aa]t least|[Nn]o less than|[Nn]ot less than|[Nn]o fewer than|[Nn]ot fewer than|[Aa] minimum of|[Mm]ore than|over`
  // (And "exceed" after a modal, of a figure still to come: "should exceed (80%)".)
  + String.raw`|above|not exceeding|exceeding|(?<=\b(?:to|will|should|must|shall)\s+)exceed`
  + String.raw`|[Nn]o (?:higher|lower|greater|smaller) than`
  + String.raw`|[Aa]t most|[Nn]o more than|[Nn]ot more than|[Uu]p to|[Aa] maximum of|[Ll]ess than|[Ff]ewer than|below|under`
  + String.raw`|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Nn]early|[Ss]ome(?=\s+\d))`;

/** Words that may stand right before a figure and are no verb of its clause: its qualifiers, "between", "from", "only", "just". */
export const FIGURE_OPENER = String.raw`(?:${QUALIFIER}|between|from|only|just)`;

/** Nouns that make a number a duration or a multiple, not a count: "5 years", "3 times". */
export const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|quarters?|times|years old)\b/;

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The value of a number in words ("fifty-five", "one hundred and fifty", "one thousand five hundred", "two million"), up to its last. */
function wordsValue(text: string): number {
  let [total, current] = [0, 0];
  for (const word of text.toLowerCase().split(/[-\s]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred') current = (current || 1) * 100;
    else if (SCALES[word] !== undefined) [total, current] = [total + (current || 1) * SCALES[word]!, 0];
    else if (WORD_VALUES[word] !== undefined) current += WORD_VALUES[word]!;
    else break;
  }
  return total + current;
}

/** A number as written ("15,345", "0.7", "1.5 million", "two million", "three") as a value; thousands separators dropped. */
export function numberOf(text: string): number {
  const halved = HALVES_READ.exec(text.trim());
  if (halved) return ((halved[1] ? wordsValue(halved[1]) : 0) + 0.5) * SCALES[halved[2]!.toLowerCase()]!;
  const [head = '', scale] = text.trim().split(/\s+/);
  if (WORD_VALUES[head.split('-')[0]!.toLowerCase()] !== undefined) return wordsValue(text.trim());
  const base = Number(/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(head) ? head.replace(/,/g, '') : head.replace(',', '.'));
  const factor = scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1;
  return Math.round(base * factor * 1e6) / 1e6;
}

/** The top of a range when it is above the bottom, else null ("25 30" is a range; "2025 30" is not). */
export function rangeTop(bottom: number, top: string | undefined): number | null {
  if (top === undefined) return null;
  const value = numberOf(top);
  return value > bottom && !(bottom >= 1900 && bottom <= 2100) ? value : null;
}

/** The words after a threshold that pick out things at or past it: "(VND 1 billion) or more", "(15 metres) or longer", "(18) and above". */
export const OR_MORE = String.raw`(?:or\s+(?:more|above|higher|over|longer|larger|older|heavier)|and\s+(?:above|over))`;
