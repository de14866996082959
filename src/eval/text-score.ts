import { z } from 'zod';
import { fold } from '../pipeline/extract/fold.ts';
import { canonicalPlace } from '../pipeline/targets/scope.ts';
import { familyOf } from '../pipeline/events/act-kinds.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { Entity } from '../schemas/entity.ts';
import { INSTRUMENT_TYPES } from '../schemas/entity.ts';
import type { Event } from '../schemas/event.ts';
import { RelationKindSchema, type Relation } from '../schemas/relation.ts';
import type { Target } from '../schemas/target.ts';
import type { Tally } from './score.ts';

const Words = z.array(z.string()).min(1).describe('Words the title (events) or metric (targets) must contain, folded.');

/**
 * The gold annotation of one text across every layer: its publication date, people and roles,
 * numbered instruments with their dates, laws and programmes, events and targets, and (optionally)
 * the relations between instruments it states.
 */
export const GoldTextSchema = z.strictObject({
  file: z.string(),
  published: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable()
    .describe('Publication date, ISO, as precise as the text states.'),
  people: z.array(z.strictObject({ name: z.string(), roles: z.array(z.string()) })),
  instruments: z.array(z.strictObject({
    name: z.string(),
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).nullable(),
  })),
  laws: z.array(z.string()),
  programmes: z.array(z.string()),
  events: z.array(z.strictObject({
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
    precision: z.string(), kind: z.string(), words: Words,
  })),
  targets: z.array(z.strictObject({
    words: Words, comparator: z.string().nullable(), value: z.number().nullable(), max: z.number().nullable(),
    unit: z.string().nullable(), deadline: z.number().int(), scope: z.string(), benchmark: z.number().nullable(),
  })),
  relations: z.array(z.strictObject({
    from: z.string().describe('The instrument that implements, establishes, amends …, named as in `instruments`.'),
    to: z.string().describe('The instrument it acts on.'),
    kind: RelationKindSchema,
  })).optional().describe('Relations between instruments the text states; absent: the text is not scored on relations.'),
});
/** A text annotated on every layer. */
export type GoldText = z.infer<typeof GoldTextSchema>;

/** Measures of one set of texts, as issue 9's table reports them. */
export interface TextSetScores {
  people: Tally;
  roles: Tally;
  instruments: Tally;
  /** Instruments found whose gold date is given, and how many of those have it right. */
  instrumentDates: { right: number; of: number; wrong: string[] };
  lawsAndProgrammes: Tally;
  events: Tally;
  targets: Tally;
  /** Targets found, and how many of them have the right scope. */
  targetScopes: { right: number; of: number; wrong: string[] };
  /** Targets found that have a gold benchmark, and how many carry it. */
  benchmarks: { right: number; of: number; wrong: string[] };
  published: { right: number; of: number; wrong: string[] };
  /** Relations between instruments, on the texts whose gold lists them. */
  relations: Tally;
  /** How many texts of the set list their relations. */
  relationTexts: number;
  /** The relations found in those texts that the merge flags as conflicting, with the reason (not scored: for review). */
  relationConflicts: string[];
}

/** Folds for matching, and reads numbers without their leading zeros ("04/KH" = "4/KH"). */
const norm = (text: string) => fold(text).replace(/(?<![\d.])0+(?=\d)/g, '');
/** A firm's legal form, written out or not: the same scope ("Sao Viet Telecom" and "Sao Viet Telecom Joint Stock Company"). */
const LEGAL_FORM = /,?\s+(?:joint stock company|company limited|limited liability company|jsc)$/;
/** A commune's, a ward's or a district's kind, written out or not: the same scope ("My Thanh" and "Mỹ Thạnh commune"). */
const LOCAL_KIND = /\s+(?:commune|ward|district)$/;
const bare = (scope: string) => norm(scope).replace(LEGAL_FORM, '').replace(LOCAL_KIND, '');
// (A listed province or city is one scope however it is written: "Ha Noi City" and "Hanoi", "Hai Phong" and "Hai Phong City".)
const sameScope = (a: string, b: string) => bare(a) === bare(b) || norm(canonicalPlace(a)) === norm(canonicalPlace(b));
const forms = (e: Entity) => new Set([e.name, ...e.aliases].map(norm));
const has = (text: string, words: string[]) => words.every((w) => text.includes(norm(w)));
/** A count's scale, which a gold annotation may keep in its unit ("2 million residents") and the pipeline in its value (2,000,000). */
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** Whether a found value is the gold's, either with its count's scale in the unit or multiplied out: 2 'million residents' is 2,000,000 'residents'. */
const sameValue = (found: number | null, gold: number | null, goldUnit: string | null, foundUnit: string | null) => {
  if (found === gold) return true;
  const scale = /^(thousand|million|billion)\s+(.+)$/.exec(goldUnit ?? '');
  // (Units are not scored: the counted noun may be written shorter, 'farms' for 2 'million household farms'.)
  const noun = scale?.[2];
  const sameNoun = noun !== undefined && foundUnit !== null && (foundUnit === noun || noun.endsWith(` ${foundUnit}`) || foundUnit.endsWith(` ${noun}`));
  return found !== null && gold !== null && scale !== null && sameNoun && Math.abs(found - gold * SCALE[scale[1]!]!) < 1e-6 * found;
};
/**
 * Whether a found count is the whole the gold calls 100%: "connect all 45 communes" is 45 communes found and 100% of them in a gold
 * annotation (the sets write either; units are not scored).
 */
