import { allMatches } from '../extract/all-matches.ts';
import { IRREGULAR_PARTICIPLE, IRREGULAR_PAST } from '../extract/lexicon/irregular-verbs.ts';
import { SAID_WORD, SAYING_VERB } from '../extract/lexicon/speech-verbs.ts';
import { textAfter, textBefore } from '../reach.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { yearInName } from '../time/year-phrase.ts';
import { DAYTIME, DAYTIME_OF } from '../time/words.ts';
import { DOCUMENT_NOUNS, SPEAKER_LABEL, typeOfNoun, type SentenceContext } from './sentence-context.ts';
import { AGENT, firstWords, tidyTitle } from './event-title.ts';
import { ISSUED_TYPES, type Happening } from './types.ts';
import { contextIndex } from './context-index.ts';
import { passiveOpening, SHARE_SUBJECT } from './subject.ts';
import { DELEGATION_AFTER } from './meetings.ts';
import { GATHERING_NOUN } from '../extract/lexicon/gatherings.ts';
import { WORD } from '../targets/quantity.ts';
import { isFigureStrip } from '../targets/reported.ts';

/** A subject that is a document told by its noun alone: "the resolution", "(Under) the ward's plan". Group: the noun. */
const DOCUMENT_SUBJECT = new RegExp(String.raw`^(?:(?:under|in|by|with)\s+)?(?:(?:the|this|that)\s+)?(?:[\p{L}-]+[’']s\s+)?(${DOCUMENT_NOUNS})$`, 'iu');

/** Past forms that do not end in "-ed" (irregular-verbs.ts), and "was" and "were", which a time may belong to. */
const PAST = `${IRREGULAR_PAST}|was|were`;
/**
 * A verb in the past: a passive or a perfect ("was bought", "were signed", "had run"), else a simple past (a form in
 * "-ed" or an irregular one). Groups: the auxiliary; the verb.
 */
const PAST_VERB = new RegExp(String.raw`\b(?:(was|were|had(?:\s+been)?|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{2,}ed|${IRREGULAR_PARTICIPLE})`
  + String.raw`|(\p{Ll}{2,}ed|${PAST}))\b|^(\p{Lu}\p{Ll}+ed)(?=\s+(?:on|in)\s)`, 'gu');
/** An irregular past participle: "put (into operation)", "built", "set (up)". */
const PARTICIPLE = new RegExp(String.raw`^(?:${IRREGULAR_PARTICIPLE})$`, 'u');
/** A particle or a preposition right after a participle: "(put) into", "(set) up", "(built) in". */
const PARTICLE_AFTER = /^\s+(?:into|in|on|at|up|by|under|from|for|with|during)\b/;
/**
 * Verbs in the past that tell no deed: of figures ("rose", "reached", "ranked"), of being and having, of reporting (the
 * verbs of saying are speech-verbs.ts's), of intending (what is still to come), and forms that cite or describe ("dated",
 * "based", "named"). Read from the verb's own form, so "was expected" is as much excluded as "expected".
 */
const NO_DEED = new Set(('reached rose fell grew increased decreased declined dropped climbed surged jumped doubled tripled halved totalled totaled amounted'
  + ' accounted ranked stood exceeded remained recorded posted gained lost topped numbered averaged hit stayed'
  + ' reported recalled praised called pointed described referred confirmed revealed disclosed promised pledged vowed'
  + ' expected planned scheduled aimed targeted intended required needed wanted wished estimated forecast projected'
  + ' dated based named entitled titled related concerned located allowed included involved used compared considered seemed'
  + ' appeared looked lived did spoke came saw kept got meant knew thought was were retired'
  + ' risen fallen grown become come seen known spoken').split(' '));
/** Words before a form in "-ed" that make it an adjective or a participle after a noun, not a verb ("the signed contract", "of registered firms"). */
const NOT_A_VERB_BEFORE = new RegExp(String.raw`(?:(?:^|[^\p{L}])(?:[Tt]he|a|an|[Ii]ts|[Tt]heir|his|her|our|[Tt]his|that|[Tt]hese|[Tt]hose|of|for`
  + String.raw`|with|by|to|from|in|on|at`
  + String.raw`|as|be|been|being|is|are|not|newly|most|more|less|well|fully|all|any|no|each|every|has|have|had|do|does|did|may|might|will|would`
  + String.raw`|shall|should|can|could|must|am|very|so|too|quite|deeply|highly|greatly)|^(?:The|A|An|Its|Their|This|That|These|Those))\s+$`, 'u');
/** A verb after a modal or "to" (not "to" before a determiner, a preposition): still to come, no deed, but the owner of a time beside it. */
const MODAL_VERB = new RegExp(String.raw`\b(?:will|would|shall|should|can|could|may|might|must`
  + String.raw`|to(?!\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|each|every)\b))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b`, 'gu');
/** Where a clause ends, around a time: a semicolon, a comma before a conjunction or a relative word, or the sentence's end. */
const CLAUSE_BREAK = new RegExp(String.raw`${SPEAKER_LABEL}|;|,\s+(?:and|but|while|whereas|which|who|when|where|although|though)\b`
  + String.raw`|\s(?:although|though|while|whereas|because)\s`, 'gu');
/** What a passive act was done by, right after its verb: "(was approved) in Decision …", "(were adopted) under Resolution …". */
const MEANS = /^\s+(?:in|by|under|through)\s+(?:the\s+)?/;
/**
 * A time that cites or bounds rather than dates: "dated March 3", "of May 2", "since April", "until June"; or names a gathering by
 * its day ("who chaired the Thursday sitting").
 */
// (Not the part of a day it is told with: "on the afternoon of 6/10".)
const NOT_WHEN = new RegExp(String.raw`\b(?:(?:dated|ngày|(?<!\b${DAYTIME}\s)of|since|until|till|from|to|by|before|after|than|through)\s+`
  + String.raw`(?:the\s+)?|the\s+)$`, 'iu');
