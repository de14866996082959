import type { Day } from './calendar.ts';
import { compareDays } from './calendar.ts';
import { citation, codeName, FREQUENT, instrumentAt, instrumentPoolSize, shortName, type Instrument, type InstrumentWriting } from './instruments.ts';
import type { Outlet } from './outlets.ts';
import { FIRST_GENERATED, peoplePoolSize, personAt, PROVINCIAL_OFFICES, provincialOfficeId, titleOf, type Person } from './people.ts';
import { namedPlace, placePhrase, provinceOrder, provincePoolSize, type Province } from './places.ts';
import type { Rng } from './prng.ts';
import type { Aim } from './sentences/targets.ts';
import { capitalize, type Slots } from './text.ts';
import { ACTORS, FIELDS, TASKS, THEMES } from './vocab.ts';

/** Everything one text is written from: its random stream, date, outlet, pools and what it named so far. */
export interface TextContext {
  seed: number;
  index: number;
  rng: Rng;
  pub: Day;
  outlet: Outlet;
  writing: InstrumentWriting;
  peoplePool: number;
  provincePool: number;
  instrumentPool: number;
  /** The province or city a local text is about, with its index in the seed's order, and whether the text's lead names it with its kind. */
  focus?: { province: Province; index: number; inLead?: boolean };
  introduced: Set<number>;
  cited: Set<string>;
  /** Templates already used, so that a text does not repeat itself. */
  used: Set<string>;
}

/** A fresh context for text `index`. */
export function createContext(seed: number, index: number, rng: Rng, pub: Day, outlet: Outlet): TextContext {
  return {
    seed, index, rng, pub, outlet,
    writing: { diacritics: rng.chance(outlet.diacritics), dWithStroke: rng.chance(0.4) },
    peoplePool: peoplePoolSize(index), provincePool: provincePoolSize(index), instrumentPool: instrumentPoolSize(index),
    introduced: new Set(), cited: new Set(), used: new Set(),
  };
}

/** The person's name as this text writes it. */
export const nameOf = (ctx: TextContext, p: Person): string => (ctx.writing.diacritics ? p.name.vi : p.name.ascii);
/** "he" or "she". */
export const pronoun = (p: Person): string => (p.name.female ? 'she' : 'he');

/** A person as the subject of a verb: with their title the first time ("Minister of X Nguyen Van A" or "Nguyen Van A, Minister of X,"). */
export function subject(ctx: TextContext, p: Person): string {
  const { rng } = ctx;
  const name = nameOf(ctx, p);
  const title = titleOf(p, ctx.writing.diacritics);
  if (ctx.introduced.has(p.id)) return p.kind === 'leader'
    ? rng.pick([`${title} ${name}`, title === 'General Secretary' ? `Party chief ${name}` : `${title} ${name}`])
    : rng.pick([name, `${title} ${name}`, `${p.name.female ? 'Ms.' : 'Mr.'} ${name}`]);
  ctx.introduced.add(p.id);
  if (p.kind === 'leader' || rng.chance(0.55)) return `${p.rank && rng.chance(0.4) ? `${p.rank}, ` : ''}${title} ${name}`;
  return `${p.honorific ? `${p.honorific} ` : ''}${name}, ${title},`;
}

/** A person in a list: "Minister of X Nguyen Van A" or "Nguyen Van A - Minister of X". */
export function listed(ctx: TextContext, p: Person, dashed: boolean): string {
  ctx.introduced.add(p.id);
  const title = titleOf(p, ctx.writing.diacritics);
  return dashed ? `${nameOf(ctx, p)} - ${title}` : `${p.rank ? `${p.rank}, ` : ''}${title} ${nameOf(ctx, p)}`;
}

/** A random person of the pool (not the two most frequent leaders), optionally of some kinds. */
export function pickPerson(ctx: TextContext, kinds?: Person['kind'][]): Person {
  let person = personAt(ctx.seed, ctx.rng.int(2, ctx.peoplePool - 1));
  for (let tries = 0; kinds && !kinds.includes(person.kind) && tries < 12; tries++) person = personAt(ctx.seed, ctx.rng.int(2, ctx.peoplePool - 1));
  return person;
}

/** The holders of offices of a province that the pool holds so far. */
export function officials(ctx: TextContext, provinceIndex: number): Person[] {
  return PROVINCIAL_OFFICES.map((_, r) => provincialOfficeId(provinceIndex, r)).filter((id) => id < ctx.peoplePool).map((id) => personAt(ctx.seed, id));
}

