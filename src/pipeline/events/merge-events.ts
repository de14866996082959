import type { Event } from '../../schemas/event.ts';
import { slugify } from '../slug.ts';
import { compareEvents } from './event-order.ts';
import { byRarity, SimilarityIndex } from './similarity-index.ts';
import { contentWords } from './similarity.ts';
import { familyOf } from './act-kinds.ts';
import type { EventCandidate } from './types.ts';
import { uniqueIds } from '../unique-ids.ts';

/** Title similarity above which two gatherings on the same day are the same one. */
const SAME_GATHERING = 0.3;
/** Title similarity above which two milestones due at the same time are the same one. */
const SAME_MILESTONE = 0.5;

/** Candidates merged so far; members are a tree of concatenations, flattened once at the end. */
interface Group {
  /** Creation order: a group that absorbs others moves after every group of its day. */
  seq: number;
  kind: EventCandidate['kind'];
  members: Members;
  size: number;
  /** Participants of every member. */
  participants: Set<string>;
  /** The documents that name one of its gatherings with a verb ("held its monthly meeting"). */
  named: Set<string>;
  /** The sentences its members come from: two happenings one sentence reports are two, however alike their titles. */
  sentences: Set<string>;
  /** The group it was merged into. */
  into?: Group;
}
type Members = EventCandidate | Members[];

/** What is known of the groups of one day and kind, to find those a candidate is the same event as. */
interface Bucket {
  /** The group of each instrument (`instrument`) or body formed (`establishment`). */
  byKey: Map<string | undefined, Group>;
  /** The group of each participant (gatherings: two groups never share one). */
  byParticipant: Map<string, Group>;
  /** Distinct titles (as word sets) and their group: the same words are in one group only. */
  titles: SimilarityIndex<Group>;
  signatures: Set<string>;
}

/**
 * Merges the candidates that report the same event — same date and kind, and the same
 * instrument, a shared participant (for gatherings and remarks: one person visits two sites on
 * one day) or a similar title — into one event that lists every source;
 * a bare "conference" that day joins the gathering it shares a participant with, or, when it names
 * no one, the one most reported. `order` ranks documents for a stable source order.
 * Each candidate is a new group, or joins with every group of its day that has a member reporting
 * the same event; indexes of keys, participants and titles find those groups without a scan.
 */
export function mergeEvents(given: EventCandidate[], order: Map<string, number>): Event[] {
  const words = new Map<string, { set: Set<string>; signature: string }>();
  for (const c of given) if (!words.has(c.title)) {
    const set = contentWords(c.title);
    words.set(c.title, { set, signature: [...set].sort().join(' ') });
  }
  const candidates = onTheirDays(given, (c) => words.get(c.title)!.set);
  const rarity = byRarity([...words.values()].map((w) => w.set));
  const days = new Map<string, Group[]>();
  const buckets = new Map<string, Bucket>();
  let seq = 0;
  for (const c of candidates) {
    if (c.quality <= 0) continue;
    const key = `${c.time.value}\n${familyOf(c.kind)}`;
    let b = buckets.get(key);
    if (!b) buckets.set(
      key,
      (b = {
        byKey: new Map(), byParticipant: new Map(), titles: new SimilarityIndex(c.kind === 'milestone' ? SAME_MILESTONE : SAME_GATHERING, rarity),
        signatures: new Set(),
      }),
    );
    const { set: title, signature } = words.get(c.title)!;
    const matching = new Set<Group>();
    if (keyed(c)) {
      const g = b.byKey.get(identity(c));
      if (g) matching.add(root(g));
    } else {
      // (Two speakers' remarks that day are two, however alike their titles: "X delivered remarks at the conference", "Y …".)
      for (const g of b.titles.similar(title)) if (!root(g).sentences.has(sentenceOf(c)) && !otherSpeakers(c, root(g))) matching.add(root(g));
      // A text that names two gatherings of a day with their verbs tells of two, whoever took part in both.
      const named = (g: Group) => c.quality === 3 && g.named.has(c.source.document);
      if (c.kind !== 'milestone' && c.kind !== 'other' && familyOf(c.kind) !== 'act') for (const p of c.participants) {
        const g = b.byParticipant.get(p);
        if (g && !named(root(g))) matching.add(root(g));
      }
    }
    const group = absorb(c, [...matching].sort((x, y) => x.seq - y.seq), ++seq);
    if (matching.size === 0) addTo(days, c.time.value, group);
    if (keyed(c)) b.byKey.set(identity(c), group);
    for (const p of c.participants) b.byParticipant.set(p, group);
    if (!keyed(c) && !b.signatures.has(signature)) (b.signatures.add(signature), b.titles.add(title, group));
  }
  const bare = new Map<string, BareChoice>();
  for (const c of candidates) {
    if (c.quality !== 0) continue;
    const key = `${c.time.value}\n${familyOf(c.kind)}`;
    let choice = bare.get(key);
    if (!choice) bare.set(key, (choice = new BareChoice((days.get(c.time.value) ?? []).filter((g) => !g.into && familyOf(g.kind) === familyOf(c.kind)))));
    let group = choice.groupFor(c);
    if (group) (group.members = [group.members, c], group.size++);
    else addTo(days, c.time.value, (group = absorb(c, [], ++seq)));
    choice.joined(c, group);
  }
  const collator = new Intl.Collator('en', { numeric: true });
  const rank = (c: EventCandidate) => order.get(c.source.document) ?? Number.MAX_SAFE_INTEGER;
  const bySource = (a: EventCandidate, b: EventCandidate) => rank(a) - rank(b) || collator.compare(a.source.paragraph, b.source.paragraph);
  const events = [...days.values()]
    .flatMap((groups) => groups.filter((g) => !g.into).sort((a, b) => a.seq - b.seq))
    .map((g) => toEvent(flatten(g.members).sort(bySource)));
  events.sort(compareEvents);
  const ids = uniqueIds();
  for (const event of events) event.id = ids(event.id);
  return events;
}