/** The preposition a time left behind at the end of a deed's words, with the part of the day: " on", " on the afternoon of". */
const TIME_PREPOSITION_END = new RegExp(String.raw`\s+(?:on|in|at|during)(?:\s+${DAYTIME_OF})?\s*$`, 'i');
/** What a place or a body got for the first time, right after "got": " its first 4G station". */
const FIRST_AFTER = String.raw`(?=\s+(?:its|their|his|her)\s+first\b)`;
/**
 * Verbs of a milestone in the life of a body, a place or a person, which a year alone dates as a past happening ("X, a start-up founded
 * in 2021", "the IOC, which began operating in 2019", "He joined the ministry in 2004", "In 2014 she founded the laboratory"). Other
 * verbs with a year tell a year's record ("the province attracted 30 projects in 2024"), no happening.
 */
const MILESTONE = 'founded|established|set\\s+up|launched|opened|began|started|joined|appointed|elected|re-elected|promoted|graduated'
  + '|built|completed|commissioned|inaugurated|introduced|hosted|created|moved|returned|defended|licensed|proposed|transferred'
  // A life's milestones: "was born on …", "became Director of … in 2012", "earned a doctorate … in 1968", "received the … Prize in 2000".
  + '|born|became|earned|received|won|obtained|merged|died|passed\\s+away'
  // A place's first of a thing: "In August 2027, the village got its first 4G station".
  + `|(?:got|gained)${FIRST_AFTER}`
  // A body's new name: "The centre was renamed the Institute of Applied Informatics in 1993".
  + '|renamed';
/** A milestone verb in the past ("was appointed", "opened"), a cheap test of a deed's own verb. */
const MILESTONE_WORD = new RegExp(`^(?:${MILESTONE})$`, 'i');
/** A milestone verb before its year in one clause: "opened its factory in Bắc Ninh in (2019)", "launched … only in (2023)". */
// (What it names may have a name in apposition: "built the country's first minicomputer, the VT-81, in (1981)".)
const MILESTONE_BEFORE = new RegExp(String.raw`\b(?:${MILESTONE})\b[^,;:.()"“”]{0,80}?(?:,\s+the\s+[^,;:.()"“”]{1,30},\s+)?\b(?:only\s+)?in\s+$`, 'i');
/** A year that opens its clause ("In (2014) she founded …"), and the milestone verb after it. */
const YEAR_OPENS = /(?:(?:^|[,;:]\s*)In|,?\s+and\s+in)\s+$/;
const MILESTONE_AFTER = new RegExp(String.raw`^,?\s+(?:[^,;:.()"“”\s]+\s+){0,5}?(?:(?:was|were)\s+)?(?:${MILESTONE})\b`, 'i');
/** How far around a year its milestone verb is looked for, in characters. */
const MILESTONE_REACH = 90;
/** Whether the year at `start`…`end` of a sentence dates a milestone (see MILESTONE). */
export const isMilestoneYear = (text: string, start: number, end: number) => MILESTONE_BEFORE.test(textBefore(text, start, MILESTONE_REACH))
  || (YEAR_OPENS.test(textBefore(text, start, CITE_REACH)) && MILESTONE_AFTER.test(textAfter(text, end, MILESTONE_REACH)));
/** Words that open a clause before its subject, left out of a title: "and", "but", "then". */
const OPENING = /^(?:(?:and|but|then|so|also|meanwhile|however)\b[\s,]*)+/i;
/** Words that open a clause told beside the main one ("as deputies quizzed …", "if the team finished …"): no deed of its own. */
const SUBORDINATE = /^(?:as|if|unless|because|although|though|while|whereas)\s/i;
/** A subject that names nothing: a pronoun. */
const PRONOUN = /^(?:it|they|he|she|we|i|this|that|these|those|which|who)$/i;
/**
 * A stretch before a verb that is no subject: one with a verb of its own (saying, a modal, a form of "be" or "have": the
 * deed is reported inside another clause), a quotation, or a label ("Date issued: …").
 */
const NOT_A_SUBJECT = /\b(?:said|says|told|will|would|may|might|can|could|should|must|is|are|was|were|has|have|had|be)\b|["“”/]/i;
/** A verb of saying (or reporting) and its "that", before the subject of what is said. */
const SAID_THAT = new RegExp(String.raw`^.*\b(?:told\s+[\p{L}-]+|${SAYING_VERB}|reported|confirmed|recalled)\s+(?:that\s+)?`, 'iu');
/** Nouns of happenings, as a pattern source. */
const NOMINAL_NOUN = '(?:opening|launch|inauguration|signing|completion|commissioning|groundbreaking|founding|visit|trip|tour)';
/**
 * A happening named by its noun, with what it was of or to, right before its time: "the opening of a workshop (last October)",
 * "his visit to Tallinn (last September)". Groups: the noun, "of" or "to", the object.
 */
const NOMINAL = new RegExp(String.raw`\b(?:the|its|their|his|her)\s+(${NOMINAL_NOUN})\s+(of|to)\s+(?:the\s+|a\s+|an\s+|its\s+)?`
  + String.raw`((?:[^,;:()]|,(?=\d)){3,120}?)\s*$`, 'i');
/** Words that lead into a time, left out of what comes before it ("… workshop last (October)", "… in (May)"). */
const TIME_LEAD = /\s+(?:last|this|next|early|late|mid|in|on|at|during)$/i;
/** NOMINAL's nouns and prepositions, a cheap test. */
const NOMINAL_WORD = new RegExp(String.raw`\b${NOMINAL_NOUN}\s+(?:of|to)\b`, 'i');
/** A list of fields after "for", "of" or "on", its items of up to three words: " for science, technology, innovation and digital transformation". */
const FIELD_LIST = /\s(?:for|of|on)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:,\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)+,?\s+and\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+/u;
/** Such a list ending a stretch before a verb. */
const FIELD_LIST_END = new RegExp(`${FIELD_LIST.source}\\s*$`, 'u');
/** Longest subject and object kept in a title, in words. */
const SUBJECT_WORDS = 10;
const OBJECT_WORDS = 10;
/** How far around a verb its subject, object or main clause is read, in characters. */
const SUBJECT_REACH = 160;
/** How far before a time the words that make it a citation are looked for. */
const CITE_REACH = 24;
/** The subject of the main clause after a participle that opens the sentence: ", the resolution was …". Group: the subject. */
const MAIN_SUBJECT = new RegExp(String.raw`^(?:\s+with\s+[^,;]{1,40})?\s*,\s+(?:(?:the|a|an|its|their)\s+)?([^,;]+?)`
  // "Founded in 2009 with eleven engineers, Kim Van now employs …".
  + String.raw`(?=\s+(?:(?:now|also|still|today)\s+)?(?:was|were|is|are|has|have|had|will|would|\p{Ll}+ed|\p{Ll}{3,}s)\b)`, 'u');

