import { periodSpan } from '../calendar.ts';
import { referenceAt, relativeToPublication } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { COUNT, countNumber } from '../words.ts';

/** "the following five years", "the next 10 years", "the coming two decades", "the past five years". */
const RELATIVE_PERIOD = new RegExp(
  `\\b(?:[Tt]he\\s+)?(next|following|coming|upcoming|past|last|previous)\\s+${COUNT}\\s+(years|decades?)\\b`,
  'gi',
);
const FORWARD = new Set(['next', 'following', 'coming', 'upcoming']);

/** A number of years ahead of (or back from) the publication year: five years from 2025 is 2025/2030. */
export const relativePeriodParser: TimeParser = {
  name: 'ENRelativePeriodParser',
  pattern: RELATIVE_PERIOD,
  needs: /years|decade/i,
  extract(context, m) {
    const reference = referenceAt(context.reference, 'year');
    const years = countNumber(m[2]!) * (m[3]!.toLowerCase().startsWith('decade') ? 10 : 1);
    if (!reference || !years) return null;
    const year = reference.from.year;
    const span = FORWARD.has(m[1]!.toLowerCase()) ? periodSpan(year, year + years) : periodSpan(year - years, year);
    return { ...span, inferred: [relativeToPublication(reference)] };
  },
};
