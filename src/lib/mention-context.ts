/** A sentence split around the words of one mention, for showing the mention in its context. */
export interface MarkedSentence {
  before: string;
  mention: string;
  after: string;
}

/**
 * Splits a sentence at the first place its mention's text appears (exactly, else ignoring case);
 * when the sentence does not contain it, the whole sentence is `before`.
 */
export function markMention(sentence: string, text: string): MarkedSentence {
  let at = text ? sentence.indexOf(text) : -1;
  if (at < 0 && text) at = sentence.toLocaleLowerCase('en').indexOf(text.toLocaleLowerCase('en'));
  if (at < 0) return { before: sentence, mention: '', after: '' };
  return { before: sentence.slice(0, at), mention: sentence.slice(at, at + text.length), after: sentence.slice(at + text.length) };
}

/**
 * Items grouped by the document they come from, documents ordered by `rank` (unknown documents
 * last, then by id), items in their order within a document.
 */
export function groupByDocument<T extends { document: string }>(items: readonly T[], rank: ReadonlyMap<string, number>): { document: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.document);
    if (group) group.push(item);
    else groups.set(item.document, [item]);
  }
  const last = rank.size;
  return [...groups]
    .sort(([a], [b]) => (rank.get(a) ?? last) - (rank.get(b) ?? last) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([document, grouped]) => ({ document, items: grouped }));
}