/**
 * Deeds no other reader has a word for, told in the past with a day or month in their own clause: "The team began work at
 * the department on September 15", "a batch of equipment was bought in December 2023", "last month the commune finished
 * digitising 18,400 land-use records". Each is read from its time: the nearest verb in the past before it in its clause,
 * else the first after it ("On September 15, the team began …"). A deed is dated by that time only (`timeAt`), never by
 * the occasion, and the parser reads deeds only in a sentence that reports nothing else. Each lookup is a binary search:
 * a sentence of thousands of dates is read in time linear in its length.
 */
export function readDeeds(context: SentenceContext): Happening[] {
  const { text } = context;
  // (A trial begun "since" a day is dated by it, which dates no other deed.)
  const out: Happening[] = trialsSince(context);
  // (Nor a strip of key figures, labelled or not: "Delegates: 86 | Present: 82 | Resolutions passed today: 2 | …" states figures.)
  if (isFigureStrip(text)) return out;
  const dates = context.times.filter((t) => ((t.precision === 'day' || t.precision === 'month') && !NOT_WHEN.test(textBefore(text, t.start, CITE_REACH)))
    || (t.precision === 'year' && isMilestoneYear(text, t.start, t.end)));
  if (dates.length === 0) return out;
  // Every verb in the past, deeds or not: a time beside a verb that tells no deed ("said on Thursday that …") is that verb's.
  // A verb after a modal ("would put … into operation in October") owns its time too, as what is still to come.
  const verbs = [
    ...allMatches(PAST_VERB, text).filter((m) => isVerb(m, text)).map((m) => ({ m, index: m.index, deed: isDeed(m, text) })),
    ...allMatches(MODAL_VERB, text).map((m) => ({ m, index: m.index, deed: false })),
  ].sort((a, b) => a.index - b.index);
  if (!verbs.some((v) => v.deed) && !NOMINAL_WORD.test(text) && !ORIGIN_WORD.test(text)) return out;
  const breaks = allMatches(CLAUSE_BREAK, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A year that opens a name ("the 2026 Phan Thi Thao Award") has no verb of its own.
  // So has a year in a name ("the National Startup Contest (NISC) 2025 in Hà Nội on Saturday").
  const ends = context.times.filter((t) => !(t.precision === 'year' && (/^\s\p{Lu}/u.test(text.slice(t.end, t.end + 2)) || yearInName(text, t.start, t.end))))
    .map((t) => t.end)
    .sort((a, b) => a - b);
  // The end of the last time (or clause break) at or before an offset, or 0.
  const lastEnd = (spans: readonly number[], at: number) => spans[firstAtLeast(spans, at + 1, (e) => e) - 1] ?? 0;
  const breakEnds = breaks.map((b) => b.end);
  let previous: string | undefined;
  const read = new Set<number>();
  for (const t of dates) {
    // "the opening of a prototype workshop last October": a happening named by its noun, right before its time.
    const nominal = NOMINAL.exec(textBefore(text, t.start, SUBJECT_REACH));
    if (nominal) {
      const at = t.start - nominal[0].length + nominal[0].indexOf(nominal[1]!);
      const object = firstWords(nominal[3]!.replace(TIME_LEAD, ''), OBJECT_WORDS);
      const title = tidyTitle(`${nominal[1]} ${nominal[2]!.toLowerCase()} ${object}`);
      out.push({ kind: 'other', at, end: t.start, quality: 1, inherits: false, alone: true, timeAt: t.start, title });
      continue;
    }
    // "The landslide in Mèo Vạc commune on 2 August, which buried three houses, …": a disaster named by its noun, on its day.
    const disaster = t.precision === 'day' ? DISASTER_BEFORE.exec(textBefore(text, t.start, SUBJECT_REACH)) : null;
    if (disaster) {
      const at = t.start - disaster[0].length + disaster[0].indexOf(disaster[1]!);
      const where = disaster[2] ? ` ${disaster[2]} ${disaster[3]!.trim()}` : '';
      out.push({ kind: 'other', at, end: t.start, quality: 1, inherits: false, alone: true, timeAt: t.start, title: tidyTitle(`${disaster[1]}${where}`) });
      continue;
    }
    // "TSTel is a state-owned group founded in 1997", "Mr. Quang, born in 1978, will …": an origin told beside its name.
    const origin = t.precision === 'year' ? ORIGIN.exec(textBefore(text, t.start, SUBJECT_REACH)) : null;
    if (origin) {
      const at = t.start - origin[0].length + origin[0].lastIndexOf(origin[2]!);
      read.add(at);
      out.push({ kind: 'other', at, end: at + origin[2]!.length, quality: 1, inherits: false, alone: true, timeAt: t.start,
        title: `${origin[1]!.replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, '')} ${origin[2]}` });
      continue;
    }
    const from = lastEnd(breakEnds, t.start);
    const to = breaks[firstAtLeast(breaks, t.end, (b) => b.start)]?.start ?? text.length;
    // The verb before the time, after any other time (which has a verb of its own); else the first verb after it.
    const before = verbs[firstAtLeast(verbs, t.start, (m) => m.index) - 1];
    // "In July, X, a start-up founded in 2021, completed …": a verb with a time of its own is not the one this time dates.
    // (One verb at most is passed over: a sentence of thousands of such verbs is read in linear time.)
    let next = firstAtLeast(verbs, t.end, (m) => m.index);
    if (verbs[next] && ownsTime(verbs[next]!.m, ends, text)) next++;
    const after = verbs[next];
    const found = before && before.index >= Math.max(from, lastEnd(ends, t.start - 1)) ? before : after && after.index < to ? after : undefined;
    if (!found?.deed || read.has(found.index)) continue;
    const verb = found.m;
    // "Fewer than 10 percent of the ore mined is processed at home today": a present passive "today" tells how things stand, no deed.
    // (Its participle may be read as the verb: "the ore mined".)
    if (/^(?:today|now|these\s+days|nowadays)$/i.test(text.slice(t.start, t.end).trim()) && PRESENT_STATE.test(text.slice(from, to))) continue;
    // A year dates only a milestone ("joined the ministry in 2004"), not a year's record.
    if (t.precision === 'year' && !isMilestone(verb, text)) continue;
    const deed = titleOf(text, verb, Math.max(from, lastEnd(ends, verb.index)), to, t, previous, from, context.personBefore);
    if (!deed) continue;
    // "68.5 per cent of dossiers in September were submitted online": a share is a figure of the month, no happening.
    // "According to the report presented by X, …": the attribution of what follows, no happening either.
    // "(The cluster has about 3,200 engineers today,) most of them trained in Hồ Chí Minh City": a part of those just named, described.
    if (SHARE_SUBJECT.test(deed.subject) || ATTRIBUTION.test(text.slice(0, verb.index)) || PARTITIVE.test(deed.subject)) continue;
    // "Signed on December 22 last year, the resolution …": the act on the resolution the text named before, which the
    // instrument dates read (instrument-date-parser.ts), not a deed of its own.
    // So is a participle set off after it: "Under the ward's plan, issued on 12/1/2026, …".
    const apposed = verb[3] !== undefined && /,\s*$/.test(text.slice(0, verb.index));
    // (A speaker's label before it is no part of the subject: "[01:28] REPORTER (X): That plan, signed in August, …".)
    const document = verb[4] || apposed ? DOCUMENT_SUBJECT.exec(deed.subject.replace(/^.*:\s+/, ''))?.[1] : undefined;
    if (document && context.earlier?.(typeOfNoun(document))) continue;
    // "The programme was approved in Decision 655/QD-TTg on 14 April": the act is the issuing of that instrument, which the
    // instrument dates read (instrument-date-parser.ts), not a deed of its own.
    const means = MEANS.exec(text.slice(verb.index + verb[0].length));
    const meansAt = means ? verb.index + verb[0].length + means[0].length : -1;
    if (means && contextIndex(context).linksStarting(meansAt, meansAt + 1).some((l) => ISSUED_TYPES.has(context.entities.get(l.entity)?.type ?? ''))) {
      continue;
    }
    previous = deed.subject;
    read.add(verb.index);
    out.push({ kind: 'other', at: verb.index, end: verb.index + verb[0].length, quality: 1, inherits: false, alone: true, timeAt: t.start, title: deed.title });
  }
  return out;
}

/** A trial that has gone on, in the perfect: "has run", "has been running", "has been under way". */
const TRIAL_RAN = String.raw`(?:has|have)\s+(?:been\s+)?(?:run|running|under\s*way|operated|continued)\b`;
/** A trial's verb in the perfect passive, a cheap test. */
// (Or a deed done as one: "has notarised 1,430 contracts electronically as a trial".)
// (Or a trial that has run: "a trial of electronic certificates has run at 46 fuel stations".)
export const TRIAL_WORD = new RegExp(String.raw`\bbeen\s+(?:trial|pilot|test)|\b(?:as|in)\s+a\s+(?:trial|pilot)\b|\bon\s+a\s+(?:trial|pilot)\s+basis\b`
  + String.raw`|\b(?:trial|pilot)\b[^.;]{0,100}?\b${TRIAL_RAN}`);
/**
 * "Since 2 January, (a trial of electronic certificates) has run at 46 fuel stations": the trial itself the subject, after the time
 * that opens the sentence. Group: the trial, with what it is of or where.
 */
// (Where it ran names one told by nothing else: "a pilot has run (at Regional People's Court No. 1) in Việt Trì". Group 2: that place.)
const SINCE_THEN_TRIAL_RAN = new RegExp(String.raw`^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}?(?:trial|pilot)`
  + String.raw`(?:\s+(?:of|for)\s+[^,;.]{2,80}?)?)\s+${TRIAL_RAN}(?:\s+at\s+((?:[^,;.]|\.(?=\s*\d)){2,60}?)(?=\s+in\s|[,;]|\.(?!\s*\d)|$))?`, 'u');
/** A trial's verb in the perfect passive: "has been trialled", "have been piloted". Group: the participle. */
const TRIALLED = String.raw`(?:has|have)\s+been\s+(trialled|trialed|piloted|tested)\b`;
/** "Since 1 July, (full online filing has been trialled …)": the time opens the sentence, the trial's subject after it. Group: the subject. */
const SINCE_THEN_TRIALLED = new RegExp(String.raw`^,\s+((?:[^,;.](?!\b(?:has|have)\b)){2,80}?)\s+${TRIALLED}`, 'u');
/**
 * "Since 1 March, (the office has notarised 1,430 contracts electronically as a trial)": a deed done as a trial, the time opening the
 * sentence. Groups: the subject, the participle, what was done.
 */
const SINCE_THEN_AS_TRIAL = new RegExp(String.raw`^,\s+((?:[^,;.](?!\b(?:has|have)\b)){2,60}?)\s+(?:has|have)\s+(\p{Ll}{3,}ed)\s+`
  // (A count's comma is no clause's: "1,430 contracts".)
  + String.raw`((?:[^,;.]|[,.](?=\d)){2,80}?)\s+(?:(?:as|in)\s+a\s+(?:trial|pilot)|on\s+a\s+(?:trial|pilot)\s+basis)\b`, 'u');
/** "(Full online filing) has been trialled at three branches since (1 July)": the trial before its time. Groups: the subject, the participle. */
const TRIALLED_SINCE = new RegExp(String.raw`^(?:the\s+)?([^,;.]{2,80}?)\s+${TRIALLED}[^,;.]{0,120}?\s$`, 'iu');

/**
 * Trials begun on a day or in a month, told in the perfect with "since" (which no other deed is dated by): "Since 1 July, full online
 * filing has been trialled at the office's branches", "E-invoicing has been piloted in ten markets since March". The trial began then.
 */
function trialsSince(context: SentenceContext): Happening[] {
  const { text } = context;
  if (!/\bsince\b/i.test(text)) return [];
  if (!TRIAL_WORD.test(text)) return begunSince(context);
  const out: Happening[] = [];
  for (const t of context.times) {
    if (t.precision !== 'day' && t.precision !== 'month') continue;
    // (The time's words hold its "since": "Since 1 July".)
    if (!/^since\s/i.test(text.slice(t.start, t.end))) continue;
    const opening = /^\s*$/.test(text.slice(0, t.start));
    const asTrial = opening ? SINCE_THEN_AS_TRIAL.exec(text.slice(t.end)) : null;
    if (asTrial) {
      const at = t.end + asTrial[0].indexOf(asTrial[1]!);
      const done = firstWords(`${asTrial[1]!.replace(/^(?:the|a|an)\s+/i, '')} ${asTrial[2]} ${asTrial[3]}`, SUBJECT_WORDS + 6);
      out.push({ kind: 'other', at, end: at + asTrial[1]!.length, quality: 1, inherits: false, alone: true, timeAt: t.start, since: true,
        title: tidyTitle(`${done} as a trial`) });
      continue;
    }
    // "Since 1 March, a pilot has run at Regional People's Court No. 1": the trial began then.
    const ran = opening ? SINCE_THEN_TRIAL_RAN.exec(text.slice(t.end)) : null;
    if (ran) {
      const at = t.end + ran[0].indexOf(ran[1]!);
      out.push({ kind: 'other', at, end: at + ran[1]!.length, quality: 1, inherits: false, alone: true, timeAt: t.start, since: true,
        title: tidyTitle(`${firstWords(ran[1]!, SUBJECT_WORDS + 4)}${/\s/.test(ran[1]!) || !ran[2] ? '' : ` at ${ran[2]}`} began`) });
      continue;
    }
    const opens = opening ? SINCE_THEN_TRIALLED.exec(text.slice(t.end)) : null;
    const told = opens ? null : TRIALLED_SINCE.exec(text.slice(0, t.start));
    const subject = (opens ?? told)?.[1];
    const participle = (opens ?? told)?.[2];
    if (!subject || !participle) continue;
    const at = opens ? t.end + opens[0].indexOf(subject) : told!.index + told![0].indexOf(subject);
    const title = tidyTitle(`${firstWords(subject.replace(/^(?:the|a|an)\s+/i, ''), SUBJECT_WORDS)} ${participle}`);
    out.push({ kind: 'other', at, end: at + subject.length, quality: 1, inherits: false, alone: true, timeAt: t.start, since: true, title });
  }
  return out;
}

/**
 * What has gone on since a day, in the perfect, after the time that opens the sentence: "Since 1 July, (the division) (has taken) (online
 * applications alongside paper ones)", "Since 3 June, the digital reading room has been open to …". Groups: the subject, the verb, what follows.
 */
const SINCE_THEN_DONE = new RegExp(String.raw`^,\s+((?:[^,;.](?!\b(?:has|have)\b)){2,80}?)\s+((?:has|have)\s+(?:been\s+)?`
  + String.raw`(?:\p{Ll}+ed|run|taken|open|live|available|offered|accepted|used)\b)((?:[^,;.]|[,.](?=\d)){0,80})`, 'u');
/** A count right after the verb: what has been done since then is a result ("has issued 1,200 e-certificates"), no start. */
const COUNT_DONE = /^\s+(?:about\s+|some\s+|over\s+|nearly\s+|more\s+than\s+)?\d/;
/** A sentence that opens with "Since …," and goes on in the perfect (see SINCE_THEN_DONE), a cheap test. */
export const BEGUN_SINCE = /^\s*Since\s[^,;.]{2,30},\s+[^,;.]{2,80}?\s(?:has|have)\s/;
/** A trial's or a pilot's word in a section's heading: "3. Results of the trial". */
const TRIAL_HEADING = /\b(?:trial|pilot|test\s+run)s?\b/i;

/**
 * What began on a day or in a month, told in the perfect after "Since …," that opens its sentence (see SINCE_THEN_DONE): it began then. Its
 * section's heading names it a trial when it says so ("Results of the trial").
 */
function begunSince(context: SentenceContext): Happening[] {
  const { text } = context;
  const t = context.times.find((time) => time.start === text.search(/\S/) && (time.precision === 'day' || time.precision === 'month'));
  if (!t || !/^since\s/i.test(text.slice(t.start, t.end))) return [];
  const done = SINCE_THEN_DONE.exec(text.slice(t.end));
  // (Not a count since then, which is a result: "Since 1 July, the office has issued 1,200 e-certificates"; unless what did it is a trial,
  // which began then: "Since 4 March, a pilot chatbot on the portal has answered 1.3 million questions".)
  if (!done || (COUNT_DONE.test(done[3]!) && !TRIAL_HEADING.test(done[1]!))) return [];
  const at = t.end + done[0].indexOf(done[1]!);
  const trial = !TRIAL_HEADING.test(done[1]!) && TRIAL_HEADING.test(context.section?.() ?? '') ? 'Trial: ' : '';
  const title = tidyTitle(`${trial}${firstWords(`${done[1]!.replace(/^(?:the|a|an)\s+/i, '')} ${done[2]}${done[3]}`, SUBJECT_WORDS + 6)}`);
  return [{ kind: 'other', at, end: at + done[1]!.length, quality: 1, inherits: false, alone: true, timeAt: t.start, since: true, title }];
}

/**
 * A disaster or a breakdown named by its noun, with where it struck, right before its day: "The landslide in Mèo Vạc commune on (2 August)",
 * "the outage on (3 October)". Groups: the noun, the preposition of place, the place.
 */
const DISASTER_BEFORE = new RegExp(String.raw`\b[Tt]he\s+((?:deadly\s+|flash\s+|forest\s+|power\s+|system\s+)?(?:landslide|mudslide|flood|fire|blaze`
  + String.raw`|storm|typhoon|hailstorm|cyclone|whirlwind|earthquake|explosion|collapse|outage|glitch|breakdown|drought|spill))`
  + String.raw`(?:\s+(in|at)\s+((?:[^,;:()]){2,60}?))?\s+(?:on|in)\s+$`, 'u');
/** A clause in the present, of being or a passive: "… is processed at home (today)", "… are online (now)". */
const PRESENT_STATE = /\b(?:is|are)\s+(?!(?:to|going)\b)/;
/** A part of things just named, as a subject: "most of them", "many of whom", "half of those". */
const PARTITIVE = /^(?:most|many|some|all|half|none|each|few|several|both|one|two|three)\s+of\s+(?:them|those|these|whom|which)$/i;

/**
 * A body's or a person's origin told beside its name, before its year: "(Truong Son Telecommunications Group (TSTel)) is a
 * state-owned group founded in", "Mr. Quang, born in". Groups: the name, the verb.
 */
const ORIGIN = new RegExp(String.raw`(?:^|[.;]\s+)((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}\p{M}’'&-]*(?:\s+(?:\(\p{Lu}[\p{L}\p{M}]*\)|\p{Lu}[\p{L}\p{M}’'&-]*`
  + String.raw`|of|and|for)){0,8})(?:,\s+|\s+(?:is|was)\s+(?:a|an|the)\s+[^,;.]{0,60}?\s+)(born|founded|established)\s+in\s+$`, 'u');

/** ORIGIN's verbs, a cheap test ("born" alone is no verb PAST_VERB reads). */
const ORIGIN_WORD = /\b(?:born|founded|established)\s+in\s/;

/** An attribution that opens a sentence, up to the verb: "According to the report presented by X". */
const ATTRIBUTION = /^(?:[Aa]ccording\s+to|[Cc]iting|[Pp]er)\s[^,;]*$/;

/** A gathering a deed was done at, named by its noun: " at the ceremony", " during the session". */
const AT_OCCASION = new RegExp(String.raw`\s(?:at|during)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(${GATHERING_NOUN})\b`, 'iu');
/** Acts on instruments, which their own readers read (acts.ts, signed-lists.ts): "Three memoranda … were signed at the ceremony". */
const ACT_VERB = /^(?:signed|issued|approved|adopted|passed|exchanged|promulgated|ratified|announced)$/i;

/**
 * A deed done at the gathering the text reports, with no time of its own: "Chairwoman Phượng also handed investment certificates to
 * two firms at the ceremony". It is dated by that occasion (see event-parser.ts), and named by its subject, verb and object.
 */
export function readOccasionDeeds(context: SentenceContext): Happening[] {
  const { text } = context;
  const occasion = AT_OCCASION.exec(text);
  if (!occasion || context.times.length > 0) return [];
  const verb = allMatches(PAST_VERB, text.slice(0, occasion.index)).filter((m) => isVerb(m, text) && isDeed(m, text)).at(-1);
  if (!verb || ACT_VERB.test((verb[2] ?? verb[3] ?? verb[4])!)) return [];
  const from = allMatches(CLAUSE_BREAK, text.slice(0, verb.index)).map((m) => m.index + m[0].length).at(-1) ?? 0;
  const deed = titleOf(text, verb, from, occasion.index, { start: occasion.index, end: occasion.index + occasion[0].length }, undefined, from);
  return deed ? [{
    kind: 'other', at: verb.index, end: verb.index + verb[0].length, quality: 1, inherits: true, title: deed.title, doneAt: occasion[1]!.toLowerCase(),
  }] : [];
}

/**
 * Whether a verb in the past is one of a milestone (MILESTONE): "set" and "passed" only in "set up" and "passed away"; a count
 * received, earned or won is a year's record ("received 1,200 applications in 2024"), not a milestone.
 */
function isMilestone(verb: RegExpExecArray, text: string): boolean {
  const form = (verb[2] ?? verb[3] ?? verb[4])!;
  const after = text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 24);
  // (Nor is a delegation received, which is a meeting: see meetings.ts.)
  if (/^(?:received|earned|won|obtained)$/i.test(form)) return !COUNT_AFTER.test(after) && !DELEGATION_RECEIVED.test(after);
  if (/^(?:got|gained)$/i.test(form)) return GOT_FIRST.test(after);
  return MILESTONE_WORD.test(form) || (/^set$/i.test(form) && /^\s+up\b/.test(after)) || (/^passed$/i.test(form) && /^\s+away\b/.test(after));
}