/**
 * Candidates with a happening a text dates by its month moved to the day of that month the same text gives the same happening
 * (its title's words, and maybe more: "an SPDI workshop in August", and in a note "[6] the SPDI workshop of 14 August 2026"): one
 * happening, on that day.
 */
function onTheirDays(candidates: EventCandidate[], wordsOf: (c: EventCandidate) => Set<string>): EventCandidate[] {
  // (The days of a document's happenings, by their month: a month's candidate reads only the days of its month.)
  const key = (c: EventCandidate, month: string) => `${c.source.document}\n${familyOf(c.kind)}\n${month}`;
  const dayOf = new Map<string, EventCandidate[]>();
  for (const c of candidates) {
    if (c.time.precision !== 'day') continue;
    const k = key(c, c.time.value.slice(0, 7));
    (dayOf.get(k) ?? dayOf.set(k, []).get(k)!).push(c);
  }
  if (dayOf.size === 0) return candidates;
  return candidates.map((c) => {
    const words = c.time.precision === 'month' ? wordsOf(c) : undefined;
    if (!words || words.size === 0) return c;
    const day = dayOf.get(key(c, c.time.value))?.find((d) => [...words].every((w) => wordsOf(d).has(w)));
    return day ? { ...c, time: day.time } : c;
  });
}

const addTo = (days: Map<string, Group[]>, day: string, group: Group) => (days.get(day) ?? days.set(day, []).get(day)!).push(group);

/** Whether a candidate is the same event as another by what it acts on: an instrument named by an entity, or a body formed. */
const keyed = (c: EventCandidate) => (familyOf(c.kind) === 'act' ? c.instrument !== undefined : c.kind === 'establishment');

/** The instrument acted on or body formed that makes two candidates the same event. */
const identity = (c: EventCandidate) => (familyOf(c.kind) === 'act' ? c.instrument : c.entities[0]);

/** A new group holding a candidate and every member of `groups` (in that order), which merge into it. */
function absorb(c: EventCandidate, groups: Group[], seq: number): Group {
  const named = new Set(c.quality === 3 ? [c.source.document] : []);
  if (groups.length === 0) return { seq, kind: c.kind, members: c, size: 1, participants: new Set(c.participants), named, sentences: new Set([sentenceOf(c)]) };
  const survivor = groups.reduce((a, b) => (b.size > a.size ? b : a));
  for (const g of groups) if (g !== survivor) {
    g.into = survivor;
    for (const p of g.participants) survivor.participants.add(p);
    for (const d of g.named) survivor.named.add(d);
    for (const s of g.sentences) survivor.sentences.add(s);
  }
  survivor.sentences.add(sentenceOf(c));
  for (const p of c.participants) survivor.participants.add(p);
  for (const d of named) survivor.named.add(d);
  survivor.members = [c, ...groups.map((g) => g.members)];
  survivor.size = 1 + groups.reduce((n, g) => n + g.size, 0);
  survivor.seq = seq;
  return survivor;
}

/** Whether a candidate's remarks and a group's are of other people: each names its speakers, and none is the other's. */
const otherSpeakers = (c: EventCandidate, g: Group) => c.kind === 'remarks' && g.kind === 'remarks' && c.participants.length > 0
  && g.participants.size > 0 && !c.participants.some((p) => g.participants.has(p));

/** A candidate's text and title. */
const toldKey = (c: EventCandidate) => `${c.source.document}\n${c.title}`;

/** Where a candidate is told: its document, paragraph and sentence. */
const sentenceOf = (c: EventCandidate) => `${c.source.document}\n${c.source.paragraph}\n${c.source.text}`;

/** The group a merged group now belongs to (shortening the path for the next call). */
function root(group: Group): Group {
  let r = group;
  while (r.into) r = r.into;
  for (let g = group; g.into && g.into !== r;) [g, g.into] = [g.into, r];
  return r;
}

