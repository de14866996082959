import { blockId } from '../block-id.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { TimeExpression } from '../time/types.ts';
import { heldObject, metObject, tidyTitle } from './event-title.ts';
import { placeAfter, splitPreamble } from './preamble.ts';
import { entityIds, linksIn, sameSentence } from './sentence-links.ts';
import { publicationEnd } from '../time/reference.ts';
import { ISSUED_TYPES, type DocumentTimeline, type EntityLookup, type EventCandidate } from './types.ts';

const HELD = /\b(?:held|hosted|convened|organi[sz]ed)\s+(?:a|an|the|its|their)\s+/;
const POSSESSIVE = /\b(?:its|their)\s+$/;
const PASSIVE = /\b(?:was|were)\s+(?:held|convened|organi[sz]ed|opened)\b/;
const MET = /\bmet\s+(?:with\s+)?/;
const CHAIRED = /\b(?:chaired|presided over|opened|addressed|attended)\s+(?:a|an|the|its)\s+(?=(?:[\p{L}-]+\s+){0,3}?(?:conference|meeting|congress|session|forum|summit|ceremony|seminar|workshop|plenum|dialogue)\b)/u;
const ISSUED = /\b(?:signed(?:\s+and\s+issued)?|issued|promulgated|passed|adopted|ratified|approved|enacted)\b/;
const ESTABLISHED = /\b(?:established|set up|formed|founded|launched|inaugurated)\b/;
const GATHERING = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}?(?:conference|meeting|congress|session|forum|summit|ceremony|seminar|workshop|plenum|dialogue))\b/iu;
/** How many blocks after an event its attendee lists may run ("Also attending were: …"). */
const ATTENDEE_BLOCKS = 4;

/**
 * Events a document reports: a sentence with a past date (not a deadline) and a trigger — a
 * gathering held or met, an instrument signed or issued, a body established, or a named
 * conference or meeting on that date. Participants are the people and bodies the sentence names,
 * plus those of the attendee lists in the next few paragraphs.
 */
export function findEvents(doc: DocumentTimeline, entities: EntityLookup): EventCandidate[] {
  const out: EventCandidate[] = [];
  const limit = publicationEnd(doc.date) ?? '9999-12-31';
  for (const sentence of doc.sentences) {
    const times = doc.times.filter((t) => sameSentence(t.sentence, sentence) && t.relation === 'at' && t.from <= limit && t.precision !== 'period');
    if (times.length === 0) continue;
    const candidate = readEvent(sentence, times, doc, entities);
    if (candidate) out.push(candidate);
  }
  return out;
}

