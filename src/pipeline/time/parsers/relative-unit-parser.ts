import { addDays, isoWeekSpan, monthSpan, yearSpan } from '../calendar.ts';
import { referenceAt, relativeToPublication, type ReferencePrecision } from '../reference.ts';
import type { TimeParser, TimeValue } from '../types.ts';

/**
 * "last week", "this month", "next year"; not "the next year" or "the last year of the plan". "(by) the end of the year" is
 * this year's end, and "the year's target" this year's: the year a text is written in. "(by) the end of the decade" is the year that
 * ends its decade.
 */
const RELATIVE_UNIT = new RegExp(String.raw`(?<!\b[Tt]he\s+)\b([Ll]ast|[Tt]his|[Nn]ext)\s+(week|month|year)\b|(?<=\bend\s+of\s+)(the)\s+(year)\b(?!\s+\d)`
  // "against the year's target of 12,000" (a figure right after): the year a text is written in.
  + String.raw`|(?<=\b[Tt]he\s+)(year)(?=[’']s\s+(?:target|goal|plan|objective)\s+(?:is|was|of)\s+(?:[a-z]+\s+){0,3}?\d)`
  // "by the end of the decade": the year that ends the text's decade (2030 for a text of 2026).
  + String.raw`|(?<=\bend\s+of\s+the\s+)(decade)\b`
  // "(against a target of 95%) for the year": the year a text is written in.
  + String.raw`|(?<=\b(?:target|goal)\s+of\s+[^,;.]{1,30}?\s+for\s+the\s+)(year)\b(?!\s+\d|[’']s)`
  // "(aims) in this campaign (to:)", "in this census": a campaign or a census a notice runs is of the year it is written in.
  + String.raw`|(?<=\b(?:in|during|for)\s+this\s+)(campaign|census)\b`, 'g');
const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
const NEEDS: Record<string, ReferencePrecision> = { week: 'day', month: 'month', year: 'year', decade: 'year' };

/** A week, month or year relative to the publication date, known at least as precisely as the unit. */
export const relativeUnitParser: TimeParser = {
  name: 'ENRelativeUnitParser',
  pattern: RELATIVE_UNIT,
  extract(context, m) {
    const unit = (m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? (m[8] ? 'year' : undefined))!;
    const reference = referenceAt(context.reference, NEEDS[unit]!);
    if (!reference) return null;
    const shift = SHIFT[(m[1] ?? 'this').toLowerCase()]!;
    const { year, month } = reference.from;
    let span: TimeValue;
    if (unit === 'week') span = isoWeekSpan(addDays(reference.from, 7 * shift));
    else if (unit === 'month') span = monthSpan(year + Math.floor((month - 1 + shift) / 12), ((month - 1 + shift + 12) % 12) + 1);
    else if (unit === 'decade') span = yearSpan(Math.ceil(year / 10) * 10);
    else span = yearSpan(year + shift);
    return { ...span, inferred: [relativeToPublication(reference)] };
  },
};