/** Chooses the province or city a local text is about. */
export function chooseFocus(ctx: TextContext, index = ctx.rng.int(0, ctx.provincePool - 1)): void {
  ctx.focus = { province: provinceOrder(ctx.seed)[index]!, index };
}

/** Any person from the fixed national offices. */
export const nationalOfficial = (ctx: TextContext): Person => personAt(ctx.seed, ctx.rng.int(4, FIRST_GENERATED - 1));

/** An instrument issued before the text was published: a frequently cited one, or one of the pool. */
export function pickInstrument(ctx: TextContext, frequentShare = 0.45): Instrument {
  const { rng } = ctx;
  const before = (i: Instrument) => compareDays(i.date, ctx.pub) < 0;
  if (rng.chance(frequentShare)) {
    const frequent = FREQUENT.filter(before);
    const f57 = frequent.find((i) => i.id === 'f57');
    if (f57 && rng.chance(0.6)) return f57;
    if (frequent.length > 0) return rng.pick(frequent);
  }
  for (let tries = 0; tries < 8; tries++) {
    const candidate = instrumentAt(ctx.seed, rng.int(0, ctx.instrumentPool - 1));
    if (before(candidate)) return candidate;
  }
  return FREQUENT.filter(before).at(-1) ?? FREQUENT[3]!;
}

/** How a text names an instrument: in full the first time, then by code or number. */
export function instrumentRef(ctx: TextContext, i: Instrument): string {
  if (!ctx.cited.has(i.id)) {
    ctx.cited.add(i.id);
    return ctx.rng.chance(0.7) ? citation(i, ctx.writing, ctx.rng) : codeName(i, ctx.writing, ctx.rng);
  }
  return ctx.rng.chance(0.5) || i.kind === 'Plan' ? codeName(i, ctx.writing, ctx.rng) : shortName(i);
}

/** A recent past year for reported figures. */
export const pastYear = (ctx: TextContext): number => Math.max(2023, ctx.pub.year - 1);

/**
 * Who sets a target: the country, or the focus place, named with its kind ("Bac Ninh province",
 * "Hanoi City") or, when the text's lead names it so, "The province" / "The city".
 */
export function aim(ctx: TextContext, local = ctx.focus !== undefined): Aim {
  const f = ctx.focus;
  if (!f || !local) return { subject: ctx.rng.pick(['Vietnam', 'The country', 'Vietnam']), local: false };
  if (f.inLead && ctx.rng.chance(0.6)) return { subject: f.province.kind === 'province' ? 'The province' : 'The city', local: true };
  const d = ctx.writing.diacritics;
  const named = f.province.kind === 'capital' && ctx.rng.chance(0.7) ? `${d ? f.province.vi : f.province.ascii} City` : namedPlace(f.province, d);
  return { subject: capitalize(named), local: true };
}

/** The focus place as a phrase, or "the country". */
export const where = (ctx: TextContext): string => (ctx.focus ? placePhrase(ctx.focus.province, ctx.writing.diacritics) : 'the country');

/** Slots shared by the prose templates. */
export function proseSlots(ctx: TextContext): Slots {
  const { rng } = ctx;
  const [field, field2] = pair(rng, FIELDS);
  const [actor, actor2] = pair(rng, ACTORS);
  const [task, task2] = pair(rng, TASKS);
  return { field, field2, actor, actor2, task, task2, theme: () => rng.pick(THEMES), where: () => where(ctx) };
}

/** Two draws from a list, the second never equal to the first one drawn just before it. */
function pair(rng: Rng, items: readonly string[]): [() => string, () => string] {
  let last = '';
  const first = () => (last = rng.pick(items));
  const second = () => {
    let item = rng.pick(items);
    while (item === last) item = rng.pick(items);
    return (last = item);
  };
  return [first, second];
}

/** A template of a bank this text has not used yet (any, once all are used). */
export function fresh(ctx: TextContext, bank: readonly string[]): string {
  for (let tries = 0; tries < 6; tries++) {
    const template = ctx.rng.pick(bank);
    if (!ctx.used.has(template)) {
      ctx.used.add(template);
      return template;
    }
  }
  return ctx.rng.pick(bank);
}
