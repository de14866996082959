import type { Fact } from '../../schemas/target.ts';
import { blockId } from '../block-id.ts';
import { splitClauses } from '../events/clauses.ts';
import type { DocumentTimeline } from '../events/types.ts';
import { slugify } from '../slug.ts';
import { amountParser } from './amount-parser.ts';
import { deadlineFor, dueYear, frameBefore } from './deadline.ts';
import { findFigures } from './fact-parser.ts';
import { goalParser } from './goal-parser.ts';
import { withoutScope } from './metric.ts';
import { rankParser } from './rank-parser.ts';
import { scopeOf } from './scope.ts';
import type { TargetParser, TargetProposal } from './types.ts';
import type { TimeSource } from '../../schemas/event.ts';

/** How many opening blocks (title line, lead) name the place a local text is about. */
const LEAD_BLOCKS = 3;

/** Target parsers, run on every sentence. */
export const TARGET_PARSERS: TargetParser[] = [amountParser, rankParser, goalParser];

/** A target one sentence states, with its deadline, scope and source. */
export interface TargetCandidate extends Omit<TargetProposal, 'start' | 'end'> {
  deadline: number;
  scope: string;
  statement: string;
  source: TimeSource;
}

/**
 * The targets a document states — every proposal of the target parsers that has a deadline —
 * and its facts: the figures of its sentences that are not targets, dates or parts of names.
 */
export function findTargets(doc: DocumentTimeline): { targets: TargetCandidate[]; facts: Fact[] } {
  const targets: TargetCandidate[] = [];
  const facts: Fact[] = [];
  const lead = doc.blocks.slice(0, LEAD_BLOCKS).map((b) => b.text).join('\n');
  for (const sentence of doc.sentences) {
    const text = sentence.text;
    const proposals = dropOverlaps(TARGET_PARSERS.flatMap((p) => p.propose(text)));
    const frame = proposals.length > 0 ? frameBefore(sentence, doc.times, doc.date) : undefined;
    const clauses = proposals.length > 0 ? splitClauses(text) : [];
    const taken: { start: number; end: number }[] = [];
    proposals.forEach((proposal, i) => {
      const deadline = deadlineFor(proposal.start, proposals[i + 1]?.start ?? text.length, sentence, doc.times, frame, doc.date);
      if (!deadline) return;
      const clause = clauses.find((c) => proposal.start >= c.start && proposal.start < c.end) ?? { text };
      const { start: _s, end: _e, ...rest } = proposal;
      const scope = scopeOf(clause.text, text, lead);
      targets.push({
        ...rest, metric: sentenceCase(withoutScope(rest.metric, scope), text), deadline: dueYear(deadline), scope, statement: clause.text.trim(),
        source: { document: doc.id, paragraph: blockId(sentence.block + 1), text, when: deadline.text },
      });
      taken.push(proposal);
    });
    const inTime = (at: number) => doc.times.some((t) => t.block === sentence.block && t.start - sentence.start <= at && at < t.end - sentence.start);
    const inLink = (at: number) => doc.links.some((l) => l.block === sentence.block && l.start - sentence.start <= at && at < l.end - sentence.start);
    for (const figure of findFigures(text)) {
      if (taken.some((t) => figure.start < t.end && t.start < figure.end) || inTime(figure.start) || inLink(figure.start)) continue;
      facts.push({
        id: `${doc.id.replace(/\//g, '-')}-${blockId(sentence.block + 1)}-${slugify(figure.text).slice(0, 40)}`,
        value: figure.value, unit: figure.unit, text: figure.text,
        document: doc.id, paragraph: blockId(sentence.block + 1), sentence: text,
      });
    }
  }
  return { targets, facts };
}

/** A metric that opens its sentence loses the sentence's capital ("Exports of electronics …" → "exports of …"); names keep theirs. */
function sentenceCase(metric: string, sentence: string): string {
  const first = metric.split(/\s/)[0] ?? '';
  return sentence.startsWith(first) && /^\p{Lu}\p{Ll}+$/u.test(first) ? metric.charAt(0).toLowerCase() + metric.slice(1) : metric;
}

/** Keeps the first of overlapping proposals (parsers run in priority order), sorted by position. */
function dropOverlaps(proposals: TargetProposal[]): TargetProposal[] {
  const kept: TargetProposal[] = [];
  for (const p of proposals) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}
