import { blockId } from '../block-id.ts';
import { findFullDates, isoDate } from '../dates.ts';
import type { Sentence } from '../extract/sentences.ts';
import { GATHERING_NOUN } from '../extract/lexicon/gatherings.ts';
import type { TimeExpression } from '../time/types.ts';
import type { DocumentTimeline, EntityLookup, EventCandidate } from './types.ts';

/**
 * A page that records a gathering, the day it was held in a field of its header ("Recorded live: Tuesday, 12 June 2029, 14:00–15:32
 * (ICT)", "Streamed: …", "Held on: …"), its title naming the gathering ("Webinar #14 recording and summary: …"): the gathering, that day,
 * and the remarks of each guest or speaker the page lists ("Guest: X, Deputy Director of …"; a moderator is its host). The page's date is
 * the day it was posted, another day; no sentence of its text dates the gathering.
 */
// (A field of its own, at the line's start or after a bar or a middle dot.)
const HELD_FIELD = /(?:^|[|·•]\s*)(?:Recorded(?:\s+live)?(?:\s+on)?|Streamed(?:\s+live)?(?:\s+on)?|Held\s+on|Event\s+date|Date\s+of\s+the\s+event)\s*:\s*/iu;
/** The gathering a title names, with its number: "Webinar #14", "Seminar No. 3", "online exchange". Group: the gathering. */
const TITLE_GATHERING = new RegExp(String.raw`\b((?:online\s+)?(?:${GATHERING_NOUN})(?:\s+(?:#|No\.\s*)\d{1,4})?)(?![\p{L}])`, 'iu');
/** A line that lists a gathering's guests or speakers: "Guest: X, …", "Speakers: X and Y". */
/** The words that label a gathering's guests or speakers: "Guests", "Speaker", "Panellists". */
const GUEST_WORD = String.raw`(?:Guests?|Speakers?|Panell?ists?|Guest\s+speakers?|Presenters?)`;
const GUEST_LINE = new RegExp(String.raw`^(?:[-•*–]\s+)?${GUEST_WORD}\s*:\s+`, 'i');

/** How far into the field its date may start, past its weekday ("Tuesday, 12 June 2029"). */
const DATE_REACH = 20;
/** How many words make a sentence, not a heading. */
const SENTENCE_WORDS = 6;

/** A line that only labels the list of a gathering's guests after it: "Guests:", "Speakers:". */
const GUEST_LABEL = new RegExp(String.raw`^${GUEST_WORD}\s*:?\s*$`, 'i');

/**
 * The remarks of the guests a page lists under a label of its own line ("Guests:", then an item for each: "- X, Director of …;") at
 * the gathering the text told before the label, on its day: an online exchange with readers, a talk show. `events` are those the
 * text's sentences told; none when no gathering on a day was told before the label.
 */
export function listedGuests(doc: DocumentTimeline, entities: EntityLookup, events: readonly EventCandidate[]): EventCandidate[] {
  const label = doc.sentences.find((s) => GUEST_LABEL.test(s.text) && doc.blocks[s.block + 1]?.kind === 'list');
  if (!label) return [];
  const gathering = events.filter((e) => e.kind === 'meeting' && e.time.precision === 'day' && e.time.sentence.block < label.block).at(-1);
  if (!gathering) return [];
  // ("Online exchange with readers from 9": the words of its title before a preposition name it when no gathering's noun does.)
  const word = (GATHERING.exec(gathering.title)?.[0] ?? /^(?:\p{L}+\s+){0,2}?\p{L}+(?=\s+(?:with|from|on|at|of|in|for)\b)/u.exec(gathering.title)?.[0]
    ?? 'meeting').toLowerCase();
  const items = doc.sentences.filter((s) => s.block === label.block + 1);
  // (The list's links to people, read once: each person's item is looked for among them, not among all the text's links.)
  const listed = doc.links.filter((l) => l.block === label.block + 1 && entities.get(l.entity)?.type === 'person');
  return [...new Set(listed.map((l) => l.entity))].map((person) => {
    const item = items.find((s) => listed.some((l) => l.entity === person && l.start >= s.start && l.end <= s.end)) ?? items[0]!;
    return {
      kind: 'remarks', title: `${entities.get(person)!.name} delivered remarks at the ${word}`, quality: 3,
      time: { ...gathering.time, inferred: [...gathering.time.inferred, `the day of the ${word} the guests listed under "${label.text.trim()}" spoke at`] },
      place: gathering.place, participants: [person], entities: [person],
      source: { document: doc.id, paragraph: blockId(item.block + 1), text: item.text, when: gathering.source.when },
    };
  });
}
/** A gathering's noun in an event's title: "(held an online) exchange". */
const GATHERING = new RegExp(String.raw`(?:online\s+)?\b(?:${GATHERING_NOUN})\b`, 'iu');

/** The gathering a page records and the remarks of the guests it lists, dated by its header's field (see HELD_FIELD); none when it has none. */
export function recordedGathering(doc: DocumentTimeline, entities: EntityLookup): EventCandidate[] {
  const field = doc.heading?.map((line) => ({ line, at: HELD_FIELD.exec(line) })).find((f) => f.at !== null);
  if (!field?.at || !doc.title) return [];
  const after = field.line.slice(field.at.index + field.at[0].length);
  const [date] = findFullDates(after);
  const named = TITLE_GATHERING.exec(doc.title)?.[1];
  if (!date || date.index > DATE_REACH || !named) return [];
  const noun = named.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const word = named.replace(/\s+(?:#|No\.\s*)\d+$/, '').toLowerCase();
  // Told by the first sentence that names the gathering, else the text's first: its provenance is the page, its day the header's.
  // (A sentence, not a heading: "About this webinar".)
  const told = doc.sentences.find((s) => s.text.toLowerCase().includes(word.split(/\s+/).at(-1)!) && s.text.split(/\s+/).length >= SENTENCE_WORDS)
    ?? doc.sentences[0];
  if (!told) return [];
  const day = isoDate(date);
  const when = after.slice(0, date.index + date.text.length).trim();
  const timeIn = (sentence: Sentence): TimeExpression => ({
    value: day, precision: 'day', from: day, to: day, text: when, block: sentence.block, start: sentence.start, end: sentence.start, sentence,
    relation: 'at', inferred: [`the day the page's header gives: "${field.line.trim()}"`], parser: 'recorded',
  });
  const candidate = (sentence: Sentence, kind: 'meeting' | 'remarks', title: string, participants: string[]): EventCandidate => ({
    kind, title, quality: 3, time: timeIn(sentence), place: null, participants, entities: participants,
    source: { document: doc.id, paragraph: blockId(sentence.block + 1), text: sentence.text, when },
  });
  const out = [candidate(told, 'meeting', noun, [])];
  const linksOf = Map.groupBy(doc.links, (l) => l.block);
  for (const sentence of doc.sentences) {
    if (!GUEST_LINE.test(sentence.text)) continue;
    const people = (linksOf.get(sentence.block) ?? []).filter((l) => l.start >= sentence.start && l.end <= sentence.end
      && entities.get(l.entity)?.type === 'person');
    for (const person of new Set(people.map((l) => l.entity))) {
      out.push(candidate(sentence, 'remarks', `${entities.get(person)!.name} delivered remarks at the ${word}`, [person]));
    }
  }
  return out;
}
