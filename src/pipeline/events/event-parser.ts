import { blockId } from '../block-id.ts';
import type { Sentence } from '../extract/sentences.ts';
import { isoDate } from '../dates.ts';
import { addDays } from '../time/calendar.ts';
import { publicationEnd } from '../time/reference.ts';
import type { TimeExpression } from '../time/types.ts';
import { familyOf } from './act-kinds.ts';
import { readActs } from './acts.ts';
import { readConclusions } from './conclusions.ts';
import { happeningTimes } from './dating.ts';
import { tidyTitle } from './event-title.ts';
import { readMeeting } from './meetings.ts';
import { readMergers } from './mergers.ts';
import { placeAfter, splitPreamble } from './preamble.ts';
import { readRemarks } from './remarks.ts';
import { readLaunches } from './launches.ts';
import { readVisits } from './visits.ts';
import { sentenceContext, type SentenceContext } from './sentence-context.ts';
import { entityIds, linksIn } from './sentence-links.ts';
import { readEstablishments } from './establishments.ts';
import type { DocumentTimeline, EntityLookup, EventCandidate, Happening } from './types.ts';

/** How many blocks after an event its attendee lists may run ("Also attending were: …"). */
const ATTENDEE_BLOCKS = 4;
/** How many blocks after the occasion a text reports an undated sentence may still report it ("At the session, delegates approved …"). */
const OCCASION_BLOCKS = 6;
/** How far after a gathering's noun, or after the object of other happenings, a day must be written to be beside it. */
const NEAR_AFTER_GATHERING = 60;
const NEAR_AFTER = 20;
/** How far before the trigger a day must be written to be beside it. */
const NEAR_BEFORE = 40;
/** Verbs of saying, which own the time written beside them ("said on Thursday that the ministry had …"). */
const SAYING = /\b(?:said|says|told|stated|added|noted|stressed|affirmed|emphasi[sz]ed)\b/g;
/** A quick test every sentence that reports a happening passes: the readers are not run on the others. */
const TRIGGER = /\b(?:held|hosted|convened|organi[sz]ed|opened|closed|chaired|presided|addressed|attended|met|worked|talks|signed|issued|promulgated|enacted|passed|adopted|approved|ratified|sent|voted|[Cc]onclusion|delivered|gave|made|visited|inspected|toured|surveyed|established|set up|formed|founded|launched|inaugurated|commissioned|presented|awarded|unveiled|rolled out|into operation|into use|into service|[Mm]erge|consolidat|amalgamat|[Cc]onference|[Mm]eeting|[Cc]ongress|[Ss]ession|[Ff]orum|[Ss]ummit|[Cc]eremony|[Ss]eminar|[Ww]orkshop|[Pp]lenum|[Dd]ialogue|[Ff]estival|[Ee]xhibition|[Ee]xpo|kicked off|took place|wrapped up)/;
/** Words that refer back to the occasion: its gathering, or "the same morning". */
const OCCASION_WORDS = /\b(?:session|meeting|conference|congress|plenum|sitting|occasion|forum|summit|ceremony|seminar|workshop|dialogue|same\s+(?:morning|afternoon|day|evening))\b/i;
/** A sentence that continues the day just reported: "In the afternoon, …", "Later that day, …", "The same evening, …". */
const DAY_PART = /^(?:(?:In|During)\s+the\s+(?:morning|afternoon|evening)|On\s+the\s+same\s+day|(?:Earlier|Later)(?:\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening))?|(?:The|That)\s+same\s+(?:day|morning|afternoon|evening)|That\s+(?:morning|afternoon|evening))\s*,/;
/** A sentence that tells the next step of the day just reported: "He then held a working session …", "Afterwards, …". */
const NEXT_STEP = /^(?:(?:Then|Afterwards|Next|After\s+that|Following\s+that|Subsequently)\s*,|(?:After|Following)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:session|meeting|conference|forum|ceremony|talks|workshop|seminar|visit)\s*,|(?:He|She|They|The\s+(?:\p{L}+\s+){0,4}?(?:delegation|minister|leader|Prime\s+Minister))\s+(?:then|afterwards|later|next|subsequently)\s)/u;
/** A sentence that opens the day before or after the day just reported: "The previous day, …", "The following day, …". Groups: the direction. */
const SHIFTED_DAY = /^(?:(?:The|On\s+the)\s+(previous|preceding|following|next)\s+(day|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:The|A|One)\s+day\s+(before|earlier|after|later))\s*,/i;
/** A sentence that opens at the text's occasion: "On the same occasion, …", "On this occasion, …". */
const SAME_OCCASION = /^On\s+(?:the\s+same|this|that)\s+occasion\s*,/i;
/** How the words of SHIFTED_DAY move the day. */
const SHIFT: Record<string, number> = { previous: -1, preceding: -1, before: -1, earlier: -1, following: 1, next: 1, after: 1, later: 1 };
/** How far after an act's object its "dated …" may be written. */
const CITED_GAP = 12;
/** "the same day" right after a happening's verb. */
const SAME_DAY = /^\s+(?:on\s+)?the\s+same\s+day\b/;
/** Kinds of happening done at a gathering, whose day is the gathering's ("delivered a speech at the forum"); an instrument issued "at" one conveys it later. */
const HELD_AT: ReadonlySet<string> = new Set(['remarks', 'signed', 'other']);
/** A sentence that says it reports a gathering of the text: "Also at the forum, …", "During the session, …". Group: the gathering's noun. */
const AT_GATHERING = /^(?:\p{Lu}\p{Ll}+\s+)?(?:[Aa]t|[Dd]uring|[Oo]n\s+the\s+sidelines\s+of)\s+the\s+(session|meeting|conference|congress|plenum|forum|summit|ceremony|seminar|workshop|dialogue)\b/u;
/** Words that set two happenings of a sentence apart in time. */
const APART = /\b(?:after|before|following|since|until|prior\s+to|ahead\s+of)\b/i;
/** How close to a verb of saying a time is written to be its time. */
const SAID_GAP = 4;
/** A day an instrument is cited with ("Resolution No. 57 dated …"): it dates the instrument, not the occasion a text reports. */
const CITATION = /\b(?:dated|of)\s+$/;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * How many days SHIFTED_DAY moves from a day: one for "the previous day" (or morning …), back to the weekday
 * before it for "the previous Friday", on to the one after it for "the following Monday".
 */
