import type { Entity, KnownEntity, Person } from '../../../schemas/entity.ts';
import type { INSTRUMENT_TYPES } from '../../../schemas/entity.ts';
import { blockId } from '../../block-id.ts';
import type { Mention } from '../types.ts';
import { issuerLevel } from '../issuer-level.ts';
import { REPORT_KIND } from '../instrument-parser.ts';
import { dateOnOrBefore } from '../yearless-date.ts';
import { bestName, instrumentName, isInstrument } from './entity-names.ts';
import type { Placed, PlacedStatement } from './types.ts';

/** How many related entities a page lists. */
const RELATED_MAX = 8;

/** What every entity's record is built from, besides its own mentions. */
export interface EntityContext {
  known: Map<string, KnownEntity>;
  related: Map<string, Map<string, number>>;
  /** Each document's position in the corpus, to list mentions in reading order. */
  order: Map<string, number>;
}

/**
 * One entity's record: its name (curated, else from its mentions), aliases, every mention in
 * reading order, related entities; a person's roles and statements; an instrument's attributes.
 */
/** A word a text writes before an instrument's type, which its name leaves out: "Official (Dispatch)", "Action (Programme)". */
// (Or what a report is for: "Verification (Report)".)
const TYPE_QUALIFIER = new RegExp(String.raw`^(Official|Action|${REPORT_KIND})\s`);
/** A dispatch written as an official letter: "Official Letter No. 287/LĐLĐ-TC". */
const OFFICIAL_LETTER = /^Official\s+Letter\b/i;

