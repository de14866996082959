import { z } from 'zod';
import { fold } from '../pipeline/extract/fold.ts';
import type { Entity } from '../schemas/entity.ts';
import { INSTRUMENT_TYPES } from '../schemas/entity.ts';

/** The types scored separately; every numbered instrument counts as `instrument`. */
export const SCORED_TYPES = ['person', 'instrument', 'organization', 'law', 'programme'] as const;
type ScoredType = (typeof SCORED_TYPES)[number];

/** The gold annotation of one text. */
export const GoldDocumentSchema = z.strictObject({
  file: z.string(),
  person: z.array(z.strictObject({ name: z.string(), roles: z.array(z.string()) })).default([]),
  instrument: z.array(z.string()).default([]),
  organization: z.array(z.string()).default([]),
  law: z.array(z.string()).default([]),
  programme: z.array(z.string()).default([]),
});
/** A gold-annotated text. */
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

/** Counts and the items behind them. */
export interface Tally {
  truePositives: number;
  misses: string[];
  falseHits: string[];
}

/** Scores of one run against a gold set: per type, and for roles. */
export interface Scores {
  types: Record<ScoredType, Tally>;
  roles: Tally;
}

const scoredType = (type: string): ScoredType => ((INSTRUMENT_TYPES as readonly string[]).includes(type) ? 'instrument' : (type as ScoredType));
const forms = (e: Entity) => new Set([e.name, ...e.aliases].map(fold));

/**
 * Compares the entities found in each text with the gold annotation: a gold item is found when
 * an entity of its type in that text has its name among its name and aliases (folded); every
 * other entity in the text is a false hit. Roles are compared likewise, per person and text.
 */
export function score(gold: GoldDocument[], entities: Entity[], documentIdOf: (file: string) => string | undefined): Scores {
  const empty = (): Tally => ({ truePositives: 0, misses: [], falseHits: [] });
  const scores: Scores = { types: Object.fromEntries(SCORED_TYPES.map((t) => [t, empty()])) as Record<ScoredType, Tally>, roles: empty() };
  for (const doc of gold) {
    const id = documentIdOf(doc.file);
    const found = entities.filter((e) => id !== undefined && e.documents.includes(id));
    const matched = new Set<string>();
    for (const type of SCORED_TYPES) {
      const tally = scores.types[type];
      const items = type === 'person' ? doc.person.map((p) => p.name) : doc[type];
      for (const name of items) {
        const hit = found.find((e) => scoredType(e.type) === type && forms(e).has(fold(name)));
        if (hit) { tally.truePositives++; matched.add(hit.id); } else tally.misses.push(`${doc.file}: ${name}`);
      }
      for (const e of found) if (scoredType(e.type) === type && !matched.has(e.id)) tally.falseHits.push(`${doc.file}: ${e.name}`);
    }
    for (const person of doc.person) {
      const hit = found.find((e) => e.type === 'person' && forms(e).has(fold(person.name)));
      const predicted = hit?.type === 'person' ? hit.roles.filter((r) => r.document === id).map((r) => fold(r.title)) : [];
      const wanted = person.roles.map(fold);
      for (const role of person.roles) {
        if (predicted.includes(fold(role))) scores.roles.truePositives++;
        else scores.roles.misses.push(`${doc.file}: ${person.name}: ${role}`);
      }
      for (const role of new Set(predicted)) if (!wanted.includes(role)) scores.roles.falseHits.push(`${doc.file}: ${person.name}: ${role}`);
    }
  }
  return scores;
}

/** Precision, recall and F1 of a tally (1 when there is nothing to find and nothing was found). */
export function metrics({ truePositives: tp, misses, falseHits }: Tally) {
  const precision = tp + falseHits.length === 0 ? 1 : tp / (tp + falseHits.length);
  const recall = tp + misses.length === 0 ? 1 : tp / (tp + misses.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
