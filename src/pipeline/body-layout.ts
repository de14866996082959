import type { BlockAnnotations, InlineLink } from './emit.ts';
import type { Block } from './types.ts';

/** A stretch of a block's text: plain, or naming an entity. */
export interface Segment {
  text: string;
  /** Entity id, when the stretch is a linked mention. */
  entity?: string;
}

/** A block's text cut into plain and linked stretches; links that overlap or run past the text are dropped. */
export function segments(text: string, links: readonly InlineLink[] = [], offset = 0): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const link of links) {
    const start = link.start - offset;
    const end = link.end - offset;
    if (start < at || end > text.length) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), entity: link.entity });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const NUMBERED = /^\d{1,2}[.)]\s/;

/** The level of each heading (2, or 3 for a numbered heading under an unnumbered one); 2 for other blocks. */
export function headingDepths(blocks: readonly Block[]): number[] {
  let depth = 2;
  let unnumberedSeen = false;
  return blocks.map((block, i) => {
    if (block.kind !== 'heading') return depth;
    depth = NUMBERED.test(block.text) && i > 0 && unnumberedSeen ? 3 : 2;
    if (!NUMBERED.test(block.text)) unnumberedSeen = true;
    return depth;
  });
}

/** Marks the blocks where a speaker's words start; a photo caption between two of their paragraphs does not break the run. */
export function markSpeakerRuns(blocks: readonly Block[], annotations: readonly BlockAnnotations[]): BlockAnnotations[] {
  let previous: string | undefined;
  return blocks.map((block, i) => {
    const annotation = annotations[i] ?? {};
    if (block.kind === 'caption') return annotation;
    const starts = annotation.speaker !== undefined && annotation.speaker !== previous;
    previous = annotation.speaker;
    return starts ? { ...annotation, speakerStarts: true } : annotation;
  });
}
