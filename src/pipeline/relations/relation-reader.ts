import { INSTRUMENT_TYPES } from '../../schemas/entity.ts';
import type { RelationKind } from '../../schemas/relation.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { Mention } from '../extract/types.ts';
import type { Block } from '../types.ts';
import { bodyAfter, bodyBefore, ESTABLISHING, ESTABLISHING_NEXT, SET_UP_UNDER, type Body } from './bodies.ts';
import { frontedGapOk, listGapOk, objectGapOk, subjectGapOk } from './clause-gap.ts';
import { articleInfinitive, BASIS_OPENING, findCues, HAS_CUE } from './cues.ts';
import { documentInstruments, type DocumentInstruments } from './document-instruments.ts';
import { openingReference, phraseReferences } from './references.ts';
import { refOf, type Reference, type RelationCandidate } from './types.ts';

const INSTRUMENT: ReadonlySet<string> = new Set(INSTRUMENT_TYPES);
/** How much of a paragraph before a sentence is read for "Article 1." (the splitter cuts there). */
const OPENING = 16;
/** How many instruments one cue may govern ("Resolutions 20, 52 and 36"). */
const OBJECTS_MAX = 12;
/** Which of two relations one sentence states between the same instruments is kept: the most specific. */
const RANK: Record<RelationKind, number> = { establishes: 4, amends: 3, replaces: 3, supersedes: 3, implements: 2, cites: 1 };
/** Longer than any gap the tests allow (clause-gap.ts). */
const GAP_MAX = 300;
const sentenceKey = (s: Pick<Sentence, 'block' | 'start'>) => `${s.block}:${s.start}`;

/**
 * Relations between instruments that a document states, read by the shape of each sentence: an
 * instrument, a cue and the instruments it governs ("Plan No. 12 … to concretise Resolution No.
 * 57 and Resolution No. 03"), the passive ("was replaced by"), a basis put first ("To implement
 * Resolution 57, the Committee issued Plan 12"; "Pursuant to …;" on a legal page, a citation by the
 * page's own instrument), "Article 1. To establish …" (the page's own instrument), a decision that
 * sets up a body under another instrument, and phrases for an instrument ("this Decision", "the
 * plan", "It" after a sentence that opens with an instrument). Only sentences that name an instrument and pass a quick test are read; each is read in
 * one pass over its cues and instruments.
 */
export function findRelations(blocks: readonly Block[], sentences: readonly Sentence[], mentions: readonly Mention[]): RelationCandidate[] {
  const instruments = mentions.filter((m) => INSTRUMENT.has(m.type)).sort((a, b) => a.block - b.block || a.start - b.start);
  if (instruments.length === 0) return [];
  const doc = documentInstruments(blocks, instruments);
  const named = Map.groupBy(instruments, (m) => sentenceKey(m.sentence));
  const organizations = Map.groupBy(mentions.filter((m) => m.type === 'organization'), (m) => sentenceKey(m.sentence));
  const out: RelationCandidate[] = [];
  // The instrument the previous sentence of the paragraph opened with: "It" stands for it.
  let previous: { block: number; opens?: Mention } = { block: -1 };
  for (const sentence of sentences) {
    const own = named.get(sentenceKey(sentence));
    const it = previous.block === sentence.block && /^It\s/.test(sentence.text) ? previous.opens : undefined;
    previous = { block: sentence.block, opens: openingReference(sentence.text, sentence.start, sentence.block, own?.[0], doc) };
    if (!own || !HAS_CUE.test(sentence.text)) continue;
    const opening = blocks[sentence.block]?.text.slice(Math.max(0, sentence.start - OPENING), sentence.start) ?? '';
    const pronoun: Reference[] = it ? [{ start: 0, end: 2, mention: it, via: 'antecedent' }] : [];
    out.push(...readSentence(sentence, opening, [...pronoun, ...own.map(namedRef(sentence))], organizations.get(sentenceKey(sentence)) ?? [], doc));
  }
  return out;
}

/** A mention as a reference, by its offsets in its sentence. */
const namedRef = (sentence: Sentence) => (m: Mention): Reference => ({
  start: m.start - sentence.start, end: m.end - sentence.start, mention: m, via: 'named',
});

