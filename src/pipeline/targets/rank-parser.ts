import type { TargetParser, TargetProposal } from './types.ts';
import { allMatches } from '../extract/all-matches.ts';
import { textAfter, textBefore } from '../reach.ts';
import { subjectBefore } from './metric.ts';
import { numberOf, WORD } from './quantity.ts';

/** Where a ranking is held: a region, the world, the country, or a capitalised place. */
const UNIVERSE = String.raw`(the world|the region|the country|the Mekong Delta|(?:\p{Lu}[\p{L}-]*)(?:[\s-]\p{Lu}[\p{L}-]*){0,2})`;
/**
 * "the top 3 countries in Southeast Asia", "among the top five universities", "the world's top 100
 * smart cities", "the top 3 ASEAN countries", "top 20", "in the group of the 30 leading provinces". Groups: the universe
 * before ("the world's"), the rank after "top", the rank before "leading", a capitalised universe before the ranked
 * ("ASEAN"), the ranked (a plural of up to three words), the universe after.
 */
const RANK = new RegExp(
  String.raw`(?:\b(the world|the region|the country|ASEAN|Asia`
    + String.raw`|Southeast Asia)[’']s\s+)?\b(?:top\s+(\d{1,3}|${WORD})\b`
    + String.raw`|(?<=\b(?:among|in|into|within|join(?:s|ing)?|enter(?:s|ing)?)\s+(?:the\s+group\s+of\s+)?the\s+)(\d{1,3}|${WORD})\s+(?:leading|best)\b)`
    + String.raw`(?!\s*%)(?:\s+(?:(\p{Lu}[\p{L}-]*)\s+)?(?!(?:in|of|for|on|at|among`
    // (The ranked noun's words are no prepositions: "the top 3 ASEAN countries in exports of …" ranks countries, in exports.)
    // (Or a list of them: "the top 3 communes, wards and special zones of Quảng Ninh".)
    + String.raw`|by)\s)((?:(?!(?:in|of|for|on|at|among|by)\s)\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*[^s\s’']s`
    + String.raw`(?:,\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*[^s\s’']s)*(?:,?\s+(?:and|or)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*[^s\s’']s)?))?`
    + String.raw`(?:\s+(?:in|of)\s+${UNIVERSE}(?![\p{L}]))?`,
  'gu',
);
/** Where the words after a rank stop: a clause boundary, another rank, another verb (with its figure), a deadline. */
// (Not before the index's short name in brackets, which the field keeps: "in the Provincial Innovation Index (PII)".)
const FIELD_END = new RegExp(String.raw`\s*(?:[;,.]|\((?!\p{Lu}{2,8}\))|$|\s+and\s+(?:the\s+)?top\b`
  // (Or "and," before a clause of its own: "(in the top 12 of the DTI) and, by 2031, to cut …".)
  + String.raw`|\s+and\s*,|\s+and\s+(?:that|to|have|has|having|attract|must|will|should`
  + String.raw`|shall|can|is|are)\b|\s+(?:by|until|till|before|in)\s+(?:(?:the\s+)?end\s+of\s+)?(?:19|20)\d{2}|\s+(?:every|each)\s+year\b|\s+annually\b`
  + String.raw`|\s+by\s+(?:the\s+same|that|this|then)\b`
  // Another verb and its figure: "(among the top 5 in the PII) and spend 3% of its budget on …".
  + String.raw`|\s+and\s+\p{Ll}+\s+(?:(?:at\s+least|about|over|more\s+than|up\s+to)\s+)?\d)`, 'u');
/**
 * The field a rank is in, the last "in terms of X", "in X", "for X", "by X" (no time) after it, else the last "of X" ("… of the
 * Northern midlands in the Provincial Innovation Index").
 */
const FIELD = /\s(?:in terms of|in|for|on|by(?!\s+(?:the\s+end|(?:19|20)\d\d|then|now)\b))\s+(?!(?:the\s+)?(?:world|region|country)\b)/g;
/** The field after "of", when no other preposition names one ("the top 20 of the Digital Transformation Index"). */
const FIELD_OF = /\sof\s+(?!(?:the\s+)?(?:world|region|country)\b)/g;

/** A place a ranking is held in, by the word that ends its name: "the Northern Midlands and Mountains region", "the Mekong Delta". */
const REGION = /\b(?:region|area|delta|highlands|coast|world|country|nation)$/i;
/** A word that names an index or a ranking, which a field keeps with the words after it. */
const INDEX_WORD = /\b(?:index|indices|indexes|ranking|rankings|league\s+table|scorecard)\b/i;

