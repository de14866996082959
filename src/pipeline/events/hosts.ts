import { SAID_AFTER, SAYING_VERB } from '../extract/lexicon/speech-verbs.ts';
import type { Link } from '../extract/resolve.ts';
import type { Sentence } from '../extract/sentences.ts';
import { GATHERING_NOUN, PEOPLE_MET_NAMED } from '../extract/lexicon/gatherings.ts';
import type { PersonBefore } from './sentence-context.ts';
import { AT_GATHERING, guestByTitle, TITLE_REACH } from './remarks.ts';
import { linksIn } from './sentence-links.ts';
import type { DocumentTimeline, EntityLookup } from './types.ts';

/**
 * Verbs whose subject holds, chairs, opens, closes or launches a gathering or a site: "HADE held …", "X chaired the meeting", "X opened its
 * data centre", "Council Chairman X closed the session".
 */
const HOSTING = new RegExp(String.raw`\b(?:held|hosted|opened|closed|organi[sz]ed|co-organi[sz]ed|convened|inaugurated|launched|met|chaired`
  // (Or trained its own people, at a training it held: "the Phan Rang Notary Office trained its 12 notaries …".)
  + String.raw`|co-chaired|moderated|presided\s+over|trained(?=\s+(?:its|their)\s))\b`, 'g');
/** A gathering or a site held or opened in the passive: its subject's body holds it ("A factory of X was inaugurated …"). */
const PASSIVE_HOSTING = /\b(?:was|were)\s+(?:officially\s+|formally\s+)?(?:held|hosted|organi[sz]ed|inaugurated|opened)\b/;
/** How far before a passive verb of hosting its subject's body may be named. */
const SUBJECT_REACH = 120;
/** The same, as a test (a global pattern's test moves where matchAll starts). */
const HOSTS_ANY = new RegExp(HOSTING.source);
/**
 * The agent after such a verb: "(held …) by the Ho Chi Minh City Association of Digital Enterprises", or its title's body or the
 * holder of the title ("chaired by Chairwoman of the Long Hòa Tây Ward People's Committee Lâm Thị Bích Trâm").
 */
const BY = /^[^,;.]{0,80}?\bby\s+(?:the\s+)?(?:[^,;.]{0,80}?\s)?$/;
/** A verb that reports what follows it, whose subject is then not the host verb's: "X said 38 universities had opened …". */
const REPORTING = new RegExp(String.raw`\b(?:${SAYING_VERB})\b|\bthat\b`, 'u');
/** A body's sitting named by its noun, then the body: "session of the", "plenum of the". */
const SITTING_OF = /\b(?:session|plenum|congress)\s+of\s/i;
/** The same, right before the body's name. */
const SITTING_BEFORE = /\b(?:session|plenum|congress)\s+of\s+(?:the\s+)?$/i;
/** How far before a body's name SITTING_BEFORE is read. */
const SITTING_REACH = 20;
/** How far before its verb a holder's name may end ("HADE, on Thursday, held"). */
const GAP = 30;
/** How far after its verb the agent after "by" may start (see BY). */
const BY_REACH = 90;

/**
 * The people and bodies a text names as holding or chairing a gathering: the subject before a verb of hosting (HOSTING), its
 * agent after "by" ("held in Hanoi on Thursday by HADE"), or the body a passive's subject names ("A factory of X was
 * inaugurated"). Read once per document: ids of the entities.
 */