function shiftOf(m: RegExpExecArray, from: TimeExpression): number {
  const direction = SHIFT[(m[1] ?? m[3])!.toLowerCase()]!;
  const weekday = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
  if (weekday < 0) return direction;
  const [year, month, day] = from.value.split('-').map(Number) as [number, number, number];
  const today = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  const gap = direction < 0 ? (today - weekday + 7) % 7 || 7 : (weekday - today + 7) % 7 || 7;
  return direction * gap;
}

/** The day before or after a reported day, as the same expression moved (only a day is moved; other precisions stay). */
function shiftedDay(time: TimeExpression, days: number): TimeExpression | undefined {
  if (time.precision !== 'day') return undefined;
  const [year, month, day] = time.value.split('-').map(Number) as [number, number, number];
  const value = isoDate(addDays({ year, month, day }, days));
  return { ...time, value, from: value, to: value, inferred: [...time.inferred, `${days < 0 ? 'the day before' : 'the day after'} ${time.value}`] };
}

/**
 * Events a document reports: each sentence is read for happenings (a gathering, an act on an
 * instrument, conclusions announced, remarks delivered, a body formed or merged), and each is
 * dated by the past day or month written nearest its verb. A sentence with no date that reports a
 * happening in the simple past takes the date of the occasion the text reports (its lead's
 * gathering or first event) when it comes within a few paragraphs of it. Participants are the
 * people and bodies the sentence names, plus those of the attendee lists in the next paragraphs.
 */
