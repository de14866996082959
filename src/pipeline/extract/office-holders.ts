import { office } from './title-reference-parser.ts';
import type { Mention } from './types.ts';

/** The day number of an ISO date (a month or year counts from its first day); NaN without one. */
const day = (iso: string | null) => (iso ? Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7) || 1) - 1, Number(iso.slice(8, 10) || 1)) / 864e5 : NaN);

/** The holders of one office: the first key (in string order) named on each day, days sorted, and the first key of all. */
interface Holders {
  days: number[];
  keyOn: Map<number, string>;
  first: string;
}

/**
 * Who holds an office at a date: of the people texts name with that title (not as former
 * holders), the one named by the text nearest in date; on a tie, or when no date can be
 * compared, the first key in string order. Sorted by day once, so each lookup is a binary search.
 */
export function officeHolders(documents: { date: string | null; mentions: Mention[] }[]): (office: string, date: string | null) => string | undefined {
  const named = new Map<string, { key: string; day: number }[]>();
  for (const doc of documents) for (const m of doc.mentions) {
    if (m.type !== 'person' || m.via !== 'name') continue;
    for (const role of m.roles ?? []) {
      if (/^former\b/i.test(role)) continue;
      const list = named.get(office(role));
      if (list) list.push({ key: m.key, day: day(doc.date) });
      else named.set(office(role), [{ key: m.key, day: day(doc.date) }]);
    }
  }
  const holders = new Map<string, Holders>();
  for (const [title, list] of named) {
    const keyOn = new Map<number, string>();
    let first = list[0]!.key;
    for (const { key, day: d } of list) {
      if (key < first) first = key;
      if (Number.isNaN(d)) continue;
      const other = keyOn.get(d);
      if (other === undefined || key < other) keyOn.set(d, key);
    }
    holders.set(title, { days: [...keyOn.keys()].sort((a, b) => a - b), keyOn, first });
  }
  return (title, date) => {
    const h = holders.get(title);
    return h && nearest(h, day(date));
  };
}

function nearest({ days, keyOn, first }: Holders, target: number): string {
  if (Number.isNaN(target) || days.length === 0) return first;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? keyOn.get(days[lo - 1]!)! : undefined;
  const after = lo < days.length ? keyOn.get(days[lo]!)! : undefined;
  if (before === undefined || after === undefined) return (before ?? after)!;
  const gap = (target - days[lo - 1]!) - (days[lo]! - target);
  return gap < 0 ? before : gap > 0 ? after : before < after ? before : after;
}