function everyOfCounted(found: { value: number | null; sources: readonly { text: string }[] }, gold: number | null, goldUnit: string | null): boolean {
  if (gold !== 100 || !(goldUnit ?? '').startsWith('%') || found.value === null || found.value === 100) return false;
  // (Its number as the text may write it, with or without a thousands comma.)
  const all = new RegExp(String.raw`\b(?:all|every\s+one\s+of)\s+(?:the\s+)?${found.value.toLocaleString('en-US').replace(/,/g, ',?')}\b`, 'i');
  return found.sources.some((src) => all.test(src.text));
}
const empty = (): Tally => ({ truePositives: 0, misses: [], falseHits: [] });
const isInstrument = (type: string) => (INSTRUMENT_TYPES as readonly string[]).includes(type);
/** The extra fields a target may carry: the top of a range, and a benchmark. */
type Extended = Target & { max?: number | null; benchmark?: { value: number } | null };

/**
 * Scores a build against texts annotated on every layer. Each text is scored on its own: the
 * entities, events and targets with a source in it. A gold item is found by its folded name
 * (entities), date, precision and words in the title or its entities' names (events), or metric
 * words, value, top of range and deadline (targets); everything else in the text is a false hit.
 */
export function scoreTexts(
  gold: GoldText[], documents: DocumentData[], entities: Entity[], events: Event[], targets: Target[], relations: Relation[] = [],
): TextSetScores {
  const s: TextSetScores = {
    people: empty(), roles: empty(), instruments: empty(), instrumentDates: { right: 0, of: 0, wrong: [] },
    lawsAndProgrammes: empty(), events: empty(), targets: empty(), targetScopes: { right: 0, of: 0, wrong: [] },
    benchmarks: { right: 0, of: 0, wrong: [] }, published: { right: 0, of: 0, wrong: [] }, relations: empty(), relationTexts: 0, relationConflicts: [],
  };
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const g of gold) {
    const doc = documents.find((d) => d.file === g.file);
    const id = doc?.id;
    const where = g.file.replace(/^.*\//, '');
    s.published.of++;
    if ((doc?.date ?? null) === g.published) s.published.right++;
    else s.published.wrong.push(`${where}: ${doc?.date ?? 'none'} (gold ${g.published ?? 'none'})`);
    const found = entities.filter((e) => id !== undefined && e.documents.includes(id));
    const match = <G>(items: G[], nameOf: (g: G) => string, accepts: (e: Entity) => boolean, tally: Tally, onHit?: (g: G, e: Entity) => void) => {
      const used = new Set<string>();
      for (const item of items) {
        const hit = found.find((e) => accepts(e) && forms(e).has(norm(nameOf(item))));
        if (hit) { tally.truePositives++; used.add(hit.id); onHit?.(item, hit); } else tally.misses.push(`${where}: ${nameOf(item)}`);
      }
      for (const e of found) if (accepts(e) && !used.has(e.id)) tally.falseHits.push(`${where}: ${e.name}`);
    };
    match(g.people, (p) => p.name, (e) => e.type === 'person', s.people, (p, e) => {
      const predicted = e.type === 'person' ? [...new Set(e.roles.filter((r) => r.document === id).map((r) => norm(r.title)))] : [];
      const wanted = p.roles.map(norm);
      for (const role of p.roles) {
        if (predicted.includes(norm(role))) s.roles.truePositives++;
        else s.roles.misses.push(`${where}: ${p.name}: ${role}`);
      }
      for (const role of predicted) if (!wanted.includes(role)) s.roles.falseHits.push(`${where}: ${p.name}: ${role}`);
    });
    for (const p of g.people.filter((p) => !found.some((e) => e.type === 'person' && forms(e).has(norm(p.name))))) {
      for (const role of p.roles) s.roles.misses.push(`${where}: ${p.name}: ${role}`);
    }
    match(g.instruments, (i) => i.name, (e) => isInstrument(e.type), s.instruments, (i, e) => {
      if (i.date === null) return;
      s.instrumentDates.of++;
      const date = e.type !== 'person' && 'date' in e ? e.date : null;
      if (date === i.date) s.instrumentDates.right++;
      else s.instrumentDates.wrong.push(`${where}: ${i.name}: ${date ?? 'none'} (gold ${i.date})`);
    });
    match([...g.laws, ...g.programmes], (n) => n, (e) => e.type === 'law' || e.type === 'programme', s.lawsAndProgrammes);

    const docEvents = events.filter((e) => e.kind !== 'milestone' && e.sources.some((src) => src.document === id));
    const usedEvents = new Set<string>();
    for (const ge of g.events) {
      // Each event answers one gold event, one of the gold kind first ("issued" is the kind `instrument`, then an act).
      const names = (e: (typeof docEvents)[number]) => [...e.entities, ...e.participants].flatMap((x) => {
        const en = byId.get(x);
        return en ? [en.name, ...en.aliases] : [];
      });
      const fits = docEvents.filter((e) => !usedEvents.has(e.id) && e.date === ge.date && e.precision === ge.precision
        && has([e.title, ...names(e)].map(norm).join(' | '), ge.words));
      // (An instrument issued may be told as an act on it, "passed", "adopted", "signed": one of those before any other kind.)
      const hit = fits.find((e) => e.kind === (ge.kind === 'issued' ? 'instrument' : ge.kind))
        ?? (ge.kind === 'issued' ? fits.find((e) => familyOf(e.kind) === 'act') : undefined) ?? fits[0];
      if (hit) { s.events.truePositives++; usedEvents.add(hit.id); } else s.events.misses.push(`${where}: ${ge.date} ${ge.kind} ${ge.words.join(' ')}`);
    }
    for (const e of docEvents) if (!usedEvents.has(e.id)) s.events.falseHits.push(`${where}: ${e.date} ${e.title}`);

    const docTargets = targets.filter((t) => t.sources.some((src) => src.document === id)) as Extended[];
    const usedTargets = new Set<string>();
    for (const gt of g.targets) {
      // Of targets alike but for their scope ("… told Cao Bang, Lai Chau and Dien Bien each to …"), the one of the gold scope.
      const fits = (t: Extended) => !usedTargets.has(t.id) && t.deadline === gt.deadline
        && (sameValue(t.value, gt.value, gt.unit, t.unit ?? null) || everyOfCounted(t, gt.value, gt.unit))
        && sameValue(t.max ?? null, gt.max, gt.unit, t.unit ?? null) && has(norm(t.metric), gt.words);
      const hit = docTargets.find((t) => fits(t) && sameScope(t.scope, gt.scope)) ?? docTargets.find(fits);
      const describe = `${where}: ${gt.deadline} ${gt.words.join(' ')} ${gt.comparator ?? ''}${gt.value ?? ''}${gt.max ? `-${gt.max}` : ''} ${gt.unit ?? ''}`;
      if (!hit) { s.targets.misses.push(describe); continue; }
      s.targets.truePositives++;
      usedTargets.add(hit.id);
      s.targetScopes.of++;
      if (sameScope(hit.scope, gt.scope)) s.targetScopes.right++;
      else s.targetScopes.wrong.push(`${describe}: ${hit.scope} (gold ${gt.scope})`);
      if (gt.benchmark !== null) {
        s.benchmarks.of++;
        if (hit.benchmark?.value === gt.benchmark) s.benchmarks.right++;
        else s.benchmarks.wrong.push(`${describe}: ${hit.benchmark?.value ?? 'none'} (gold ${gt.benchmark})`);
      }
    }
    for (const t of docTargets) {
      const found = `${t.deadline} ${t.metric} ${t.comparator ?? ''}${t.value ?? ''} ${t.unit ?? ''} [${t.scope}]`;
      if (!usedTargets.has(t.id)) s.targets.falseHits.push(`${where}: ${found}`);
    }

    if (g.relations) scoreRelations(g.relations, relations.filter((r) => r.sources.some((src) => src.document === id)), byId, where, s);
  }
  return s;
}

/**
 * Scores the relations of one text: a gold relation is found by a relation with a source in the
 * text, of its kind, whose two instruments have its names (folded, as instruments are matched);
 * every other relation with a source in the text is a false hit.
 */
function scoreRelations(gold: NonNullable<GoldText['relations']>, found: Relation[], byId: Map<string, Entity>, where: string, s: TextSetScores) {
  s.relationTexts++;
  const named = (id: string, name: string) => { const e = byId.get(id); return e !== undefined && forms(e).has(norm(name)); };
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const used = new Set<string>();
  for (const g of gold) {
    const hit = found.find((r) => !used.has(r.id) && r.kind === g.kind && named(r.from, g.from) && named(r.to, g.to));
    if (hit) { s.relations.truePositives++; used.add(hit.id); } else s.relations.misses.push(`${where}: ${g.from} ${g.kind} ${g.to}`);
  }
  for (const r of found) if (!used.has(r.id)) s.relations.falseHits.push(`${where}: ${nameOf(r.from)} ${r.kind} ${nameOf(r.to)}`);
  for (const r of found) if (r.conflict) s.relationConflicts.push(`${where}: ${nameOf(r.from)} ${r.kind} ${nameOf(r.to)}: ${r.conflict}`);
}
