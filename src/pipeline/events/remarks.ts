import { textAfter, textBefore } from '../reach.ts';
import { contextIndex } from './context-index.ts';
import type { SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/** Delivering remarks, a speech or an address: "attended and delivered remarks", "gave a keynote speech", "gave instructions". Group: the noun. */
const REMARKS = new RegExp(String.raw`\b(?:delivered|gave|made)\s+(?:(?:a|an|the|his|her|their|opening|closing|keynote|welcoming|guiding`
  + String.raw`|directing|important|policy)\s+)*(remarks|speech|address|keynote|instructions|directions)\b`, 'g');
/** The occasion of remarks: a gathering ("the conference") or a ceremony of something ("the inauguration of Data Center No. 3"). */
const OCCASION = String.raw`(?:(?:[\p{L}\p{N}-]+\s+){0,4}?(?:conference|meeting|congress|session|forum|summit|ceremony|seminar`
  + String.raw`|workshop|plenum|dialogue|event)\b|(?:inauguration|launch|opening|groundbreaking|handover)\s+of\s+[^,;]+?(?=\s*[,;]|\s+in\s|$))`;
const AT_OCCASION = new RegExp(String.raw`^\s+at\s+(?:the\s+|a\s+)?(${OCCASION})`, 'iu');
/** The occasion framing the sentence before the speaker: "On March 5, at the inauguration of Data Center No. 3, X delivered remarks". */
const OCCASION_BEFORE = new RegExp(String.raw`\bat\s+(?:the\s+|a\s+)(${OCCASION})`, 'iu');

/** A speech named with its speaker after it: "the speech delivered by Deputy Prime Minister X at …". */
const SPEECH_BY = /\b(speech|remarks|address)\s+(?:delivered|given|made)\s+by\s+/g;

/** Addressing a gathering: "attended and addressed the conference". Group: the occasion. */
const ADDRESSED = new RegExp(String.raw`\baddressed\s+(?:the\s+|a\s+)(${OCCASION})`, 'gu');
/** How far before the verb its speaker's name may end ("X attended and addressed"). */
const SPEAKER_GAP = 24;

/** Remarks or speeches a sentence reports someone delivering: "Deputy Prime Minister X delivered remarks", "the speech delivered by X". */
export function readRemarks(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  const isPerson = (l: { entity: string }) => context.entities.get(l.entity)?.type === 'person';
  for (const m of context.text.matchAll(SPEECH_BY)) {
    const after = m.index + m[0].length;
    const person = contextIndex(context).linksStarting(after, after + 60).find(isPerson);
    const speaker = person && context.entities.get(person.entity)?.name;
    if (!speaker) continue;
    const occasion = AT_OCCASION.exec(textAfter(context.text, person.end))?.[1];
    out.push({
      kind: 'remarks', at: m.index, end: person.end, quality: 2, inherits: true,
      title: `${speaker} delivered ${m[1]}${occasion ? ` at the ${occasion}` : ''}`,
    });
  }
  for (const m of context.text.matchAll(ADDRESSED)) {
    const person = contextIndex(context).linksEnding(m.index - SPEAKER_GAP, m.index).filter(isPerson).at(-1);
    const speaker = person && context.entities.get(person.entity)?.name;
    if (speaker) out.push({ kind: 'remarks', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true, title: `${speaker} addressed the ${m[1]}` });
  }
  for (const m of context.text.matchAll(REMARKS)) {
    // A speaker named with a role ("Chairman of … Pham Quoc Vinh delivered") is called by name.
    // A speaker named right before the verb, nothing but spaces between.
    let spaces = m.index;
    while (spaces > 0 && /\s/.test(context.text[spaces - 1]!)) spaces--;
    const person = contextIndex(context).linksEnding(spaces, m.index).find(isPerson);
    const speaker = (person && context.entities.get(person.entity)?.name) || subjectBefore(context, m.index);
    if (!speaker) continue;
    const occasion = AT_OCCASION.exec(textAfter(context.text, m.index + m[0].length))?.[1] ?? OCCASION_BEFORE.exec(textBefore(context.text, m.index))?.[1];
    out.push({
      kind: 'remarks', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true,
      title: `${speaker} ${/^(?:instructions|directions)$/.test(m[1]!) ? 'gave' : 'delivered'} ${m[1]}${occasion ? ` at the ${occasion}` : ''}`,
    });
  }
  return out;
}
