import { contextIndex } from './context-index.ts';
import type { SentenceContext } from './sentence-context.ts';
import type { Happening } from './types.ts';

const ESTABLISHED = /\b(?:established|set up|formed|founded|launched|inaugurated)\b/g;
/** How far from the verb the body formed may be named. */
const BODY_WINDOW = 60;

/**
 * What may stand between the body formed and its verb: an auxiliary ("X was established"), an apposition that the participle
 * ends ("X, a start-up founded in 2021"); after the verb, an article ("set up the X"). A body named inside another's apposition
 * ("The satellite Y, designed by engineers of X, was launched") is not what was formed.
 */
const SUBJECT_GAP = /^(?:,\s+(?:a|an|the)\s+[^,;()]{0,80}?)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:\p{Ll}+ly\s+)?$/u;
const OBJECT_GAP = /^\s+(?:a|an|the)?\s*$/;
/** An object right after an active verb ("TSTel launched commercial 5G services"): what the body formed, not the body itself. */
const OBJECT_AFTER = /^\s+(?!(?:in|on|at|last|this|by|as|under|from|with|after|before|during|since|and|to)\b)[\p{L}\d]/u;
/** "in" or "on" right after the verb, before its time. */
const OWN_TIME = /^\s+(?:in|on)\s+/;
/** Bodies a sentence reports formed: "The National Data Association was established on …" → "National Data Association established". */
export function readEstablishments(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  for (const m of context.text.matchAll(ESTABLISHED)) {
    const body = contextIndex(context).linksStarting(m.index - BODY_WINDOW + 1, m.index + BODY_WINDOW - 1)
      .find((l) => context.entities.get(l.entity)?.type === 'organization'
        && (l.start > m.index ? OBJECT_GAP.test(context.text.slice(m.index + m[0].length, l.start))
          : SUBJECT_GAP.test(context.text.slice(l.end, m.index))
            && !(/^\s+$/.test(context.text.slice(l.end, m.index)) && OBJECT_AFTER.test(context.text.slice(m.index + m[0].length)))));
    if (!body) continue;
    // "X, a start-up founded in 2021, …": a time right after the verb is its own, whatever else the sentence dates.
    const own = OWN_TIME.exec(context.text.slice(m.index + m[0].length));
    const timeAt = own ? context.times.find((t) => t.start === m.index + m[0].length + own[0].length)?.start : undefined;
    out.push({
      kind: 'establishment', at: m.index, end: m.index + m[0].length, title: `${context.entities.get(body.entity)?.name ?? 'Body'} ${m[0]}`,
      quality: 2, inherits: false, ...(timeAt === undefined ? {} : { timeAt }),
    });
    break;
  }
  return out;
}
