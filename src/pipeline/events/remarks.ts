import type { SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/** Delivering remarks, a speech or an address: "attended and delivered remarks", "gave a keynote speech", "gave instructions". Group: the noun. */
const REMARKS = /\b(?:delivered|gave|made)\s+(?:(?:a|an|the|his|her|their|opening|closing|keynote|welcoming|guiding|directing|important|policy)\s+)*(remarks|speech|address|keynote|instructions|directions)\b/g;
/** The occasion after the noun: "at the conference", "at the opening of the session". */
const AT_OCCASION = /^\s+at\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){0,4}?(?:conference|meeting|congress|session|forum|summit|ceremony|seminar|workshop|plenum|dialogue|event))\b/u;

/** Remarks or speeches a sentence reports someone delivering: "Deputy Prime Minister X delivered remarks". */
export function readRemarks(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  for (const m of context.text.matchAll(REMARKS)) {
    const speaker = subjectBefore(context, m.index);
    if (!speaker) continue;
    const occasion = AT_OCCASION.exec(context.text.slice(m.index + m[0].length))?.[1];
    out.push({
      kind: 'remarks', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true,
      title: `${speaker} ${/^(?:instructions|directions)$/.test(m[1]!) ? 'gave' : 'delivered'} ${m[1]}${occasion ? ` at the ${occasion}` : ''}`,
    });
  }
  return out;
}
