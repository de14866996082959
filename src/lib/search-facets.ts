import type { EntitySummary } from '../schemas/entity-summary.ts';
import type { Event } from '../schemas/event.ts';
import { INSTRUMENT_TYPES } from '../schemas/entity.ts';
import { EVENT_KINDS } from './event-kinds.ts';

/** The Pagefind filters of one document, each a list of values (filters with no value are left out). */
export type Facets = Record<string, string[]>;

const INSTRUMENT_LIKE: ReadonlySet<string> = new Set([...INSTRUMENT_TYPES, 'law']);
/** A block's speaker, as the body's HTML carries it. */
const SPEAKER = /\bdata-speaker="([^"]+)"/g;

/**
 * What search can narrow a document by, besides kind, outlet and year: the people it names, the
 * people it quotes (speakers), the instruments and laws it names, the kinds of event it reports, and
 * its month ("2025-01"), from which the term trend counts texts per month.
 */
export function documentFacets(options: {
  date: string | null;
  named: EntitySummary[];
  html: string;
  events: Event[];
  entityById: Map<string, EntitySummary>;
}): Facets {
  const { date, named, html, events, entityById } = options;
  const speakers = new Set<string>();
  for (const m of html.matchAll(SPEAKER)) {
    const name = entityById.get(m[1]!)?.name;
    if (name) speakers.add(name);
  }
  return {
    person: named.filter((e) => e.type === 'person').map((e) => e.name),
    speaker: [...speakers],
    instrument: named.filter((e) => INSTRUMENT_LIKE.has(e.type)).map((e) => e.name),
    event: [...new Set(events.map((e) => EVENT_KINDS[e.kind].singular))],
    month: date && date.length >= 7 ? [date.slice(0, 7)] : [],
  };
}

/** Vietnamese đ and Đ, which Unicode does not decompose: "Đổi mới" folds to "Doi moi" only with them replaced. */
const D_STROKE = /[đĐ]/;

/**
 * The paragraphs of a body's text that have đ or Đ, with it written d or D, for the search index
 * only: Pagefind folds accents but keeps đ, so "doi moi" would not find "Đổi mới" without them.
 */
export function dStrokeFolded(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => D_STROKE.test(p)).map((p) => p.replace(/đ/g, 'd').replace(/Đ/g, 'D'));
}

const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of each block of a body's HTML (paragraphs, headings, items), tags dropped and entities decoded. */
export function blockTexts(html: string): string[] {
  return html.split(/<\/(?:p|h[1-6]|li|blockquote|td|th)>/)
    .map((part) => part.replace(/<[^>]*>/g, '').replace(ENTITY, (_, name: string) => DECODED[name]!).trim())
    .filter(Boolean);
}
