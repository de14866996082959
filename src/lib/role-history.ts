import { compareText } from './collate.ts';
import type { Person } from '../schemas/entity.ts';

type Role = Person['roles'][number];

/** One title a person held, with every text that states it and the span of those texts' dates. */
export interface RoleSpan {
  title: string;
  /** Earliest and latest dates of the texts stating it (ISO); null when none is dated. */
  from: string | null;
  to: string | null;
  /** The statements of it, oldest first, undated last. */
  sources: Role[];
}

const byDate = (a: Role, b: Role) =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;

/**
 * A person's roles as a history: one row per title (compared ignoring case), most recently
 * stated first, each with the texts that state it. Roles change, so a row never merges two titles.
 */
export function roleHistory(roles: readonly Role[]): RoleSpan[] {
  const rows = new Map<string, Role[]>();
  for (const role of roles) {
    const key = role.title.toLocaleLowerCase('en');
    const row = rows.get(key);
    if (row) row.push(role);
    else rows.set(key, [role]);
  }
  const spans = [...rows.values()].map((row): RoleSpan => {
    const sources = [...row].sort(byDate);
    const dates = sources.flatMap((r) => (r.date ? [r.date] : []));
    return { title: sources[0]!.title, from: dates[0] ?? null, to: dates.at(-1) ?? null, sources };
  });
  return spans.sort((a, b) => {
    if (a.to !== b.to) return a.to === null ? 1 : b.to === null ? -1 : a.to < b.to ? 1 : -1;
    return compareText(a.title, b.title);
  });
}

/** The title most recently stated for a person (the first row of its history), or null. */
export const latestTitle = (roles: readonly Role[]): string | null => roleHistory(roles)[0]?.title ?? null;
