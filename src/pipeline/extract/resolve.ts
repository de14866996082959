import type { Entity, KnownEntity, Person } from '../../schemas/entity.ts';
import { INSTRUMENT_TYPES } from '../../schemas/entity.ts';
import { blockId } from '../block-id.ts';
import { uniqueIds } from '../unique-ids.ts';
import { slugify } from '../slug.ts';
import { fold } from './fold.ts';
import { dateOnOrBefore } from './yearless-date.ts';
import { officeHolders } from './office-holders.ts';
import type { Attribution } from './statements.ts';
import type { Mention } from './types.ts';

/** What the resolver needs of one document. */
export interface DocumentFindings {
  id: string;
  date: string | null;
  mentions: Mention[];
  statements: Attribution[];
}

/** A resolved mention: where it is, and which entity it names. */
export interface Link {
  document: string;
  block: number;
  start: number;
  end: number;
  entity: string;
}

const RELATED_MAX = 8;
const isInstrument = (type: string) => (INSTRUMENT_TYPES as readonly string[]).includes(type);

/**
 * Resolves mentions across texts into entities: curated names and aliases, folded spellings,
 * bare instrument numbers to the one coded instrument with that number, short organization
 * names to the one longer name that adds a word or two before them ("Vietnam Fatherland Front")
 * or completes them ("… Committee for the
 * Development of …"), and offices ("the Prime Minister") to the holder the
 * corpus names nearest in time. Uncertain names no text confirms are dropped.
 */
export function resolveEntities(documents: DocumentFindings[], known: KnownEntity[]): { entities: Entity[]; links: Link[]; speakers: Link[] } {
  const knownByForm = new Map<string, KnownEntity>();
  for (const entity of known) for (const form of [entity.name, ...entity.aliases]) knownByForm.set(`${entity.type}:${fold(form)}`, entity);
  const holder = officeHolders(documents);
  const coded = new Map<string, Set<string>>();
  const orgKeys = new Set<string>();
  for (const doc of documents) for (const m of doc.mentions) {
    if (isInstrument(m.type) && m.attributes?.code) {
      const bare = m.key.split(':').slice(0, 2).join(':');
      coded.set(bare, (coded.get(bare) ?? new Set()).add(m.key));
    }
    if (m.type === 'organization') orgKeys.add(m.key);
  }
  const orgMerges = organizationMerges(orgKeys);

  /** The canonical key of a mention, or undefined when it cannot be resolved. */
  const canonical = (m: Mention, doc: DocumentFindings): string | undefined => {
    let key = m.key;
    if (key.startsWith('office:')) {
      key = holder(key.slice(7), doc.date) ?? '';
      if (!key) return undefined;
    }
    const curated = knownByForm.get(`${m.type}:${key}`) ?? knownByForm.get(`${m.type}:${fold(m.name)}`);
    if (curated) return `known:${curated.id}`;
    if (isInstrument(m.type) && !m.attributes?.code) {
      const options = coded.get(key);
      if (options?.size === 1) key = [...options][0]!;
    }
    if (m.type === 'organization' && orgMerges.has(key)) {
      key = orgMerges.get(key)!;
      const curatedLonger = knownByForm.get(`organization:${key}`);
      if (curatedLonger) return `known:${curatedLonger.id}`;
    }
    return `${m.type}:${key}`;
  };

  const groups = new Map<string, { mention: Mention; doc: DocumentFindings }[]>();
  const statementsByKey = new Map<string, { attribution: Attribution; doc: DocumentFindings }[]>();
  for (const doc of documents) {
    for (const m of doc.mentions) {
      const key = canonical(m, doc);
      if (!key) continue;
      const group = groups.get(key);
      if (group) group.push({ mention: m, doc });
      else groups.set(key, [{ mention: m, doc }]);
    }
    for (const attribution of doc.statements) {
      const key = canonical(attribution.speaker, doc);
      if (!key) continue;
      const said = statementsByKey.get(key);
      if (said) said.push({ attribution, doc });
      else statementsByKey.set(key, [{ attribution, doc }]);
    }
  }
  for (const [key, group] of groups) {
    if (!key.startsWith('known:') && group[0]!.mention.type === 'person' && !group.some((g) => g.mention.certain)) groups.delete(key);
  }

  const knownById = new Map(known.map((k) => [k.id, k]));
  const ids = new Map<string, string>();
  const unique = uniqueIds();
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const curated = key.startsWith('known:') ? knownById.get(key.slice(6)) : undefined;
    const id = curated?.id ?? `${group[0]!.mention.type}/${slugify(idName(group.map((g) => g.mention))) || 'entity'}`;
    ids.set(key, unique(id, id.replace(/-\d+$/, '')));
  }

  const links: Link[] = [];
  for (const [key, group] of groups) for (const { mention, doc } of group) {
    links.push({ document: doc.id, block: mention.block, start: mention.start, end: mention.end, entity: ids.get(key)! });
  }
  const speakers: Link[] = [];
  for (const [key, said] of statementsByKey) for (const { attribution, doc } of said) {
    const entity = ids.get(key);
    if (entity && attribution.kind === 'speech') speakers.push({ document: doc.id, block: attribution.block, start: 0, end: 0, entity });
  }
  const related = coOccurrence(links);
  const order = new Map(documents.map((d, i) => [d.id, i]));
  const entities = [...groups].map(([key, group]) => buildEntity(ids.get(key)!, key, group, statementsByKey.get(key) ?? [], knownById, related, order));
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  links.sort((a, b) => (order.get(a.document)! - order.get(b.document)!) || a.block - b.block || a.start - b.start);
  return { entities, links, speakers };
}

