import { compareText } from './collate.ts';
import type { EntityType } from '../schemas/entity.ts';
import type { EntitySummary } from '../schemas/entity-summary.ts';
import { formatIsoDate } from './dates.ts';

/** A column of an entity index table; `numeric` columns sort by number, largest first. */
export interface Column {
  label: string;
  numeric: boolean;
}

/** A cell: what is shown, and the value it sorts by (ISO for dates, so that they sort as text). */
export interface Cell {
  text: string;
  sort: string | number;
}

/** One entity as a table row; the first cell is the name, linked to `id`'s page. */
export interface Row {
  id: string;
  cells: Cell[];
}

const text = (value: string | null | undefined): Cell => ({ text: value ?? '', sort: (value ?? '').toLocaleLowerCase('en') });
const count = (n: number): Cell => ({ text: String(n), sort: n });
const date = (iso: string | null | undefined): Cell => ({ text: iso ? formatIsoDate(iso) : '', sort: iso ?? '' });

/** Orders entities most mentioned first, ties by name. */
export const byMentions = (a: EntitySummary, b: EntitySummary): number =>
  b.mentionCount - a.mentionCount || compareText(a.name, b.name) || (a.id < b.id ? -1 : 1);

/**
 * The columns and rows of the index of one entity type, most mentioned first (ties by name):
 * people with their latest title, instruments with title, issuer and date, and for every type
 * the counts of mentions and texts and the date it was last named.
 */
export function entityTable(type: EntityType, entities: readonly EntitySummary[]): { columns: Column[]; rows: Row[] } {
  const columns: Column[] = [{ label: 'Name', numeric: false }];
  if (type === 'person') columns.push({ label: 'Latest title', numeric: false });
  const instrument = !['person', 'law', 'programme', 'organization'].includes(type);
  if (instrument) columns.push({ label: 'Title', numeric: false }, { label: 'Issued by', numeric: false }, { label: 'Dated', numeric: false });
  columns.push({ label: 'Mentions', numeric: true }, { label: 'Texts', numeric: true }, { label: 'Last named', numeric: false });
  const rows = entities
    .filter((e) => e.type === type)
    .sort(byMentions)
    .map((e): Row => {
      const cells = [text(e.name)];
      if (type === 'person') cells.push(text(e.latestTitle));
      if (instrument) cells.push(text(e.title), text(e.issuer), date(e.date));
      cells.push(count(e.mentionCount), count(e.documentCount), date(e.lastNamed));
      return { id: e.id, cells };
    });
  return { columns, rows };
}