/** The field after a rank, or null. */
function fieldAfter(after: string): string | null {
  const clause = after.slice(0, FIELD_END.exec(after)?.index ?? after.length);
  for (const pattern of [FIELD, FIELD_OF]) {
    let field: string | null = null;
    // (Not past the index named: "in the provincial digital transformation index for communes" is in the index.)
    let index: string | null = null;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
      field = clause.slice(m.index + m[0].length).trim();
      if (INDEX_WORD.test(field)) index = field;
    }
    if (field && index && !INDEX_WORD.test(field)) field = index;
    // "top 40 innovation ranking in 2026": a year is when, not the field; "(the top 5 coffee-producing provinces) of the Northern
    // Midlands and Mountains region": where the ranking is held is no field either.
    if (field && !/^(?:19|20)\d{2}$/.test(field) && !REGION.test(field)) return field.replace(/^the\s+/i, '');
  }
  return null;
}
/**
 * What stands between a ranked subject and its rank: "… to be among the", "… ranks in the". Read on
 * the text with its end trimmed, each word taking the spaces before it, and never starting inside a
 * run of spaces: three optional \s* side by side took time to the fourth power of a run of spaces.
 */
const TO_RANK = new RegExp(String.raw`(?<!\s)(?:\s*(?:(?:aims?|strives?|targets?|expects?|seeks?|plans?|wants?|hopes?|intends?)\s+to|will|to)\b)?`
  // (Or one of them: "(- ) become one of the (top 3 colocation providers …)".)
  + String.raw`(?:\s*(?:be|become|stay|remain|rank|ranked|ranking|placed?|enter|join|break|climb|move|get)\b)?(?:\s*one\s+of\b)?`
  // (Or the place named after a verb of placing it: "(- ) place Khánh Hòa (among the top 8 …)", "bring the city into".)
  + String.raw`(?:\s*(?:place|put|bring|lift|raise)(?:\s+[\p{L}\p{M}]+){1,4})?`
  + String.raw`(?:\s*(?:among|in|into|within)\b)?(?:\s*the\b)?$`, 'iu');
/** The text before a rank without the words that lead to it (TO_RANK), nor an adverb before them ("the city also wants to enter"). */
const withoutToRank = (before: string): string => before.trimEnd().replace(TO_RANK, '').replace(/\s+(?:also|still|now|further)$/i, '');

/** A place by its ordinal: "rank first in the PII", "is ranked 5th in …", "to stand third among …". Groups: the ordinal. */
const ORDINAL_RANK = new RegExp(String.raw`\b(?:rank(?:s|ed|ing)?|(?:be|is|are)\s+ranked|stand(?:s|ing)?|place(?:s|d)?|come|finish`
  // "regain first place in the DTI", "keep its first place": a place held, named by "place", "position" or "spot".
  + String.raw`|(?:regain|retain|keep|hold|take|win|reclaim)\s+(?:its\s+|the\s+)?(?=\S+\s+(?:place|position|spot)\b))\s*(first`
  + String.raw`|second|third|fourth|fifth|(?:[1-9]\d?)(?:st|nd|rd|th))\b`, 'giu');
const ORDINAL_WORD = /first|second|third|fourth|fifth|\d(?:st|nd|rd|th)\b/;
/** ORDINAL_WORD, a "top …" or "the N leading", in one pass: most sentences have none (TOP then tells a rank from "top officials"). */
const RANK_WORDS = /first|second|third|fourth|fifth|\d(?:st|nd|rd|th)\b|\btop\s+\S|\w\s+(?:leading|best)\b/;
/** A "top N" (in digits or words) or "the N leading": RANK's cheap test. */
const TOP = new RegExp(String.raw`\btop\s+(?:\d|${WORD}\b)|(?:\d|\b${WORD})\s+(?:leading|best)\b`);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** The subject of a rank that is the place the text is about: "we", "the province", "the city". */
const OWN_PLACE = /^(?:we|it|(?:the|our)\s+(?:province|city|locality))$/i;

/**
 * A noun phrase of two to six words that is ranked itself ("Vietnamese large language model", "institute's publications"), with
 * no verb or clause in it ("Vietnam will be one of …", "“magic” to put Vietnam in").
 */
