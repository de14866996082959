import { isValidDate } from '../../dates.ts';
import { daySpan, nearestYear } from '../calendar.ts';
import { fromPublication, referenceAt } from '../reference.ts';
import type { TimeParser } from '../types.ts';
import { DAYTIME, HAS_DIGIT, VI_WEEKDAY, WEEKDAYS } from '../words.ts';

/**
 * Day first as written in Vietnam, with one separator throughout (13/01/2025, 12.3.2025, 13-01-2025), in Vietnamese words
 * ("ngày 03 tháng 3 năm 2027"), or ISO (2025-01-13). Not part of a longer number or code: "06/2024/NĐ-CP" never matches.
 */
// A day and a month without a year only after "dated" (or "ngày") or "on", where no fraction stands: "Directive No. 12/CT-UBND dated
// 28/9", "On 18/9, the Department held a workshop", "On the morning of 13/6, the delegation visited …";
// or after a weekday's short name, as a newsletter dates its items: "CA MAU · Wed 14/10"; or in brackets after a weekday's name, which
// it dates (see the weekday parser): "On Thursday (14/4)", "Friday (ngày 12/6)", or a Vietnamese one's, as a schedule heads a day: "Thứ Hai (12/7)".
// Or in Vietnamese words, as a document's heading dates it: "ngày 03 tháng 3 năm 2027".
const NUMERIC = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2})`
  + String.raw`|(?<=\b(?:dated|ngày|[Oo]n|Mon|Tue|Wed|Thu|Fri|Sat|Sun|${DAYTIME}\s+of)\.?,?\s+`
  // (Its part of the day may come between: "On Monday morning (15/9)".)
  + String.raw`|(?:\b(?:${WEEKDAYS.join('|')})(?:\s+${DAYTIME})?|${VI_WEEKDAY})\s*\((?:ngày\s+)?)(\d{1,2})\/(\d{1,2})`
  + String.raw`|(?:[Nn]gày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+)(\d{4})`
  // (Or with dots, each part closed by one, as Finnish and German texts write it, after "on", a weekday or "the following day":
  // "on Tuesday 29.8.", "The following day, 30.8., …".)
  // (Or after "dated", its last dot left out: "Plan No. 4427/KH-UBND, dated 16.7 and signed by …".)
  + String.raw`|(?<=\b(?:[Oo]n|dated|${WEEKDAYS.join('|')})\s+|\bday,\s+)(\d{1,2})\.(\d{1,2})`
  + String.raw`(?:\.(?!\p{N})|$|(?<=\bdated\s+\d{1,2}\.\d{1,2})(?=[\s,;)])))(?![\p{L}\p{N}/-]|\.\p{N})`, 'gu');

/**
 * Numeric dates; an impossible day (31/02/2025) is not a date. A day and a month without a year take the year that puts the day
 * nearest the publication date.
 */
export const numericDateParser: TimeParser = {
  name: 'NumericDateParser',
  pattern: NUMERIC,
  needs: HAS_DIGIT,
  extract(context, m) {
    if (m[8] || m[13]) {
      const [day, month] = m[8] ? [Number(m[8]), Number(m[9])] : [Number(m[13]), Number(m[14])];
      const reference = referenceAt(context.reference, 'year');
      const year = reference && nearestYear((y) => (isValidDate({ year: y, month, day }) ? { from: { year: y, month, day }, to: { year: y, month, day } }
        : null), reference);
      if (!reference || year === null) return null;
      return { ...daySpan({ year, month, day }), inferred: [fromPublication(`year ${year}`, reference)] };
    }
    const date = m[5] ? { year: Number(m[5]), month: Number(m[6]), day: Number(m[7]) }
      : m[10] ? { year: Number(m[12]), month: Number(m[11]), day: Number(m[10]) }
      : { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
    return isValidDate(date) ? daySpan(date) : null;
  },
};
