import { blockId } from '../block-id.ts';
import { publicationEnd } from '../time/reference.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { TimeExpression } from '../time/types.ts';
import { once } from '../once.ts';
import { textAfter, textBefore } from '../reach.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { clauseAt, splitClauses, type Clause } from './clauses.ts';
import { cutAt, tidyTitle } from './event-title.ts';
import { entityIds, linksIn } from './sentence-links.ts';
import type { DocumentTimeline, EntityLookup, EventCandidate } from './types.ts';

/** Verbs and nouns of getting something done. */
const DONE = new RegExp(String.raw`\b(?:complet(?:e|ed|es|ing|ion)|finali[sz](?:e|ed|ing)|issu(?:e|ed|ing|ance)|establish(?:ed|ing|ment)?`
  + String.raw`|launch(?:ed|ing)?|review(?:ed|ing)?|adopt(?:ed|ing)?|submit(?:ted)?|reorgani[sz](?:e|ed|ing|ation)|finish(?:ed)?`
  + String.raw`|put into (?:operation|practice|use)|amend(?:ed|ment)|promulgat(?:e|ed|ion)|set up|operational)\b`, 'i');
/** A perfect ("has completed", "had been issued"): what is already done, not due. */
const PERFECT = /\b(?:has|have|had)\s+(?:been\s+|already\s+)?\p{Ll}+(?:ed|en)\b/u;
/** A clause that states a measured target is a target, not a milestone. */
const TARGET_SHAPE = /\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per cent\b)|\b(?:at least|more than|over|above|top)\s+\d/i;
/** Where a milestone's title ends: a participle or purpose clause. */
const TITLE_END = /,\s+\p{Ll}+ing\b|\s+(?:to ensure|in order to|so that|according to|to remove|to facilitate|to serve)\b|,\s+(?:and|while)\s|[.!?]$|$/u;
/** Words before a time expression that make a title of their own. */
const MIN_CLAUSE_WORDS = 4;
/** Longest milestone title, in words. */
const MAX_TITLE_WORDS = 20;
/** Reporting words that open a clause without belonging to the milestone. */
const OPENER = new RegExp(String.raw`^(?:.*?\b(?:urged|asked|requested|proposed|called on|called for|suggested|directed|instructed|demanded`
  + String.raw`|said)\s+(?:that\s+)?|(?:it is (?:crucial|urgent|necessary) to\s+)|as soon as possible,?\s*)+`, 'iu');


/**
 * Milestones a document sets: a clause with a deadline ("by Q2 2025") or a date still to come
 * ("In the first quarter of 2025, complete …"), a verb of getting something done, and no measured
 * target. The title is the clause without its date; "This index" is named from the sentence before.
 * A date merely named is not due in a clause in the perfect ("has completed … for the first half")
 * or in a sentence that reports a past happening (`reported`: source sentences of the document's events).
 */
export function findMilestones(doc: DocumentTimeline, entities: EntityLookup, reported: ReadonlySet<string> = new Set()): EventCandidate[] {
  const out: EventCandidate[] = [];
  const published = publicationEnd(doc.date) ?? '0000-00-00';
  // What is read of each sentence and clause is kept for its next times (they come in order): a sentence of
  // thousands of dates was split, and each clause read, once for each.
  let split: { sentence: TimeExpression['sentence']; clauses: Clause[] } | undefined;
  const shapes = new Map<Clause, { done: () => boolean; target: () => boolean; perfect: () => boolean }>();
  const shapeOf = (c: Clause) => shapes.get(c) ?? shapes.set(c, {
    done: once(() => DONE.test(c.text)), target: once(() => TARGET_SHAPE.test(c.text)), perfect: once(() => PERFECT.test(c.text)),
  }).get(c)!;
  let sentencesOf: Map<number, Sentence[]> | undefined;
  for (const time of doc.times) {
    if (time.precision === 'period' || time.precision === 'week') continue;
    if (time.relation !== 'by' && !(time.relation === 'at' && time.to > published && !reported.has(time.sentence.text))) continue;
    const sentence = time.sentence;
    const offset = time.start - sentence.start;
    if (split?.sentence !== sentence) split = { sentence, clauses: splitClauses(sentence.text) };
    const clause = clauseAt(split.clauses, offset);
    if (!clause || !shapeOf(clause).done() || shapeOf(clause).target()) continue;
    if (time.relation === 'at' && shapeOf(clause).perfect()) continue;
    const title = milestoneTitle(clause.text, time, offset - clause.start, () => (sentencesOf ??= Map.groupBy(doc.sentences, (s) => s.block)));
    if (!title) continue;
    const links = linksIn(doc.links, sentence, sentence.start + clause.start, sentence.start + clause.end);
    out.push({
      kind: 'milestone', title: tidyTitle(title, MAX_TITLE_WORDS), quality: 1, time, place: null,
      participants: entityIds(links.filter((l) => ['person', 'organization'].includes(entities.get(l.entity)?.type ?? ''))),
      entities: entityIds(links),
      source: { document: doc.id, paragraph: blockId(sentence.block + 1), text: sentence.text, when: time.text },
    });
  }
  return out;
}

/**
 * What is due: the words before the time expression when they make a clause ("The plan includes
 * establishing …, and … by 2025"), else the words after it cut before purpose and participle
 * clauses ("In Q1 2025, complete the reorganization …, focusing …"); reporting words dropped.
 */
function milestoneTitle(clause: string, time: TimeExpression, at: number, sentencesOf: () => Map<number, Sentence[]>): string {
  // Within REACH of the time (see reach.ts): a clause of many dates was read whole for each.
  const before = textBefore(clause, at).replace(/[\s,]*(?:(?:in|on|by|during|before|until)\s*)?$/i, '').replace(OPENER, '').trim();
  const after = textAfter(clause, at + time.text.length).replace(/^[\s,]+/, '').replace(OPENER, '');
  const title = before.split(/\s+/).length >= MIN_CLAUSE_WORDS ? before : cutAt(after, TITLE_END);
  return nameAnaphor(title.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, ''), time, sentencesOf);
}

/** "This index needs …" → "Monitoring and Evaluation Index needs …", from a capitalized name ending in that noun in the sentence before. */
function nameAnaphor(title: string, time: TimeExpression, sentencesOf: () => Map<number, Sentence[]>): string {
  const m = /^(?:this|the|that)\s+(\p{L}+)\b/iu.exec(title);
  if (!m) return title;
  // The block's sentences are in order, and do not overlap: the last to end before this one is found by binary search.
  const inBlock = sentencesOf().get(time.block) ?? [];
  const before = inBlock[firstAtLeast(inBlock, time.sentence.start + 1, (s) => s.end) - 1] ?? sentencesOf().get(time.block - 1)?.at(-1);
  const noun = m[1]!;
  const head = `[${noun[0]!.toUpperCase()}${noun[0]!.toLowerCase()}]${noun.slice(1)}`;
  const name = before && new RegExp(`((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:and|of|for|the)\\s+)?)+${head})\\b`, 'u').exec(before.text);
  return name && name[1]!.split(/\s+/).length > 1 ? `${name[1]}${title.slice(m[0].length)}` : title;
}
