import { blockId } from '../block-id.ts';
import { listedGuests, recordedGathering } from './recorded.ts';
import { once } from '../once.ts';
import { textAfter, textBefore } from '../reach.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import type { Sentence } from '../extract/sentences.ts';
import { isoDate } from '../dates.ts';
import { addDays, daySpan, isoWeekday, monthSpan } from '../time/calendar.ts';
import { numberOf } from '../targets/quantity.ts';
import { DAYTIME, MONTH_NAMES, monthNumber, VI_WEEKDAY, WEEKDAYS, weekdayNumber } from '../time/words.ts';
import { publicationEnd } from '../time/reference.ts';
import type { TimeExpression, TimeValue } from '../time/types.ts';
import { familyOf } from './act-kinds.ts';
import { readActs } from './acts.ts';
import { readConclusions } from './conclusions.ts';
import { BEGUN_SINCE, isMilestoneYear, readDeeds, readOccasionDeeds, TRIAL_WORD } from './deeds.ts';
import { happeningTimes } from './dating.ts';
import { tidyTitle } from './event-title.ts';
import { readMeeting } from './meetings.ts';
import { GATHERING_NOUN, GATHERING_NOUN_ANY_CASE, GATHERING_NOUN_CAPITALS, OTHER_KIND_OF } from '../extract/lexicon/gatherings.ts';
import { readMergers } from './mergers.ts';
import {
  AT_GATHERING as AT_GATHERING_SAID, ATTENDING, HONORIFIC_SAID, IN_OWN_SPEECH, readRemarks, SPEAKING, SPEAKING_AFTER, TOLD_AUDIENCE,
} from './remarks.ts';
import { readLaunches } from './launches.ts';
import { isStampLine, liveEntry, movedLinks, movedTime } from './live-entries.ts';
import { voteRows } from './vote-tables.ts';
import { readVisits } from './visits.ts';
import { instrumentsBefore, NOTE_LABEL, peopleBefore, sentenceContext, type SentenceContext } from './sentence-context.ts';
import { indexSentence } from './sentence-index.ts';
import { attendees } from './participants.ts';
import { readSentence, type SentenceReading } from './sentence-reading.ts';
import { timeOwners } from './time-owners.ts';
import { readEstablishments } from './establishments.ts';
import { guestsOf, hostsOf, speakerOpening } from './hosts.ts';
import { SIGNED_AT_GATHERING, isItem, isMarkerOnly, signedFrame, signedItemTitle } from './signed-lists.ts';
import { ISSUED_TYPES, type DocumentTimeline, type EntityLookup, type EventCandidate, type Happening } from './types.ts';

