import { z } from 'zod';
import { fold } from '../pipeline/extract/fold.ts';
import type { Event } from '../schemas/event.ts';
import type { Target } from '../schemas/target.ts';
import type { Tally } from './score.ts';

const Words = z.array(z.string()).min(1).describe('Words the title (events) or metric (targets) must contain, folded.');
const GoldEventSchema = z.strictObject({ date: z.string(), precision: z.string(), words: Words, documents: z.array(z.string()).min(1) });
const GoldTargetSchema = z.strictObject({
  words: Words, comparator: z.string().nullable(), value: z.number().nullable(), unit: z.string().nullable(),
  deadline: z.number().int(), scope: z.string().default('Vietnam'), documents: z.array(z.string()).min(1),
});

/** The gold timeline of a set of texts: its events, milestones and targets, each with the texts that state it. */
export const GoldTimelineSchema = z.strictObject({
  files: z.array(z.string()).min(1),
  events: z.array(GoldEventSchema).default([]),
  milestones: z.array(GoldEventSchema).default([]),
  targets: z.array(GoldTargetSchema).default([]),
});
/** A gold timeline. */
export type GoldTimeline = z.infer<typeof GoldTimelineSchema>;

/** Scores of a timeline: items found (right values), and their sources found (merged across texts). */
export interface TimelineScores {
  events: Tally;
  eventSources: Tally;
  milestones: Tally;
  milestoneSources: Tally;
  targets: Tally;
  targetSources: Tally;
}

const has = (text: string, words: string[]) => words.every((w) => fold(text).includes(fold(w)));
const empty = (): Tally => ({ truePositives: 0, misses: [], falseHits: [] });

/**
 * Compares a pipeline's events, milestones and targets with the gold timeline. An event or
 * milestone is found when one has its date, precision and title words; a target when one has
 * its deadline, comparator, value, unit, scope and metric words. Each gold item must be found
 * once: a second match (an event not merged) is a false hit, as is any item matching nothing.
 * Sources are scored per gold item and text. `idOf` maps a file to its document id.
 */
export function scoreTimeline(gold: GoldTimeline, events: Event[], targets: Target[], idOf: (file: string) => string | undefined): TimelineScores {
  const scores: TimelineScores = {
    events: empty(), eventSources: empty(), milestones: empty(), milestoneSources: empty(), targets: empty(), targetSources: empty(),
  };
  const tallyItems = <G extends { documents: string[] }, P extends { id: string; sources: { document: string }[] }>(
    golds: G[], predicted: P[], matches: (g: G, p: P) => boolean, describe: (g: G) => string, items: Tally, sources: Tally,
  ) => {
    const used = new Set<string>();
    for (const g of golds) {
      const hits = predicted.filter((p) => matches(g, p));
      if (hits.length === 0) items.misses.push(describe(g));
      else items.truePositives++;
      hits.slice(1).forEach((p) => { items.falseHits.push(`${describe(g)} (not merged: ${p.id})`); used.add(p.id); });
      hits.slice(0, 1).forEach((p) => used.add(p.id));
      const found = new Set(hits.flatMap((p) => p.sources.map((s) => s.document)));
      for (const file of g.documents) {
        if (found.has(idOf(file) ?? file)) sources.truePositives++;
        else sources.misses.push(`${describe(g)}: ${file}`);
      }
    }
    for (const p of predicted) if (!used.has(p.id)) items.falseHits.push(p.id);
  };
  const dated = (g: z.infer<typeof GoldEventSchema>, e: Event) => e.date === g.date && e.precision === g.precision && has(e.title, g.words);
  const describeEvent = (g: z.infer<typeof GoldEventSchema>) => `${g.date} ${g.words.join(' ')}`;
  tallyItems(gold.events, events.filter((e) => e.kind !== 'milestone'), dated, describeEvent, scores.events, scores.eventSources);
  tallyItems(gold.milestones, events.filter((e) => e.kind === 'milestone'), dated, describeEvent, scores.milestones, scores.milestoneSources);
  tallyItems(gold.targets, targets, (g, t) => t.deadline === g.deadline && t.comparator === g.comparator && t.value === g.value
    && t.unit === g.unit && t.scope === g.scope && has(t.metric, g.words),
  (g) => `${g.deadline} ${g.words.join(' ')} ${g.comparator ?? ''}${g.value ?? ''}${g.unit ?? ''}`, scores.targets, scores.targetSources);
  return scores;
}
