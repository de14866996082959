import type { Sentence } from '../extract/sentences.ts';
import type { TimeExpression } from '../time/types.ts';
import { linksIn } from './sentence-links.ts';
import type { Link } from '../extract/resolve.ts';
import type { EntityLookup } from './types.ts';

/** An entity mention with offsets in its sentence. */
export interface LocalLink {
  entity: string;
  start: number;
  end: number;
}

/** What the readers of happenings see of one sentence: its text, its mentions and time expressions, by offsets in the sentence. */
export interface SentenceContext {
  text: string;
  links: LocalLink[];
  /** Spans of every time expression of the sentence (any relation), and how precise each is. */
  times: { start: number; end: number; precision: TimeExpression['precision'] }[];
  entities: EntityLookup;
}

/** The context of a sentence of a document; `blockLinks` are the links of its block. */
export function sentenceContext(sentence: Sentence, blockLinks: readonly Link[], times: TimeExpression[], entities: EntityLookup): SentenceContext {
  const local = (offset: number) => offset - sentence.start;
  return {
    text: sentence.text,
    links: linksIn(blockLinks, sentence).map((l) => ({ entity: l.entity, start: local(l.start), end: local(l.end) })),
    times: times.map((t) => ({ start: local(t.start), end: local(t.end), precision: t.precision })),
    entities,
  };
}
