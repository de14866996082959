import { textAfter, textBefore } from '../reach.ts';
import { contextIndex } from './context-index.ts';
import type { SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import { ISSUED_TYPES, type Happening } from './types.ts';

/**
 * Conclusions announced: "announced its conclusions", "conclusions announced in Notice …",
 * "Notice … conveying the conclusions of …". Groups: the verb before "conclusions", the verb after.
 */
const CONCLUSIONS = new RegExp(String.raw`\b(?:(announced|conveyed|issued|released|delivered|gave)\s+(?:its|their|his|her|the)\s+conclusions?`
  + String.raw`|conclusions?\s+(?:(?:was|were|had\s+been)\s+)?(announced|conveyed|issued|released|set\s+out|stated)|convey(?:ing|ed`
  + String.raw`|s)\s+the\s+conclusions?)\b`, 'g');
/** Where the instrument that carries the conclusions is named: "in Conclusion No. 298-KL/TU", "Notice No. 287/TB-VPCP". */
const CARRIER = /\b(?:in|under|by|through|via)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’']*\s+){1,3}(?:No\.?\s*)?\d[\p{L}\d]*(?:[./-]+[\p{L}\d]+)*)/u;
/** A document named before "conveying the conclusions" ("Notice No. 287/TB-VPCP … conveying"). */
const CARRIER_BEFORE = /((?:\p{Lu}[\p{L}’']*\s+){1,3}(?:No\.?\s*)?\d[\p{L}\d]*(?:[./-]+[\p{L}\d]+)*)[^.;]*$/u;

/**
 * Conclusions a sentence reports as announced, with the instrument that carries them when named
 * ("Standing Board announced its conclusions in Conclusion No. 298-KL/TU",
 * "Prime Minister's conclusions announced in Notice No. 287/TB-VPCP").
 */
export function readConclusions(context: SentenceContext): Happening[] {
  const { text, entities } = context;
  const out: Happening[] = [];
  // Where each carrier is first written, looked for once per carrier.
  const firstAt = new Map<string, number>();
  for (const m of text.matchAll(CONCLUSIONS)) {
    const end = m.index + m[0].length;
    // The rest of the clause, and the words before, within REACH (a sentence of many conclusions was read whole for each).
    const after = textAfter(text, end);
    const clauseEnd = after.search(/(?<!\bNos?)[;.](?:\s|$)/);
    const rest = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
    const carrier = m[1] || m[2] ? CARRIER.exec(rest)?.[1] : CARRIER_BEFORE.exec(textBefore(text, m.index))?.[1];
    if (carrier && !firstAt.has(carrier)) firstAt.set(carrier, text.indexOf(carrier));
    const carrierAt = carrier ? firstAt.get(carrier)! : -1;
    const instrument = carrierAt < 0 ? undefined
      : contextIndex(context).linksStarting(carrierAt - 1, carrierAt + 4).find((l) => ISSUED_TYPES.has(entities.get(l.entity)?.type ?? ''))?.entity;
    let title: string;
    if (m[1]) title = `${subjectBefore(context, m.index) || 'Conclusions'} ${m[1]} conclusions`;
    else if (m[2]) title = `${possessor(textBefore(text, m.index))}conclusions ${m[2]}`;
    else title = carrier ? `${carrier} conveying the conclusions` : 'Conclusions conveyed';
    if (carrier && (m[1] || m[2])) title += ` in ${carrier}`;
    out.push({ kind: 'concluded', at: m.index, end, title, quality: 2, instrument, inherits: true });
  }
  return out;
}

/** Whose conclusions: "the Prime Minister's " before "conclusions". */
const possessor = (before: string): string => /((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*[’']s\s+)$/u.exec(before)?.[1] ?? '';