export function hostsOf(doc: DocumentTimeline, entities: EntityLookup): ReadonlySet<string> {
  const hosts = new Set<string>();
  const holder = (id: string) => ['person', 'organization'].includes(entities.get(id)?.type ?? '');
  const linksOf = Map.groupBy(doc.links, (l) => l.block);
  for (const sentence of doc.sentences) {
    // "A chip factory of Hanam Semicon Vina, a subsidiary of …, was inaugurated": the first body of the subject holds it.
    const passive = PASSIVE_HOSTING.exec(sentence.text);
    if (passive) {
      const at = sentence.start + passive.index;
      const subject = linksIn(linksOf.get(sentence.block) ?? [], sentence, Math.max(sentence.start, at - SUBJECT_REACH), at)
        .find((l) => entities.get(l.entity)?.type === 'organization');
      if (subject) hosts.add(subject.entity);
    }
    // "This morning, the 20th session of the Gia Lai Provincial People's Council passed …": the body whose sitting it is holds it.
    if (SITTING_OF.test(sentence.text)) {
      for (const l of linksIn(linksOf.get(sentence.block) ?? [], sentence)) {
        if (entities.get(l.entity)?.type === 'organization'
          && SITTING_BEFORE.test(sentence.text.slice(Math.max(0, l.start - sentence.start - SITTING_REACH), l.start - sentence.start))) hosts.add(l.entity);
      }
    }
    if (!HOSTS_ANY.test(sentence.text)) continue;
    const links = linksIn(linksOf.get(sentence.block) ?? [], sentence).map((l) => ({ ...l, start: l.start - sentence.start, end: l.end - sentence.start }));
    // The links and the verbs both come in order: each is passed once (a sentence of many of both stays linear).
    let ended = 0;
    let started = 0;
    for (const m of sentence.text.matchAll(HOSTING)) {
      while (ended < links.length && links[ended]!.end <= m.index) ended++;
      for (let i = ended - 1; i >= 0 && m.index - links[i]!.end <= GAP; i--) {
        if (!holder(links[i]!.entity)) continue;
        // Not the subject of another verb the host verb is reported under ("Han said 38 universities had opened …").
        if (!REPORTING.test(sentence.text.slice(links[i]!.end, m.index))) hosts.add(links[i]!.entity);
        break;
      }
      const after = m.index + m[0].length;
      while (started < links.length && links[started]!.start <= after) started++;
      for (let i = started; i < links.length && links[i]!.start - after <= BY_REACH; i++) {
        if (!holder(links[i]!.entity) || !BY.test(sentence.text.slice(after, links[i]!.start))) continue;
        hosts.add(links[i]!.entity);
        break;
      }
    }
  }
  // "(Notice No. 612/TB-UBND of the Ninh Kiều Ward People's Committee …) On Friday (3/5), the ward held a meeting with school principals":
  // a body told by its kind that held the gathering is the one the text opens with, of that kind.
  if (hosts.size === 0) {
    const kind = doc.sentences.map((s) => KIND_HELD.exec(s.text)?.[1]).find((k) => k !== undefined);
    const opening = kind === undefined ? undefined : leadBody(doc, linksOf, entities);
    const ofKind = (id: string | undefined) => id !== undefined && entities.get(id)?.type === 'organization'
      && entities.get(id)!.name.toLowerCase().includes(kind!.toLowerCase());
    // (Else the first body of that kind the text names: "Under Notice No. 2784/TB-SXD …, the Thái Nguyên Department of Construction
    // announces …" then "the department met the developer …".)
    const named = ofKind(opening) ? opening : kind === undefined ? undefined : doc.links.find((l) => ofKind(l.entity))?.entity;
    if (named) hosts.add(named);
  }
  if (hosts.size === 0) {
    const first = firstSpeakerAt(doc, linksOf, entities);
    if (first) hosts.add(first);
  }
  return hosts;
}

/**
 * A sentence that opens with the gathering it reports, then the first speaker there: "At the dialogue with 37 shipping lines on Tuesday
 * (8/5), (Director of the Hai Phong Maritime Administration X said …)", "At our customer conference …, (General Director … Y answered …)".
 * Group: the gathering's noun.
 */
const AT_GATHERING_SPEAKER = new RegExp(String.raw`^At\s+(?:the|a|an|our|its|their)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?(${GATHERING_NOUN})\b[^;]{0,160}?,\s+`, 'u');
/** Speaking, or answering, right after a speaker's name: " said", " answered 46 questions", " told the dialogue". */
const SPOKE_AFTER = new RegExp(String.raw`^\s+(?:also\s+)?(?:${SAYING_VERB}|told|answered|presented|introduced|explained|opened)\b`, 'u');

