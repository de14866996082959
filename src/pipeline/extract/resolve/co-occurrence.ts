import type { Link } from './types.ts';

/** Per entity, how many paragraphs it shares with each other entity: the "related" list of its page. */
export function coOccurrence(links: Link[]): Map<string, Map<string, number>> {
  const byParagraph = new Map<string, Set<string>>();
  for (const l of links) {
    const key = `${l.document}#${l.block}`;
    byParagraph.set(key, (byParagraph.get(key) ?? new Set()).add(l.entity));
  }
  const counts = new Map<string, Map<string, number>>();
  for (const set of byParagraph.values()) for (const a of set) {
    let row = counts.get(a);
    if (!row) counts.set(a, (row = new Map<string, number>()));
    for (const b of set) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
  }
  return counts;
}