export function findEvents(doc: DocumentTimeline, entities: EntityLookup): EventCandidate[] {
  const out: EventCandidate[] = [];
  const limit = publicationEnd(doc.date) ?? '9999-12-31';
  let occasion: Occasion | undefined;
  let lastDay: { time: TimeExpression; block: number } | undefined;
  let lastEvent: { time: TimeExpression; block: number } | undefined;
  const timesOf = Map.groupBy(doc.times, (t) => sentenceKey(t.sentence));
  const linksOf = Map.groupBy(doc.links, (l) => l.block);
  const blockTriggered = new Map<number, boolean>();
  for (const sentence of doc.sentences) {
    const sentenceTimes = timesOf.get(sentenceKey(sentence)) ?? [];
    const day = sentenceTimes.find((t) => t.precision === 'day' && t.relation === 'at' && t.from <= limit && !CITATION.test(sentence.text.slice(0, t.start - sentence.start)));
    const recent = !day && lastDay && sentence.block - lastDay.block <= OCCASION_BLOCKS ? lastDay.time : undefined;
    // "The previous day, …" moves from the day of the last happening reported, else from the text's occasion, not from
    // any day written ("… work there today"); "On the same occasion, …" is the occasion's day.
    const anchor = lastEvent && sentence.block - lastEvent.block <= OCCASION_BLOCKS ? lastEvent.time : occasion?.time;
    const shifted = !day && anchor ? SHIFTED_DAY.exec(sentence.text) : null;
    const continued = shifted ? shiftedDay(anchor!, shiftOf(shifted, anchor!))
      : !day && occasion && SAME_OCCASION.test(sentence.text) ? occasion.time
        : recent && (DAY_PART.test(sentence.text) || NEXT_STEP.test(sentence.text)) ? recent : undefined;
    if (day) lastDay = { time: day, block: sentence.block };
    // The quick test runs once per block, then on the sentences of the blocks that pass it.
    let triggered = blockTriggered.get(sentence.block);
    if (triggered === undefined) blockTriggered.set(sentence.block, (triggered = TRIGGER.test(doc.blocks[sentence.block]?.text ?? sentence.text)));
    if (!triggered || !TRIGGER.test(sentence.text)) continue;
    const pastTimes = happeningTimes(sentenceTimes, sentence, limit);
    const statedTimes = happeningTimes(sentenceTimes, sentence, limit, false);
    const context = sentenceContext(sentence, linksOf.get(sentence.block) ?? [], sentenceTimes, entities);
    const happenings = readHappenings(context);
    if (happenings.length === 0) continue;
    const local = (t: TimeExpression) => t.start - sentence.start;
    const sayings = [...sentence.text.matchAll(SAYING)];
    // A time belongs to the nearest happening's verb, unless it is written beside a verb of saying ("said on Thursday that …").
    const owner = (t: TimeExpression) => {
      const said = sayings.some((m) => Math.abs(local(t) - (m.index + m[0].length)) <= SAID_GAP || Math.abs(m.index - (t.end - sentence.start)) <= SAID_GAP);
      if (said) return undefined;
      // A happening in the same comma-separated stretch comes first ("At the press conference on July 11, X said …"),
      // then one with a verb over a gathering merely named.
      const segment = segmentOf(sentence.text, local(t));
      const inSegment = happenings.filter((h) => segmentOf(sentence.text, h.at) === segment);
      const named = happenings.filter((h) => h.quality > 0);
      return (inSegment.length > 0 ? inSegment : named.length > 0 ? named : happenings).reduce((a, b) => (Math.abs(local(t) - b.at) < Math.abs(local(t) - a.at) ? b : a));
    };
    const dated = happenings.map((h) => {
      // A gathering merely named has no tense: a day after the publication date is still to come.
      // The most precise of its times, then the nearest ("On the afternoon of October 13, … held its meeting to review the third quarter").
      const owned = (h.quality === 0 ? statedTimes : pastTimes).filter((t) => owner(t) === h);
      // An act on an instrument "dated December 22, 2024" happened that day, whatever else the sentence dates ("Today, a year after …").
      const cited = familyOf(h.kind) === 'act' ? pastTimes.find((t) => local(t) >= h.end && local(t) - h.end <= CITED_GAP && CITATION.test(sentence.text.slice(0, local(t)))) : undefined;
      if (cited) return cited;
      const own = owned.some((t) => t.precision === 'day') ? owned.filter((t) => t.precision === 'day') : owned;
      const time = own.length > 0 ? own.reduce((a, b) => (Math.abs(local(b) - h.at) < Math.abs(local(a) - h.at) ? b : a)) : undefined;
      // A gathering that only frames another happening ("at the 9th session, the Assembly passed …") is dated only by a day in its own stretch.
      const framing = h.quality === 0 && happenings.length > 1 && time && segmentOf(sentence.text, local(time)) !== segmentOf(sentence.text, h.at);
      return time && !framing && (!h.near || nearDay(time, h, sentence)) ? time : undefined;
    });
    // A gathering named as where a dated happening took place ("delivered a speech at the National Forum …") was held that day.
    happenings.forEach((g, i) => {
      if (dated[i] || g.kind !== 'meeting' || g.quality !== 0 || !/\bat\s+$/.test(sentence.text.slice(0, g.at))) return;
      const host = happenings.findIndex((h, j) => dated[j] && HELD_AT.has(h.kind) && h.at < g.at && !/[;]/.test(sentence.text.slice(h.at, g.at)));
      if (host >= 0) dated[i] = dated[host];
    });
    const gathering = happenings.findIndex((g, i) => dated[i] && g.kind === 'meeting');
    for (const [i, h] of happenings.entries()) {
      let time = dated[i];
      // Remarks or a vote at a gathering the same sentence dates ("Speaking at the ceremony on September 2, X delivered a
      // speech"), unless the sentence sets them apart in time ("announced after the Politburo met on …").
      const g = happenings[gathering];
      if (!time && g && h.inherits && h.kind !== 'meeting' && !APART.test(sentence.text.slice(Math.min(g.at, h.at), Math.max(g.at, h.at)))) time = dated[gathering];
      // "…, issued the same day": the day of the sentence's other dated happening.
      // Without one, the day of the text's occasion, else of the last happening reported ("The Standing Board issued Conclusion
      // No. 9 on the same day", after the conference it concluded).
      if (!time && SAME_DAY.test(sentence.text.slice(h.end))) time = dated.find((t, j) => t && j !== i) ?? occasion?.time ?? anchor;
      // "visited X and inspected Y": a second verb joined by "and" happened when the first did.
      if (!time && i > 0 && dated[i - 1] && /\band\s+$/.test(sentence.text.slice(0, h.at)) && !APART.test(sentence.text.slice(happenings[i - 1]!.at, h.at))) time = dated[i - 1];
      if (!time && pastTimes.length === 0 && h.inherits && occasion && sameOccasion(h, sentence, occasion)) time = occasion.time;
      // "In the afternoon, the Prime Minister held a working session …": the day the text last reported.
      if (!time && pastTimes.length === 0 && continued) time = continued;
      if (!time) continue;
      const candidate = toCandidate(h, time, sentence, doc, context);
      if (!candidate) continue;
      out.push(candidate);
      if (time.precision === 'day') lastEvent = { time, block: sentence.block };
      const cited = CITATION.test(sentence.text.slice(0, local(time)));
      if ((time.sentence === sentence || (time === continued && !shifted)) && time.precision === 'day' && !cited && (h.kind === 'meeting' || !occasion)) {
        occasion = { time, block: sentence.block, words: wordsOf(sentence.text) };
      }
    }
  }
  return withoutUncodedRepeats(out, entities);
}

