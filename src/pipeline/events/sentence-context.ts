import { firstAtLeast } from '../sorted-spans.ts';
import { textBefore } from '../reach.ts';
import { once } from '../once.ts';
import { anyCase } from '../regexp.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { TimeExpression } from '../time/types.ts';
import { linksIn } from './sentence-links.ts';
import type { Link } from '../extract/resolve.ts';
import type { EntityLookup } from './types.ts';
import { INSTRUMENT_TYPES as INSTRUMENT_TYPE_LIST } from '../../schemas/entity.ts';

/** An entity mention with offsets in its sentence. */
export interface LocalLink {
  entity: string;
  start: number;
  end: number;
}

/** What the readers of happenings see of one sentence: its text, its mentions and time expressions, by offsets in the sentence. */
export interface SentenceContext {
  text: string;
  links: LocalLink[];
  /** Spans of every time expression of the sentence (any relation), and how precise each is. */
  times: { start: number; end: number; precision: TimeExpression['precision'] }[];
  entities: EntityLookup;
  /**
   * The last numbered instrument of a type ("dispatch") the document names before the sentence, for "The dispatch, signed …"; of any
   * type (ANY_TYPE), the one its paragraph names before it, for "It was passed …".
   */
  earlier?: (type: string) => string | undefined;
  /** The people and bodies the document names as holding or chairing a gathering (see hosts.ts). */
  hosts?: ReadonlySet<string>;
  /** The people the document names as guests of the gathering it reports (see hosts.ts). */
  guests?: ReadonlySet<string>;
  /** The person a "he" or "she" of the sentence may be, or (given a given name alone) the person of that name (see peopleBefore). */
  personBefore?: PersonBefore;
  /** The person whose words open the next sentence of the paragraph, if any ("Lefèvre said …"; see speakerOpening). */
  nextSpeaker?: () => string | undefined;
  /** The heading of the section the sentence is in, if any: the nearest short line before its paragraph ("3. Results of the trial"). */
  section?: () => string | undefined;
}

/** How many links before a sentence its "he" or "she" is looked for among. */
const PERSON_REACH = 12;
/** How many paragraphs before a sentence's own its "he" or "she" is looked for in. */
const PARAGRAPHS_BACK = 3;

/** The context of a sentence of a document; `blockLinks` are the links of its block. */
export function sentenceContext(
  sentence: Sentence, blockLinks: readonly Link[], times: TimeExpression[], entities: EntityLookup, earlier?: SentenceContext['earlier'],
  hosts?: ReadonlySet<string>, personBefore?: PersonBefore, guests?: ReadonlySet<string>,
): SentenceContext {
  const local = (offset: number) => offset - sentence.start;
  return {
    text: sentence.text,
    links: linksIn(blockLinks, sentence).map((l) => ({ entity: l.entity, start: local(l.start), end: local(l.end) })),
    times: times.map((t) => ({ start: local(t.start), end: local(t.end), precision: t.precision })),
    entities,
    ...(earlier ? { earlier } : {}),
    ...(hosts ? { hosts } : {}),
    ...(personBefore ? { personBefore } : {}),
    ...(guests ? { guests } : {}),
  };
}

/**
 * For each sentence, the person its "he" or "she" may be: the last person its paragraph links before it (PERSON_REACH links back
 * at most), else a paragraph that opens with the given name of one person the document names ("Vinh, 47, holds a doctorate …").
 */
/**
 * The subject a sentence opens with, after a time or a place set off by a comma: a name (a run of words with capitals, "Thanh Hoa
 * e-Government Platform"), or a kind after "the" ("the institute"). Groups: the name, the kind.
 */
const SUBJECT_OPENING = new RegExp(String.raw`^(?:(?:In|On|By|During|Since|From)\s[^,]{1,40},\s+)?(?:The\s+|the\s+)?`
  + String.raw`(?:((?:[\p{L}\p{M}-]*\p{Lu}[\p{L}\p{M}-]*\s+){0,6}[\p{L}\p{M}-]*\p{Lu}[\p{L}\p{M}-]*)(?=\s+(?:was|is|were|has|had|\p{Ll}+ed)\b)`
  + String.raw`|(?<=\b[Tt]he\s+)(\p{Ll}+)\b)`, 'u');