/** A delegation right after a verb: "received a delegation of …" (a meeting: see meetings.ts). */
const DELEGATION_RECEIVED = new RegExp(`^${DELEGATION_AFTER}`);
/** A count right after a verb: "received 1,200 …", "won two gold medals", "earned more than …". */
const COUNT_AFTER = new RegExp(String.raw`^\s+(?:a\s+(?:total|record)\s+of\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?(?:\d|${WORD}\b)`, 'i');

/** A relative word that ends the stretch before a verb: "The IOC, which (began …)", "a maker of robots that (opened …)". */
const RELATIVE_END = /(?:,\s+(?:which|who)|\s+that)\s*$/;
/** The name that ends a stretch: "vice president of Hanseong Robotics" → "Hanseong Robotics". */
const NAME_AT_END = /(?:^|\s)(\p{Lu}[\p{L}\p{M}\d'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{M}\d'’&.-]*)*)\s*$/u;

/** Whether a time follows a verb right after "in" or "on" ("founded in 2021"): the verb's own. `ends`: the times' ends, sorted. */
function ownsTime(verb: RegExpExecArray, ends: readonly number[], text: string): boolean {
  const gap = /^\s+(?:in|on)\s+[^,;.]{0,16}?(?=[,;.]|$)/.exec(text.slice(verb.index + verb[0].length));
  if (!gap) return false;
  const end = verb.index + verb[0].length + gap[0].length;
  return ends[firstAtLeast(ends, end, (e) => e)] === end;
}

