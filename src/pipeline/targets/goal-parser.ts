import type { TargetParser, TargetProposal } from './types.ts';
import { allMatches } from '../extract/all-matches.ts';
import { REACH } from '../reach.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { LEADING_ARTICLE } from '../extract/name-grammar.ts';

/**
 * Goals without a value, by their shape: becoming a kind of country ("a developed, high-income
 * country", "a modern industrialized nation"), being among leading countries, one of the centres
 * of a region, equal to or above a reference ("equivalent to that of developed countries").
 */
const GOALS: RegExp[] = [
  new RegExp(String.raw`\b(?:becom(?:e|es|ing)|be|is|making\s+(?:\p{Lu}\p{L}+|our country|the country)|turn(?:ing)?\s+(?:\p{Lu}\p{L}+`
    + String.raw`|our country|the country)\s+into)\s+(?:a|an)\s+((?:[\p{L}-]+,?\s+){0,5}?(?:country|nation|economy|(?:hub|centre|center)(?:\s+(?:of`
    + String.raw`|for)\s+(?:(?!by\s+(?:19|20)\d\d)[^,;.(])+?(?=\s+by\s+(?:19|20)\d\d|[,;.(]|$))?)(?:\s+with\s+(?:a\s+)?(?:high|upper-middle`
    + String.raw`|middle)[\s-]income)?)\b`, 'giu'),
  /\bamong the\s+((?:leading|advanced|developed)\s+(?:countries|nations|economies)(?:\s+with\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)/giu,
  /\bone of the\s+([^,;.]*?\b(?:centers?|centres?|hubs?)(?:\s+of\s+the\s+region(?:\s+and\s+(?:of\s+)?the\s+world)?)?)/giu,
  new RegExp(String.raw`\b(?:reach(?:es|ed|ing)?|attain(?:s|ed)?|meet(?:s|ing)?)\s+((?:advanced|international|world|regional`
    + String.raw`|leading)\s+(?:levels?|standards?)(?:\s+in\s+[^,;.]+)?)`, 'giu'),
];
/** Words each of GOALS needs, with its flags: sentences without them are not searched. */
const GOAL_WORDS = [/country|nation|economy|hub|centre|center/i, /among the/i, /one of the/i, /reach|attain|meet/i];
/** The words of GOAL_WORDS and of a comparison, in one pass: most sentences have none, and each test read the sentence again. */
const ANY_GOAL_WORD = /country|nation|economy|hub|centre|center|among the|one of the|reach|attain|meet|equivalent to|equal to|on par with|above|higher than/i;

/** A second goal joined to the first: "becoming a modern industrialized nation by 2030 and a developed, high-income country by 2045". */
const AND_GOAL = new RegExp(String.raw`^(?:\s+by\s+(?:19|20)\d{2})?\s+and\s+(?:a|an)\s+((?:[\p{L}-]+,?\s+){0,5}?(?:country|nation`
  + String.raw`|economy)(?:\s+with\s+(?:a\s+)?(?:high|upper-middle|middle)[\s-]income)?)\b`, 'iu');

/** A comparison with a reference: "… is equivalent to that of developed countries", "… are above the world average". */
const COMPARISON = new RegExp(String.raw`\s(?:is|are)\s+(?:equivalent to|equal to|on par with|above|higher than)\s+(?:(?:that`
  + String.raw`|those)\s+)?(?:of\s+)?(?:the\s+)?[^,;.]*?\b(?:countries|average|standards?)\b`, 'giu');

/** Comparisons with a reference, each with its subject back to the clause start. */
function comparisons(text: string): TargetProposal[] {
  if (!/equivalent to|equal to|on par with|above|higher than/i.test(text)) return [];
  // The clause breaks, found once (searching back from each comparison read a long sentence once per comparison).
  const breaks = allMatches(/[,;.]/g, text).map((b) => b.index);
  return allMatches(COMPARISON, text).flatMap((m) => {
    // Back to the clause start, within REACH (a clause of thousands of comparisons would make each its whole length).
    const start = Math.max((breaks[firstAtLeast(breaks, m.index + 1, (b) => b) - 1] ?? -1) + 1, m.index - REACH);
    const goal = text.slice(start, m.index + m[0].length).trim().replace(LEADING_ARTICLE, '');
    if (!goal || /\d/.test(goal)) return [];
    const at = text.indexOf(goal, start);
    return [{ metric: goal, comparator: null, value: null, max: null, unit: null, qualitative: true, baseline: null, start: at, end: at + goal.length }];
  });
}

/** Qualitative goals in a sentence, each as a target without a value. */
export const goalParser: TargetParser = {
  name: 'goal',
  propose(text) {
    const out: TargetProposal[] = [];
    if (!ANY_GOAL_WORD.test(text)) return out;
    for (const [i, pattern] of GOALS.entries()) {
      for (const m of GOAL_WORDS[i]!.test(text) ? allMatches(pattern, text) : []) {
        const goal = m[1]!.replace(LEADING_ARTICLE, '').replace(/\s+/g, ' ').trim();
        if (/\d/.test(goal)) continue;
        const start = m.index + m[0].indexOf(m[1]!);
        out.push({ metric: goal, comparator: null, value: null, max: null, unit: null, qualitative: true, baseline: null, start, end: start + m[1]!.length });
        const next = pattern === GOALS[0] ? AND_GOAL.exec(text.slice(m.index + m[0].length)) : null;
        if (next) {
          const at = m.index + m[0].length + next[0].indexOf(next[1]!);
          out.push({
            metric: next[1]!.replace(/\s+/g, ' ').trim(), comparator: null, value: null, max: null, unit: null, qualitative: true, baseline: null,
            start: at, end: at + next[1]!.length,
          });
        }
      }
    }
    return [...out, ...comparisons(text)];
  },
};