/**
 * A text that reports an act on "a resolution on …" (a document of the instrument's type named by
 * its subject) and, the same day, the same act on a numbered resolution ("approved Resolution No.
 * 112/…") tells of one act twice: the uncoded one is dropped.
 */
function withoutUncodedRepeats(candidates: EventCandidate[], entities: EntityLookup): EventCandidate[] {
  const coded = candidates.filter((c) => c.instrument !== undefined);
  if (coded.length === 0) return candidates;
  return candidates.filter((c) => c.instrument !== undefined || !coded.some((k) => k.kind === c.kind && k.time.value === c.time.value
    && new RegExp(`(?:^|\\s(?:a|an|the))\\s*${entities.get(k.instrument!)?.type ?? '\\0'}\\s+(?:on|of|for|regarding|about)\\s`, 'i').test(c.title)));
}

/** The occasion a text reports: the day of its lead's happening (or of its latest gathering), where, and the words that tell of it. */
interface Occasion {
  time: TimeExpression;
  block: number;
  words: Set<string>;
}

const sentenceKey = (s: Sentence) => `${s.block}:${s.start}`;
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);

/**
 * Whether an undated happening reports the occasion: a sentence that opens at the occasion's
 * gathering ("Also at the forum, …"); or, within a few paragraphs of it, remarks
 * or conclusions at it, a sentence that names a gathering or "the same morning", or a subject the
 * occasion's sentence names ("deputies", "the council").
 */
