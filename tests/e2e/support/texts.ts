import { readFile } from 'node:fs/promises';
import { blockTexts } from '../../../src/lib/search-facets.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { EntitySummary } from '../../../src/schemas/entity-summary.ts';
import { readDocuments } from './corpus.ts';

/** One document as a test reads it straight from content/: its words, its month, whom it quotes, what it names. */
export interface SeedText {
  document: DocumentData;
  /** `YYYY-MM`, or null when undated. */
  month: string | null;
  /** Every word of its title and body, lower-cased. */
  words: Set<string>;
  /** Names of the people quoted (the blocks' `data-speaker`). */
  speakers: Set<string>;
  /** Entity ids it names, with their counts, from content/documents/<id>.json. */
  named: Map<string, number>;
}

/** Every document's text and facts, read from content/ (what build:content wrote), not from the site. */
export async function readSeedTexts(): Promise<SeedText[]> {
  const entities = JSON.parse(await readFile('content/entities.json', 'utf8')) as EntitySummary[];
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  return Promise.all((await readDocuments()).map(async (document) => {
    const { html, named } = JSON.parse(await readFile(`content/documents/${document.id}.json`, 'utf8')) as { html: string; named: { entity: string; count: number }[] };
    const text = [document.title, ...document.alternateTitles.map((a) => a.text), ...blockTexts(html)].join('\n').toLowerCase();
    return {
      document,
      month: document.date && document.date.length >= 7 ? document.date.slice(0, 7) : null,
      words: new Set(text.match(/\p{L}+/gu) ?? []),
      speakers: new Set([...html.matchAll(/\bdata-speaker="([^"]+)"/g)].flatMap((m) => nameOf.get(m[1]!) ?? [])),
      named: new Map(named.map((n) => [n.entity, n.count])),
    };
  }));
}
