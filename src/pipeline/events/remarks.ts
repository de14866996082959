import type { SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/** Delivering remarks, a speech or an address: "attended and delivered remarks", "gave a keynote speech", "gave instructions". Group: the noun. */
const REMARKS = /\b(?:delivered|gave|made)\s+(?:(?:a|an|the|his|her|their|opening|closing|keynote|welcoming|guiding|directing|important|policy)\s+)*(remarks|speech|address|keynote|instructions|directions)\b/g;
/** The occasion of remarks: a gathering ("the conference") or a ceremony of something ("the inauguration of Data Center No. 3"). */
const OCCASION = String.raw`(?:(?:[\p{L}\p{N}-]+\s+){0,4}?(?:conference|meeting|congress|session|forum|summit|ceremony|seminar|workshop|plenum|dialogue|event)\b|(?:inauguration|launch|opening|groundbreaking|handover)\s+of\s+[^,;]+?(?=\s*[,;]|\s+in\s|$))`;
const AT_OCCASION = new RegExp(String.raw`^\s+at\s+(?:the\s+|a\s+)?(${OCCASION})`, 'iu');
/** The occasion framing the sentence before the speaker: "On March 5, at the inauguration of Data Center No. 3, X delivered remarks". */
const OCCASION_BEFORE = new RegExp(String.raw`\bat\s+(?:the\s+|a\s+)(${OCCASION})`, 'iu');

/** A speech named with its speaker after it: "the speech delivered by Deputy Prime Minister X at …". */
const SPEECH_BY = /\b(speech|remarks|address)\s+(?:delivered|given|made)\s+by\s+/g;

/** Remarks or speeches a sentence reports someone delivering: "Deputy Prime Minister X delivered remarks", "the speech delivered by X". */
export function readRemarks(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  for (const m of context.text.matchAll(SPEECH_BY)) {
    const after = m.index + m[0].length;
    const person = context.links.find((l) => context.entities.get(l.entity)?.type === 'person' && l.start >= after && l.start - after <= 60);
    const speaker = person && context.entities.get(person.entity)?.name;
    if (!speaker) continue;
    const occasion = AT_OCCASION.exec(context.text.slice(person.end))?.[1];
    out.push({ kind: 'remarks', at: m.index, end: person.end, quality: 2, inherits: true, title: `${speaker} delivered ${m[1]}${occasion ? ` at the ${occasion}` : ''}` });
  }
  for (const m of context.text.matchAll(REMARKS)) {
    // A speaker named with a role ("Chairman of … Pham Quoc Vinh delivered") is called by name.
    const person = context.links.find((l) => context.entities.get(l.entity)?.type === 'person' && l.end <= m.index && !/\S/.test(context.text.slice(l.end, m.index)));
    const speaker = (person && context.entities.get(person.entity)?.name) || subjectBefore(context, m.index);
    if (!speaker) continue;
    const occasion = AT_OCCASION.exec(context.text.slice(m.index + m[0].length))?.[1] ?? OCCASION_BEFORE.exec(context.text.slice(0, m.index))?.[1];
    out.push({
      kind: 'remarks', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true,
      title: `${speaker} ${/^(?:instructions|directions)$/.test(m[1]!) ? 'gave' : 'delivered'} ${m[1]}${occasion ? ` at the ${occasion}` : ''}`,
    });
  }
  return out;
}