/** How precise each kind of time is, the most precise first. */
const FINENESS: Record<TimeExpression['precision'], number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5, period: 6 };
/** The blocks of a text's lead: a deed told there with its day is the text's occasion when nothing else is. */
const LEAD_BLOCKS = 1;
/** How many blocks after the occasion a text reports an undated sentence may still report it ("At the session, delegates approved …"). */
const OCCASION_BLOCKS = 6;
/** Acts a sitting's vote makes. */
const VOTES: ReadonlySet<string> = new Set(['adopted', 'passed', 'approved']);
/** Who votes at a sitting: its members, or the body itself ("Deputies", "the Council", "the 16th National Assembly", "The NA"). */
const VOTERS = /^(?:the\s+)?(?:deputies|delegates|councillors|lawmakers|legislators|NA|(?:[\p{L}\d’'-]+\s+){0,4}(?:Assembly|Council))$/iu;
/** A body that votes, as a vote's subject names it: "The Quảng Trị Provincial People's Council" (group: without "The"), not "Deputies". */
const VOTING_BODY = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,6}(?:Council|Assembly|Committee))$/u;
/** A place's possessive before a body's level: "Vĩnh Long's (Provincial People's Council)". */
const PLACE_POSSESSIVE = /[’']s\s+(?=(?:Provincial|City|Municipal|District|Commune|Ward)\b)/;
/** A vote's tally: "with 57 votes in favour", "by 45 votes to 3", "unanimously". */
const TALLY = /\b\d+\s+(?:votes?|delegates|deputies)\b|\bin\s+favou?r\b|\bunanimously\b/i;
/** The words a sitting's occasion is told with. */
const SITTINGS = ['session', 'sitting', 'plenary'];
/** How far after a gathering's noun, or after the object of other happenings, a day must be written to be beside it. */
const NEAR_AFTER_GATHERING = 60;
const NEAR_AFTER = 20;
/** How far before the trigger a day must be written to be beside it. */
const NEAR_BEFORE = 40;
/** A quick test every sentence that reports a happening passes: the readers are not run on the others. */
const TRIGGER = new RegExp(String.raw`\b(?:held|hosted|convened|organi[sz]ed|opened|closed|chaired|presided|addressed|attended|met|worked`
  + String.raw`|talks|signed|exchanged|issued|promulgated|enacted|passed|adopted|approved|ratified|sent|voted|[Cc]onclusion|delivered|gave|made|visited`
  + String.raw`|inspected|toured|surveyed|established|set up|formed|founded|launched|inaugurated|commissioned|presented|awarded|handed|unveiled|rolled out`
  + String.raw`|into operation|into use|into service|into orbit|went live|went online|broke ground|[Mm]erge|consolidat|amalgamat`
  + String.raw`|received\s+(?:a|an|the|\d[\d,]*\s+votes)\s|delegation\s+to\s+work`
  // The nouns of gatherings, capitalised or not.
  + `|${GATHERING_NOUN_ANY_CASE}|${GATHERING_NOUN_CAPITALS}`
  + String.raw`|kicked off|took place`
  // (And the occasion of a launch: "At the launch of the pilot at Cầu Giấy station that morning, X said …".)
  + String.raw`|wrapped up|switched on|paid a|announced|to launch|[Aa]t\s+the\s+launch\b|told|[Ss]peaking\s+at|[Aa]ddressing`
  + String.raw`|as\s+(?:an?\s+|the\s+)?(?:special\s+|honou?red\s+)?guests?,|^Speaking\s+(?:for|on\s+behalf\s+of)\s`
  // (And one attending what no gathering's noun names: "Attending the training, X asked …".)
  + String.raw`|^Attending\s+(?:the|a)\s|\btrained\s+(?:its|their|the|our|\d)`
  // (And a collegial body's review on a day: "The Standing Board of … on Wednesday afternoon (6/11) reviewed …"; see meetings.ts.)
  + String.raw`|(?:Board|Committee|Council|Commission|Secretariat|Politburo|Government|Cabinet|Presidium)\b[^,;.]{0,40}?`
  + String.raw`\s(?:reviewed|discussed|considered|examined|debated|assessed)\s`
  + String.raw`|[Ii]n\s+(?:his|her|their)\s+(?:\p{L}+\s+)?(?:speech|remarks|address)`
  // A person named later by an honorific who says something, opening a paragraph, maybe a guest of the gathering reported: "Ms Tống said
  // …" (see remarks.ts).
  + String.raw`|${HONORIFIC_SAID.source})`, 'u');
/** A day written with a part of it: "Tuesday morning", "the afternoon of October 13". */
const PART_OF_DAY = /\b(?:morning|afternoon|evening)\b/;
/** A sentence that continues the day just reported: "In the afternoon, …", "Later that day, …", "The same evening, …". */
const DAY_PART = new RegExp(String.raw`^(?:(?:In|During)\s+the\s+(?:morning|afternoon|evening)|On\s+the\s+same\s+day|(?:Earlier`
  + String.raw`|Later)(?:\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening))?|(?:The|That)\s+same\s+(?:day|morning|afternoon|evening)`
  + String.raw`|That\s+(?:morning|afternoon|evening))\s*,`);
/** A part of the day, or the day, the text has just told: "that morning", "the same afternoon". */
const THAT_DAY = /\b(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)\b/i;
/** A sentence that tells the next step of the day just reported: "He then held a working session …", "Afterwards, …". */
const NEXT_STEP = new RegExp(String.raw`^(?:(?:Then|Afterwards|Next|After\s+that|Following\s+that|Subsequently)\s*,|(?:After`
  + String.raw`|Following)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:${GATHERING_NOUN}|talks|visit)\s*,|(?:He|She`
  + String.raw`|They|The\s+(?:\p{L}+\s+){0,4}?(?:delegation|minister|leader|Prime\s+Minister))\s+(?:then|afterwards|later|next|subsequently)\s)`, 'u');
/** A sentence that opens the day before or after the day just reported: "The previous day, …", "The following day, …". Groups: the direction. */
const SHIFTED_DAY = new RegExp(String.raw`^(?:(?:The|On\s+the)\s+(previous|preceding|following|next)\s+(day|morning|afternoon|evening|night`
  + String.raw`|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:The|A|One)\s+day\s+(before|earlier|after|later))\s*,`, 'i');
/** A sentence that opens at the text's occasion: "On the same occasion, …", "On this occasion, …", "In the same sitting, …". */
const SAME_OCCASION = /^(?:On\s+(?:the(?:\s+same)?|this|that)\s+occasion|(?:In|At|During)\s+the\s+same\s+(?:sitting|session|meeting|ceremony))\s*,/i;
/** How the words of SHIFTED_DAY move the day. */
const SHIFT: Record<string, number> = { previous: -1, preceding: -1, before: -1, earlier: -1, following: 1, next: 1, after: 1, later: 1 };
/** How far after an act's object its "dated …" may be written. */
const CITED_GAP = 12;
/** "the same day" right after a happening's verb. */
const SAME_DAY = /^\s+(?:on\s+)?the\s+same\s+day\b/;
/** Kinds of happening done at a gathering, whose day is the gathering's ("delivered a speech at the forum"); an instrument issued "at" one conveys it later. */
const HELD_AT: ReadonlySet<string> = new Set(['remarks', 'signed', 'other', 'passed', 'adopted', 'approved']);
/** An occasion's noun, unless a gathering's follows, whose kind it then is: "the opening" (not of "the opening sitting", a sitting). */
const OCCASION_NOUN = String.raw`(?:launch|inauguration|opening)(?!\s+${GATHERING_NOUN}\b)`;
/**
 * A sentence that says it reports a gathering of the text: "Also at the forum, …", "During the session, …", "At the closing sitting, …".
 * Group: the gathering's noun.
 */
// (Or its end, and talks: "At the end of the talks, the two sides signed …".)
// (Past a note's label: "Editor's note: At the forum, …".)
const AT_GATHERING = new RegExp(String.raw`^(?:${NOTE_LABEL})?(?:\p{Lu}\p{Ll}+\s+)?`
  + String.raw`(?:[Aa]t|[Dd]uring|[Oo]n\s+the\s+sidelines\s+of|[Aa]t\s+the\s+(?:end|close|conclusion)\s+of)`
  + String.raw`\s+the\s+(?:(?:opening|closing)\s+(?=${GATHERING_NOUN}))?(${GATHERING_NOUN}|talks|${OCCASION_NOUN}|event)\b`, 'u');
/** A speaker "speaking at" or "addressing" a gathering the text named. Group: the gathering's noun. */
const SPEAKING_AT_GATHERING = new RegExp(String.raw`\b(?:[Ss]peaking\s+at|[Aa]ddressing)\s+the\s+(?:[\p{L}-]+\s+){0,3}?`
  + String.raw`(${GATHERING_NOUN}|${OCCASION_NOUN})\b`, 'u');
/** How far after a happening the document it names may run to its "dated …". */
const OWN_DOCUMENT = 60;
/** Whether the words between a happening and a "dated …" name its own document ("… in Notice No. 287"), not another joined by "and". */
const ownDocument = (between: string) => between.length <= OWN_DOCUMENT && !/[,;]|\b(?:and|or|which|that|while|under|follow(?:s|ing)?|to)\b/.test(between);
/**
 * A day an instrument is cited with ("Resolution No. 57 dated …"): it dates the instrument, not the occasion a text reports. "ngày"
 * is Vietnamese for "day": an instrument's date only right after its code ("No. 45/KH-UBND ngày 20/1/2025"), not in "Friday (ngày
 * 12/6)"; "of" is no instrument's after a part of a day ("On the morning of 13/6, …") or a gathering ("the regular meeting of July 2030").
 */
const CITATION = new RegExp(String.raw`(?:\bdated|\b(?<!\b${DAYTIME}\s+)(?<!\b${GATHERING_NOUN}\s+)of`
  + String.raw`|\d\/[\p{L}\p{N}./-]*[\p{L}\p{N}]\s*[,(]?\s*ngày)\s+$`, 'u');
/**
 * A time inside what an instrument cited before it is on: "(held under the Central Steering Committee's Plan 09-KH/BCĐTW dated
 * 19/6/2026) on inspecting localities in (the second half of the year)" is the plan's, no happening's.
 */
const IN_CITED_SUBJECT = /\b(?:dated|of)\s+\d{1,2}[/.]\d{1,2}[/.]\d{4}\s+on\s+\p{Ll}+ing\b[^,;()]*$/u;

/**
 * How many days SHIFTED_DAY moves from a day: one for "the previous day" (or morning …), back to the weekday
 * before it for "the previous Friday", on to the one after it for "the following Monday".
 */
function shiftOf(m: RegExpExecArray, from: TimeExpression): number {
  const direction = SHIFT[(m[1] ?? m[3])!.toLowerCase()]!;
  const weekday = weekdayNumber(m[2] ?? '') - 1;
  if (weekday < 0) return direction;
  const [year, month, day] = from.value.split('-').map(Number) as [number, number, number];
  const today = isoWeekday({ year, month, day }) - 1;
  const gap = direction < 0 ? (today - weekday + 7) % 7 || 7 : (weekday - today + 7) % 7 || 7;
  return direction * gap;
}

/** A gathering that closed after some days: "(The … Congress …) closed on Friday afternoon after three working days". Group: the days. */
const CLOSED_AFTER_DAYS = /^[^.;]{0,120}?\bclosed\s+[^,;.]{0,40}?\bafter\s+(\d|two|three|four|five|six|seven)\s+(?:full\s+)?(?:working\s+)?days\b/;
/** The most days a gathering is read to last. */
const GATHERING_DAYS_MAX = 7;

/** The day a gathering that closed on `closedOn` after some days (CLOSED_AFTER_DAYS, the day inside that stretch) opened, or undefined. */
function openingDay(h: Happening, closedOn: TimeExpression, sentence: Sentence): TimeExpression | undefined {
  const closed = CLOSED_AFTER_DAYS.exec(sentence.text.slice(h.at));
  const at = closedOn.start - sentence.start;
  if (!closed || closedOn.precision !== 'day' || at < h.at || at > h.at + closed.index + closed[0].length) return undefined;
  const days = numberOf(closed[1]!);
  const opened = days > 1 && days <= GATHERING_DAYS_MAX ? shiftedDay(closedOn, 1 - days) : undefined;
  return opened && { ...opened, inferred: [...closedOn.inferred, `opened ${days - 1} days before it closed on ${closedOn.value}`] };
}

/** The day before or after a reported day, as the same expression moved (only a day is moved; other precisions stay). */
function shiftedDay(time: TimeExpression, days: number): TimeExpression | undefined {
  if (time.precision !== 'day') return undefined;
  const [year, month, day] = time.value.split('-').map(Number) as [number, number, number];
  const value = isoDate(addDays({ year, month, day }, days));
  return { ...time, value, from: value, to: value, inferred: [...time.inferred, `${days < 0 ? 'the day before' : 'the day after'} ${time.value}`] };
}

/** The kinds of act that adopt an instrument. */
const ADOPTING = new Set(['passed', 'adopted', 'approved']);
/** How many instruments are acted on together, in digits or words. As a regular expression source. */
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/**
 * Instruments adopted together, by number: "… adopted six resolutions", "passed 14 resolutions and two laws", or a participle's title
 * ("… closed this afternoon, adopting 19 resolutions": "19 resolutions adopted"). Group: the noun.
 */
const BATCH = new RegExp(String.raw`\b(?:(?:adopted|passed|approved)\s+${COUNT}\s+(resolutions|laws|decisions)\b`
  + String.raw`|${COUNT}\s+(resolutions|laws|decisions)\s+(?:adopted|passed|approved)\b)`, 'i');
/** One numbered instrument of such a noun: "Resolution 42/2026/NQ-HĐND (passed)". Group: the noun. */
const MEMBER = /\b(Resolution|Law|Decision)\s+(?:No\.?\s*)?\d/;

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
  // The occasions told before, latest last: a speech "Addressing the final" after a semifinal was told is the final's.
  const occasions: Occasion[] = [];
  const setOccasion = (o: Occasion) => {
    occasion = o;
    occasions.push(o);
    if (occasions.length > OCCASIONS_KEPT) occasions.shift();
  };
  // The instruments a text reports adopted together, by their noun, and the day ("the Council adopted six resolutions this
  // afternoon"): each of them it names later without a day of its own ("Resolution 42/… was passed with 78 votes") was adopted then.
  const batches = new Map<string, TimeExpression>();
  let lastDay: { time: TimeExpression; block: number } | undefined;
  // The last day told with a part of it ("on Tuesday morning"), which "In the afternoon, …" goes on with.
  let partedDay: TimeExpression | undefined;
  let lastEvent: { time: TimeExpression; block: number } | undefined;
  // The gatherings the text named, by their noun ("plenum" → "Fourth Plenum of the 14th Party Central Committee"), for a later
  // "the plenum opened on Monday", which tells of the same gathering.
  const namedGatherings = new Map<string, string>();
  // And the last gathering of each noun, named or not, for "At the same ceremony, …".
  const lastGatherings = new Map<string, string>();
  const asNamed = (h: Happening): Happening => {
    if (h.kind !== 'meeting') return h;
    const same = SAME_GATHERING.exec(h.title.trim());
    const before = same && lastGatherings.get(same[1]!.toLowerCase());
    // (Named now, it is merged with that gathering by its title, not chosen among the day's as a bare noun is.)
    if (before) return { ...h, title: before, quality: Math.max(h.quality, 1) };
    const bare = BARE_GATHERING.exec(h.title.trim());
    const full = bare && namedGatherings.get(bare[1]!.toLowerCase());
    if (full) return { ...h, title: full };
    const head = NAMED_GATHERING.exec(h.title.trim());
    if (head) namedGatherings.set(head[1]!.toLowerCase(), h.title);
    const noun = GATHERING_IN_TITLE.exec(h.title)?.[0];
    if (noun && !same) lastGatherings.set(noun.toLowerCase(), h.title);
    return h;
  };
  const timesOf = Map.groupBy(doc.times, (t) => sentenceKey(t.sentence));
  const linksOf = Map.groupBy(doc.links, (l) => l.block);
  const earlierOf = instrumentsBefore(doc.links, entities, doc.blocks);
  const personOf = peopleBefore(doc.links, entities, doc.blocks);
  const blockTriggered = new Map<number, boolean>();
  const attendeesOf = attendees(doc, entities);
  const hosts = once(() => hostsOf(doc, entities));
  const guests = once(() => guestsOf(doc, entities));
  // The day of a live report's entries: the last day written before the first of them (its title's or lead's).
  let liveDay: TimeExpression | undefined;
  // A chronology's month heading ("FEBRUARY") and the lists under it, whose entries without a day of their own it dates.
  let monthHeading: TimeExpression | undefined;
  // Whether the paragraphs read are under a stamp's line ("16:35 – Six agreements signed"), and that line's block.
  let stamped = false;
  let stampedBlock = -1;
  // The day or month of that line when it is a chronology's date; null when it is still to come.
  let stampDate: TimeExpression | null | undefined;
  // A list of agreements signed under a paragraph that says so ("The three MoUs signed at the ceremony:"), and its day.
  let signing: { noun: string; time: TimeExpression | undefined; block: number } | undefined;
  const signedItems = new Set<string>();
  // The rows of tables of votes, with their captions' blocks, and the last row read.
  const votes = once(() => voteRows(doc.blocks));
  const timesByBlock = once(() => Map.groupBy(doc.times, (t) => t.block));
  let votedBlock = -1;
  let previousBlock = -1;
  for (const [at, original] of doc.sentences.entries()) {
    const block = doc.blocks[original.block];
    const kind = block?.kind;
    if (kind !== 'list') monthHeading = kind === 'heading' ? headingMonth(original, timesOf.get(sentenceKey(original)), doc.date) : undefined;
    const headed = kind === 'list' ? monthHeading : undefined;
    // "16:35 – Six agreements signed", then its paragraphs: the entry's body, up to the next stamp or heading.
    // A chronology's line that is only a day or a month ("22/12/2024", "February 2025", "Tuesday, 9 June 2026", "Last Friday") is
    // such a stamp too, and dates its entry; one after the publication ("COMING UP" …) dates nothing.
    if (original.block !== stampedBlock) {
      const date = kind === 'paragraph' || kind === 'heading' ? dateLine(original, timesOf.get(sentenceKey(original))) : undefined;
      if (date || (kind === 'paragraph' && isStampLine(block!.text))) {
        stamped = true;
        stampedBlock = original.block;
        stampDate = date && (date.from <= limit ? date : null);
        // (A list under the line is its entries too, as a schedule lists a day's engagements under "Thứ Hai (12/7)".)
      } else if (kind !== 'paragraph' && kind !== 'list') stamped = false;
    }
    const body = stamped && original.block !== stampedBlock;
    // (An entry under a line whose day is still to come tells nothing that happened, whatever times it names: "Thứ Hai (19/7)", then
    // "08:00: Chairman X chairs the meeting … reviewing the first six months".)
    if (body && stampDate === null) continue;
    // An entry of a live report ("10:15 – Five memoranda … are signed") is read told in the past (see live-entries.ts), as is an
    // item of a list under a month heading and a paragraph under a stamp's line.
    const entry = liveEntry(original, block?.text ?? '', headed !== undefined || body);
    const sentence = entry?.sentence ?? original;
    // A wire release's dateline ("LAO CAI, Vietnam, March 12, 2026 /PRNewswire/ -- …") dates the release, not what it tells.
    const sentenceTimes = (timesOf.get(sentenceKey(original)) ?? []).map((t) => (entry ? movedTime(t, entry) : t))
      .filter((t) => !WIRE_AFTER.test(sentence.text.slice(t.end - sentence.start, t.end - sentence.start + 40)));
    if (entry) liveDay ??= liveDayOf(lastDay?.time, doc.date, original);
    const day = sentenceTimes.find((t) => t.precision === 'day' && t.relation === 'at' && t.from <= limit
      && !CITATION.test(textBefore(sentence.text, t.start - sentence.start)));
    const recent = !day && lastDay && sentence.block - lastDay.block <= OCCASION_BLOCKS ? lastDay.time : undefined;
    // "The previous day, …" moves from the day of the last happening reported, else from the text's occasion, not from
    // any day written ("… work there today"); "On the same occasion, …" is the occasion's day.
    // Before any happening, the day the text's lead or title writes ("LIVE: … (Saturday, May 16)", then "The previous day, …").
    const anchor = lastEvent && sentence.block - lastEvent.block <= OCCASION_BLOCKS ? lastEvent.time
      : occasion?.time ?? (!lastEvent && lastDay && sentence.block - lastDay.block <= 1 ? lastDay.time : undefined);
    const shifted = !day && anchor ? SHIFTED_DAY.exec(sentence.text) : null;
    // (An entry whose own stamp is a day still to come, "15/6/2027 – The Provincial Party Committee reviews …", is not told yet.)
    const coming = entry && !body && sentenceTimes.some((t) => t.start - sentence.start <= STAMP_REACH && t.from > limit);
    const entryDay = headed ?? (body && stampDate !== undefined ? stampDate ?? undefined : coming ? undefined : liveDay);
    const continued = entry && !day && entryDay ? entryDay : shifted ? shiftedDay(anchor!, shiftOf(shifted, anchor!))
      : !day && occasion && SAME_OCCASION.test(sentence.text) ? occasion.time
        : DAY_PART.test(sentence.text) ? partedDay ?? recent ?? anchor : NEXT_STEP.test(sentence.text) ? recent ?? anchor : undefined;
    // A lead that dates its story in words the readers do not take for a happening ("… in the spotlight on Wednesday as
    // deputies quizzed …") dates the gathering the next sentences name ("The question-and-answer session … was chaired by …"), up
    // to OCCASION_BLOCKS paragraphs on while none tells a day ("The meeting … under Conclusion No. 24, dated February 5, …").
    const lead = !day && !lastEvent && lastDay && sentence.block - lastDay.block <= OCCASION_BLOCKS ? lastDay.time : undefined;
    if (day) lastDay = { time: day, block: sentence.block };
    // "… on Tuesday morning gave its opinions …", then "In the afternoon, …": the day whose other part the text told.
    const parted = sentenceTimes.find((t) => t.precision === 'day' && t.relation === 'at' && t.from <= limit && PART_OF_DAY.test(t.text));
    if (parted) partedDay = parted;
    // (An item is a list's line, or a paragraph opening with a number or a bullet.)
    const item = block !== undefined && (block.kind === 'list' || isItem(block.text));
    // (Read once per block, at its first sentence: a paragraph of thousands of sentences is not read again for each.)
    if (!entry && block && original.block !== signing?.block && original.block !== previousBlock) {
      const noun = block.kind === 'paragraph' && !item ? signedFrame(block.text) : undefined;
      if (noun) {
        signing = { noun, block: original.block, time: day ?? (SIGNED_AT_GATHERING.test(block.text) ? occasion?.time ?? lastEvent?.time : undefined) };
      } else if (signing && item && original.block === signing.block + 1) {
        signing.block = original.block;
      } else {
        signing = undefined;
      }
    }
    previousBlock = original.block;
    // Each item of that list is a signing by its parties ("1. X and Y, on a US$250 million plant"): a line of a list, or the first
    // sentence of a paragraph.
    const itemKey = block?.kind === 'list' ? sentenceKey(original) : String(original.block);
    if (signing?.time && signing.block === original.block && item && !signedItems.has(itemKey) && !isMarkerOnly(sentence.text)) {
      signedItems.add(itemKey);
      const item = signedItemTitle(sentence.text, signing.noun);
      if (item) {
        const context = sentenceContext(sentence, linksOf.get(sentence.block) ?? [], sentenceTimes, entities);
        const h: Happening = { kind: 'signed', at: 0, end: item.end, title: item.title, quality: 2, inherits: false };
        const candidate = toCandidate(h, signing.time, sentence, doc, readSentence(sentence, doc, context), attendeesOf);
        if (candidate) out.push(candidate);
      }
    }
    // A row of a table of votes (see vote-tables.ts): its instrument adopted on the day its caption gives, else the batch's.
    const caption = votes().get(original.block);
    if (caption !== undefined && original.block !== votedBlock) {
      votedBlock = original.block;
      // (Its cells between bars, or between tabs: see cellsOf.)
      const firstCell = block!.text.search(/[|\t]/);
      const link = (linksOf.get(original.block) ?? []).find((l) => l.start < firstCell && ISSUED_TYPES.has(entities.get(l.entity)?.type ?? ''));
      const name = link && entities.get(link.entity)?.name;
      const captionDay = timesByBlock().get(caption)?.find((t) => t.precision === 'day' && t.relation === 'at' && t.from <= limit);
      const time = captionDay ?? batches.get(`${entities.get(link?.entity ?? '')?.type ?? ''}s`);
      if (link && name && time) {
        const context = sentenceContext(sentence, linksOf.get(sentence.block) ?? [], sentenceTimes, entities);
        const h: Happening = { kind: 'adopted', at: 0, end: firstCell, title: `${name} adopted`, quality: 2, inherits: false, instrument: link.entity };
        const candidate = toCandidate(h, time, sentence, doc, readSentence(sentence, doc, context), attendeesOf);
        if (candidate) out.push(candidate);
      }
    }
    // The quick test runs once per block, then on the sentences of the blocks that pass it.
    let triggered = blockTriggered.get(sentence.block);
    if (triggered === undefined) blockTriggered.set(sentence.block, (triggered = TRIGGER.test(doc.blocks[sentence.block]?.text ?? sentence.text)));
    // A sentence without a trigger may still tell a deed with its day or month (see deeds.ts).
    const trigger = (triggered || entry !== undefined) && TRIGGER.test(sentence.text);
    if (!trigger && !sentenceTimes.some(deedTime)) continue;
    const blockLinks = linksOf.get(sentence.block) ?? [];
    const speaking = SPEAKING.test(sentence.text) || SPEAKING_AFTER.test(sentence.text) || IN_OWN_SPEECH.test(sentence.text) || ATTENDING.test(sentence.text)
      // (A guest's words in a paragraph of their own, told later: "Ms Tống said …" opening it; see readRemarks.)
      || (sentence.start === 0 && HONORIFIC_SAID.test(sentence.text));
    const context = sentenceContext(sentence, entry ? movedLinks(blockLinks, original, entry) : blockLinks, sentenceTimes, entities, earlierOf(original),
      speaking || AT_GATHERING_SAID.test(sentence.text) || TOLD_AUDIENCE.test(sentence.text) ? hosts() : undefined,
      personOf(original), speaking ? guests() : undefined);
    context.section = () => sectionHeading(doc.blocks, original.block);
    // (The words that open the next sentence of the paragraph may be those of the guest this one names: see readRemarks.)
    const following = doc.sentences[at + 1];
    if (following?.block === original.block) {
      context.nextSpeaker = () => speakerOpening(following, blockLinks, entities, personOf(following));
    }
    // The paragraph over a list of signings ("Agreements signed on Monday:") is told by its items, not as a deed of its own.
    const framing = signing?.block === original.block && !item;
    // What a speaker says in a quotation is their words, no happening the text reports ("Last year we passed good laws …," she said).
    const quoted = QUOTE_MARK.test(sentence.text) ? quotations(sentence.text) : [];
    const happenings = readHappenings(context, trigger).filter((h) => (!framing || h.timeAt === undefined)
      && !quoted.some((q) => q.start <= h.at && h.at < q.end));
    if (happenings.length === 0) continue;
    const pastTimes = happeningTimes(sentenceTimes, sentence, limit);
    const statedTimes = happeningTimes(sentenceTimes, sentence, limit, false);
    const local = (t: TimeExpression) => t.start - sentence.start;
    // The sentence is read once for all its happenings and times (see sentence-index.ts).
    const index = indexSentence(sentence.text);
    const nearestOwner = timeOwners(happenings, index, (t) => [local(t), t.end - sentence.start]);
    // "On December 22, two years after the Politburo issued its resolution, the Committee held a conference": a day opening the
    // sentence is its main clause's, not that of a verb in a clause of time set off after it; the first happening past that clause's
    // comma takes it.
    const openingTime = sentenceTimes.find((t) => OPENING_TIME.test(sentence.text.slice(0, local(t))));
    const inTimeClause = (h: Happening) => openingTime !== undefined && h.at >= openingTime.end - sentence.start
      && TIME_CLAUSE.test(sentence.text.slice(openingTime.end - sentence.start, h.at));
    const owner = (t: TimeExpression) => {
      const h = nearestOwner(t);
      if (!h || t !== openingTime || !inTimeClause(h)) return h;
      const comma = sentence.text.indexOf(',', h.end);
      return comma < 0 ? h : happenings.filter((x) => x.at > comma).sort((a, b) => a.at - b.at)[0] ?? h;
    };
    const ownedPast = Map.groupBy(pastTimes, owner);
    // Whether a time is written as an instrument's ("dated …", "of …"), read once per time for every happening.
    const citations = new Map<number, boolean>();
    const isCited = (t: TimeExpression) => citations.get(t.start)
      ?? citations.set(t.start, CITATION.test(textBefore(sentence.text, local(t))) || IN_CITED_SUBJECT.test(textBefore(sentence.text, local(t))))
        .get(t.start)!;
    // A sentence whose only past days are instruments' ("… through Plan No. 208 dated May 6, 2025") dates no happening of its own.
    const undated = pastTimes.every(isCited);
    const ownedStated = Map.groupBy(statedTimes, owner);
    const dated = happenings.map((h) => {
      // A gathering merely named has no tense: a day after the publication date is still to come.
      // The most precise of its times, then the nearest ("On the afternoon of October 13, … held its meeting to review the third quarter").
      // A deed is dated by the time its reader read with it, if that is a past one.
      if (h.timeAt !== undefined) {
        return h.since ? sentenceTimes.find((t) => local(t) === h.timeAt && t.relation === 'from' && t.from <= limit)
          : pastTimes.find((t) => local(t) === h.timeAt);
      }
      // A day written as another instrument's date ("… and works to Plan No. 45 dated January 20", "Decision 845 of December 29 …,
      // and details the Law …, passed …") dates that instrument only; one of the happening's own document ("conclusions announced
      // in Notice No. 287 dated June 10", "Resolution No. 5 dated March 3 was adopted") is its day; never a gathering's ("Notice No. 95
      // of March 16 announcing the conclusions of the meeting").
      const between = (t: TimeExpression) => (local(t) >= h.end ? sentence.text.slice(h.end, local(t))
        : sentence.text.slice(t.end - sentence.start, Math.max(h.at, t.end - sentence.start)));
      // (Not the stretch a gathering reviews: "the conclusions of a meeting reviewing the first quarter" were announced on Thursday.)
      const owned = ((h.quality === 0 ? ownedStated : ownedPast).get(h) ?? [])
        .filter((t) => !isCited(t) || (h.kind !== 'meeting' && ownDocument(between(t))))
        // (A day is no stretch reviewed: "The report was reviewed yesterday at a meeting …" was reviewed that day.)
        .filter((t) => t.precision === 'day' || !REVIEWED.test(textBefore(sentence.text, local(t), 40)))
        // (Nor one of the words a speaker said after it: "X, who chaired the press conference, said the decision was signed on Tuesday (15/8)"
        // dates the signing, not the press conference.)
        .filter((t) => h.kind === 'remarks' || local(t) < h.end || !SAID_BETWEEN.test(sentence.text.slice(h.end, local(t))));
      // An act on an instrument "dated December 22, 2024" happened that day, whatever else the sentence dates ("Today, a year after …").
      // (So is one done under an instrument the sentence opens with: "Under Board Resolution No. 92/2030/NQ-HĐQT dated 28/2/2030, the board
      // approved a development plan …".)
      const cited = familyOf(h.kind) === 'act' ? citedAfter(pastTimes, h.end, sentence) ?? citedOpening(pastTimes, h.at, sentence) : undefined;
      if (cited) return cited;
      // "The plenum closed on Wednesday after three working days, from October 12 to 14": a gathering over several days is dated
      // by the first of them.
      const span = h.kind === 'meeting' ? owned.find((t) => t.precision === 'day' && t.to.slice(0, 10) > t.from.slice(0, 10)) : undefined;
      if (span) return span;
      // The most precise of its times ("In October, the committee met to review … 2025" met in October).
      const finest = Math.min(...owned.map((t) => FINENESS[t.precision]));
      const own = owned.filter((t) => FINENESS[t.precision] === finest);
      const nearestOwn = own.length > 0 ? own.reduce((a, b) => (Math.abs(local(b) - h.at) < Math.abs(local(a) - h.at) ? b : a)) : undefined;
      // "Yesterday afternoon the committee held its meeting to finalise the report presented today": a time right after another
      // verb's participle is that verb's; the time that opens the sentence dates the happening.
      const opening = nearestOwn && own.find((t) => t !== nearestOwn && OPENING_TIME.test(sentence.text.slice(0, local(t))));
      const participle = opening ? PARTICIPLE_BEFORE.exec(textBefore(sentence.text, local(nearestOwn!), 24)) : null;
      const candidates = opening && participle && local(nearestOwn!) - participle[0].length !== h.at ? [opening, nearestOwn] : [nearestOwn];
      // A gathering that only frames another happening ("at the 9th session, the Assembly passed …") is dated only by a day in its own stretch.
      // Its stretch runs to the end of its name ("the meeting of the Steering Committee for Science, Technology … on March 13").
      const framing = (time: TimeExpression) => h.quality === 0 && happenings.length > 1 && index.segment(local(time)) !== index.segment(h.at)
        && index.segment(local(time)) !== index.segment(h.end);
      const fits = (time: TimeExpression | undefined): time is TimeExpression => time !== undefined && !framing(time)
        && (!h.near || nearDay(time, h, sentence));
      return candidates.find(fits);
    });
    // A gathering named as where a dated happening took place ("delivered a speech at the National Forum …", "At a seminar on Wednesday,
    // X said …") was held that day.
    happenings.forEach((g, i) => {
      if (dated[i] || g.kind !== 'meeting' || g.quality !== 0 || !/\b[Aa]t\s+$/.test(textBefore(sentence.text, g.at))) return;
      const before = happenings.findIndex((h, j) => dated[j] && HELD_AT.has(h.kind) && h.at < g.at && !index.semicolonBetween(h.at, g.at));
      // (Or a vote after it that the body's own sitting opens the clause of: "This morning, at its 24th session, the … Council passed
      // Resolution …". Not one a sentence only names as the frame, "at the 9th session, the National Assembly passed …", which may run
      // for weeks.)
      const own = /^(?:its|their)\s/.test(sentence.text.slice(g.at, g.at + 6));
      const host = before >= 0 ? before : !own ? -1
        : happenings.findIndex((h, j) => dated[j] && VOTES.has(h.kind) && h.at > g.end && !index.semicolonBetween(g.end, h.at));
      if (host < 0) return;
      dated[i] = dated[host];
      // A sitting a body voted at is that body's: "(The Quảng Trị Provincial People's Council … adopted …) at a one-day thematic session".
      const voter = VOTES.has(happenings[host]!.kind) ? VOTING_BODY.exec(happenings[host]!.subject ?? '') : null;
      // ("Vĩnh Long's Provincial People's Council": the Vĩnh Long Provincial People's Council.)
      if (voter) happenings[i] = { ...g, title: `${g.title} of the ${voter[1]!.replace(PLACE_POSSESSIVE, ' ')}` };
    });
    // A gathering that did a dated act sat that day: "This morning, the 20th session of the … Council passed two resolutions".
    happenings.forEach((g, i) => {
      if (dated[i] || !g.acted) return;
      const act = happenings.findIndex((h, j) => dated[j] && VOTES.has(h.kind) && h.at >= g.at && h.at <= g.end + ACTED_REACH);
      if (act >= 0) dated[i] = dated[act];
    });
    const gathering = happenings.findIndex((g, i) => dated[i] && g.kind === 'meeting');
    // The first two dated happenings: "the same day" takes the other one's day.
    const [firstDated, secondDated] = dated.flatMap((t, j) => (t ? [j] : [])).slice(0, 2);
    const reading = once(() => readSentence(sentence, doc, context));
    // The happenings' indexes in the order of their verbs, sorted when first asked.
    const byPosition = once(() => happenings.map((_, j) => j).sort((a, b) => happenings[a]!.at - happenings[b]!.at || a - b));
    for (const [i, h] of happenings.entries()) {
      let time = dated[i];
      // "It is my pleasure to attend the forum today", in a speech the page prints after telling its day: the speaker's "today" is the
      // day the speech was given, not the page's.
      if (time && occasion && sentence.block > occasion.block && SPEAKERS_TODAY.test(time.text) && FIRST_PERSON.test(sentence.text)
        && occasion.time.precision === 'day' && occasion.time.from !== time.from) time = occasion.time;
      // (What the clause of time tells happened before or after the sentence's day, on no day of its own.)
      if (!time && inTimeClause(h)) continue;
      const member = !time && undated && ADOPTING.has(h.kind) ? MEMBER.exec(h.title) : null;
      if (member) time = batches.get(`${member[1]!.toLowerCase()}s`);
      // Remarks or a vote at a gathering the same sentence dates ("Speaking at the ceremony on September 2, X delivered a
      // speech"), unless the sentence sets them apart in time ("announced after the Politburo met on …").
      const g = happenings[gathering];
      const apart = () => index.apartBetween(Math.min(g!.at, h.at), Math.max(g!.at, h.at));
      if (!time && g && h.inherits && h.kind !== 'meeting' && (h.joins || !apart())) time = dated[gathering];
      // "…, issued the same day": the day of the sentence's other dated happening.
      // Without one, the day of the text's occasion, else of the last happening reported ("The Standing Board issued Conclusion
      // No. 9 on the same day", after the conference it concluded).
      if (!time && SAME_DAY.test(textAfter(sentence.text, h.end))) time = dated[firstDated !== i ? firstDated! : secondDated!] ?? occasion?.time ?? anchor;
      // "X, Vice Chairman of …, signed the plan.": an act on an instrument the text dated before, on no day of its own, was done that day,
      // not on the day the text last told ("…, issued on 11/10/2027" of another document).
      if (!time && undated && h.instrument && familyOf(h.kind) === 'act') {
        time = out.find((c) => c.instrument === h.instrument && c.kind === 'instrument' && c.time.precision === 'day')?.time;
      }
      // "visited X and inspected Y": a second verb joined by "and" happened when the first did.
      // The verb before it is the happening nearest before it in the sentence, whatever reader read it ("toured X and met Y").
      const previous = /\band\s+$/.test(textBefore(sentence.text, h.at))
        ? (byPosition()[firstAtLeast(byPosition(), h.at, (j) => happenings[j]!.at) - 1] ?? -1) : -1;
      if (!time && previous >= 0 && dated[previous] && !index.apartBetween(happenings[previous]!.at, h.at)) time = dated[previous];
      // An item under a month heading happened that month, not at the occasion of the items before it.
      if (!time && undated && headed && continued === headed) time = headed;
      // A speech "at the conference" is the occasion's, whatever times the speaker's words name ("would order tasks in 2026").
      const spoken = h.kind === 'remarks' && h.near === true;
      // "In the afternoon, the Committee approved …", after "on Tuesday morning …": that day, whatever gathering the text named since.
      if (!time && undated && continued && continued === partedDay && DAY_PART.test(sentence.text)) time = continued;
      // "… piloted at six stations since Sunday (29/12). At the launch of the pilot at Cầu Giấy station that morning, X said …": "that
      // morning" is the day the text has just told, in the paragraph or the one before.
      if (!time && undated && lastDay && sentence.block - lastDay.block <= 1 && THAT_DAY.test(sentence.text)) time = lastDay.time;
      if (!time && (undated || spoken) && h.inherits && occasion) {
        const gathering = gatheringNamed(sentence) ?? h.doneAt;
        const named = namedOccasion(gathering, occasions);
        if (named) time = named.time;
        // "… handed certificates to two firms at the ceremony", far from the lead: the gathering the text reports.
        // (A guest at a gathering the sentence leaves unnamed, "Attending as a guest, X said …", spoke at the gathering told last, just before:
        // not at a signing the lead told, "… Plan No. 1497, signed on 14 March", then "… introduced … at a conference on Saturday (17/3)".)
        else if (h.doneAt && occasions[0]!.block <= LEAD_BLOCKS) time = (h.doneAt === 'event' ? lastGathering(occasions, sentence.block) : undefined)?.time
          ?? occasions[0]!.time;
        else if (sameOccasion(h, sentence, occasion, reading())) time = occasion.time;
      }
      // "In the afternoon, the Prime Minister held a working session …": the day the text last reported.
      if (!time && undated && continued) time = continued;
      // "On the occasion, the committee presented certificates … for achievements in 2025": a sentence that opens on a day
      // the text told happens that day; a year or month later in it dates something else.
      // (Not an entry's own stamp: "February 2025 – The Government adopts …" happened that month.)
      if (time && time.precision !== 'day' && continued?.precision === 'day' && !(entry && local(time) <= STAMP_REACH)) time = continued;
      // So does a session the next sentence opens ("Opening the question-and-answer session, the Chairman said …").
      // So does a gathering attended, after a lead that dates it ("… won the first prizes at the Huế Innovation Awards on Saturday
      // evening. / More than 600 guests attended the awards ceremony …").
      if (!time && undated && lead && h.kind === 'meeting' && (h.quality === 3 || h.quality === 1 || h.attended)) time = lead;
      if (!time) continue;
      const batch = ADOPTING.has(h.kind) && time.precision === 'day' ? BATCH.exec(h.title) : null;
      if (batch) batches.set((batch[1] ?? batch[2]!).toLowerCase(), time);
      // (An entry's takers-part are its own: the other engagements listed in its block are other gatherings.)
      // A gathering that "closed on Friday afternoon after three working days" opened two days before: that is its day, though what the
      // sentence tells done at its close ("…, adopting 19 resolutions") is the closing day's.
      const opened = h.kind === 'meeting' ? openingDay(h, time, sentence) : undefined;
      const candidate = toCandidate(asNamed(h), opened ?? time, sentence, doc, reading(), entry ? noAttendees : attendeesOf);
      if (!candidate) continue;
      // The sentence it came from is the text's own, in the present it was written in.
      if (entry) candidate.source.text = original.text;
      out.push(candidate);
      // A deed (see deeds.ts) is told in passing: the day the text goes on from is its occasion's, or the last gathering's or act's.
      // Unless the text has told nothing else yet and it is in its lead ("X on Saturday evening won first prize at the final of
      // …"): then it is the text's occasion, which "The previous day, …" moves from.
      if (h.timeAt !== undefined) {
        if (!occasion && !lastEvent && time.precision === 'day' && sentence.block <= LEAD_BLOCKS) {
          setOccasion({ time, block: sentence.block, words: reading().words(), title: titleWords(h.title), ...otherKinds(h.title) });
        }
        continue;
      }
      // (An instrument's own date, "Decision No. 1856 dated 20/03/2025", is no day the text goes on from: "… on the same day".)
      const cited = CITATION.test(textBefore(sentence.text, local(time)));
      if (time.precision === 'day' && !cited) lastEvent = { time, block: sentence.block };
      const told = time.sentence === sentence || (time === continued && !shifted) || time === lead;
      if (told && time.precision === 'day' && !cited && (h.kind === 'meeting' || !occasion)) {
        // A signing or a launch is held at a ceremony, by which a later sentence names it ("Speaking at the ceremony, …").
        const title = titleWords(h.title);
        if (CEREMONIAL.has(h.kind) || h.ceremonial) title.add('ceremony');
        // Working with a body is a working session, by which a later sentence names it ("Speaking at the session, …").
        if (h.kind === 'meeting' && /\bworked\s+with\b/.test(h.title)) title.add('session');
        // A council or an assembly votes at a sitting, by which a later sentence names the vote's day ("Attending the session as a guest, …").
        if (VOTES.has(h.kind) && VOTERS.test(h.subject ?? '')) for (const w of SITTINGS) title.add(w);
        // (Its opening day is an occasion before its closing one: "attended the opening session" is that day's.)
        if (opened) setOccasion({ time: opened, block: sentence.block, words: reading().words(), title, gathering: true, ...otherKinds(h.title) });
        setOccasion({ time, block: sentence.block, words: reading().words(), title, gathering: h.kind === 'meeting', ...otherKinds(h.title) });
      }
    }
  }
  // A page that records a gathering dates it in its header, no sentence of its text (see recorded.ts).
  const recorded = recordedGathering(doc, entities);
  // (Or the guests it lists under a label, at the gathering a sentence told: see listedGuests.)
  out.push(...(recorded.length > 0 ? recorded : listedGuests(doc, entities, out)));
  return withoutUncodedRepeats(out, entities, new Set(doc.links.filter((l) => ISSUED_TYPES.has(entities.get(l.entity)?.type ?? ''))
    .map((l) => l.entity)).size);
}

/**
 * A text that reports an act on "a resolution on …" (a document of the instrument's type named by
 * its subject, or several told together) or on the subject a numbered instrument is on ("adopted the
 * 2027 national plan …") and, the same day, the same act on a numbered resolution ("approved
 * Resolution No. 112/… on …") tells of one act twice: the uncoded one is dropped.
 */
function withoutUncodedRepeats(candidates: EventCandidate[], entities: EntityLookup, instruments: number): EventCandidate[] {
  const coded = candidates.filter((c) => c.instrument !== undefined);
  if (coded.length === 0) return candidates;
  // The types of the coded instruments acted on, by act and day: an uncoded candidate is compared with those of its
  // act and day, one pattern per type, not with every coded candidate (a new pattern each time).
  const typesOf = new Map<string, Set<string>>();
  for (const k of coded) {
    const key = `${k.kind} ${k.time.value}`;
    typesOf.set(key, (typesOf.get(key) ?? new Set()).add(entities.get(k.instrument!)?.type ?? '\\0'));
  }
  // The subjects the coded instruments are on, by act and day, as their sentences write them ("Resolution No. 89/2026/QH16 on the
  // 2027 national plan for science, …"): "adopted the 2027 national plan for science" that day is the same act.
  const subjectsOf = new Map<string, string[]>();
  for (const k of coded) {
    const key = `${k.kind} ${k.time.value}`;
    subjectsOf.set(key, [...subjectsOf.get(key) ?? [], ...[...k.source.text.matchAll(CODED_SUBJECT)].map((m) => m[1]!.toLowerCase())]);
  }
  const repeats = (c: EventCandidate) => {
    const object = ACT_OBJECT.exec(c.title)?.[1]?.toLowerCase();
    return object !== undefined && object.split(/\s+/).length >= 3 && (subjectsOf.get(`${c.kind} ${c.time.value}`) ?? []).some((s) => s.startsWith(object));
  };
  // (Not an act on more of them than the text codes that day, and no more than the text names: "passed two resolutions", then one coded
  // by its tally; the act stays for countedInstruments to tell by all of them. "adopted 14 resolutions" in a text naming three is told.)
  const codedCount = new Map<string, number>();
  for (const k of coded) codedCount.set(`${k.kind} ${k.time.value}`, (codedCount.get(`${k.kind} ${k.time.value}`) ?? 0) + 1);
  const more = (c: EventCandidate) => {
    const counted = COUNTED_ACT.exec(c.title);
    const count = counted ? numberOf(counted[1]!) : 0;
    return count > (codedCount.get(`${c.kind} ${c.time.value}`) ?? 0) && count <= instruments;
  };
  return candidates.filter((c) => c.instrument !== undefined || more(c)
    || !([...typesOf.get(`${c.kind} ${c.time.value}`) ?? []].some((type) => uncodedPattern(type).test(c.title)) || repeats(c)));
}

/** An act on a number of documents, as its title tells it: "… passed two resolutions". Group: the number. */
const COUNTED_ACT = new RegExp(String.raw`\b(?:adopted|passed|approved|issued)\s+(${COUNT})\s+(?:new\s+)?\p{L}+s\b`, 'iu');

/** What a numbered instrument is on, after its code: "No. 89/2026/QH16 on the 2027 national plan for …". Group: the subject. */
const CODED_SUBJECT = /\d+\/[\p{L}\p{N}\/.-]*[\p{L}\p{N}]\s+(?:on|for|about|regarding)\s+(?:the\s+|a\s+|an\s+)?([^,;:()]+)/gu;
/** The object of an act in its title, without its article: "Deputies adopted the 2027 national plan for science". Group: the object. */
const ACT_OBJECT = /\b(?:adopted|passed|approved|issued|signed|promulgated|ratified)\s+(?:the\s+|a\s+|an\s+)?(.+)$/u;

/**
 * "a resolution on …", "the decree of …": a document of an instrument's type named by its subject; or several told together, by
 * their number or as a package ("passed three resolutions", "a package of resolutions on support …"), not "four other resolutions".
 */
const uncodedPatterns = new Map<string, RegExp>();
const uncodedPattern = (type: string): RegExp => uncodedPatterns.get(type)
  ?? uncodedPatterns.set(type, new RegExp(`(?:^|\\s(?:a|an|the))\\s*${type}\\s+(?:on|of|for|regarding|about)\\s`
    + `|\\b(?:(?:package|set|batch|series|raft|slate)\\s+of|${COUNT}|several)\\s+(?:(?!other\\b)[\\p{L}-]+\\s+){0,2}?${type}s\\b`, 'iu')).get(type)!;

/** The occasion a text reports: the day of its lead's happening (or of its latest gathering), where, and the words that tell of it. */
interface Occasion {
  time: TimeExpression;
  block: number;
  words: Set<string>;
  /** The words of the happening's title ("Final of the … Contest"), by which a later sentence names it ("Addressing the final"). */
  title: Set<string>;
  /** Whether the happening is a gathering (a conference, a session), not an act such as a signing. */
  gathering?: boolean;
  /** The nouns of gatherings the title names as another kind by a compound: "session" of "Working session with …". */
  otherKind?: Set<string>;
}

const titleWords = (title: string) => new Set(title.toLowerCase().match(/\p{L}+/gu) ?? []);
/** The nouns of gatherings a title names as another kind, by a compound: "Working session with …" → "session". */
function otherKinds(title: string): { otherKind: Set<string> } | Record<string, never> {
  const nouns = [...title.matchAll(OTHER_KIND_OF)].map((m) => m[1]!.toLowerCase());
  return nouns.length > 0 ? { otherKind: new Set(nouns) } : {};
}
/** Happenings held at a ceremony. */
const CEREMONIAL: ReadonlySet<string> = new Set(['signed', 'establishment']);

/** How many occasions told before are looked through for the one a sentence names. */
const OCCASIONS_KEPT = 8;

/** The gathering a sentence names ("At the final, …", "Addressing the final, …"), in lower case, if any. */
const gatheringNamed = (sentence: Sentence) => (AT_GATHERING.exec(sentence.text) ?? SPEAKING_AT_GATHERING.exec(sentence.text))?.[1]?.toLowerCase();

/** The latest gathering among the occasions told, in the paragraphs just before `block` (see OCCASION_BLOCKS). */
function lastGathering(occasions: readonly Occasion[], block: number): Occasion | undefined {
  return occasions.findLast((o) => o.gathering === true && o.block <= block && block - o.block <= OCCASION_BLOCKS);
}

/** The latest occasion told before whose title holds the gathering a sentence names (`named`), if it names one. */
function namedOccasion(named: string | undefined, occasions: readonly Occasion[]): Occasion | undefined {
  if (!named) return undefined;
  // (By its head noun: "the opening sitting" is a sitting, of the session "The 14th session … opened on Wednesday" told.)
  const head = named.split(/\s+/).at(-1)!;
  const nouns = [named, head, ...(PART_OF_GATHERING[head] ?? [])];
  // (A bare noun is not the gathering a compound makes another kind of: "the session" is no "working session" told since.)
  const bare = !/\s/.test(named.trim());
  for (const pass of bare ? [true, false] : [false]) {
    for (let i = occasions.length - 1; i >= 0; i--) {
      if (pass && occasions[i]!.otherKind?.has(head.toLowerCase())) continue;
      if (nouns.some((n) => occasions[i]!.title.has(n))) return occasions[i];
    }
  }
  return undefined;
}

/** A part of a gathering named by its own noun: "the closing sitting" of the session the text reports. */
const PART_OF_GATHERING: Readonly<Record<string, readonly string[]>> = { sitting: ['session'] };

const sentenceKey = (s: Sentence) => `${s.block}:${s.start}`;

/** A gathering named by its noun alone: "the plenum", "Session". Group: the noun. */
const BARE_GATHERING = new RegExp(`^(?:[Tt]he\\s+)?(${GATHERING_NOUN_ANY_CASE})$`, 'u');
/** "the same ceremony": the gathering of that noun told before. Group: the noun. */
const SAME_GATHERING = new RegExp(`^(?:[Tt]he\\s+)?[Ss]ame\\s+(${GATHERING_NOUN_ANY_CASE})$`, 'u');
/** A gathering's noun in a title. */
const GATHERING_IN_TITLE = new RegExp(`\\b${GATHERING_NOUN_ANY_CASE}\\b`, 'u');
/** A gathering named with capitals before its noun: "Fourth Plenum (of …)", "Vietnam Innovation Forum". Group: the noun. */
const NAMED_GATHERING = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:[\p{Lu}\d][\p{L}\d’'-]*\s+){1,5}(${GATHERING_NOUN_ANY_CASE})\b`, 'u');

/** How far into an entry its stamp may start ("• February 2025 – …"). */
const STAMP_REACH = 3;

/**
 * Whether an undated happening reports the occasion: a sentence that opens at the occasion's
 * gathering ("Also at the forum, …"); or, within a few paragraphs of it, remarks
 * or conclusions at it, a sentence that names a gathering or "the same morning", or a subject the
 * occasion's sentence names ("deputies", "the council").
 */
function sameOccasion(h: Happening, sentence: Sentence, occasion: Occasion, reading: SentenceReading): boolean {
  // "Also at the forum, …" names the occasion however far the text has run (a speech printed in full comes between).
  // The occasion's sentence may name it by its verb: "ICDD launched its report …", then "At the launch, …".
  // So does a speaker "speaking at the conference" (see remarks.ts).
  const named = gatheringNamed(sentence) ?? h.doneAt;
  if (named && (occasion.words.has(named) || [...occasion.words].some((w) => w.startsWith(named)))) return true;
  // "At the event, …" names whatever occasion the text told last, by no word of its own.
  if (named === 'event') return true;
  // "Deputies then adopted Resolution No. 244 …", however far down a report of a sitting: its members vote at the sitting.
  // So is a document passed with its tally, in the passive ("Resolution No. 46 … was passed with 57 votes in favour").
  // (Or at the vote the text opened with: "The National Assembly this morning passed a resolution on …", then "Resolution No. 144/…
  // was passed with 447 of the 458 deputies present voting in favour".)
  if (VOTES.has(h.kind) && (VOTERS.test(h.subject ?? '') || (!h.subject && TALLY.test(sentence.text)))
    && (SITTINGS.some((w) => occasion.words.has(w)) || [...VOTES].some((w) => occasion.title.has(w)))) return true;
  if (sentence.block - occasion.block > OCCASION_BLOCKS) return false;
  // The paragraph of the occasion goes on telling it ("That afternoon, the Council held its session. Delegates approved …").
  if (h.kind === 'remarks' || h.kind === 'concluded' || reading.namesOccasion() || sentence.block === occasion.block) return true;
  const head = h.subject?.toLowerCase().match(/\p{L}+/gu)?.at(-1);
  return head !== undefined && occasion.words.has(head);
}

/** A time a deed may be dated by: a day or a month the sentence says something happened at, or the year of a milestone (deeds.ts). */
// (Or one a trial has gone on since: "Since 1 July, … has been trialled".)
const deedTime = (t: TimeExpression) => (t.relation === 'at' && (t.precision === 'day' || t.precision === 'month'
  || (t.precision === 'year' && isMilestoneYear(t.sentence.text, t.start - t.sentence.start, t.end - t.sentence.start))))
  || (t.relation === 'from' && trialSentence(t.sentence));
/** Whether a sentence tells a trial in the perfect (see TRIAL_WORD), read once per sentence, not once for each of its times. */
const trialSentences = new WeakMap<object, boolean>();
function trialSentence(sentence: { text: string }): boolean {
  let trial = trialSentences.get(sentence);
  // (Or what has gone on since a day that opens it: "Since 1 July, the division has taken online applications …".)
  if (trial === undefined) trialSentences.set(sentence, (trial = TRIAL_WORD.test(sentence.text) || BEGUN_SINCE.test(sentence.text)));
  return trial;
}

/**
 * Every happening a sentence reports: at most one gathering, and every act, conclusion, speech and merger; deeds only when
 * the sentence reports nothing else (and only those, in a sentence without a trigger).
 */
function readHappenings(context: SentenceContext, trigger: boolean): Happening[] {
  if (!trigger) return readDeeds(context);
  const read = readMeeting(context);
  // "At a conference on Thursday to launch the plan, …": the launch is what the gathering was held for, one happening, the gathering
  // named with its purpose.
  const launches = readLaunches(context);
  const held = read && launches.find((l) => l.purpose !== undefined && Math.abs(l.at - read.at) < SAME_SPOT);
  const meeting = held && read ? { ...read, title: /\blaunch/i.test(read.title) ? read.title : `${read.title} to ${held.purpose!}` } : read;
  const found = [
    ...(meeting ? [meeting] : []), ...readActs(context), ...readConclusions(context), ...readRemarks(context), ...readVisits(context),
    ...launches.filter((l) => l !== held), ...readEstablishments(context), ...readMergers(context),
  ];
  // An act on conclusions ("issued Conclusion No. 183") and "announced its conclusions in …" are one happening. Those
  // seen are kept by kind and stretch of SAME_SPOT characters, so that each is compared with its neighbours only.
  const seen = new Map<string, Happening[]>();
  const near = (h: Happening, d: number) => seen.get(`${h.kind} ${Math.floor(h.at / SAME_SPOT) + d}`) ?? [];
  const distinct = found.filter((h) => {
    // (Acts on two instruments a list joins are two: "voted to pass the Law on X and the Law on Y".)
    const repeat = [-1, 0, 1].some((d) => near(h, d).some((o) => Math.abs(o.at - h.at) < SAME_SPOT
      && (o.instrument === undefined || h.instrument === undefined || o.instrument === h.instrument)));
    const key = `${h.kind} ${Math.floor(h.at / SAME_SPOT)}`;
    seen.set(key, [...near(h, 0), h]);
    return !repeat;
  });
  // (A gathering a guest spoke at is an event of its own beside the speech: "At a seminar in Hà Nội on Wednesday, Deputy Minister X said".)
  const spoken = distinct.some((h) => h.kind === 'remarks');
  const unframed = distinct.length > 1 ? distinct.filter((h) => !h.alone || (spoken && h.kind === 'meeting')) : distinct;
  // "The campaign was launched at a ceremony in Hà Nội on Sunday": the ceremony a deed before it took place at is its place, not a
  // second event (a speech at a ceremony leaves the ceremony an event of its own).
  const ceremony = unframed.length > 1
    ? unframed.find((h) => atCeremony(context.text, h) && unframed.some((o) => o !== h && o.kind === 'other' && o.at < h.at)) : undefined;
  // What was done at it is dated by the ceremony the text reports, however far from its lead.
  // (Who did the deed right before a ceremony the sentence brings in is said to do it there, as a reader tells it: "HVCloud launched HVC
  // SME Suite 3.0 at a ceremony".)
  const where = ceremony && CEREMONY.exec(context.text.slice(ceremony.at))![0];
  const named = where && /^an?\s/i.test(where) && unframed.filter((o) => o.kind === 'other' && o.subject && o.at < ceremony.at).at(-1);
  const kept = ceremony ? unframed.filter((h) => h !== ceremony).map((h) => (h.at < ceremony.at ? {
    ...h, doneAt: h.doneAt ?? 'ceremony', title: h === named ? `${h.title} at ${where}` : h.title,
  } : h)) : unframed;
  // "X handed over 3,200 books to the university at a ceremony on Thursday": a ceremony named only as where a deed took place
  // gives way to the deed (a meeting "at" which something was approved is itself the happening).
  if (kept.length === 1 && atCeremony(context.text, kept[0]!)) {
    const deeds = readDeeds(context);
    if (deeds.some((d) => d.at < kept[0]!.at)) return deeds;
    // "… also handed certificates to two firms at the ceremony": the deed, dated by the ceremony the text reports.
    const done = readOccasionDeeds(context);
    if (done.length > 0) return done;
  }
  if (kept.length === 0) {
    const deeds = readDeeds(context);
    return deeds.length > 0 ? deeds : readOccasionDeeds(context);
  }
  // "In July, X, a start-up founded in 2021, completed …": happenings dated by their own times leave the sentence's other deeds.
  return kept.every((h) => h.timeAt !== undefined) ? [...kept, ...readDeeds(context).filter((d) => !kept.some((k) => d.at < k.end && k.at < d.end))] : kept;
}

/** A quotation mark. */
const QUOTE_MARK = /["“]/;
/** A quotation of some length: a speaker's words, not a name in quotation marks ("the “Make in Viet Nam” awards"). */
const QUOTATION = /["“]([^"“”]{40,})["”]/g;
/** The spans of a sentence's quotations (see QUOTATION). */
const quotations = (text: string) => [...text.matchAll(QUOTATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** A ceremony named where a gathering's reader found it: "a ceremony", "the award ceremony". */
const CEREMONY = /^(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?ceremony\b/iu;
/** A ceremony named only as where something took place: "(… handed over …) at a ceremony (on Thursday)". */
const atCeremony = (text: string, h: Happening) => h.kind === 'meeting' && h.quality === 0 && CEREMONY.test(text.slice(h.at))
  && /\bat\s+$/.test(text.slice(0, h.at));
/**
 * A heading that is a month and nothing else ("FEBRUARY", "March 2026"): the month, else undefined. A month's name alone is no
 * time expression (see the time stage); as a heading it is the latest such month on or before the publication date.
 */
function headingMonth(sentence: Sentence, times: readonly TimeExpression[] | undefined, published: string | null): TimeExpression | undefined {
  const time = times?.length === 1 ? times[0] : undefined;
  if (time) return time.precision === 'month' && time.text.length >= sentence.text.trim().length - 1 ? time : undefined;
  const text = sentence.text.trim();
  const month = MONTH_ALONE.test(text) ? monthNumber(text) : 0;
  if (month === 0 || published === null) return undefined;
  const [year, publishedMonth] = published.split('-').map(Number) as [number, number];
  const inYear = publishedMonth !== undefined && month > publishedMonth ? year - 1 : year;
  const start = sentence.start + sentence.text.indexOf(text);
  return statedTime(monthSpan(inYear, month), sentence, start, text, 'MonthHeading',
    `year ${inYear} from the publication date ${published}, the latest such month on or before it`);
}

/** A time the event stage states itself (no parser read it), written at `start` of a sentence as `text`, with how it was inferred. */
function statedTime(value: TimeValue, sentence: Sentence, start: number, text: string, parser: string, inferred: string): TimeExpression {
  return { ...value, text, block: sentence.block, start, end: start + text.length, sentence, relation: 'at', parser, inferred: [inferred] };
}

/** A month's name alone, in any case. */
const MONTH_ALONE = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`, 'i');

/** How many days before its publication a live page's entries may have been written. */
const LIVE_DAYS = 2;

/**
 * The day a live report's entries were written: the last day written before the first of them (its title's or lead's), when it
 * is within LIVE_DAYS of the publication date; else the publication date ("LIVE 22/09/2026", a lead that cites a resolution of
 * December 22, 2024).
 */
/** How many characters besides its time a chronology's date line may hold: a weekday's comma, a dash. */
const DATE_LINE_SLACK = 3;

/** The day or month a line that holds nothing else gives ("22/12/2024", "Tuesday, 9 June 2026", "Jan 2027", "Last Friday"), or undefined. */
function dateLine(sentence: Sentence, times: readonly TimeExpression[] | undefined): TimeExpression | undefined {
  const [time] = times ?? [];
  if (!time || times!.length > 1 || (time.precision !== 'day' && time.precision !== 'month') || time.relation !== 'at') return undefined;
  const rest = sentence.text.slice(0, time.start - sentence.start) + sentence.text.slice(time.end - sentence.start);
  return rest.replace(WEEKDAY_WORD, '').replace(/[\s,.:()–—-]+/g, '').length <= DATE_LINE_SLACK ? time : undefined;
}
/** A weekday's name, which a date line may open with, in English or in Vietnamese as a schedule heads a day ("Thứ Hai (12/7)"). */
/** A weekday, then the bracket a day is written in after it: "Wednesday (". */
const BRACKETED_AFTER_WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')})\s*\(\s*$`);
const WEEKDAY_WORD = new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')})\b|${VI_WEEKDAY}`, 'giu');

function liveDayOf(last: TimeExpression | undefined, published: string | null, sentence: Sentence): TimeExpression | undefined {
  if (published === null || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return last;
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  if (last && last.from <= published && last.from >= isoDate(addDays({ year, month, day }, -LIVE_DAYS))) return last;
  // Written nowhere in the sentence: its text is the date, its span empty.
  return { ...statedTime(daySpan({ year, month, day }), sentence, sentence.start, '', 'LivePage',
    `the day of the live page, its publication date ${published}`), text: published };
}

/** No attendees read around a sentence (see `attendees`). */
const noAttendees = (): string[] => [];

/** A wire service's mark after a release's dateline: " /PRNewswire/ --", " /Business Wire/ –". */
const WIRE_AFTER = /^\s*\/[\p{L}\p{N} .-]{2,30}\/\s*(?:--|–|—)/u;
/** Nothing but a preposition before a time that opens its sentence: "Yesterday afternoon …", "On Monday, …". */
const OPENING_TIME = /^\s*(?:(?:On|In|At|During)\s+(?:the\s+)?)?$/;
/** A clause of time set off after an opening time, up to its verb: ", two years after the Politburo (issued …)". */
const TIME_CLAUSE = /^\s*,\s*(?:[\p{L}\d-]+\s+){0,3}?(?:after|before|since|following)\s[^,;]*$/iu;
/** A verb of reviewing right before the stretch it reviews: "(a meeting) reviewing (the first quarter)", "summing up (2026)". */
const REVIEWED = /\b(?:reviewing|reviewed|covering|assessing|evaluating|summing\s+up|looking\s+back\s+(?:at|on))\s+(?:the\s+(?:work\s+(?:of|in)\s+)?)?$/;
/** A participle right before a time, with "on" between or not: "presented today", "signed on Friday". */
const PARTICIPLE_BEFORE = /\b\p{Ll}{3,}ed\s+(?:on\s+)?$/u;

/** A day told relative to the page: "today", "this morning". */
const SPEAKERS_TODAY = /^(?:today|this\s+(?:morning|afternoon|evening))$/i;
/** A sentence in the first person, as a speech printed in full is: "It is my pleasure …", "we will …". */
const FIRST_PERSON = /\b(?:I|my|we|our|us)\b/;
/** How far after a gathering's name the verb of what it did may be (see Happening.acted). */
const ACTED_REACH = 20;
/** How close two happenings of a kind are to be one. */
const SAME_SPOT = 30;

/** What stands before a day that opens its sentence: nothing, or "On", "Last", "This", and its weekday before its date in brackets. */
const OPENING_DAY_BEFORE = /^\s*(?:(?:On|Last|This)\s+)?(?:\p{Lu}\p{Ll}+\s*\(\s*)?$/u;
/** A clause, after its opening day, whose subject takes part in a gathering: "), most of the member firms took part in (a …)". */
const TOOK_PART = /^\)?\s*,[^;,()]{1,80}?\b(?:took\s+part\s+in|attended|joined|participated\s+in)\s+(?:(?:a|an|the|its|their)\s+[^;,]{0,40})?$/;

/** Whether a day is written right beside a happening's trigger, or a month right after a gathering's name. */
function nearDay(time: TimeExpression, h: Happening, sentence: Sentence): boolean {
  if (time.sentence !== sentence) return false;
  const start = time.start - sentence.start;
  // "the Third Plenum in July": a month right after a gathering's name is when it was held.
  // So is one after "held in" ("a mid-term review conference held in July"), or after "of" ("the regular meeting of July 2030").
  if (time.precision === 'month') return h.kind === 'meeting' && start >= h.end && /^\s+(?:(?:held\s+)?in|of)\s+$/.test(sentence.text.slice(h.end, start));
  if (time.precision !== 'day') return false;
  // "began operating on July 1, a day after the first session": a day told relative to the gathering is not its day.
  // (Or one that opens the sentence, when its clause takes part in the gathering: "Last Saturday (8/3), 82 of the 84 member firms took part
  // in a full test session".)
  const between = sentence.text.slice(time.end - sentence.start, h.at);
  if (start < h.at && h.kind === 'meeting' && OPENING_DAY_BEFORE.test(sentence.text.slice(0, start)) && TOOK_PART.test(between)) return true;
  if (start < h.at) return h.at - (time.end - sentence.start) <= NEAR_BEFORE && !RELATIVE_TO.test(between);
  // (From its weekday, when the day is written in brackets after it: "… on Wednesday (26/2)".)
  const gap = start - h.end - (BRACKETED_AFTER_WEEKDAY.exec(sentence.text.slice(h.end, start))?.[0].length ?? 0);
  if (gap <= (h.kind === 'meeting' ? NEAR_AFTER_GATHERING : NEAR_AFTER)) return true;
  // "… at a public hearing on the draft plan of X for 2021-2030, with a vision to 2050, held in Nha Trang on Saturday": the day of
  // the gathering's own "held", after what it was about.
  return h.kind === 'meeting' && start - h.end <= HELD_LATER_REACH && HELD_LATER.test(sentence.text.slice(h.end, start));
}

/** The kinds of thing a later sentence refers to by their noun ("the package"). As a regular expression source. */
const THING_KINDS = 'package|fund|programme|program|project|platform|index|strategy|scheme|initiative|campaign|app|system';
/** A title opening with a thing referred to by its kind: "(The) package('s second phase launched)". Group: the kind. */
const KIND_OPENING = new RegExp(String.raw`^(?:[Tt]he\s+)?(${THING_KINDS})(?=[’']s\b|\s)`, 'i');
/** Words no name is made of: a question's or a clause's ("1. What is the programme?"). */
const NOT_A_NAME = /\b(?:what|which|who|how|why|is|are|was|were|the|a|an|this|that)\b/i;
/** A name in quotation marks with its kind in apposition: "“Innovate 57”, a VND 15,000 billion credit package". Groups: name, kind. */
const QUOTED_WITH_KIND = new RegExp(String.raw`["“]([^"”\n]{2,40})["”],?[^\S\n]+(?:a|an|the)[^\S\n]+(?:[^,;.\n]|[,.](?=\d)){0,60}?\b(${THING_KINDS})\b`, 'giu');
/** How many paragraphs back the name of a thing referred to by its kind is looked for. */
const ANTECEDENT_BLOCKS = 3;

/**
 * A title whose subject is a thing referred to by its kind ("The package's second phase was launched") with that thing's name,
 * the last the paragraphs before name with that kind after it ("its DigiBoost SME credit package") or at its end ("the Red River
 * Innovation Fund"): capitalised words, up to two in lower case, then the kind.
 */
function withAntecedent(title: string, doc: DocumentTimeline, sentence: Sentence): string {
  const kind = KIND_OPENING.exec(title);
  if (!kind) return title;
  const before = [...doc.blocks.slice(Math.max(0, sentence.block - ANTECEDENT_BLOCKS), sentence.block).map((b) => b.text),
    doc.blocks[sentence.block]?.text.slice(0, sentence.start) ?? ''].join('\n');
  // (A name, not "The programme" told again in between.)
  const last = [...before.matchAll(namedWithKind(kind[1]!.toLowerCase()))].map((m) => m[0].replace(/^(?:The|A|An|This|That|Its|Their|Our)[^\S\n]+/, ''))
    .filter((n) => /^\p{Lu}/u.test(n) && !NOT_A_NAME.test(n)).at(-1);
  // Or a name in quotation marks, its kind in apposition: "launched “Innovate 57”, a VND 15,000 billion credit package for …".
  const quoted = last ? undefined : [...before.matchAll(QUOTED_WITH_KIND)].filter((m) => m[2]!.toLowerCase() === kind[1]!.toLowerCase()).at(-1)?.[1];
  const name = last ?? quoted;
  return name && /^\p{Lu}/u.test(name) ? `${name}${title.slice(kind[0].length)}` : title;
}

/** The pattern of a name ending with a kind ("DigiBoost SME credit package", "Red River Innovation Fund"), made once per kind. */
const NAMED_WITH_KIND = new Map<string, RegExp>();
function namedWithKind(kind: string): RegExp {
  let named = NAMED_WITH_KIND.get(kind);
  if (!named) {
    const noun = `[${kind.charAt(0).toUpperCase()}${kind.charAt(0)}]${kind.slice(1)}`;
    named = new RegExp(String.raw`(?<![\p{L}\d])\p{Lu}[\p{L}\d&-]*(?:[^\S\n]+\p{Lu}[\p{L}\d&-]*)*(?:[^\S\n]+\p{Ll}[\p{L}-]*){0,2}?`
      + String.raw`[^\S\n]+${noun}\b`, 'gu');
    NAMED_WITH_KIND.set(kind, named);
  }
  return named;
}

/** A day told relative to what follows: ", a day after (the first session)", ", two weeks before". */
const RELATIVE_TO = new RegExp(String.raw`^,?\s*(?:a|an|one|two|three|four|five|six|seven|the)\s+(?:day|days|week|weeks|month|months)`
  + String.raw`\s+(?:after|before)\s+(?:the\s+|its\s+|their\s+)?$`, 'i');
/** A gathering's "held" after its subject, right before its day. */
const HELD_LATER = /^[^;.]*?,\s+held\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}\s+)?on\s+(?:the\s+\p{Ll}+\s+of\s+)?$/u;
/** How far after a gathering's name its later "held … on" may put its day. */
const HELD_LATER_REACH = 200;

function toCandidate(
  h: Happening, time: TimeExpression, sentence: Sentence, doc: DocumentTimeline, reading: SentenceReading, attendeesOf: (block: number) => string[],
): EventCandidate | undefined {
  if (!h.title.trim()) return undefined;
  const title = withAntecedent(h.title, doc, sentence);
  const dateEnd = time.sentence === sentence ? time.end - sentence.start : 0;
  const preamble = reading.preamble()(dateEnd, h.at);
  // Remarks are their speaker's: the people an attendance list near them names spoke or sat there too, and two speakers' remarks
  // sharing such a name are two remarks, not one.
  const participants = [...reading.takingPart(), ...(h.kind === 'remarks' ? [] : attendeesOf(sentence.block))].filter((entity) => entity !== h.instrument);
  return {
    kind: h.kind, title: tidyTitle(title), quality: h.quality, time, instrument: h.instrument,
    place: preamble.place ?? reading.placeAfter()(h.at),
    participants: [...new Set(participants)],
    // The document acted on, though the sentence names it only as "the plan".
    entities: [...new Set([...reading.entities(), ...(h.instrument ? [h.instrument] : [])])],
    source: { document: doc.id, paragraph: blockId(sentence.block + 1), text: sentence.text, when: time.text },
  };
}

/** The instrument a sentence opens with, up to its date: "Under Board Resolution No. 92/2030/NQ-HĐQT dated (28/2/2030, …)". */
const UNDER_DATED = /^Under\s+[^,;]{2,120}?\s(?:dated|of)\s+$/;

/** The date of the instrument an act's sentence opens with, before the act (see UNDER_DATED). */
// (Only the times near the sentence's start, of one that opens with "Under": a sentence of thousands of acts and dates is not read again
// for each.)
function citedOpening(times: TimeExpression[], at: number, sentence: Sentence): TimeExpression | undefined {
  if (!sentence.text.startsWith('Under')) return undefined;
  return times.find((t) => t.start - sentence.start < at && t.start - sentence.start <= UNDER_REACH
    && UNDER_DATED.test(sentence.text.slice(0, t.start - sentence.start)));
}
/** How far into its sentence an opening instrument's date may start (see UNDER_DATED). */
const UNDER_REACH = 140;

/** An act's time written right after its object as a citation ("… Resolution No. 57 dated December 22, 2024"). */
function citedAfter(times: TimeExpression[], end: number, sentence: Sentence): TimeExpression | undefined {
  for (let i = firstAtLeast(times, sentence.start + end, (t) => t.start); i < times.length && times[i]!.start - sentence.start - end <= CITED_GAP; i++) {
    if (CITATION.test(textBefore(sentence.text, times[i]!.start - sentence.start))) return times[i];
  }
  return undefined;
}

/** A verb of saying between a happening and a later time, which opens the words said. */
const SAID_BETWEEN = /,\s+(?:said|says|told|added|noted|stressed|announced)\b/;
/** How long a line may be to be a section's heading. */
const HEADING_LENGTH = 80;
/** The heading of the section a block is in: the nearest block before it that is a short line with no sentence's end (see SentenceContext). */
function sectionHeading(blocks: readonly { text: string }[], block: number): string | undefined {
  for (let i = block - 1; i >= 0; i--) {
    const text = blocks[i]!.text.trim();
    if (text.length <= HEADING_LENGTH && !/[.!?;:,]$/.test(text)) return text;
  }
  return undefined;
}