/**
 * Whether a match of PAST_VERB is a verb: a simple past in "-ed" after a determiner or a preposition is an adjective ("the signed contract"),
 * and a word in "-eed" is mostly none ("1,100 seed samples").
 */
function isVerb(m: RegExpExecArray, text: string): boolean {
  const form = (m[2] ?? m[3] ?? m[4])!;
  if (/eed$/i.test(form) && !PAST_IN_EED.test(form)) return false;
  // "…, co-chaired by the Minister": a participle after a comma with its agent is a reduced relative, not the clause's verb.
  const reduced = /(?:,\s*|\s(?:co|re)-)$/.test(text.slice(Math.max(0, m.index - 4), m.index));
  if (m[1] === undefined && reduced && /^\s+by\s/.test(text.slice(m.index + m[0].length))) return false;
  if (m[1] !== undefined) return true;
  const before = m.index < 12 ? text.slice(0, m.index) : ` ${text.slice(m.index - 12, m.index)}`;
  // "a maker of robots that opened its factory": after "that", a form with an object of its own is a verb.
  const after = m.index + m[0].length;
  return !NOT_A_VERB_BEFORE.test(before) || (/\sthat\s+$/.test(before) && /^\s+(?:its|their|the|a|an|his|her)\s/.test(text.slice(after, after + 8)));
}

