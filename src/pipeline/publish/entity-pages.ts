import { monthRange, monthlyCounts } from '../../lib/charts/mention-series.ts';
import { roleHistory } from '../../lib/role-history.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { Entity } from '../../schemas/entity.ts';
import type { EntityDetail, EntitySummary } from '../../schemas/entity-summary.ts';
import { documentRanks, inPageOrder } from './document-order.ts';

/** Statements of one title kept on a person's page; every one is in roles.csv.gz. */
const ROLE_SOURCES_SHOWN = 3;

/** An entity split in two: the summary every page may load, and the detail only its own pages read. */
export interface EntityPages {
  summary: EntitySummary;
  detail: EntityDetail;
}

/**
 * Prepares what the entity pages show, once for the whole build: counts, dates and role history
 * in a small summary, and every list (texts, mentions, statements) sorted in page order, so that
 * a page only slices. Linear in the number of mentions.
 */
export function entityPages(entities: readonly Entity[], documents: readonly DocumentData[]): EntityPages[] {
  const ranks = documentRanks(documents);
  const dateOf = new Map(documents.map((d) => [d.id, d.date]));
  const months = monthRange(documents.map((d) => d.date));
  return entities.map((entity) => {
    const counts = new Map<string, number>();
    for (const m of entity.mentions) counts.set(m.document, (counts.get(m.document) ?? 0) + 1);
    const texts = [...counts].map(([document, count]) => ({ document, count }));
    texts.sort((a, b) => (ranks.get(a.document) ?? ranks.size) - (ranks.get(b.document) ?? ranks.size) || (a.document < b.document ? -1 : 1));
    const dates = texts.flatMap((t) => dateOf.get(t.document) ?? []).sort();
    const person = entity.type === 'person' ? entity : undefined;
    const spans = person ? roleHistory(person.roles) : [];
    const instrument = 'number' in entity ? entity : undefined;
    const summary: EntitySummary = {
      id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases,
      description: entity.description, sources: entity.sources,
      latestTitle: spans[0]?.title ?? null,
      number: instrument?.number ?? null, code: instrument?.code ?? null, issuer: instrument?.issuer ?? null,
      date: instrument?.date ?? null, title: instrument?.title ?? null, level: instrument?.level ?? null,
      mentionCount: entity.mentions.length, documentCount: texts.length, statementCount: person?.statements.length ?? 0,
      firstNamed: dates[0] ?? null, lastNamed: dates.at(-1) ?? null,
      related: entity.related,
    };
    const detail: EntityDetail = {
      id: entity.id,
      roles: spans.map((s) => ({ title: s.title, from: s.from, to: s.to, count: s.sources.length, sources: s.sources.slice(-ROLE_SOURCES_SHOWN).reverse() })),
      texts,
      mentions: inPageOrder(entity.mentions, ranks),
      statements: person ? inPageOrder(person.statements, ranks) : [],
      series: monthlyCounts(entity.mentions.map((m) => dateOf.get(m.document) ?? null), months),
    };
    return { summary, detail };
  });
}