function sameOccasion(h: Happening, sentence: Sentence, occasion: Occasion): boolean {
  // "Also at the forum, …" names the occasion however far the text has run (a speech printed in full comes between).
  const named = AT_GATHERING.exec(sentence.text)?.[1];
  if (named && occasion.words.has(named.toLowerCase())) return true;
  if (sentence.block - occasion.block > OCCASION_BLOCKS) return false;
  if (h.kind === 'remarks' || h.kind === 'concluded' || OCCASION_WORDS.test(sentence.text)) return true;
  const head = h.subject?.toLowerCase().match(/\p{L}+/gu)?.at(-1);
  return head !== undefined && occasion.words.has(head);
}

/** Every happening a sentence reports: at most one gathering, and every act, conclusion, speech and merger. */
function readHappenings(context: SentenceContext): Happening[] {
  const meeting = readMeeting(context);
  const found = [...(meeting ? [meeting] : []), ...readActs(context), ...readConclusions(context), ...readRemarks(context), ...readVisits(context), ...readLaunches(context), ...readEstablishments(context), ...readMergers(context)];
  // An act on conclusions ("issued Conclusion No. 183") and "announced its conclusions in …" are one happening.
  const distinct = found.filter((h, i) => !found.some((o, j) => j < i && o.kind === h.kind && Math.abs(o.at - h.at) < 30));
  return distinct.length > 1 ? distinct.filter((h) => !h.alone) : distinct;
}

/** Which comma-separated stretch of a sentence an offset is in (commas inside numbers do not count). */
const segmentOf = (text: string, offset: number): number => text.slice(0, offset).split(/,\s/).length;

/** Whether a day is written right beside a happening's trigger. */
function nearDay(time: TimeExpression, h: Happening, sentence: Sentence): boolean {
  if (time.precision !== 'day' || time.sentence !== sentence) return false;
  const start = time.start - sentence.start;
  if (start < h.at) return h.at - (time.end - sentence.start) <= NEAR_BEFORE;
  return start - h.end <= (h.kind === 'meeting' ? NEAR_AFTER_GATHERING : NEAR_AFTER);
}

function toCandidate(h: Happening, time: TimeExpression, sentence: Sentence, doc: DocumentTimeline, context: SentenceContext): EventCandidate | undefined {
  if (!h.title.trim()) return undefined;
  const links = linksIn(doc.links, sentence);
  const typeOf = (id: string) => context.entities.get(id)?.type ?? '';
  const dateEnd = time.sentence === sentence ? time.end - sentence.start : 0;
  const preamble = splitPreamble(sentence.text, dateEnd, h.at);
  const participants = [...links, ...attendees(doc, sentence.block)]
    .filter((l) => l.entity !== h.instrument && ['person', 'organization'].includes(typeOf(l.entity)));
  return {
    kind: h.kind, title: tidyTitle(h.title), quality: h.quality, time, instrument: h.instrument,
    place: preamble.place ?? placeAfter(sentence.text, h.at),
    participants: entityIds(participants),
    entities: entityIds(links),
    source: { document: doc.id, paragraph: blockId(sentence.block + 1), text: sentence.text, when: time.text },
  };
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
