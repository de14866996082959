import { comparatorOf, NUMBER, numberOf, QUALIFIER } from './comparator.ts';
import { metricName, subjectBefore } from './metric.ts';
import type { TargetParser, TargetProposal } from './types.ts';
import { allMatches } from '../extract/all-matches.ts';

const BASE = String.raw`(?:\s+of\s+(GDP|GRDP|(?:the\s+)?(?:national|state|total|annual|local)\s+budget|(?:the\s+)?(?:total\s+)?[\p{L}-]+\s+(?:budget|revenue|workforce|population|exports|GDP)))`;
/** A share: "at least 30% of GDP", "over 55%", "100% of administrative procedures …". */
const SHARE = new RegExp(String.raw`(?:(${QUALIFIER})\s+)?${NUMBER}\s*(?:%|percent\b|per cent\b)${BASE}?`, 'giu');
/** A count with a qualifier: "at least 5 (more) digital technology enterprises on par with …". */
const COUNT = new RegExp(String.raw`\b(${QUALIFIER})\s+${NUMBER}\s+(?:more\s+)?((?:[\p{Ll}][\p{L}-]*|[\p{Lu}][\p{L}-]*)(?:\s+[\p{L}-]+){0,12})`, 'gu');
/** A baseline after a share: "…, up from 19% in 2024". */
const BASELINE_AFTER = new RegExp(String.raw`^,?\s*(?:(?:up|down|rising|increasing|falling)\s+)?from\s+${NUMBER}\s*(?:%|percent)?(?:\s+in\s+((?:19|20)\d{2}))?`, 'i');
/** What every figure and every share needs: sentences without them are not searched. */
const DIGIT = /\d/;
const PERCENT = /%|per ?cent/i;
/** A count after a verb of getting or making, without a qualifier: "train 20,000 engineers". */
const VERB_COUNT = new RegExp(String.raw`\b(?:train|training|attract|attracting|create|creating|build|building|develop|developing|reach|reaching|establish|establishing)\s+${NUMBER}\s+(?:more\s+|new\s+)?((?:[\p{Ll}][\p{L}-]*|[\p{Lu}][\p{L}-]*)(?:\s+[\p{L}-]+){0,12})`, 'gu');
/** A short base after a share when the subject came before it: "… 40% of exports by 2030". */
const SHORT_BASE = /^\s+of\s+((?:total\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)(?=\s+(?:by|in|before|until)\s|[,;.]|$)/u;
/** What follows a share that is itself a baseline: "from 12% [in 2020] to 30%". */
const TO_TARGET = /^\s*(?:in\s+(?:19|20)\d{2}\s+)?to\s+(?:[\p{L}\s]{0,20})?\d/u;
/** A baseline before a share: "from 12% in 2020 to …". */
const BASELINE = new RegExp(String.raw`from\s+${NUMBER}\s*(?:%|percent)?(?:\s+in\s+((?:19|20)\d{2}))?\s+to\s*$`, 'i');
/** A verb of spending just before a share of a budget: "allocate at least 3% of the national budget to …". */
const SPEND = /\b(allocate|allocating|spend|spending|invest|investing|devote|devoting|earmark|earmarking)\s+(?:\S+\s+){0,2}$/i;
/** Where the noun phrase of a count ends. */
const COUNT_END = /,|;|\.(?:\s|$)|\s+(?:by|in|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d{2}\b|\s+and\s+(?=(?:to\s+)?(?:attract|have|build|train|develop|become|be|create|reach)\b)/;
/** Words a count's unit stops before. */
const UNIT_END = /\s(?:on|in|with|to|that|of|for|at|from|by|which|who)\s/;
/** Time words: "5 years", "10 months" are durations, not targets. */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|hours?|times)\b/;

/** A baseline stated with a share: before it ("from 12% in 2020 to 30%") or after it ("30%, up from 19% in 2024"). */
function baselineOf(before: string, after: string): { baseline: TargetProposal['baseline']; leading: number | null; trailing: number } {
  const leading = BASELINE.exec(before);
  if (leading) return { baseline: { value: numberOf(leading[1]!), year: leading[2] ? Number(leading[2]) : null, text: leading[0].replace(/\s+to\s*$/, '') }, leading: leading.index, trailing: 0 };
  const trailing = BASELINE_AFTER.exec(after);
  if (!trailing) return { baseline: null, leading: null, trailing: 0 };
  const text = trailing[0].replace(/^,?\s*(?:(?:up|down|rising|increasing|falling)\s+)?/i, '');
  return { baseline: { value: numberOf(trailing[1]!), year: trailing[2] ? Number(trailing[2]) : null, text }, leading: null, trailing: trailing[0].length };
}

/**
 * The subject a share measures and its base: the words before it ("exports of electronics reach
 * 40% of exports"); with nothing before it, the things counted after "N% of" ("100% of records are
 * online"); or a budget spent on something ("allocate 3% of the budget to …").
 */
function shareSubject(before: string, after: string, base: string | undefined): { subject: string; base: string | undefined; spent: boolean } {
  const spending = base && SPEND.exec(before);
  if (spending) {
    const object = /^\s+(?:to|for|on)\s+([^,;.]+?)(?=\s+and\s|[,;.]|$)/.exec(after)?.[1];
    const verb = spending[1]!.toLowerCase().startsWith('spend') ? 'spent' : 'allocated';
    return { subject: `${base.replace(/^the\s+/i, '')} ${verb}${object ? ` to ${object}` : ''}`, base, spent: true };
  }
  const subject = subjectBefore(before);
  if (base || !/^\s+of\s+\p{Ll}/u.test(after)) return { subject, base, spent: false };
  const plainBase = subject ? SHORT_BASE.exec(after)?.[1] : undefined;
  if (plainBase) return { subject, base: plainBase, spent: false };
  const items = after.replace(/^\s+of\s+/, '').split(/[,;.]|\s+(?:by|in|before)\s+(?:19|20)\d{2}/)[0]!;
  return { subject: items.replace(/\s+(?:are|is|be|will be)\s+/, ' ').trim(), base: undefined, spent: false };
}

/** A count target from its qualifier, number and the words after it, or null when the words are a duration or a share. */
function countProposal(qualifier: string | undefined, number: string, phrase: string, index: number, length: number): TargetProposal | null {
  if (/^\s*(?:%|percent|per cent)/.test(phrase) || TIME_UNIT.test(phrase)) return null;
  const what = phrase.slice(0, COUNT_END.exec(phrase)?.index ?? phrase.length).trim().replace(/(?:\s+(?:by|in|before|until|and|with|of|the|to|for|at))+$/, '');
  const head = ` ${what} `.slice(0, UNIT_END.exec(` ${what} `)?.index ?? what.length + 1).trim();
  return {
    metric: what, comparator: comparatorOf(qualifier), value: numberOf(number), unit: head.split(/\s+/).at(-1) ?? null,
    qualitative: false, baseline: null, start: index, end: index + length - phrase.length + what.length,
  };
}

/**
 * Numeric targets: a share ("reaches at least 30% of GDP", "100% of procedures are online") with
 * the subject it measures and any baseline, or a count, qualified ("at least 5 enterprises on par
 * with …") or after a verb of making ("train 20,000 engineers").
 */
export const amountParser: TargetParser = {
  name: 'amount',
  propose(text) {
    const out: TargetProposal[] = [];
    if (!DIGIT.test(text)) return out;
    let previous = 0;
    for (const m of PERCENT.test(text) ? allMatches(SHARE, text) : []) {
      const [, qualifier, number, stated] = m;
      const after = text.slice(m.index + m[0].length);
      if (/\bfrom\s+$/i.test(text.slice(0, m.index)) && TO_TARGET.test(after)) continue;
      const before = text.slice(previous, m.index);
      previous = m.index + m[0].length;
      const { baseline, leading, trailing } = baselineOf(before, after);
      const { subject, base, spent } = shareSubject(leading === null ? before : before.slice(0, leading), after, stated);
      if (!subject) continue;
      const plainBase = base?.replace(/^the\s+/i, '') ?? null;
      out.push({
        metric: spent ? `share of ${subject}` : metricName(subject, plainBase),
        comparator: comparatorOf(qualifier), value: numberOf(number!), unit: plainBase ? `% of ${plainBase}` : '%', qualitative: false,
        baseline, start: m.index, end: m.index + m[0].length + trailing + (base && !stated ? (SHORT_BASE.exec(after)?.[0].length ?? 0) : 0),
      });
    }
    for (const m of allMatches(COUNT, text)) {
      const proposal = countProposal(m[1], m[2]!, m[3]!, m.index, m[0].length);
      if (proposal) out.push(proposal);
    }
    for (const m of allMatches(VERB_COUNT, text)) {
      const at = m.index + m[0].indexOf(m[1]!);
      const proposal = countProposal(undefined, m[1]!, m[2]!, at, m[0].length - (at - m.index));
      if (proposal) out.push(proposal);
    }
    return out;
  },
};