export function buildEntity(id: string, key: string, group: Placed[], statements: PlacedStatement[], context: EntityContext): Entity {
  const { known, related, order } = context;
  const curated = key.startsWith('known:') ? known.get(id) : undefined;
  const sorted = [...group].sort((a, b) => order.get(a.doc.id)! - order.get(b.doc.id)!
    || a.mention.block - b.mention.block || a.mention.start - b.mention.start);
  const mentions = sorted.map(({ mention, doc }) => ({
    document: doc.id, paragraph: blockId(mention.block + 1), sentence: mention.sentence.text,
    start: mention.start, end: mention.end, text: mention.text,
  }));
  const named = sorted.map((g) => g.mention);
  const name = curated?.name ?? (isInstrument(named[0]!.type) ? instrumentName(named) : bestName(named));
  // "Official Dispatch No. 845/UBND-NC" is also known as "Official Dispatch 845/UBND-NC", beside its name "Dispatch 845/UBND-NC"; so is
  // "Action Programme No. 15-CTr/TU" as "Action Programme 15-CTr/TU", beside "Programme 15-CTr/TU".
  const spellings = sorted.filter((g) => g.mention.via === 'name').flatMap((g) => {
    const word = isInstrument(g.mention.type) ? TYPE_QUALIFIER.exec(g.mention.text)?.[1] : undefined;
    // (A dispatch the text calls an official letter, as "công văn" is also put in English, is known by that name too.)
    const letter = g.mention.type === 'dispatch' && OFFICIAL_LETTER.test(g.mention.text) ? [g.mention.name.replace(/^Dispatch\s/, 'Official Letter ')] : [];
    return [g.mention.name, g.mention.text, ...(word && !g.mention.name.startsWith(`${word} `) ? [`${word} ${g.mention.name}`] : []), ...letter];
  });
  const aliases = [...new Set([...(curated?.aliases ?? []), ...spellings])].filter((a) => a !== name).sort();
  const base = {
    id, name, aliases, description: curated?.description ?? null, sources: curated?.sources ?? [], mentions,
    documents: [...new Set(sorted.map((g) => g.doc.id))],
    related: [...(related.get(id) ?? new Map<string, number>())].map(([rid, count]) => ({ id: rid, count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)).slice(0, RELATED_MAX),
  };
  const type = curated?.type ?? named[0]!.type;
  if (type === 'person') return { ...base, type, roles: personRoles(sorted), statements: said(statements) };
  if (isInstrument(type)) return { ...base, type: type as (typeof INSTRUMENT_TYPES)[number], ...instrumentAttributes(sorted) };
  return { ...base, type: type as 'law' | 'programme' | 'organization' };
}

/** A person's roles, once per title and document; a title a fuller one in the same text extends is dropped. */
function personRoles(sorted: Placed[]): Person['roles'] {
  const roles = new Map<string, Person['roles'][number]>();
  for (const { mention, doc } of sorted) for (const title of mention.roles ?? []) {
    const roleKey = `${title}\n${doc.id}`;
    if (roles.has(roleKey)) continue;
    roles.set(roleKey, { title, document: doc.id, date: doc.date, paragraph: blockId(mention.block + 1), sentence: mention.sentence.text });
  }
  const titlesByDocument = new Map<string, string[]>();
  for (const role of roles.values()) titlesByDocument.set(role.document, [...(titlesByDocument.get(role.document) ?? []), role.title]);
  for (const [roleKey, role] of roles) {
    const titles = titlesByDocument.get(role.document)!;
    // ("Branch Director", a signature block's, beside "Director of the Cao Bằng branch of Sông Gâm Telecom": every word of it in the other.)
    const fuller = titles.some((t) => t !== role.title && (t.startsWith(`${role.title} `) || wordsWithin(role.title, t)));
    // "Chairman of the Provincial People's Committee" (a signature block's) beside "Chairman of the Cà Mau Provincial People's
    // Committee": the same title at the same body, the other naming its place.
    if ((fuller && !role.title.includes(' of ')) || titles.some((t) => placedBody(role.title, t))) roles.delete(roleKey);
  }
  return [...roles.values()];
}

/**
 * Whether a title of two words or more has every word in one that says more: "Branch Director" in "Director of the Cao Bằng branch of …"
 * (not "Politburo member" in "member of Politburo", the same words in another order).
 */
function wordsWithin(title: string, fuller: string): boolean {
  const words = new Set(title.toLowerCase().split(/\s+/));
  const other = fuller.toLowerCase().split(/\s+/);
  return words.size >= 2 && [...words].every((w) => other.includes(w)) && other.some((w) => !words.has(w) && !FUNCTION_WORD.test(w));
}
/** Words that say nothing of a title's holder: "of", "the". */
const FUNCTION_WORD = /^(?:of|the|at|for|and|in)$/;

/** Whether `fuller` is `title` with words before its body's name: "X of the Provincial …" and "X of the Cà Mau Provincial …". */
function placedBody(title: string, fuller: string): boolean {
  const [head, body] = splitOnce(title, ' of the ');
  const [fullerHead, fullerBody] = splitOnce(fuller, ' of the ');
  return body !== undefined && fullerBody !== undefined && head.toLowerCase() === fullerHead.toLowerCase()
    && fullerBody.length > body.length && fullerBody.toLowerCase().endsWith(` ${body.toLowerCase()}`);
}
const splitOnce = (text: string, separator: string): [string, string | undefined] => {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
};

/** What a person said, where, and when the text is dated. */
function said(statements: PlacedStatement[]): Person['statements'] {
  return statements.map(({ attribution, doc }) => ({
    document: doc.id, paragraph: blockId(attribution.block + 1), sentence: attribution.sentence.text, kind: attribution.kind, date: doc.date,
  }));
}

/** An instrument's number, code, issuer, date and title: the first mention that states each; a date read from the text otherwise; its issuer's level. */
function instrumentAttributes(sorted: Placed[]) {
  const attrs = sorted.map((g) => g.mention.attributes ?? {});
  const first = <K extends keyof NonNullable<Mention['attributes']>>(k: K) => attrs.find((a) => a[k])?.[k] ?? null;
  const stated = (g: Placed) => g.mention.attributes?.when && dateOnOrBefore(g.mention.attributes.when, g.doc.date, codeYear(g.mention.attributes.code));
  const date = first('date') ?? sorted.map(stated).find(Boolean) ?? null;
  const [code, issuer] = [first('code'), first('issuer')];
  return { number: first('number') ?? '', code, issuer, date, title: first('title'), level: issuerLevel(code, issuer) };
}

/** The year a code carries ("2024/QH15" → 2024), if any. */
function codeYear(code: string | undefined): number | undefined {
  const year = code ? /^((?:19|20)\d\d)\//.exec(code)?.[1] : undefined;
  return year ? Number(year) : undefined;
}
