import { isoDate, isValidDate } from '../dates.ts';
import { lastDayOfMonth, type DaySpan } from './calendar.ts';

/** How precisely a publication date is known. */
export type ReferencePrecision = 'day' | 'month' | 'year';

/** The publication date that anchors partial and relative expressions, read as a span. */
export interface Reference extends DaySpan {
  /** As given (`2025-01-13`, `2025-01`, `2025`). */
  iso: string;
  precision: ReferencePrecision;
}

const RANK: Record<ReferencePrecision, number> = { year: 0, month: 1, day: 2 };

/** Reads an ISO publication date (day, month or year), or null when there is none or it is not a date. */
export function readReference(reference: string | null): Reference | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(reference ?? '');
  if (!m || !reference) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && !isValidDate({ year, month: month!, day })) return null;
  const precision: ReferencePrecision = day ? 'day' : month ? 'month' : 'year';
  const from = { year, month: month ?? 1, day: day ?? 1 };
  const to = { year, month: month ?? 12, day: day ?? lastDayOfMonth(year, month ?? 12) };
  return { iso: reference, precision, from, to };
}

/** The last day a publication date covers, ISO (`2025-01` → `2025-01-31`), or null when there is none. */
export function publicationEnd(reference: string | null): string | null {
  const read = readReference(reference);
  return read ? isoDate(read.to) : null;
}

/** The reference when it is known at least as precisely as `needed`, else null. */
export function referenceAt(reference: string | null, needed: ReferencePrecision): Reference | null {
  const read = readReference(reference);
  return read && RANK[read.precision] >= RANK[needed] ? read : null;
}

/** How an unstated part was taken from the publication date: "year 2024 from the publication date 2025-01-02". */
export const fromPublication = (part: string, reference: Reference): string => `${part} from the publication date ${reference.iso}`;

/** How a relative expression was anchored: "relative to the publication date 2025-01-13". */
export const relativeToPublication = (reference: Reference): string => `relative to the publication date ${reference.iso}`;
