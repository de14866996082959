import type { Entity, KnownEntity } from '../../schemas/entity.ts';
import { buildEntity } from './resolve/build-entity.ts';
import { canonicalKeys } from './resolve/canonical-keys.ts';
import { coOccurrence } from './resolve/co-occurrence.ts';
import { entityIds } from './resolve/entity-ids.ts';
import { groupMentions } from './resolve/group-mentions.ts';
import type { DocumentFindings, Link } from './resolve/types.ts';

export type { DocumentFindings, Link } from './resolve/types.ts';

/**
 * Resolves mentions across texts into entities: curated names and aliases, folded spellings,
 * bare instrument numbers to the one coded instrument with that number, short organization
 * names to the one longer name that adds a word or two before them ("Vietnam Fatherland Front")
 * or completes them ("… Committee for the Development of …"), and offices ("the Prime Minister")
 * to the holder the corpus names nearest in time. Uncertain names no text confirms are dropped.
 * Each step is its own module under resolve/; this one runs them in order.
 */
export function resolveEntities(documents: DocumentFindings[], known: KnownEntity[]): { entities: Entity[]; links: Link[]; speakers: Link[] } {
  // Mentions and speakers gathered under one key per entity.
  const { groups, statements } = groupMentions(documents, canonicalKeys(documents, known));
  // A stable page id per key.
  const knownById = new Map(known.map((k) => [k.id, k]));
  const ids = entityIds(groups, knownById);
  // Every mention and every speech, linked to its entity's page.
  const links: Link[] = [];
  for (const [key, group] of groups) for (const { mention, doc } of group) {
    links.push({ document: doc.id, block: mention.block, start: mention.start, end: mention.end, entity: ids.get(key)! });
  }
  const speakers: Link[] = [];
  for (const [key, said] of statements) for (const { attribution, doc } of said) {
    const entity = ids.get(key);
    if (entity && attribution.kind === 'speech') speakers.push({ document: doc.id, block: attribution.block, start: 0, end: 0, entity });
  }
  // One record per entity, with the entities it shares paragraphs with.
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const context = { known: knownById, related: coOccurrence(links), order };
  const entities = [...groups].map(([key, group]) => buildEntity(ids.get(key)!, key, group, statements.get(key) ?? [], context));
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  links.sort((a, b) => (order.get(a.document)! - order.get(b.document)!) || a.block - b.block || a.start - b.start);
  return { entities, links, speakers };
}