/** Words in "-eed" are mostly no past form ("seed", "need", "proceed", "exceed"); these are. */
const PAST_IN_EED = /^(?:agreed|disagreed|freed|decreed|guaranteed|refereed)$/i;

/**
 * Verbs of NO_DEED, or of saying, that tell a deed in the passive: a figure is "posted", a page "was posted on Monday"; a platform
 * "was declared complete".
 */
const PASSIVE_DEEDS: ReadonlySet<string> = new Set(['posted', 'published', 'released', 'uploaded', 'declared']);

/** The text itself, or a version of it, as the subject of its own publication: "this story", "an earlier version of this article". */
const OWN_TEXT = /\b(?:this|the\s+(?:present|original))\s+(?:story|article|report|post|page|piece|bulletin|version)\b[^.;]*$/i;
/** How far before the verb the text itself may be named. */
const OWN_TEXT_REACH = 80;

/** Whether a verb tells a deed: not one of saying or of NO_DEED (unless a passive of PASSIVE_DEEDS), nor a label ("Date issued: …"). */
function isDeed(m: RegExpExecArray, text: string): boolean {
  const verb = (m[2] ?? m[3] ?? m[4])!.toLowerCase();
  const passiveDeed = m[1] !== undefined && PASSIVE_DEEDS.has(verb);
  // The page's own history is none of the text's happenings: "An earlier version of this story, first published on Tuesday, …".
  if (PASSIVE_DEEDS.has(verb) && OWN_TEXT.test(text.slice(Math.max(0, m.index - OWN_TEXT_REACH), m.index))) return false;
  // (Results announced are a deed, not words: "The Department announced the results of the recruitment exam on Monday".)
  const announced = verb === 'announced' && m[1] === undefined && RESULTS_AFTER.test(text.slice(m.index + m[0].length));
  // (A first thing got is one: "the village got its first 4G station", not "the province got 30 new projects".)
  const first = (verb === 'got' || verb === 'gained') && m[1] === undefined && GOT_FIRST.test(text.slice(m.index + m[0].length));
  return (!SAID_WORD.test(verb) || passiveDeed || announced) && (!NO_DEED.has(verb) || passiveDeed || first)
    && !/^\s*:/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
}

