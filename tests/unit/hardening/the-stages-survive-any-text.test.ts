import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/build.ts';
import { PROSE_SENTENCE, runStages, timeStages } from '../../../src/bench/stages.ts';
import type { TargetCandidate } from '../../../src/pipeline/targets/find-targets.ts';

/** Pieces that look like what the stages match, so that random texts reach their deeper paths. */
const FRAGMENTS = [
  'Resolution No. 57-NQ/TW', 'Decision 1131/QĐ-TTg', 'Law No. 93/2025/QH15', 'General Secretary Tô Lâm', 'To Lam said',
  'the Politburo', 'on 22 December 2024', 'December 22, 2024', 'by 2030', 'in 2045', 'Q2/2025', 'from 2026 onwards',
  'will reach 30% of GDP', 'at least 50,000', 'ranks among the top 3', '(', ')', '[', ']', '"', '“', '”', ':', ';', ', ', '. ',
  '\n', '\n\n', '\r\n', '\t', '  ', '|', ' > ', '·', 'Photo: VNA', 'Home', '-', '=', '%', '1,000,000', '2.5', '0',
  'Plan No. 12/KH-UBND', 'No. 518/QĐ-UBND', ' to implement ', 'Pursuant to ', 'Article 1. To establish the Steering Committee ',
  ' was replaced by ', 'This Decision replaces ', ' the plan ', 'It ', "the Politburo's resolution", ' set up under ',
];
/** Characters that break naive text handling: combining marks, bidi controls, zero-width, a lone and a paired surrogate. */
const ODD = ['\u0301', '\u0323', '\u202E', '\u202B', '\u200F', '\u200B', '\u200D', '\uFEFF', '\uD800', '\uDC00', '😀', '𝔸', '\u0007', '\u00A0', '\u2028'];

/** A text of random Unicode, odd characters and fragments of policy prose. */
const text = fc.array(fc.oneof(
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD), weight: 2 },
  // Any code point but NUL, which makes ingest skip the file as binary before any stage reads it.
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replaceAll('\0', '')), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
), { maxLength: 400, size: 'max' }).map((pieces) => pieces.join(''));

describe('the per-text stages, fed any text', () => {
  it('never throw: clean, metadata, entities, relations, dates, events and targets', () => {
    let read = 0;
    fc.assert(fc.property(text, (t) => { if (timeStages(t)) read += 1; }), { numRuns: 200 });
    // Most texts must get past ingest, or this would test nothing.
    expect(read).toBeGreaterThan(150);
    // (200 texts of up to 400 pieces take about 4 s here: the default 5 s left no room on a loaded machine. Speed is the
    // linear-time test's and the benchmark's to judge.)
  }, 30_000);

  it('never throw when a whole corpus of such texts is built, across texts too', () => {
    const corpus = fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), text), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(corpus, (texts) => {
      const result = buildCorpus(texts.map(([name, t], i) => ({ path: `seeds/${name}-${i}.txt`, bytes: new TextEncoder().encode(t) })));
      expect(result.documents.length).toBeLessThanOrEqual(texts.length);
    }), { numRuns: 60 });
    // (60 corpora take 3 to 4 s here alone, and took 5.9 s in a loaded CI run: the default 5 s timed out. This test is about
    // throwing; speed is the linear-time test's and the benchmark's to judge.)
  }, 30_000);

  it('read a text of two hundred thousand one-word lines, each between blank lines', () => {
    // Its widest line was once found with Math.max(...lines), whose arguments overflow the call stack.
    expect(timeStages(Array.from({ length: 200_000 }, (_, i) => `w${i}`).join('\n\n'))).toBeTruthy();
  }, 30_000);

  // Every stage used to read each sentence against the whole paragraph (25 s for entities, events and targets). How long the
  // stages take is the benchmark's to print (`npm run bench -- --paragraph`); that they stay linear on such a paragraph, the
  // linear-time test's to judge. This one judges that every sentence of the megabyte is read as it is read alone.
  it('read a paragraph of a megabyte of prose, with no line break, every sentence of it as if alone', () => {
    const paragraph = PROSE_SENTENCE.repeat(Math.ceil((1 << 20) / PROSE_SENTENCE.length));
    const sentences = paragraph.length / PROSE_SENTENCE.length;
    const alone = runStages(PROSE_SENTENCE)!;
    const all = runStages(paragraph)!;
    expect(alone.mentions.length * alone.events.length * alone.targets.length).toBeGreaterThan(0);
    expect([all.mentions.length, all.events.length, all.targets.length])
      .toEqual([alone.mentions, alone.events, alone.targets].map((found) => found.length * sentences));
    // (The last sentence's facts too: the same target, read from the paragraph's end.)
    const fact = (t: TargetCandidate) => [t.metric, t.comparator, t.value, t.unit, t.deadline, t.scope, t.benchmark];
    expect(fact(all.targets.at(-1)!)).toEqual(fact(alone.targets[0]!));
  }, 30_000);
});