/**
 * Short organization keys that merge into exactly one longer key: one that adds a word or two
 * before them ("vietnam fatherland front") or completes them ("… committee for the development of …").
 * Built from indexes of the longer keys, so that it stays linear in the number of keys.
 */
function organizationMerges(keys: Set<string>): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  const offer = (short: string, long: string) => {
    if (short === long || !short.includes(' ') || !keys.has(short)) return;
    candidates.set(short, (candidates.get(short) ?? new Set()).add(long));
  };
  for (const long of keys) {
    const words = long.split(' ');
    offer(words.slice(1).join(' '), long);
    offer(words.slice(2).join(' '), long);
    for (const m of long.matchAll(/ (?:for|on|of) /g)) offer(long.slice(0, m.index), long);
  }
  const merges = new Map<string, string>();
  for (const [short, longs] of candidates) if (longs.size === 1) merges.set(short, [...longs][0]!);
  return merges;
}

/** The name an id is made from: an instrument's number and code, else the most frequent name. */
function idName(mentions: Mention[]): string {
  const coded = mentions.find((m) => m.attributes?.code);
  if (isInstrument(mentions[0]!.type)) return `${mentions[0]!.attributes?.number ?? ''} ${coded?.attributes?.code ?? ''}`;
  return bestName(mentions);
}

/** The most frequent name; on a tie, the one with diacritics, then the longer. */
function bestName(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.via === 'name') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const score = (name: string) => (name.normalize('NFD').length - name.length) * 0.01 + name.length * 0.0001;
  return [...counts].sort((a, b) => b[1] - a[1] || score(b[0]) - score(a[0]) || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? mentions[0]!.name;
}

function coOccurrence(links: Link[]): Map<string, Map<string, number>> {
  const byParagraph = new Map<string, Set<string>>();
  for (const l of links) {
    const key = `${l.document}#${l.block}`;
    byParagraph.set(key, (byParagraph.get(key) ?? new Set()).add(l.entity));
  }
  const counts = new Map<string, Map<string, number>>();
  for (const set of byParagraph.values()) for (const a of set) {
    let row = counts.get(a);
    if (!row) counts.set(a, (row = new Map<string, number>()));
    for (const b of set) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
  }
  return counts;
}

