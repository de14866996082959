import { comparatorOf, numberOf, QUALIFIER } from './comparator.ts';
import { metricName, subjectBefore } from './metric.ts';
import type { TargetParser, TargetProposal } from './types.ts';

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
const BASE = String.raw`(?:\s+of\s+(GDP|GRDP|(?:the\s+)?(?:national|state|total|annual|local)\s+budget|(?:the\s+)?(?:total\s+)?[\p{L}-]+\s+(?:budget|revenue|workforce|population|exports|GDP)))`;
/** A share: "at least 30% of GDP", "over 55%", "100% of administrative procedures …". */
const SHARE = new RegExp(String.raw`(?:(${QUALIFIER})\s+)?${NUMBER}\s*(?:%|percent\b|per cent\b)${BASE}?`, 'giu');
/** A count with a qualifier: "at least 5 (more) digital technology enterprises on par with …". */
const COUNT = new RegExp(String.raw`\b(${QUALIFIER})\s+${NUMBER}\s+(?:more\s+)?((?:[\p{Ll}][\p{L}-]*|[\p{Lu}][\p{L}-]*)(?:\s+[\p{L}-]+){0,12})`, 'gu');
/** A baseline before a share: "from 12% in 2020 to …". */
const BASELINE = new RegExp(String.raw`from\s+${NUMBER}\s*(?:%|percent)?(?:\s+in\s+((?:19|20)\d{2}))?\s+to\s*$`, 'i');
/** A verb of spending just before a share of a budget: "allocate at least 3% of the national budget to …". */
const SPEND = /\b(allocate|allocating|spend|spending|invest|investing|devote|devoting|earmark|earmarking)\s+(?:\S+\s+){0,2}$/i;
/** Where the noun phrase of a count ends. */
const COUNT_END = /,|;|\.(?:\s|$)|\s+(?:by|in|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d{2}\b|\s+and\s+(?=(?:attract|have|build|train|develop|become|be)\b)/;
/** Words a count's unit stops before. */
const UNIT_END = /\s(?:on|in|with|to|that|of|for|at|from|by|which|who)\s/;
/** Time words: "5 years", "10 months" are durations, not targets. */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|hours?|times)\b/;

/**
 * Numeric targets: a share ("reaches at least 30% of GDP", "100% of procedures are online") with
 * the subject it measures, or a qualified count ("at least 5 enterprises on par with …").
 */
export const amountParser: TargetParser = {
  name: 'amount',
  propose(text) {
    const out: TargetProposal[] = [];
    for (const m of text.matchAll(SHARE)) {
      const [, qualifier, number, base] = m;
      const before = text.slice(0, m.index);
      const baseline = BASELINE.exec(before);
      const after = text.slice(m.index + m[0].length);
      let subject = subjectBefore(baseline ? before.slice(0, baseline.index) : before);
      if (!base && /^\s+of\s+\p{Ll}/u.test(after)) {
        subject = after.replace(/^\s+of\s+/, '').split(/[,;.]|\s+(?:by|in|before)\s+(?:19|20)\d{2}/)[0]!.replace(/\s+(?:are|is|be|will be)\s+/, ' ').trim();
      }
      const spending = base && SPEND.exec(before);
      if (spending) {
        const object = /^\s+(?:to|for|on)\s+([^,;.]+?)(?=\s+and\s|[,;.]|$)/.exec(after)?.[1];
        subject = `${base.replace(/^the\s+/i, '')} ${spending[1]!.toLowerCase().startsWith('spend') ? 'spent' : 'allocated'}${object ? ` to ${object}` : ''}`;
      }
      if (!subject) continue;
      const unit = base ? `% of ${base.replace(/^the\s+/i, '')}` : '%';
      out.push({
        metric: spending ? `share of ${subject}` : metricName(subject, base ? base.replace(/^the\s+/i, '') : null),
        comparator: comparatorOf(qualifier), value: numberOf(number!), unit, qualitative: false,
        baseline: baseline ? { value: numberOf(baseline[1]!), year: baseline[2] ? Number(baseline[2]) : null, text: baseline[0].replace(/\s+to\s*$/, '') } : null,
        start: m.index, end: m.index + m[0].length,
      });
    }
    for (const m of text.matchAll(COUNT)) {
      const [, qualifier, number, phrase] = m;
      if (/^\s*(?:%|percent|per cent)/.test(phrase!) || TIME_UNIT.test(phrase!)) continue;
      const what = phrase!.slice(0, COUNT_END.exec(phrase!)?.index ?? phrase!.length).trim().replace(/(?:\s+(?:by|in|before|until|and|with|of|the|to|for|at))+$/, '');
      const head = ` ${what} `.slice(0, UNIT_END.exec(` ${what} `)?.index ?? what.length + 1).trim();
      out.push({
        metric: what, comparator: comparatorOf(qualifier), value: numberOf(number!), unit: head.split(/\s+/).at(-1) ?? null,
        qualitative: false, baseline: null, start: m.index, end: m.index + m[0].length - phrase!.length + what.length,
      });
    }
    return out;
  },
};
