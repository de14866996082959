import type { TargetParser, TargetProposal } from './types.ts';

/**
 * Goals without a value, by their shape: becoming a kind of country ("a developed, high-income
 * country", "a modern industrialized nation"), being among leading countries, one of the centres
 * of a region, equal to or above a reference ("equivalent to that of developed countries").
 */
const GOALS: RegExp[] = [
  /\b(?:becom(?:e|es|ing)|be|is|making\s+(?:\p{Lu}\p{L}+|our country|the country)|turn(?:ing)?\s+(?:\p{Lu}\p{L}+|our country|the country)\s+into)\s+(?:a|an)\s+((?:[\p{L}-]+,?\s+){0,5}?(?:country|nation|economy)(?:\s+with\s+(?:a\s+)?(?:high|upper-middle|middle)[\s-]income)?)\b/giu,
  /\bamong the\s+((?:leading|advanced|developed)\s+(?:countries|nations|economies)(?:\s+with\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)/giu,
  /\bone of the\s+([^,;.]*?\b(?:centers?|centres?|hubs?)(?:\s+of\s+the\s+region(?:\s+and\s+(?:of\s+)?the\s+world)?)?)/giu,
  /(\b[\p{L}][^,;.]*?\s+(?:is|are)\s+(?:equivalent to|equal to|on par with|above|higher than)\s+(?:that|those)?\s*(?:of\s+)?(?:the\s+)?[^,;.]*?(?:countries|average|standards?))\b/giu,
];

/** Qualitative goals in a sentence, each as a target without a value. */
export const goalParser: TargetParser = {
  name: 'goal',
  propose(text) {
    const out: TargetProposal[] = [];
    for (const pattern of GOALS) {
      for (const m of text.matchAll(pattern)) {
        const goal = m[1]!.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim();
        if (/\d/.test(goal)) continue;
        const start = m.index + m[0].indexOf(m[1]!);
        out.push({ metric: goal, comparator: null, value: null, unit: null, qualitative: true, baseline: null, start, end: start + m[1]!.length });
      }
    }
    return out;
  },
};