function buildEntity(
  id: string, key: string, group: { mention: Mention; doc: DocumentFindings }[],
  statements: { attribution: Attribution; doc: DocumentFindings }[], known: Map<string, KnownEntity>,
  related: Map<string, Map<string, number>>, order: Map<string, number>,
): Entity {
  const curated = key.startsWith('known:') ? known.get(id) : undefined;
  const sorted = [...group].sort((a, b) => order.get(a.doc.id)! - order.get(b.doc.id)! || a.mention.block - b.mention.block || a.mention.start - b.mention.start);
  const mentions = sorted.map(({ mention, doc }) => ({
    document: doc.id, paragraph: blockId(mention.block + 1), sentence: mention.sentence.text,
    start: mention.start, end: mention.end, text: mention.text,
  }));
  const name = curated?.name ?? (isInstrument(sorted[0]!.mention.type) ? instrumentName(sorted.map((g) => g.mention)) : bestName(sorted.map((g) => g.mention)));
  const aliases = [...new Set([...(curated?.aliases ?? []), ...sorted.filter((g) => g.mention.via === 'name').flatMap((g) => [g.mention.name, g.mention.text])])]
    .filter((a) => a !== name).sort();
  const base = {
    id, name, aliases, description: curated?.description ?? null, sources: curated?.sources ?? [], mentions,
    documents: [...new Set(sorted.map((g) => g.doc.id))],
    related: [...(related.get(id) ?? new Map<string, number>())].map(([rid, count]) => ({ id: rid, count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)).slice(0, RELATED_MAX),
  };
  const type = curated?.type ?? sorted[0]!.mention.type;
  if (type === 'person') {
    const roles = new Map<string, Person['roles'][number]>();
    for (const { mention, doc } of sorted) for (const title of mention.roles ?? []) {
      const roleKey = `${title}\n${doc.id}`;
      if (!roles.has(roleKey)) roles.set(roleKey, { title, document: doc.id, date: doc.date, paragraph: blockId(mention.block + 1), sentence: mention.sentence.text });
    }
    const titlesByDocument = new Map<string, string[]>();
    for (const role of roles.values()) titlesByDocument.set(role.document, [...(titlesByDocument.get(role.document) ?? []), role.title]);
    for (const [roleKey, role] of roles) {
      const fuller = titlesByDocument.get(role.document)!.some((t) => t !== role.title && t.startsWith(`${role.title} `));
      if (fuller && !role.title.includes(' of ')) roles.delete(roleKey);
    }
    const said = statements.map(({ attribution, doc }) => ({
      document: doc.id, paragraph: blockId(attribution.block + 1), sentence: attribution.sentence.text, kind: attribution.kind, date: doc.date,
    }));
    return { ...base, type, roles: [...roles.values()], statements: said };
  }
  if (isInstrument(type)) {
    const attrs = sorted.map((g) => g.mention.attributes ?? {});
    const first = <K extends keyof NonNullable<Mention['attributes']>>(k: K) => attrs.find((a) => a[k])?.[k] ?? null;
    const date = first('date') ?? sorted.map((g) => g.mention.attributes?.when && dateOnOrBefore(g.mention.attributes.when, g.doc.date, codeYear(g.mention.attributes.code))).find(Boolean) ?? null;
    return { ...base, type: type as (typeof INSTRUMENT_TYPES)[number], number: first('number') ?? '', code: first('code'), issuer: first('issuer'), date, title: first('title') };
  }
  return { ...base, type: type as 'law' | 'programme' | 'organization' };
}

/** The year a code carries ("2024/QH15" → 2024), if any. */
function codeYear(code: string | undefined): number | undefined {
  const year = code ? /^((?:19|20)\d\d)\//.exec(code)?.[1] : undefined;
  return year ? Number(year) : undefined;
}

/** "Resolution 57-NQ/TW": the name of a mention that gives the code, if any does. */
function instrumentName(mentions: Mention[]): string {
  return (mentions.find((x) => x.attributes?.code) ?? mentions[0]!).name;
}