/** A first thing right after "got": " its first 4G station". */
const GOT_FIRST = new RegExp(`^${FIRST_AFTER}`, 'i');

/** What an announcement makes known as a deed, right after "announced": "the results of …", "the winners", "the list of …". */
const RESULTS_AFTER = /^\s+(?:the\s+)?(?:results?|outcomes?|winners|shortlist|list\s+of|finalists)\b/;

/**
 * The title of a deed: its subject (the words of its clause before the verb, after any time: `from`) and the verb with its
 * object; a verb joined by "and" to the deed before it shares that deed's subject (`previous`).
 */
function titleOf(
  text: string, verb: RegExpExecArray, from: number, to: number, time: { start: number; end: number }, previous: string | undefined,
  clauseStart = from, personBefore?: (given?: string) => string | undefined,
): { title: string; subject: string } | undefined {
  const at = verb.index;
  // "Signed on December 22, the resolution was …": a participle that opens the sentence tells what its main clause's subject underwent.
  if (verb[4]) {
    const main = MAIN_SUBJECT.exec(textAfter(text, time.end, SUBJECT_REACH));
    const what = main?.[1];
    return what && what.split(/\s+/).length <= SUBJECT_WORDS ? { subject: what, title: tidyTitle(`${what} ${verb[4].toLowerCase()}`) } : undefined;
  }
  // The subject starts after the clause's opening or a time, or after the last comma before the verb, within SUBJECT_REACH.
  if (at - from > SUBJECT_REACH) return undefined;
  // "The IOC, which began operating in 2019", "a maker of robots that opened its factory in 2019": the relative tells of the noun before it.
  const relative = RELATIVE_END.exec(text.slice(Math.max(0, at - SUBJECT_REACH), at));
  if (relative && (at - from <= relative[0].length || /\sthat\s*$/.test(relative[0]))) {
    const head = text.slice(Math.max(0, at - SUBJECT_REACH), at - relative[0].length);
    const segment = head.slice(head.lastIndexOf(',') + 1).replace(/^\s+/, '');
    const name = /^(?:a|an|the\s+\p{Ll})\s*/u.test(segment) && head.lastIndexOf(',') > 0
      ? NAME_AT_END.exec(head.slice(0, head.lastIndexOf(',')))?.[1] : segment.replace(OPENING, '');
    return name && /\p{L}/u.test(name) && name.split(/\s+/).length <= SUBJECT_WORDS && !NOT_A_SUBJECT.test(name)
      ? titled(text, verb, name, time, to) : undefined;
  }
  // "Can Tho City on Wednesday closed the first course …": a time between the subject and its verb; the subject is before it.
  // "In July, X, a start-up founded in 2021, completed …": a time in the subject's apposition; the subject is before it.
  const stretch = !text.slice(from, at).trim() && time.end <= at && clauseStart < time.start ? text.slice(clauseStart, time.start)
    : text.slice(from, at).trim() === ',' && clauseStart < from
      ? text.slice(time.end <= at ? Math.max(clauseStart, time.end) : clauseStart, at).replace(/^[\s,]+/, '') : text.slice(from, at);
  // (Not a comma of the list of fields a name ends with: "The provincial steering committee for science, technology, innovation and digital
  // transformation (discussed …)".)
  const fields = FIELD_LIST_END.exec(stretch);
  let raw = stretch.slice((fields ? stretch.lastIndexOf(', ', fields.index) : stretch.lastIndexOf(', ')) + 1);
  // "the most valuable contract, for a shrimp-feed enzyme, was signed", "X, 88, former Director of …, handed over …", "X, a start-up
  // …, on Saturday won …": the subject is before its asides.
  if (!raw.replace(/^\s*(?:on|in|at|during)?\s*$/i, '') && /,\s*(?:on|in|at|during)?\s*$/i.test(stretch)) {
    const head = stretch.slice(0, stretch.lastIndexOf(','));
    // "Professor X, who built …, died on …": the subject is before the relative clause.
    const relative = /(?:^|,)\s*([^,]+?),\s+(?:who|which)\s*$/.exec(text.slice(Math.max(0, from - SUBJECT_REACH), from));
    // "The 'Digital Neighbours' movement, launched in March 2025 by …": a participle after its subject and a comma.
    // (An irregular one only before its particle or preposition, "put into operation", "set up in": "made landfall" is a verb in the
    // past, "held every Saturday" a habit. Nor in a clause a document requires: "(requires) that the fund, set up in 2026, be doubled".)
    const participle = verb[1] === undefined && (/ed$/.test(verb[3] ?? '')
      || (PARTICIPLE.test(verb[3] ?? '') && PARTICLE_AFTER.test(text.slice(verb.index + verb[0].length))));
    raw = relative ? relative[1]! : head.includes(', ') ? head.split(', ')[0]!
      : participle && !DOCUMENT_SUBJECT.test(head.trim()) && !/(?:^|\s)that\s/i.test(head) ? head : '';
  }
  // "X, a start-up founded in 2021": a participle in an apposition tells of the name before it.
  if (/^\s*(?:a|an)\s/.test(raw) && stretch.lastIndexOf(',') > 0) {
    const head = stretch.slice(0, stretch.lastIndexOf(','));
    raw = head.slice(head.lastIndexOf(',') + 1);
  }
  // "Dr. Han said the most valuable contract …": what is said is a clause with its own subject.
  raw = raw.replace(SAID_THAT, '');
  // "… began work on September 15 and completed …": a verb joined by "and" shares the subject of the deed before it.
  // ", and was appointed … in June 2021": the clause break took the "and".
  const joined = /^[\s,]*(?:and)?\s*$/.test(raw) && /,\s+and\s*$/.test(text.slice(Math.max(0, from - 8), from + 1));
  // "X joined VietLink in 2001 as an engineer, became deputy general director in 2016 and …": a verb after a comma, with its own time
  // after it and no subject before it, goes on with the deed before it.
  const chained = !raw.trim() && /,\s*$/.test(stretch) && time.start > at;
  const said = (/^[\s,]*and\s*$/.test(raw) || joined || chained) && previous ? previous
    : raw.replace(/^[\s,:;–—-]+/, '').replace(OPENING, '').replace(TIME_PREPOSITION_END, '').trim();
  // "Vinh, 47, holds a doctorate … He joined the ministry in 2004": "he" or "she" is the person the paragraph named last.
  // "Khang was born …": a given name alone is the person of the text who has it.
  // "Minh Khê was formed from … Its government began operating on July 1": what "its" is, as "It" would be.
  // "The Fund was established under … of the … Committee and launched on …": the subject of the passive the sentence opened with.
  const opened = /(?:^|\s)and$/.test(said) ? passiveOpening(text, at) : undefined;
  if (opened) return titled(text, verb, opened, time, to);
  const its = /^Its\s+(\p{Ll}.*)$/u.exec(said);
  const owner = its ? personBefore?.('It') : undefined;
  const subject = owner ? `${owner}’s ${its![1]}` : /^(?:he|she)$/i.test(said) ? personBefore?.() ?? said
    : /^\p{Lu}[\p{L}\p{M}]+$/u.test(said) ? personBefore?.(said) ?? said : said;
  // (Such a list counts as one word.)
  if (!subject || PRONOUN.test(subject) || SUBORDINATE.test(subject) || !/\p{L}/u.test(subject)
    || subject.replace(FIELD_LIST, ' fields').split(/\s+/).length > SUBJECT_WORDS || NOT_A_SUBJECT.test(subject)) return undefined;
  return titled(text, verb, subject, time, to);
}

