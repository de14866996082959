import { buildCorpus } from '../../../src/pipeline/build.ts';
import { extractMentions } from '../../../src/pipeline/extract/extract.ts';
import { splitSentences } from '../../../src/pipeline/extract/sentences.ts';
import type { Mention, Parser } from '../../../src/pipeline/extract/types.ts';
import type { Block } from '../../../src/pipeline/types.ts';

/** Runs one parser on every sentence of a text (one block). */
export const parseWith = (parser: Parser, text: string): Mention[] => splitSentences(text, 0).flatMap((s) => parser.parse(s));

/** A paragraph block of a text. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text, line: 1, start: 0, end: text.length });

/** Every mention the full extractor keeps in a text of paragraphs. */
export const extractFrom = (...paragraphs: string[]) => extractMentions(paragraphs.map(paragraph));

/** People found, as "Name: role / role". */
export const people = (mentions: Mention[]) =>
  mentions.filter((m) => m.type === 'person' && m.via === 'name').map((m) => `${m.name}: ${(m.roles ?? []).join(' / ')}`);

/** The people a whole page gives (its header lines, then its text), as "Name: title / title", in the order of their names. */
export function peopleOfPage(header: readonly string[], ...lines: string[]): string[] {
  const page = [...header, ...lines].join('\n');
  const { entities } = buildCorpus([{ path: 'seeds/page.txt', bytes: new TextEncoder().encode(page) }]);
  return entities.filter((e) => e.type === 'person').map((e) => `${e.name}: ${e.type === 'person' ? e.roles.map((r) => r.title).join(' / ') : ''}`)
    .sort();
}