/**
 * The host a text that names none gives by its report: the first speaker at the gathering a sentence opens with (AT_GATHERING_SPEAKER),
 * named within TITLE_REACH of its comma, unless a guest by title (`guestByTitle`). A text that tells who held or chaired its gathering has
 * its host already; one that tells nobody speaking first has none.
 */
function firstSpeakerAt(doc: DocumentTimeline, linksOf: Map<number, Link[]>, entities: EntityLookup): string | undefined {
  let heldBefore: Sentence | undefined;
  for (const sentence of doc.sentences) {
    // (Or the occasion of a launch or an opening: "At the launch of the pilot at Cầu Giấy station that morning, …".)
    // (Or the sentence right after one that says a gathering was held, in its paragraph: "A training session … was held at the centre on
    // Saturday (12/8). (Director of the … Centre X said …)".)
    const after = heldBefore !== undefined && heldBefore.block === sentence.block ? /^/.exec(sentence.text) : null;
    heldBefore = WAS_HELD.test(sentence.text) ? sentence : undefined;
    const at = AT_GATHERING_SPEAKER.exec(sentence.text) ?? AT_GATHERING.exec(sentence.text) ?? after;
    if (!at) continue;
    const from = sentence.start + at[0].length;
    const person = linksIn(linksOf.get(sentence.block) ?? [], sentence, from, from + TITLE_REACH).find((l) => entities.get(l.entity)?.type === 'person');
    if (!person) continue;
    const title = sentence.text.slice(at[0].length, person.start - sentence.start).trim();
    // (Who speaks there, right after the name: not one a document the gathering announced names, "… was announced, under which X is …".)
    if (!SPOKE_AFTER.test(sentence.text.slice(person.end - sentence.start))) continue;
    if (guestByTitle(title)) return undefined;
    // "Phú Bài International Airport informs passengers …", then "At a meeting with the airlines …, Deputy Director General of the Civil
    // Aviation Authority … X said": a speaker whose title names another body than the one the text opens with is that body's guest; the
    // body the text opens with holds the gathering.
    const bodies = linksIn(linksOf.get(sentence.block) ?? [], sentence, from, person.start)
      .filter((l) => entities.get(l.entity)?.type === 'organization').map((l) => l.entity);
    const opening = leadBody(doc, linksOf, entities);
    const openingName = opening === undefined ? undefined : entities.get(opening)?.name;
    if (opening && openingName && bodies.length > 0 && !bodies.includes(opening) && !title.includes(openingName)) return opening;
    return person.entity;
  }
  return undefined;
}

/** A gathering by its noun that was held, opening its sentence: "A training session for 420 health workers … was held …". */
const WAS_HELD = new RegExp(String.raw`^(?:An?|The)\s+(?:[\p{L}-]+\s+){0,3}?${GATHERING_NOUN}\b[^;]{0,160}?\s(?:was|were)\s+held\b`, 'u');

/** How many blocks at the top of a text its opening body may be named in. */
const LEAD_BLOCKS = 2;

/**
 * The body a text opens with: the first organization its first blocks name, as the subject of their first sentence, or as the issuer of
 * the instrument that subject is ("Notice No. 3317/TB-SXD of the Phú Thọ Department of Construction announces …").
 */
function leadBody(doc: DocumentTimeline, linksOf: Map<number, Link[]>, entities: EntityLookup): string | undefined {
  for (const sentence of doc.sentences) {
    if (sentence.block >= LEAD_BLOCKS) return undefined;
    const [first, second] = linksIn(linksOf.get(sentence.block) ?? [], sentence);
    if (!first || first.start !== sentence.start) continue;
    const type = entities.get(first.entity)?.type;
    if (type === 'organization') return first.entity;
    if (second && type !== 'person' && entities.get(second.entity)?.type === 'organization'
      && /^\s+of\s+(?:the\s+)?$/.test(sentence.text.slice(first.end - sentence.start, second.start - sentence.start))) return second.entity;
  }
  return undefined;
}
/** A body told by its kind that held a gathering: "the ward held a meeting", "The centre organised a workshop". Group: the kind. */
// (Or trained its own people: "the office trained its 18 notaries …".)
// (Any kind a body's name ends with or holds: "the company met village heads …" is "… Telecom Joint Stock Company".)
// (Or a hyphenated kind: "the sub-department held a training course …".)
const KIND_HELD = new RegExp(String.raw`\b[Tt]he\s+(\p{Ll}[\p{Ll}-]{3,})\s+`
  // (Or met people: "the department met the developer and officials of … wards to prepare the sale".)
  + String.raw`(?:(?:held|hosted|organi[sz]ed|convened)\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${GATHERING_NOUN}|training|course)\b`
  + String.raw`|trained\s+(?:its|their)\s`
  + String.raw`|met\s+(?:with\s+)?(?:the|\d|\p{Lu}|${PEOPLE_MET_NAMED}))`, 'u');