/** The relations one sentence states (`opening`: its block's text before it, "Article 1." when the splitter cut there). */
function readSentence(sentence: Sentence, opening: string, named: Reference[], organizations: Mention[], doc: DocumentInstruments): RelationCandidate[] {
  const { text } = sentence;
  // Phrases that are not part of a numbered mention ("the Plan" in "the Plan No. 12" is the mention).
  const phrases = phraseReferences(text, sentence.start, sentence.block, doc).filter((p) => {
    const next = named[firstFrom(named, p.start + 1, (r) => r.end)];
    return !next || next.start >= p.end;
  });
  const refs = phrases.length > 0 ? [...named, ...phrases].sort((a, b) => a.start - b.start) : named;
  const found = new Map<string, RelationCandidate>();
  const add = (kind: RelationKind, from: Reference, to: Reference[], cue: string, body?: Body) => {
    for (const t of to) {
      if (t.mention.key === from.mention.key) continue;
      const key = `${from.mention.block}:${from.mention.start}>${t.mention.block}:${t.mention.start}`;
      const kept = found.get(key);
      if (kept && RANK[kept.kind] >= RANK[kind]) continue;
      found.set(key, {
        kind, from: refOf(from.mention), to: refOf(t.mention), subject: from.via, object: t.via, cue: cue.trim(),
        ...(body ? { body } : {}), block: sentence.block, sentence: text,
      });
    }
  };
  const basis = BASIS_OPENING.exec(text);
  if (basis) readBasis(text, basis[1]!, basis[0].length, refs, doc, add);
  for (const cue of findCues(text)) {
    if (basis && cue.start < basis[0].length) continue;
    if (cue.order === 'passive') {
      const to = subjectBefore(refs, cue.start, text);
      const from = objectsAfter(refs, cue.end, text)[0];
      if (to && from) add(cue.kind, from, [to], cue.text);
      continue;
    }
    const objects = objectsAfter(refs, cue.end, text);
    if (objects.length === 0) continue;
    const implicit = doc.own && !(refs[0] && refs[0].end <= cue.start) && articleInfinitive(opening, text) && gapOk(text, 0, cue.start, subjectGapOk)
      ? { start: 0, end: 0, mention: doc.own, via: 'document' as const } : undefined;
    const subject = subjectBefore(refs, cue.start, text, /^(?:under|pursuant\s+to)$/i.test(cue.text)) ?? implicit ?? madeAfter(refs, objects.at(-1)!.end, text);
    if (!subject) {
      if (doc.own && cue.kind === 'implements' && cue.start === 0 && /[;,:]$/.test(text)) add('implements', ownRef(doc), objects, cue.text);
      continue;
    }
    const body = cue.kind === 'implements' ? bodySetUp(text, subject, cue.start, sentence.start, organizations) : undefined;
    const kind = body ? 'establishes' : cue.kind === 'implements' && subject.mention.type === 'report' ? 'cites' : cue.kind;
    add(kind, subject, objects, cue.text, body);
  }
  return [...found.values()];
}

type Add = (kind: RelationKind, from: Reference, to: Reference[], cue: string, body?: Body) => void;

/** "Pursuant to Resolution No. 57 …;": a basis for the instrument the sentence reports made, else a citation by the page's own instrument. */
function readBasis(text: string, cue: string, end: number, refs: Reference[], doc: DocumentInstruments, add: Add) {
  const objects = objectsAfter(refs, end, text);
  if (objects.length === 0) return;
  const made = madeAfter(refs, objects.at(-1)!.end, text);
  if (made) add('implements', made, objects, cue);
  else if (doc.own) add('cites', ownRef(doc), objects, cue);
}

const ownRef = (doc: DocumentInstruments): Reference => ({ start: 0, end: 0, mention: doc.own!, via: 'document' });

/** The instrument right before a cue, when nothing between opens another clause (`bare`: the cue is a bare "under"). */
function subjectBefore(refs: Reference[], at: number, text: string, bare = false): Reference | undefined {
  const nearest = refs[firstFrom(refs, at, (r) => r.end) - 1];
  return nearest && gapOk(text, nearest.end, at, (gap) => subjectGapOk(gap, bare)) ? nearest : undefined;
}

/** The instruments a cue governs: the first right after it, and those listed with it. */
function objectsAfter(refs: Reference[], at: number, text: string): Reference[] {
  const i = firstFrom(refs, at, (r) => r.start);
  if (i >= refs.length || !gapOk(text, at, refs[i]!.start, objectGapOk)) return [];
  const out = [refs[i]!];
  for (let j = i + 1; j < refs.length && out.length < OBJECTS_MAX && gapOk(text, refs[j - 1]!.end, refs[j]!.start, listGapOk); j++) out.push(refs[j]!);
  return out;
}

/** The instrument the sentence reports made after a fronted basis: "To implement O, the Committee issued S". */
function madeAfter(refs: Reference[], at: number, text: string): Reference | undefined {
  const next = refs[firstFrom(refs, at, (r) => r.start)];
  return next && gapOk(text, at, next.start, (gap) => frontedGapOk(gap, next.via !== 'named')) ? next : undefined;
}

/** Index of the first reference whose offset (`of`) is at or after `at` (references do not overlap: by start is by end). */
function firstFrom(refs: Reference[], at: number, of: (r: Reference) => number): number {
  let [lo, hi] = [0, refs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of(refs[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the text between two offsets passes a test; a gap longer than any test allows is not read. */
const gapOk = (text: string, from: number, to: number, ok: (gap: string) => boolean) => to - from <= GAP_MAX && ok(text.slice(from, to));

/** The body a decision sets up, when the sentence says so: "Decision 96 establishing B to implement R", "B, set up under Decision 77 to steer R". */
function bodySetUp(text: string, subject: Reference, cue: number, offset: number, organizations: Mention[]): Body | undefined {
  if (subject.end <= cue) {
    const between = text.slice(subject.end, cue);
    const verb = ESTABLISHING.exec(between);
    if (verb) return bodyAfter(text, subject.end + verb.index + verb[0].length, offset, organizations);
  } else {
    const next = ESTABLISHING_NEXT.exec(text.slice(subject.end, subject.end + 40));
    if (next) return bodyAfter(text, subject.end + next[0].length, offset, organizations);
  }
  const from = Math.max(0, subject.start - 40);
  const under = SET_UP_UNDER.exec(text.slice(from, subject.start));
  return under ? bodyBefore(text, from + under.index, offset, organizations) : undefined;
}
