import { contextIndex } from './context-index.ts';
import type { SentenceContext } from './sentence-context.ts';
import type { Happening } from './types.ts';

const ESTABLISHED = /\b(?:established|set up|formed|founded|launched|inaugurated)\b/g;
/** How far from the verb the body formed may be named. */
const BODY_WINDOW = 60;

/** Bodies a sentence reports formed: "The National Data Association was established on …" → "National Data Association established". */
export function readEstablishments(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  for (const m of context.text.matchAll(ESTABLISHED)) {
    const body = contextIndex(context).linksStarting(m.index - BODY_WINDOW + 1, m.index + BODY_WINDOW - 1)
      .find((l) => context.entities.get(l.entity)?.type === 'organization');
    if (!body) continue;
    out.push({
      kind: 'establishment', at: m.index, end: m.index + m[0].length, title: `${context.entities.get(body.entity)?.name ?? 'Body'} ${m[0]}`,
      quality: 2, inherits: false,
    });
    break;
  }
  return out;
}