/** Words that name a person at a gathering as its guest: "Attending as a guest was X", "X, a guest of honour, …", "guests included X". */
const AS_GUEST = /\bas\s+(?:a\s+|the\s+)?guests?\b|\bguests?\s+of\s+honou?r\b|\bguests?\s+(?:included|were)\b/i;
/** A sentence's subject, its apposition closed, that attended: "X, Deputy Secretary of …, attended (and …)". */
const ATTENDED = /^[^,;.]{3,60}(?:,[^;.]{3,160}?,)?\s+attended\b/u;
/** How far from those words a guest's name may be. */
const GUEST_REACH = 60;

/** The people a text names as guests of the gathering it reports (AS_GUEST): read once per document, ids of the entities. */
export function guestsOf(doc: DocumentTimeline, entities: EntityLookup): ReadonlySet<string> {
  const guests = new Set<string>();
  const linksOf = Map.groupBy(doc.links, (l) => l.block);
  for (const sentence of doc.sentences) {
    const m = AS_GUEST.exec(sentence.text);
    if (!m) continue;
    const at = sentence.start + m.index;
    // (The person nearest before the words, else the first after them: "…, X presented the programme, and … Y attended as a guest" is Y.)
    const people = linksIn(linksOf.get(sentence.block) ?? [], sentence, Math.max(sentence.start, at - GUEST_REACH), at + m[0].length + GUEST_REACH)
      .filter((l) => entities.get(l.entity)?.type === 'person');
    const person = people.filter((l) => l.end <= at).at(-1) ?? people.find((l) => l.start >= at);
    if (person) guests.add(person.entity);
  }
  // "Cầm Văn Thiện, Permanent Deputy Secretary of …, attended and pressed the button": a person who attended (a host is none: see
  // remarks.ts).
  for (const sentence of doc.sentences) {
    const m = ATTENDED.exec(sentence.text);
    if (!m) continue;
    const person = linksIn(linksOf.get(sentence.block) ?? [], sentence, sentence.start, sentence.start + m[0].length)
      .find((l) => entities.get(l.entity)?.type === 'person' && l.start - sentence.start <= 1);
    if (person) guests.add(person.entity);
  }
  return guests;
}

/** A courtesy title opening a sentence before a name: "Ms ", "Mr. ", "Dr ". */
const HONORIFIC = /^(?:Mr|Ms|Mrs|Madam|Dr|Prof)\.?\s+(?=\p{Lu})/u;

/**
 * The person whose words a sentence opens with, by name or by "he" or "she" (`personBefore` tells whom): "Lefèvre said Huế's programme
 * …", "He urged the province to …". Undefined when the sentence opens otherwise. `blockLinks` are the links of its paragraph.
 */
export function speakerOpening(
  sentence: Sentence, blockLinks: readonly Link[], entities: EntityLookup, personBefore: PersonBefore,
): string | undefined {
  const pronoun = /^(?:He|She)(?=\s)/.exec(sentence.text);
  if (pronoun) return SAID_AFTER.test(sentence.text.slice(pronoun[0].length)) ? personBefore.id() : undefined;
  // (Called by a courtesy title and the family name: "Ms Hồ also urged …".)
  const from = sentence.start + (HONORIFIC.exec(sentence.text)?.[0].length ?? 0);
  const first = blockLinks.find((l) => l.start === from && entities.get(l.entity)?.type === 'person');
  return first && SAID_AFTER.test(sentence.text.slice(first.end - sentence.start)) ? first.entity : undefined;
}