function readEvent(sentence: Sentence, times: TimeExpression[], doc: DocumentTimeline, entities: EntityLookup): EventCandidate | undefined {
  const text = sentence.text;
  const links = linksIn(doc.links, sentence);
  const typeOf = (id: string) => entities.get(id)?.type ?? '';
  const local = (offset: number) => offset - sentence.start;
  const nearest = (at: number) => [...times].sort((a, b) => Math.abs(local(a.start) - at) - Math.abs(local(b.start) - at))[0]!;
  let kind: EventCandidate['kind'] = 'meeting';
  let title: string | undefined;
  let quality = 0;
  let at = -1;
  let instrument: string | undefined;
  const subject = (verb: number) => subjectOf(text, local(nearest(verb).end), verb, links.map((l) => ({ ...l, start: local(l.start), end: local(l.end) })), entities);

  const issued = ISSUED.exec(text);
  const issuedWhat = issued && links.find((l) => local(l.start) > issued.index && ISSUED_TYPES.has(typeOf(l.entity)));
  const held = HELD.exec(text);
  const passive = PASSIVE.exec(text);
  const met = MET.exec(text);
  const chaired = CHAIRED.exec(text);
  const established = ESTABLISHED.exec(text);
  const body = established && links.find((l) => typeOf(l.entity) === 'organization' && Math.abs(local(l.start) - established.index) < 60);
  if (issued && issuedWhat) {
    kind = 'instrument'; at = issued.index; instrument = issuedWhat.entity; quality = 2;
    title = `${entities.get(issuedWhat.entity)?.name ?? text.slice(local(issuedWhat.start), local(issuedWhat.end))} ${issued[0]}`;
  } else if (held) {
    at = held.index;
    const object = heldObject(text.slice(held.index + held[0].length));
    title = POSSESSIVE.test(held[0]) ? `${object} of ${subject(at)}` : object;
    quality = 3;
  } else if (chaired) {
    at = chaired.index;
    title = heldObject(text.slice(chaired.index + chaired[0].length));
    quality = 3;
  } else if (passive) {
    at = passive.index;
    title = subject(at);
    quality = 3;
  } else if (met) {
    at = met.index;
    title = `${subject(at)} met with ${metObject(text.slice(met.index + met[0].length))}`;
    quality = 2;
  } else if (established && body) {
    kind = 'establishment'; at = established.index; quality = 2;
    title = `${entities.get(body.entity)?.name ?? 'Body'} ${established[0]}`;
  } else {
    const gathering = GATHERING.exec(text);
    const time = gathering && nearest(gathering.index);
    const end = gathering ? gathering.index + gathering[0].length : 0;
    const near = time && (local(time.start) >= end ? local(time.start) - end <= 60 : gathering!.index - local(time.end) <= 40);
    if (!gathering || !time || time.precision !== 'day' || !near) return undefined;
    at = gathering.index;
    title = gathering[1]!;
  }
  if (!title?.trim()) return undefined;
  const time = nearest(at);
  const preamble = splitPreamble(text, local(time.end), at);
  const instrumentLinks = new Set(instrument ? [instrument] : []);
  const participants = [...links, ...attendees(doc, sentence.block)]
    .filter((l) => !instrumentLinks.has(l.entity) && ['person', 'organization'].includes(typeOf(l.entity)));
  return {
    kind, title: tidyTitle(title), quality, time, instrument,
    place: preamble.place ?? placeAfter(text, at),
    participants: entityIds(participants),
    entities: entityIds(links),
    source: { document: doc.id, paragraph: blockId(sentence.block + 1), text, when: time.text },
  };
}

/**
 * The subject before a verb at `at`: what follows the date and place preamble; when one entity
 * mention spans it, the entity's name ("the Central Steering Committee for the development of …"
 * → "Central Steering Committee"). Link offsets are in the sentence.
 */
function subjectOf(text: string, dateEnd: number, at: number, links: { start: number; end: number; entity: string }[], entities: EntityLookup): string {
  const { clauseStart } = splitPreamble(text, dateEnd, at);
  const subject = text.slice(clauseStart, at).trim().replace(/^(?:the|a|an)\s+/i, '');
  const start = text.indexOf(subject, clauseStart);
  const spanning = links.find((l) => l.start === start && l.end >= start + subject.length - 1);
  return (spanning && entities.get(spanning.entity)?.name) || subject;
}

/** Words that make a sentence say who took part: attending, chairing, presiding, speaking. */
const TOOK_PART = /\b(?:attend(?:ed|s|ing|ance|ees?)?|chair(?:ed|s|ing)|presid(?:ed|es|ing)|direct(?:ed|s)|spoke|speak(?:s|ing)?|speech|address(?:ed|es)|deliver(?:ed|s|ing))\b/i;

/**
 * Links to the people and bodies that took part, as the paragraph of an event and the attendee
 * lists just after it say: sentences that attend, chair, preside or speak.
 */
function attendees(doc: DocumentTimeline, block: number) {
  const taking = doc.sentences.filter((s) => s.block >= block && s.block <= block + ATTENDEE_BLOCKS && TOOK_PART.test(s.text));
  return doc.links.filter((l) => taking.some((s) => s.block === l.block && l.start >= s.start && l.end <= s.end));
}
