import { z } from 'zod';
import { TimeSourceSchema } from './event.ts';

/** How a target compares its metric with its value. `top` means ranked among the first `value`. */
export const ComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', 'top']);

/** A value stated as the starting point of a target ("from 20% in 2020"). */
export const BaselineSchema = z.object({
  value: z.number().describe('The baseline value, in the target\'s unit.'),
  year: z.number().int().nullable().describe('Year of the baseline, when stated.'),
  text: z.string().describe('The baseline as written.'),
});

/** The value a local target is set against, stated beside it ("(compared with 25% nationally)"). */
export const BenchmarkSchema = z.object({
  value: z.number().describe('The benchmark value, in the target\'s unit.'),
  text: z.string().describe('The benchmark as written, without its brackets.'),
});

/** A figure stated for a target's metric: its baseline, or a value a text reports, with its date and source. */
export const TargetFigureSchema = z.object({
  kind: z.enum(['baseline', 'reported']).describe('baseline: the starting value a target states; reported: a value a text reports for the metric.'),
  value: z.number().describe('The value, in the target\'s unit.'),
  date: z.string().describe('When it held, ISO as precise as known (a year for a baseline "in 2024").'),
  text: z.string().describe('The figure as written.'),
  fact: z.string().nullable().describe('Id of the fact in facts.json, for a reported value.'),
  document: z.string().describe('Document id.'),
  paragraph: z.string().describe('Paragraph id (`p-N`).'),
  sentence: z.string().describe('The sentence, verbatim.'),
});
/** A figure of a target's progress. */
export type TargetFigure = z.infer<typeof TargetFigureSchema>;

/** A policy target: a metric, a value and a deadline, merged across the texts that state it. */
export const TargetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable id and URL path under /targets/: a slug of the metric, the scope and the deadline.'),
  metric: z.string().describe('What is measured ("digital economy share of GDP"); for a qualitative goal, the goal itself.'),
  comparator: ComparatorSchema.nullable().describe('>=: at least; >: over; <=: at most; <: under; =: equal to or reaching; top: among the first `value`. Null '
    + 'for a qualitative goal.'),
  value: z.number().nullable().describe('The number the metric is compared with; null for a qualitative goal.'),
  max: z.number().nullable().describe('Top of a range ("25-30%": value 25, max 30); null for a single value.'),
  unit: z.string().nullable().describe('Unit of value: "%", "% of GDP", "enterprises", "rank among countries in Southeast Asia" …; null when none.'),
  deadline: z.number().int().describe('Year by which the target is due.'),
  baseline: BaselineSchema.nullable().describe('The starting value, when a text states one.'),
  benchmark: BenchmarkSchema.nullable().describe('The national or required value a local target is set against, when a text states one.'),
  scope: z.string().describe('Where it applies: "Vietnam" for national targets, else a province or city.'),
  qualitative: z.boolean().describe('True for a goal without a value ("a developed, high-income country").'),
  statement: z.string().describe('The target as the first source words it.'),
  sources: z.array(TimeSourceSchema).describe('Every sentence that states it, in document order.'),
  conflicts: z.array(z.string()).describe('Ids of targets for the same metric, scope and deadline with another value or comparator.'),
  figures: z.array(TargetFigureSchema).describe('Figures the texts state for the same metric and scope (baselines and values reported), by date: the progress '
    + 'toward the target as reported by the texts, not an official assessment.'),
});
/** A target. */
export type Target = z.infer<typeof TargetSchema>;
/** How a target compares. */
export type Comparator = z.infer<typeof ComparatorSchema>;

/** A number a text states that is not a target (a count, a share, a level reached), kept with its source. */
export const FactSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable id.'),
  value: z.number().describe('The number.'),
  unit: z.string().nullable().describe('What it counts or its unit ("connection points", "% of GDP").'),
  text: z.string().describe('The figure as written, with its qualifier ("less than 0.7% of GDP").'),
  metric: z.string().nullable().describe('What the figure measures, read like a target\'s metric ("digital economy share of GDP"); null when the sentence '
    + 'does not say.'),
  date: z.string().nullable().describe('When the figure held, ISO as precise as known: the past time its sentence states, else the publication date; null '
    + 'when neither is known.'),
  dated: z.enum(['sentence', 'publication']).nullable().describe('Where `date` comes from: a time the sentence states, or the document\'s publication date.'),
  scope: z.string().describe('Where it applies, as for targets: "Vietnam", or a province or city.'),
  document: z.string().describe('Document id.'),
  paragraph: z.string().describe('Paragraph id (`p-N`).'),
  sentence: z.string().describe('The sentence, verbatim.'),
});
/** A stated figure. */
export type Fact = z.infer<typeof FactSchema>;
