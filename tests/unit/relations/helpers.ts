import { buildCorpus } from '../../../src/pipeline/build.ts';
import type { Relation } from '../../../src/schemas/relation.ts';

/** A news text: a title, a dateline, then its paragraphs. */
export const news = (...paragraphs: string[]) => ['A report on the policy', 'Tin tức13/03/2025', ...paragraphs].join('\n');

/** A legal-database page of an instrument: its fields, its heading with its number, then its lines, each a paragraph. */
export const legalPage = (number: string, ...lines: string[]) => [
  `Decision ${number} on the matter`, 'Legal documents > Decision', `Number: ${number}`, 'Type: Decision', 'Issued date: 11/03/2025',
  'Posted: 13/03/2025', '', `No. ${number}    Da Lat, March 11, 2025`, '', 'DECISION', '', ...lines.flatMap((l) => [l, '']),
].join('\n');

/** Builds texts (one document each) and returns the corpus. */
export function corpusOf(...texts: string[]) {
  return buildCorpus(texts.map((text, i) => ({ path: `seeds/text-${i}.txt`, bytes: new TextEncoder().encode(text) })));
}

/** The relations of texts as `<from> <kind> <to>`, with the entities' names. */
export function relationsIn(...texts: string[]): string[] {
  const { entities, relations } = corpusOf(...texts);
  return described(relations, new Map(entities.map((e) => [e.id, e.name])));
}

/** Relations as `<from> <kind> <to>`, sorted. */
export const described = (relations: readonly Relation[], names: ReadonlyMap<string, string>) =>
  relations.map((r) => `${names.get(r.from) ?? r.from} ${r.kind} ${names.get(r.to) ?? r.to}`).sort();
