import { isValidDate } from '../../dates.ts';
import { daySpan } from '../calendar.ts';
import type { TimeParser } from '../types.ts';
import { HAS_DIGIT } from '../words.ts';

/**
 * Day first as written in Vietnam, with one separator throughout (13/01/2025, 12.3.2025, 13-01-2025),
 * or ISO (2025-01-13). Not part of a longer number or code: "06/2024/NĐ-CP" never matches.
 */
const NUMERIC = /(?<![\p{L}\p{N}/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\p{L}\p{N}/-]|\.\p{N})/gu;

/** Numeric dates; an impossible day (31/02/2025) is not a date. */
export const numericDateParser: TimeParser = {
  name: 'NumericDateParser',
  pattern: NUMERIC,
  needs: HAS_DIGIT,
  extract(_context, m) {
    const date = m[5]
      ? { year: Number(m[5]), month: Number(m[6]), day: Number(m[7]) }
      : { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
    return isValidDate(date) ? daySpan(date) : null;
  },
};