/** Verbs whose passive is told by what it makes its subject: "declared complete", "named the best", "promoted to deputy director". */
const GIVES_STATE = /^(?:declared|named|renamed|appointed|elected|re-elected|promoted|made|voted)$/i;

/** The title of a deed by its subject: the subject, the verb and its object (see titleOf). */
function titled(text: string, verb: RegExpExecArray, subject: string, time: { start: number; end: number }, to: number): { title: string; subject: string } {
  const at = verb.index;
  // The object runs to the time read with the verb, or to the clause's end, as far as OBJECT_WORDS.
  const objectEnd = time.start > at ? time.start : to;
  // (Not past a name set off after it: "got its first 4G station, BTS Station No. 12 of the … cluster".)
  const object = textAfter(text.slice(0, objectEnd), at + verb[0].length, SUBJECT_REACH).replace(/,\s+\p{Lu}.*$/su, '')
    .replace(TIME_PREPOSITION_END, '').replace(/[\s,.;:]+$/, '').trim();
  const objectWords = object ? firstWords(object, OBJECT_WORDS) : '';
  // A passive is told by its participle ("A contract … signed"); a perfect keeps its auxiliary and object ("had run a training").
  const passive = verb[1] !== undefined && !/^had$/i.test(verb[1]);
  const action = verb[1] ? (passive ? verb[2]! : `${verb[1]} ${verb[2]}`) : verb[3]!;
  // "The memorandum was signed on Tuesday in Lao Cai ward by X, …": who signed it.
  const agent = passive ? AGENT.exec(textAfter(text, at + verb[0].length, SUBJECT_REACH))?.[1] : undefined;
  // "was appointed Director General of …", "was named Hero of Labour", "was declared complete": a passive keeps the post, title
  // or state it gives.
  const kept = objectWords && (!passive || /^(?:as\s+)?\p{Lu}/u.test(objectWords) || GIVES_STATE.test(action)) ? ` ${objectWords}` : '';
  return { subject, title: tidyTitle(`${subject} ${action}${kept}${agent ? ` by ${agent}` : ''}`) };
}