const RANKED_PHRASE = new RegExp(String.raw`^(?!.*\b(?:will|would|is|are|was|were|be|to|has|have|one\s+of|ranks?|ranked|ranking|aims?|wants?`
  + String.raw`|plans?|province|city|country)\b)[\p{Ll}\p{Lu}][\p{L}’'-]*(?:\s+[\p{L}’'-]+){1,5}$`, 'u');
/** Metrics that only repeat the ranked or the place. */
const EMPTY = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}-]*\s*)*(?:province|city)?$|^(?:province|city|country|it|we)$/u;

/**
 * Rankings: "among the top 3 countries in Southeast Asia in research and development of
 * artificial intelligence". A rank followed directly by another ("the top 3 … in Southeast Asia
 * and the top 50 … in the world in terms of X") takes the field of the next one. Without a field,
 * the metric is what is ranked before the rank ("the provincial innovation index to be in the top
 * 10"), else the ranked things themselves ("the world's top 100 smart cities").
 */
export const rankParser: TargetParser = {
  name: 'rank',
  propose(text) {
    if (!RANK_WORDS.test(text)) return [];
    // A cheap test first: an ordinal in words or digits ("first", "2nd").
    const out: TargetProposal[] = ORDINAL_WORD.test(text) ? ordinalRanks(text) : [];
    if (!TOP.test(text)) return out;
    const ranks = allMatches(RANK, text).map((m) => {
      const universe = m[1] ?? m[4] ?? m[6] ?? null;
      return { m, rank: numberOf((m[2] ?? m[3])!), universe, ranked: m[5] ?? null, field: fieldAfter(textAfter(text, m.index + m[0].length)) };
    });
    // The field of the next rank that has one, for each rank: from the end, once.
    const nextField: (string | null)[] = [];
    for (let i = ranks.length - 1, field: string | null = null; i >= 0; i--) {
      nextField[i] = field;
      field = ranks[i]!.field ?? field;
    }
    ranks.forEach((rank, i) => {
      const before = subjectBefore(withoutToRank(textBefore(text, rank.m.index)));
      // "We aim to be among the top 15 by 2028": a rank of the text's own place, in the index the paragraph named before (`it`).
      // "the Vietnamese large language model is to rank among the top five … on Vietnamese-language tasks": the ranked in its field.
      const subject = before && !EMPTY.test(before) && !OWN_PLACE.test(before) && RANKED_PHRASE.test(before) ? before : null;
      const named = rank.field ?? nextField[i];
      // "(- become one of the) top 3 colocation providers in Vietnam by capacity": with no subject, the ranked by what ranks them.
      const by = !subject && rank.ranked && rank.field && /^\s+by\s/.test(textAfter(text, rank.m.index + rank.m[0].length))
        ? `${rank.ranked} by ${rank.field}` : null;
      const field = by ?? (named && subject ? `${subject} in ${named}` : named)
        ?? subject ?? (before && !EMPTY.test(before) ? before : null) ?? rank.ranked ?? (OWN_PLACE.test(before) ? 'it' : null);
      if (!field) return;
      const unit = rank.ranked ? `rank among ${rank.ranked}${rank.universe ? ` in ${rank.universe}` : ''}`
        : rank.universe ? `rank among countries in ${rank.universe}` : 'rank';
      out.push({
        metric: field, comparator: 'top', value: rank.rank, max: null, unit, qualitative: false, baseline: null,
        start: rank.m.index, end: rank.m.index + rank.m[0].length,
      });
    });
    return out;
  },
};

/**
 * Ranks by ordinal, each with its field after it ("in the PII") or its subject before it. The figure starts at
 * the ordinal, so that the verb before it ("ranked 2nd") can report it.
 */
function ordinalRanks(text: string): TargetProposal[] {
  return allMatches(ORDINAL_RANK, text).flatMap((m) => {
    const ordinal = m[1]!.toLowerCase();
    const before = subjectBefore(withoutToRank(textBefore(text, m.index)));
    const field = fieldAfter(textAfter(text, m.index + m[0].length))?.replace(/^the\s+/i, '') ?? (EMPTY.test(before) ? '' : before);
    if (!field) return [];
    const start = m.index + m[0].length - m[1]!.length;
    return [{
      metric: field, comparator: 'top' as const, value: ORDINALS[ordinal] ?? parseInt(ordinal, 10), max: null, unit: 'rank', qualitative: false,
      baseline: null, start, end: m.index + m[0].length,
    }];
  });
}