export function peopleBefore(
  links: readonly Link[], entities: EntityLookup, blocks: readonly { text: string }[],
): (sentence: Sentence) => PersonBefore {
  const linksOf = once(() => Map.groupBy(links, (l) => l.block));
  // Each given name (a person's last word) that one person of the document has, and that person's entity.
  const byGivenName = once(() => {
    const ids = new Map<string, string | null>();
    for (const l of links) {
      const e = entities.get(l.entity);
      const given = e?.type === 'person' ? e.name.split(/\s+/).at(-1) : undefined;
      if (given && ids.get(given) !== l.entity) ids.set(given, ids.has(given) ? null : l.entity);
    }
    return ids;
  });
  // The person (or the body, for "it") a paragraph names last before an offset, or the one its opening given name is ("Vinh, 47, …").
  const inBlock = (block: number, before: number, opens: boolean, type = 'person') => {
    const blockLinks = linksOf().get(block) ?? [];
    const first = firstAtLeast(blockLinks, before, (l) => l.start);
    for (let i = first - 1; i >= Math.max(0, first - PERSON_REACH); i--) {
      if (entities.get(blockLinks[i]!.entity)?.type === type) return blockLinks[i]!.entity;
    }
    const opening = /^\p{Lu}[\p{L}\p{M}]+(?=[\s,])/u.exec(blocks[block]?.text ?? '')?.[0];
    return (type === 'person' && opening !== undefined && opens && byGivenName().get(opening)) || undefined;
  };
  // (Or one of the paragraphs just before that, a life told paragraph by paragraph: "… he was sent abroad and earned a doctorate …".)
  const last = (sentence: Sentence, type?: string) => {
    let found = inBlock(sentence.block, sentence.start, sentence.start > 0, type);
    for (let back = 1; found === undefined && back <= PARAGRAPHS_BACK && sentence.block - back >= 0; back++) {
      found = inBlock(sentence.block - back, Infinity, back === 1, type);
    }
    return found;
  };
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : entities.get(id)?.name);
  // A given name alone ("Khang was born …") is the one person of the text with it; "he" or "she", the person the paragraph named
  // last, else the one the paragraph before it did ("Thái, 52, … / In June 2020 he was appointed …"); "It", the body so named
  // ("… was renamed the Institute of Applied Informatics in 1993. / It received the Labour Order in 2008").
  return (sentence) => Object.assign(
    (given?: string) => (given === 'It' ? itBefore(sentence) : nameOf(given !== undefined ? byGivenName().get(given) ?? undefined : last(sentence))),
    { id: () => last(sentence) },
  );

  /**
   * What "It" opening a sentence is: the subject of the sentence before, when it is a name ("The Thanh Hoa e-Government Platform was
   * approved … It went live …"), or a kind the body the paragraphs named last has in its name ("the institute" for the Institute of
   * Applied Informatics).
   */
  function itBefore(sentence: Sentence): string | undefined {
    const before = sentence.start > 0 ? blocks[sentence.block]!.text.slice(0, sentence.start) : blocks[sentence.block - 1]?.text ?? '';
    const subject = SUBJECT_OPENING.exec(before.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '');
    if (!subject) return undefined;
    if (subject[1]) return subject[1];
    const body = nameOf(last(sentence, 'organization'));
    return body && body.toLowerCase().split(/\s+/).includes(subject[2]!.toLowerCase()) ? body : undefined;
  }
}

/**
 * Who a word for a person in a sentence is: called with a given name alone, the name of the one person of the text with it; with
 * "It", the body so named; with nothing, the name of the person "he" or "she" is. `id` is that person's entity.
 */
export type PersonBefore = ((given?: string) => string | undefined) & { id: () => string | undefined };

/** The nouns a document is told by, without its number ("the dispatch", "the conclusion"), as a regular expression source. */
export const DOCUMENT_NOUNS = 'dispatch|decision|resolution|directive|conclusion|decree|plan|notice|circular|programme|law|report';
/**
 * DOCUMENT_NOUNS capitalised too, as summaries of a legal text write the one they are about ("The Decision, dated March 19, …"). (Not
 * for "This Resolution was adopted by …" at a legal text's foot, which is the text itself, not the last one it names.)
 */
