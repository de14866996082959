import { isValidDate } from '../dates.ts';
import type { Sentence } from '../extract/sentences.ts';
import { daySpan, monthSpan } from '../time/calendar.ts';
import type { TimeExpression } from '../time/types.ts';
import { IN_FORCE_BEFORE } from '../time/words.ts';
import { textAfter, textBefore } from '../reach.ts';
import { sameSentence } from './sentence-links.ts';

/** A year the time stage took from the publication date. */
const INFERRED_YEAR = /^year (\d{4}) from the publication date (.+)$/;
/** Words before a bare year that make it a modifier of a noun ("the province's 2025 public investment plan"). */
const ATTRIBUTIVE_BEFORE = /(?:[’']s|\bthe|\bits|\btheir|\bthis|\bthat)\s+$/i;
/** How far around a year the words that make it a modifier are read. */
const NEAR = 12;
/** A lower-case noun after the year. */
const ATTRIBUTIVE_AFTER = /^\s+\p{Ll}/u;

/**
 * The times a sentence may date a happening with: said to be `at` (not deadlines or starts), not
 * periods of years, not a year that modifies a noun; a day or month whose year was taken from the
 * publication date but falls after it is moved to the year before when the verb is in the past
 * (`past`; "held", "signed"), and nothing after the publication date (`limit`, ISO) is kept. The day an instrument takes effect
 * on is when it starts to apply, not when anything happened.
 */
export function happeningTimes(times: readonly TimeExpression[], sentence: Sentence, limit: string, past = true): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const t of times) {
    if (!sameSentence(t.sentence, sentence) || t.relation !== 'at' || t.precision === 'period' || attributive(t) || horizon(t) || inForce(t)) continue;
    const happened = t.from > limit ? (past ? yearBefore(t) : null) : t;
    if (happened && happened.from <= limit) out.push(happened);
  }
  return out;
}

/** A time an instrument takes effect on. */
const inForce = (t: TimeExpression) => IN_FORCE_BEFORE.test(textBefore(t.sentence.text, t.start - t.sentence.start, NEAR * 2));

/** A bare year written as a noun's modifier ("its 2025 plan"). */
function attributive(t: TimeExpression): boolean {
  if (t.precision !== 'year' || !/^\d{4}$/.test(t.text)) return false;
  const offset = t.start - t.sentence.start;
  // Read within a few words of the year: the whole text before it, for each year of a long sentence, was quadratic.
  return ATTRIBUTIVE_BEFORE.test(textBefore(t.sentence.text, offset, NEAR)) && ATTRIBUTIVE_AFTER.test(textAfter(t.sentence.text, offset + t.text.length, NEAR));
}

/** Words before a bare year that make it what a thing is for or runs to: "(the city's digital plan) for 2030", "(a vision) to 2045". */
const HORIZON_BEFORE = /\b(?:for|to|towards?)\s+$/i;

/** A bare year that a thing is for or runs to (see HORIZON_BEFORE): when it is due, not when anything happened. */
const horizon = (t: TimeExpression) => t.precision === 'year' && /^\d{4}$/.test(t.text)
  && HORIZON_BEFORE.test(textBefore(t.sentence.text, t.start - t.sentence.start, NEAR));

/** The same day or month a year earlier, when its year was inferred from the publication date; else null. */
function yearBefore(t: TimeExpression): TimeExpression | null {
  const index = t.inferred.findIndex((i) => INFERRED_YEAR.test(i));
  if (index < 0 || (t.precision !== 'day' && t.precision !== 'month')) return null;
  const [, stated, reference] = INFERRED_YEAR.exec(t.inferred[index]!)!;
  const year = Number(stated) - 1;
  const [, month, day] = t.from.split('-').map(Number) as [number, number, number];
  if (t.precision === 'day' && !isValidDate({ year, month, day })) return null;
  const value = t.precision === 'day' ? daySpan({ year, month, day }) : monthSpan(year, month);
  const inferred = [...t.inferred];
  inferred[index] = `year ${year} from the publication date ${reference}, the latest such ${t.precision} on or before it`;
  return { ...t, ...value, inferred };
}