/** Members in order, without recursion (a tree merged many times is deep). */
function flatten(members: Members): EventCandidate[] {
  const out: EventCandidate[] = [];
  const stack = [members];
  while (stack.length > 0) {
    const m = stack.pop()!;
    if (!Array.isArray(m)) out.push(m);
    else for (let i = m.length - 1; i >= 0; i--) stack.push(m[i]!);
  }
  return out;
}

/**
 * The group a bare "conference on January 13" belongs to among the groups of its day and kind:
 * the first sharing a participant with it; for a bare candidate without participants, the one most
 * texts report (the first on a tie); else the one the same text already named so that day ("The conference opens …", "The
 * conference has closed"); else none (it stands alone: a conference whose people share no one with that day's gatherings is
 * another conference). Bare candidates that join a group count in later choices.
 */
class BareChoice {
  readonly #first = new Map<string, Group>();
  /** The group of each bare gathering a text names that day, by its title: a text tells of one "conference" a day. */
  readonly #told = new Map<string, Group>();
  #largest: Group | undefined;
  /** The groups of the day, in order, with their members' documents and titles (in lower case). */
  readonly #titled: { group: Group; document: string; title: string }[] = [];

  constructor(groups: Group[]) {
    for (const g of groups.sort((a, b) => a.seq - b.seq)) {
      this.#count(g, g.participants);
      for (const m of flatten(g.members)) this.#titled.push({ group: g, document: m.source.document, title: m.title.toLowerCase() });
    }
  }

  groupFor(c: EventCandidate): Group | undefined {
    let found: Group | undefined;
    for (const p of c.participants) {
      const g = this.#first.get(p);
      if (g && (!found || g.seq < found.seq)) found = g;
    }
    return found ?? this.#told.get(toldKey(c)) ?? this.#namedBySameText(c) ?? (c.participants.length === 0 ? this.#largest : undefined);
  }

  /**
   * The gathering the same text told of that day with its verb, whose title holds the bare one's ("… announced at a press conference
   * in Hồ Chí Minh City on Monday", then "At Monday's press conference, the fund announced its first investment in X"), whoever
   * the bare one's sentence names.
   */
  // (Or holds its words, however worded: "Meeting with digital technology companies" beside "Meeting with the heads of 40 digital
  // technology companies".)
  #namedBySameText(c: EventCandidate): Group | undefined {
    const bare = c.title.toLowerCase();
    const words = contentWords(c.title);
    return this.#titled.find((t) => t.document === c.source.document
      && (t.title.includes(bare) || (words.size > 1 && [...words].every((w) => contentWords(t.title).has(w)))))?.group;
  }

  joined(c: EventCandidate, group: Group): void {
    if (!this.#told.has(toldKey(c))) this.#told.set(toldKey(c), group);
    this.#titled.push({ group, document: c.source.document, title: c.title.toLowerCase() });
    for (const p of c.participants) group.participants.add(p);
    this.#count(group, c.participants);
  }

  #count(group: Group, participants: Iterable<string>): void {
    for (const p of participants) {
      const g = this.#first.get(p);
      if (!g || g.seq > group.seq) this.#first.set(p, group);
    }
    const l = this.#largest;
    if (!l || group.size > l.size || (group.size === l.size && group.seq < l.seq)) this.#largest = group;
  }
}

/** 1 when title `a` has every word of title `b` and more, -1 the other way round, else 0. */
function fuller(a: string, b: string): number {
  const words = (title: string) => new Set(title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const holds = (long: string, short: string) => {
    const all = words(long);
    const some = words(short);
    return all.size > some.size && [...some].every((w) => all.has(w));
  };
  return holds(a, b) ? 1 : holds(b, a) ? -1 : 0;
}

/** One event from its candidates, in source order: the best title, the date as stated where any text states it. */
function toEvent(group: EventCandidate[]): Event {
  const titles = tally(group.map((c) => c.title));
  // A title that says another's words and more ("Report presented at a meeting chaired by X" beside "Meeting") is better; else the shorter.
  const best = group.reduce((a, b) => ((b.quality - a.quality || titles.get(b.title)! - titles.get(a.title)! || fuller(b.title, a.title)
    || a.title.length - b.title.length) > 0 ? b : a));
  const stated = group.find((c) => c.time.inferred.length === 0) ?? group[0]!;
  const places = tally(group.flatMap((c) => (c.place ? [c.place] : [])));
  let place: string | null = null;
  for (const p of places.keys()) if (place === null || (places.get(p)! - places.get(place)! || p.length - place.length) > 0) place = p;
  const seen = new Set<string>();
  const sources = group.map((c) => c.source).filter((s) => {
    const key = `${s.document}#${s.paragraph}#${s.text}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const { value, precision, from, to, inferred } = stated.time;
  return {
    id: `${slugify(value)}-${slugify(best.title).split('-').slice(0, 6).join('-')}`.replace(/-+$/, ''),
    kind: best.kind, title: best.title, date: value, precision, from, to, inferred, place,
    participants: [...new Set(group.flatMap((c) => c.participants))],
    entities: [...new Set(group.flatMap((c) => c.entities))],
    sources,
  };
}

/** How many times each value occurs, in order of first occurrence. */
function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
