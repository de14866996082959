import { z } from 'zod';

/** How precisely a date is known. */
export const TimePrecisionSchema = z.enum(['day', 'week', 'month', 'quarter', 'half', 'year', 'period']);

/** A sentence an event, milestone or target was read from. */
export const TimeSourceSchema = z.object({
  document: z.string().describe('Document id.'),
  paragraph: z.string().describe('Paragraph id on the document page (`p-N`).'),
  text: z.string().describe('The source sentence, verbatim.'),
  when: z.string().describe('The time expression as the sentence writes it ("the morning of December 30", "by Q2 2025").'),
});

/** What each kind of event on the timeline means, one line each; the keys are the kinds, in display order. */
export const EVENT_KIND_MEANINGS = {
  meeting: 'A meeting, session, conference, press conference or congress held.',
  remarks: 'A leader delivering remarks, a speech or an address at an occasion.',
  instrument: 'An instrument (resolution, decision, plan, circular, dispatch …) issued or promulgated.',
  signed: 'An instrument signed by the official who signs it.',
  passed: 'A law or resolution passed by a vote of an assembly or council.',
  adopted: 'An instrument adopted by a body or its deputies or delegates.',
  approved: 'An instrument, plan or project approved (by a council, a session or a leader).',
  concluded: 'Conclusions announced: a Conclusion issued, or a Notice conveying the conclusions of a meeting.',
  establishment: 'A body established, formed or merged.',
  milestone: 'Something due by the date.',
  other: 'Any other dated happening.',
} as const;

/** Kinds of event on the timeline (see EVENT_KIND_MEANINGS). */
export const EventKindSchema = z.enum([
  'meeting', 'remarks', 'instrument', 'signed', 'passed', 'adopted', 'approved', 'concluded', 'establishment', 'milestone', 'other',
]);

/** A dated happening, or a milestone due by a date, merged across the texts that report it. */
export const EventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('Stable id and URL path under /events/: the date and a slug of the title.'),
  kind: EventKindSchema.describe(Object.entries(EVENT_KIND_MEANINGS).map(([k, v]) => `${k}: ${v}`).join(' ')),
  title: z.string().describe('A short title taken from the source sentence.'),
  date: z.string().describe('ISO 8601 as precise as known: 2025-01-13, 2025-W03, 2025-01, 2025-Q2, 2025-H1, 2025, or 2026/2030 for a period.'),
  precision: TimePrecisionSchema.describe('Precision of date.'),
  from: z.string().describe('First day the date covers (ISO).'),
  to: z.string().describe('Last day the date covers (ISO); a milestone is due by this day.'),
  inferred: z.array(z.string()).describe('Parts of the date that no text states, each with how it was inferred; empty when stated.'),
  place: z.string().nullable().describe('Where it happened, as a text names it; null when no text says.'),
  participants: z.array(z.string()).describe('Ids of the people and organizations taking part (entities).'),
  entities: z.array(z.string()).describe('Ids of every entity named in the source sentences (instruments issued, bodies formed …).'),
  sources: z.array(TimeSourceSchema).describe('Every sentence that reports it, in document order.'),
});
/** An event or milestone. */
export type Event = z.infer<typeof EventSchema>;
/** Kind of an event. */
export type EventKind = z.infer<typeof EventKindSchema>;
/** One source sentence of an event, milestone or target. */
export type TimeSource = z.infer<typeof TimeSourceSchema>;
