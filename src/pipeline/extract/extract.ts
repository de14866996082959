import type { Block } from '../types.ts';
import { instrumentParser } from './instrument-parser.ts';
import { lawParser } from './law-parser.ts';
import { organizationParser } from './organization-parser.ts';
import { personParser } from './person-parser.ts';
import { confirmedNameRefiner, overlapRemovalRefiner, provinceRefiner, shortNameRefiner, titleReferenceRefiner } from './refiners.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { titleCase } from './name-grammar.ts';
import { isRole, normalizeRole, rolesOfLabel } from './roles.ts';
import { fold } from './fold.ts';
import { isSurname } from './lexicon/surnames.ts';
import { isNameSyllable } from './lexicon/syllables.ts';
import { titleReferenceParser } from './title-reference-parser.ts';
import type { Mention, Parser, Refiner } from './types.ts';

/** Parsers, run on every sentence. */
export const PARSERS: Parser[] = [instrumentParser, lawParser, organizationParser, personParser, titleReferenceParser];
/** Refiners, folded over a document's mentions in this order. */
export const REFINERS: Refiner[] = [overlapRemovalRefiner, provinceRefiner, shortNameRefiner, titleReferenceRefiner, confirmedNameRefiner];

/** The sentences of a document's blocks (list items joined by newlines split like sentences). */
export function documentSentences(blocks: Block[]): Sentence[] {
  return blocks.flatMap((block, i) => (block.kind === 'list' ? splitItems(block.text, i) : splitSentences(block.text, i)));
}

function splitItems(text: string, block: number): Sentence[] {
  let offset = 0;
  return text.split('\n').flatMap((item) => {
    const sentences = splitSentences(item, block).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
    offset += item.length + 1;
    return sentences;
  });
}

/** Every mention in a document: all parsers over all sentences, then the refiners in order. */
export function extractMentions(blocks: Block[], parsers = PARSERS, refiners = REFINERS, sentences = documentSentences(blocks)): Mention[] {
  const proposed: Mention[] = [];
  for (const sentence of sentences) for (const parser of parsers) for (const mention of parser.parse(sentence)) proposed.push(mention);
  return withAuthor(withSignedTitles(refiners.reduce((mentions, refiner) => refiner.refine(mentions), proposed), blocks), blocks, sentences);
}

/**
 * A signed article's author block: a Vietnamese name printed in capitals on its own line ("PHẠM HỒNG SƠN"), then a line that is only
 * titles ("Member of the Party Central Committee, Secretary of …"). The author is a person of the text, with those titles; a bare
 * byline, with no titles under it, is not.
 */
function withAuthor(mentions: Mention[], blocks: Block[], sentences: Sentence[]): Mention[] {
  const authors: Mention[] = [];
  blocks.forEach((block, i) => {
    const line = block.text.trim();
    const next = blocks[i + 1]?.text.trim() ?? '';
    if (!CAPITALS_LINE.test(line) || !/^\S+(?:\s+\S+){1,3}$/.test(line) || next === '' || mentions.some((m) => m.block === i)) return;
    const name = titleCase(line);
    const words = name.split(/\s+/);
    if (!isSurname(words[0]!) || !words.every(isNameSyllable)) return;
    const roles = rolesOfLabel(next);
    const sentence = sentences.find((s) => s.block === i);
    if (roles.length === 0 || !sentence) return;
    const start = block.text.indexOf(line);
    authors.push({
      type: 'person', key: fold(name), name, block: i, start, end: start + line.length, text: line, sentence, roles, via: 'name', certain: true,
    });
  });
  if (authors.length === 0) return mentions;
  // In document order: each author before the first mention of a later block.
  const out = [...mentions];
  for (const author of authors) {
    const at = out.findIndex((m) => m.block > author.block);
    out.splice(at === -1 ? out.length : at, 0, author);
  }
  return out;
}

/** A line of a signature block: "(signed)", "(Signed and sealed)", "[signed]". */
const SIGNED_LINE = /^[([]\s*signed[^)\]]{0,30}[)\]]$/i;
/** A title printed in capitals on its own line: "DEPUTY PRIME MINISTER". */
const CAPITALS_LINE = /^[\p{Lu}\p{M}\s'’-]{4,80}$/u;

/**
 * A decision's signature block: "FOR THE PRIME MINISTER / DEPUTY PRIME MINISTER / (signed) / <name>": the name on its own line
 * after "(signed)" holds the title printed in capitals above it.
 */
function withSignedTitles(mentions: Mention[], blocks: Block[]): Mention[] {
  if (!blocks.some((b) => SIGNED_LINE.test(b.text.trim()))) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'person' || (m.roles?.length ?? 0) > 0 || blocks[m.block]?.text.trim() !== m.text) return m;
    let i = m.block - 1;
    if (!SIGNED_LINE.test(blocks[i]?.text.trim() ?? '')) return m;
    for (i--; i >= 0 && i >= m.block - 4 && CAPITALS_LINE.test(blocks[i]!.text.trim()); i--) {
      // "FOR THE PRIME MINISTER", "ON BEHALF OF …": whom the signer signs for, not the signer's title.
      if (/^(?:FOR|ON\s+BEHALF\s+OF)\s/u.test(blocks[i]!.text.trim())) continue;
      const title = normalizeRole(titleCase(blocks[i]!.text.trim()));
      if (isRole(title)) return { ...m, roles: [title], certain: true };
    }
    return m;
  });
}
