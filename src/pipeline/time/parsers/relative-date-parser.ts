import { addDays, daySpan } from '../calendar.ts';
import { referenceAt, relativeToPublication } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { DAYTIME } from '../words.ts';

/** "today", "tonight", "this morning", "yesterday", "tomorrow", optionally with a part of the day ("yesterday afternoon"). */
const RELATIVE_DAY = new RegExp(
  `\\b(?:([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:\\s+${DAYTIME})?|[Tt]his\\s+(?:morning|afternoon|evening))\\b`,
  'g',
);
const SHIFT: Record<string, number> = { yesterday: -1, tomorrow: 1 };

/** Days named relative to the publication date, which must be known to the day. */
export const relativeDateParser: TimeParser = {
  name: 'ENRelativeDateParser',
  pattern: RELATIVE_DAY,
  extract(context, m) {
    const reference = referenceAt(context.reference, 'day');
    if (!reference) return null;
    const shift = SHIFT[(m[1] ?? '').toLowerCase()] ?? 0;
    return { ...daySpan(addDays(reference.from, shift)), inferred: [relativeToPublication(reference)] };
  },
};