export const DOCUMENT_NOUNS_CASED = anyCase(DOCUMENT_NOUNS.split('|'));
/** The entity type of a document noun ("programme" is an action programme's). */
export const typeOfNoun = (noun: string): string => (noun.toLowerCase() === 'programme' ? 'actionprogramme' : noun.toLowerCase());

/**
 * For each sentence, the last instrument of a type the document names before it: the links are read once, in document order,
 * when first asked.
 */
export function instrumentsBefore(
  links: readonly Link[], entities: EntityLookup, blocks: readonly { text: string }[],
): (sentence: Sentence) => (type: string) => string | undefined {
  // Whether two links (in order) are of one sentence: one paragraph, no sentence's end between them.
  const sameSentence = (a: Link, b: Link) => a.block === b.block && !SENTENCE_BREAK.test(blocks[a.block]?.text.slice(a.end, b.start) ?? '.');
  let ordered: Link[] | undefined;
  // The links a verb acts on (see ACTED_ON), read once with the order, not once per sentence that asks.
  let actedOn: Set<Link> | undefined;
  return (sentence) => (type) => {
    ordered ??= links.filter((l) => INSTRUMENT_TYPES.has(entities.get(l.entity)?.type ?? '')).sort((a, b) => a.block - b.block || a.start - b.start);
    actedOn ??= new Set(ordered.filter((l) => ACTED_ON.test(textBefore(blocks[l.block]?.text ?? '', l.start, ACTED_ON_REACH))));
    // Of the last sentence that names one of the type, the first it names: the one the sentence is about ("… adopted Resolution No.
    // 27/2027/NQ-HĐND, which amends Resolution No. 05/2026/NQ-HĐND …" → "The resolution was passed …" is No. 27's).
    // (Not one the sentence says another replaces, amends or carries out: "It replaces Resolution No. 196/NQ-CP …" → "The resolution,
    // dated 9 August", is the one before, which does the replacing; unless the text names no other.)
    let found: Link | undefined;
    let replaced: Link | undefined;
    for (const l of ordered) {
      if (l.block > sentence.block || (l.block === sentence.block && l.end > sentence.start)) break;
      if (type !== ANY_TYPE && entities.get(l.entity)?.type !== type) continue;
      if (actedOn.has(l)) replaced ??= l;
      else if (!(found && sameSentence(found, l))) found = l;
    }
    // (Of any type, only one its paragraph names: "It" is the last sentence's subject.)
    const one = found ?? replaced;
    return type === ANY_TYPE && one?.block !== sentence.block ? undefined : one?.entity;
  };
}
/** The type `earlier` is asked for to be given an instrument of any type its sentence's paragraph names before it. */
export const ANY_TYPE = '*';

/** A verb that acts on the instrument after it, and the words of its name before it: "replaces the Government's", "amending". */
// (Or carries out: "and follows the Politburo's Resolution 57-NQ/TW".)
const ACTED_ON = new RegExp(String.raw`\b(?:replac(?:es|ing|ed)|supersed(?:es|ing|ed)|amend(?:s|ing|ed)|repeal(?:s|ing|ed)|in\s+(?:place|lieu)\s+of`
  + String.raw`|follow(?:s|ing)|implement(?:s|ing)|to\s+implement|carr(?:ies|ying)\s+out|to\s+carry\s+out)\s+(?:the\s+)?(?:(?!by\b)[\p{L}’']+\s+){0,3}$`, 'u');
/** How far before an instrument ACTED_ON looks. */
const ACTED_ON_REACH = 60;
// (And laws, which "The law was passed …" refers back to.)
const INSTRUMENT_TYPES: ReadonlySet<string> = new Set([...INSTRUMENT_TYPE_LIST, 'law']);
/** A sentence's end between two words. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/u;

/** A note's label before what the page adds after a text: "Editor's note: ", "Update: ". As a source, no group. */
export const NOTE_LABEL = String.raw`(?:Editor[’']s\s+note|Note|Update|Updated|Correction)\s*:\s+`;
/**
 * A transcript's speaker label opening a sentence ("MODERATOR: ", "Ms. Lan: ", "Mr. Đoàn Minh Khang: "): who speaks, never the
 * subject of what the sentence reports. A label is up to four capitalised words before a colon.
 */
export const SPEAKER_LABEL = String.raw`^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}:\s`;
