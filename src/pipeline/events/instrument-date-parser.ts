import { blockId } from '../block-id.ts';
import { once } from '../once.ts';
import { GATHERING_NOUN_ANY_CASE } from '../extract/lexicon/gatherings.ts';
import { ISSUE_LABEL, NUMBER_LABEL } from '../extract/lexicon/document-codes.ts';
import { APPOSED_TYPE } from '../extract/instrument-context.ts';
import { REACH, textBefore } from '../reach.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { publicationEnd } from '../time/reference.ts';
import type { TimeExpression } from '../time/types.ts';
import { happeningTimes } from './dating.ts';
import { DOCUMENT_NOUNS, DOCUMENT_NOUNS_CASED, instrumentsBefore, typeOfNoun } from './sentence-context.ts';
import { numberOf, WORD } from '../targets/quantity.ts';
import { ISSUED_TYPES, type DocumentTimeline, type EntityLookup, type EventCandidate } from './types.ts';

/** What may stand between an instrument and its date: "Resolution No. 57 dated December 22, 2024". */
// "Decision 1587/QD-TTg of the Prime Minister dated 18/6/2024": its issuer may stand between it and its date.
// A translated page keeps the Vietnamese "ngày" ("Official Dispatch No. 1532/VPCP-KSTT ngày 10/02/2026"); a list of references puts
// the date in brackets ("Decree No. 287/2025/NĐ-CP (30/9/2025)"), after its issuer or what it does too ("Resolution 05-NQ/TU of the
// Gia Lai Provincial Party Committee (19/9/2025)", "Decision 911/QĐ-UBND approving the provincial data platform project (14/8/2026)").
// The numbers of a list may stand between: "Submissions 118/TTr-UBND and 119/TTr-UBND, both dated 24 July 2026".
// A box's field of its act may follow it, after a bar.
const BETWEEN = new RegExp(String.raw`^(?:(?:(?:\s*(?:,|and)\s+\d{1,5}[\p{L}\d/.-]*)*(?:\s+of\s+(?:the\s+)?\p{Lu}[^,;.]{0,60}?)?[\s,]*`
  + String.raw`(?:(?:both|all|each)\s+)?(?:dated|ngày|(?:issued|signed|adopted|approved|passed|promulgated) on|of|on)|${APPOSED_TYPE})\s+`
  // The gathering that adopted it, and the day it was held: "Resolution No. 01/2028/NQ-ĐHĐCĐ of the 2028 Annual General Meeting of
  // Shareholders, held on April 25, 2028".
  + String.raw`|\s+of\s+the\s+(?:(?:19|20)\d{2}\s+)?\p{Lu}[^,;.()]{0,60}?\b(?:${GATHERING_NOUN_ANY_CASE})(?:\s+of\s+\p{Lu}[\p{L}\s]{0,40}?)?,?\s+held\s+on\s+`
  // (No other instrument's number between: "Decision 12/QĐ-UBND approving Plan 4/KH-UBND (3/3/2026)" dates the plan.)
  // (The bracket may hold the place it was issued in, as its heading does: "Notice No. 417/TB-CHKPB (Huế, 1 April 2027)".)
  + String.raw`|(?:\s+(?:of\s+(?:the\s+)?\p{Lu}|approving|amending|promulgating)(?:(?!\d{1,5}[/-]\p{L})[^,;.()?!]){0,80}?)?\s*\(\s*`
  + String.raw`(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,3},\s*)?`
  // A box's next field: "Resolution No. 41/2026/QH16 | Adopted: 25 November 2026".
  + String.raw`|\s*\|\s*(?:[Aa]dopted|[Ii]ssued|[Ss]igned|[Aa]pproved|[Pp]assed|[Pp]romulgated|[Dd]ated)(?:\s+on)?\s*:\s*)$`, 'u');
/** The act a month tells, between an instrument and the month: ", issued in", ", which was signed in". */
const MONTH_ACT = /^\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:issued|signed|adopted|approved|promulgated|passed)\s+in\s+$/;
/** A document's own heading: "No. 845/QĐ-TTg    Hanoi, March 3, 2025" (number, then place and date of issue). */
// (A legal-database page sets its fields apart with bars: "Số hiệu: | 1876/QĐ-UBND | Loại văn bản: | Quyết định".)
// (Its type may head it, in capitals: "NOTICE No. 2914/TB-TBN", "OFFICIAL LETTER No.".)
const HEADING_NUMBER = new RegExp(String.raw`(?:^|\n)\s*(?:\p{Lu}{2,}\s+){0,3}${NUMBER_LABEL}\s*\|?\s*$`, 'u');
/** What may follow a document's number on its line: nothing, or the fields or the motto after a bar ("| Độc lập - Tự do - Hạnh phúc"). */
const AFTER_NUMBER = /^\s*(?:\|.*)?$/;
/** The field of a legal-database page that dates the page's document: "Issued date: 03/03/2025", "Date of issue:". */
// Its label may be printed in two languages: "Ngày ban hành / Date of issue:".
// (Or as the last field before the date in a row of barred fields: "… | Ngày ban hành: | 14/09/2026".)
// (Or the day it was signed, which is the day it was issued: "Number: 39/NQ-CP | Type: Resolution | Signed: 18/03/2030".)
const ISSUE_OR_SIGNED = String.raw`(?:${ISSUE_LABEL}|signed(?:\s+on)?|date\s+signed|signing\s+date|ngày\s+ký)`;
const ISSUE_FIELD = new RegExp(String.raw`(?:^|\|\s*)${ISSUE_OR_SIGNED}(?:\s*\/\s*${ISSUE_OR_SIGNED})?\s*:?\s*\|?\s*$`, 'i');
/** A heading's line of its place and date alone, under its number: "Lào Cai, ngày 03 tháng 3 năm 2027". */
const PLACE_DATE_LINE = /^\s*[\p{Lu}][\p{L}\s.]{1,40}?,\s+(?:(?:ngày|dated)\s+)?$/u;
/** A letter's subject line under its number: "Re: reply to feedback on …", "V/v: …", "Subject: …". */
const SUBJECT_LINE = /^\s*(?:Re|V\/v|Về\s+việc|Subject|Regarding)\s*[:.]/iu;
/** Or what it is on, in a line of its own: "On e-invoices generated from cash registers for household businesses". */
const ON_LINE = /^\s*On\s+\p{Ll}[^.!?]*$/u;
const isSubjectLine = (text: string) => SUBJECT_LINE.test(text) || ON_LINE.test(text);
/** How many blocks after the "Number:" field the issue-date field may come. */
const FIELD_WINDOW = 8;
// A bar may set the number apart from the place on one line: "No.: 1362/QĐ-TTg | Hà Nội, ngày 14 tháng 8 năm 2026".
const HEADING_PLACE = /^\s*(?:\|\s*)?[\p{Lu}][\p{L}\s.]{1,40}?,\s+(?:(?:ngày|dated)\s+)?$/u;
/** How far after the date the issuing body may be named ("… dated December 22, 2024, of the Politburo"). */
const ISSUER_WINDOW = 40;

/**
 * Issue events of numbered instruments from the way texts cite them: an instrument followed by
 * "dated <day>" (or "issued on", "adopted on" …), or a document's own heading "No. 845/QĐ-TTg
 * Hanoi, March 3, 2025", is an event "<instrument> issued" on that day, with the issuing body
 * named right after the date as participant; on a legal-database page, the "Number: 845/QĐ-TTg"
 * field is dated by the "Issued date:" field below it. The same constructions date the instrument itself
 * (instrument-context.ts), so the event and the instrument's date agree.
 */
export function findInstrumentDates(doc: DocumentTimeline, entities: EntityLookup): EventCandidate[] {
  const out: EventCandidate[] = [];
  const limit = publicationEnd(doc.date) ?? '9999-12-31';
  // The times and links of each block, in order, grouped when first needed: each instrument looked through all of the document's.
  let timesOf: Map<number, TimeExpression[]> | undefined;
  let linksOf: Map<number, typeof doc.links> | undefined;
  // The day of the last instrument dated, for one "of the same date" after it.
  let lastDated: TimeExpression | undefined;
  for (const link of doc.links) {
    const entity = entities.get(link.entity);
    if (!entity || !ISSUED_TYPES.has(entity.type)) continue;
    timesOf ??= Map.groupBy(doc.times, (t) => t.block);
    linksOf ??= Map.groupBy(doc.links, (l) => l.block);
    const text = doc.blocks[link.block]!.text;
    const heading = HEADING_NUMBER.test(textBefore(text, link.start));
    // A date tied to the instrument is written right after it: the times within REACH of it are tried.
    const near = timesOf.get(link.block) ?? [];
    // "Decision No. 2148-QĐNS/TW of the same date": the day of the instrument the text dated before it (not the day the text last told).
    let time = lastDated && SAME_DATE.test(text.slice(link.end, link.end + SAME_DATE_REACH)) ? lastDated : undefined;
    for (let i = firstAtLeast(near, link.end, (t) => t.start); !time && i < near.length && near[i]!.start <= link.end + REACH; i++) {
      const t = near[i]!;
      const between = text.slice(link.end, t.start);
      if (t.precision === 'day' && (BETWEEN.test(between) || (heading && HEADING_PLACE.test(between)))) time = t;
      // "Decree 31/2026/NĐ-CP, issued in March last year": a month the act is told in.
      else if (t.precision === 'month' && MONTH_ACT.test(between)) time = t;
    }
    time ??= heading && AFTER_NUMBER.test(text.slice(link.end)) ? issueField(doc, link.block, timesOf) : undefined;
    if (time?.precision === 'day') lastDated = time;
    // A day without its year, which the time stage put nearest the publication date, after it: an instrument cited as issued was issued
    // before the text ("Decree 88/2026/NĐ-CP, issued on 30 March", in November), in the year before.
    if (time && time.from > limit) time = happeningTimes([time], time.sentence, limit)[0];
    if (!time) continue;
    const inBlock = linksOf.get(link.block) ?? [];
    const issuers: typeof inBlock = [];
    for (let i = firstAtLeast(inBlock, time.end, (l) => l.start); i < inBlock.length && inBlock[i]!.start <= time.end + ISSUER_WINDOW; i++) {
      if (entities.get(inBlock[i]!.entity)?.type === 'organization') issuers.push(inBlock[i]!);
    }
    out.push({
      kind: 'instrument', title: `${entity.name} issued`, quality: 1, time, instrument: link.entity, place: null,
      participants: [...new Set(issuers.map((l) => l.entity))],
      entities: [link.entity],
      source: { document: doc.id, paragraph: blockId(link.block + 1), text: time.sentence.text, when: time.text },
    });
  }
  // "The conclusion, dated September 10, 2025, notes …": the day of the one of its type the text named before.
  const earlierOf = instrumentsBefore(doc.links, entities, doc.blocks);
  for (const t of doc.times) {
    if (t.precision !== 'day' && t.precision !== 'month') continue;
    const before = textBefore(t.sentence.text, t.start - t.sentence.start);
    // (A month only as the act's: "That plan, signed in August, …".)
    if (t.precision === 'month' && !/\bin\s+$/.test(before)) continue;
    // "Signed on December 22 last year, the resolution was billed …": the document the participle opening the sentence is of.
    const opened = OPENING_ACT.test(before) ? OPENED_DOCUMENT.exec(t.sentence.text.slice(t.end - t.sentence.start))?.[1] : undefined;
    const noun = DEFINITE_DATED.exec(before)?.[1] ?? opened;
    const referent = noun ? earlierOf(t.sentence)(typeOfNoun(noun)) : undefined;
    const entity = referent ? entities.get(referent) : undefined;
    if (!referent || !entity) continue;
    out.push({
      kind: 'instrument', title: `${entity.name} issued`, quality: 1, time: t, instrument: referent, place: null, participants: [],
      entities: [referent], source: { document: doc.id, paragraph: blockId(t.block + 1), text: t.sentence.text, when: t.text },
    });
  }
  return out;
}

/** Words right after an instrument that give it the day of the one before: " of the same date", ", dated the same day". */
const SAME_DATE = /^\s*,?\s*(?:of|dated|issued\s+on|signed\s+on)\s+the\s+same\s+(?:date|day)\b/i;
/** How far after an instrument SAME_DATE looks. */
const SAME_DATE_REACH = 40;

/** A participle of an act that opens a sentence, before its day: "Signed on", "Issued". */
const OPENING_ACT = /^\s*(?:Signed|Issued|Adopted|Approved|Promulgated|Passed)\s+(?:on\s+)?$/;
/** The document such an opening is of, after its day: ", the resolution". Group: the noun. */
const OPENED_DOCUMENT = new RegExp(String.raw`^(?:\s+(?:last|this)\s+(?:year|month))?\s*,\s*(?:the|this)\s+(${DOCUMENT_NOUNS})\b`, 'i');
/**
 * A document told by its noun, then its date: "The conclusion, dated", "The decree, signed on", "Under the ward's plan, issued on",
 * "That plan, signed in (August)".
 * Group: the noun.
 */
const DEFINITE_DATED = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:[Uu]nder|[Ii]n|[Bb]y|[Ww]ith)\s+)(?:[Tt]he|[Tt]his|[Tt]hat)\s+`
  + String.raw`(?:[\p{L}-]+[’']s\s+)?(${DOCUMENT_NOUNS_CASED})\s*,?\s*`
  + String.raw`(?:dated|(?:signed|issued|adopted|approved|promulgated)\s+(?:on|in))\s+$`, 'u');

/**
 * The day of the "Issued date:" field in the blocks around a legal-database page's "Number:" field, nearest first: after it, or
 * before the document's own heading ("Date issued: 18/09/2025" among the page's fields, then "No. 1472/QD-TTg").
 */
function issueField(doc: DocumentTimeline, block: number, timesOf: Map<number, TimeExpression[]>) {
  // (The field may follow the number in its own row: "Number: 39/NQ-CP | Type: Resolution | Signed: 18/03/2030".)
  for (let d = 0; d <= FIELD_WINDOW; d++) {
    for (const b of d === 0 ? [block] : [block + d, block - d]) {
      if (b < 0 || b >= doc.blocks.length) continue;
      const text = doc.blocks[b]!.text;
      // The field of a legal-database page, or the heading's line of place and date under the number (the line after it).
      // (A letter's subject may stand between: "No.: 742/SKHCN-BCVT", "Re: reply to feedback on …", "Cao Bằng, 3 May 2028".)
      const under = b === block + 1 || (b === block + 2 && isSubjectLine(doc.blocks[block + 1]!.text));
      const time = timesOf.get(b)?.find((t) => t.precision === 'day' && (ISSUE_FIELD.test(text.slice(0, t.start))
        || (under && PLACE_DATE_LINE.test(text.slice(0, t.start)) && text.slice(t.end).trim() === '')));
      if (time) return time;
    }
  }
  return undefined;
}

/** An act on a number of documents of one type: "passed two resolutions", "adopted 3 decisions". Groups: the number, the noun. */
const COUNTED = new RegExp(String.raw`\b(?:passed|adopted|approved|issued)\s+(${WORD}|\d{1,2})\s+(?:new\s+)?(${DOCUMENT_NOUNS})s\b`, 'i');
/** The gathering an act was done at: "(adopted two resolutions …) at a one-day thematic session". Group: the gathering. */
const AT_GATHERING = /\bat\s+(?:a|an|the|its|their)\s+((?:[\p{Ll}-]+\s+){0,3}(?:session|sitting|meeting|conference|congress|plenum))\b/u;
/** A body that passes documents by a vote at a sitting: a People's Council, the National Assembly. */
const VOTING_BODY = /\b(?:People[’']s\s+Council|National\s+Assembly)$/u;
/** A sitting named by its noun: "the thematic session", "the session". Group: the sitting. */
// (Not one told as another's: "the next session", "the year-end session".)
const OTHER_SITTING = String.raw`(?:next|last|previous|year-end|mid-year|coming|first|second|third)\b`;
const THE_SITTING = new RegExp(String.raw`\b(?:the|its|this)\s+((?:(?!${OTHER_SITTING})[\p{Ll}-]+\s+){0,3}(?:session|sitting))\b`, 'u');
/** Acts that make documents, as the event stage names their kinds. */
const MAKING_KINDS: ReadonlySet<string> = new Set(['passed', 'adopted', 'approved', 'instrument', 'other']);

/**
 * The numbered instruments an act on a number of them made, when the text names them after it: "the Council … passed two
 * resolutions to set up a provincial science fund" and then "Resolution No. 27/2026/NQ-HĐND establishes the fund …",
 * "Resolution No. 28/2026/NQ-HĐND sets policies …" were issued on the act's day: the first instruments of that type and of
 * the act's year the text names in the paragraphs after the act, with no day of their own, as many as it counts (none when it
 * names fewer); or those the act's own sentence lists after it, as many as it counts ("passed three resolutions: Resolution No.
 * 41/NQ-HĐND on …, Resolution No. 42/NQ-HĐND on … and Resolution No. 43/NQ-HĐND on …").
 * `dated`: the document's events so far. Returns the issues, and the acts their own sentences list them for (told by the issues).
 */
export function countedInstruments(
  doc: DocumentTimeline, entities: EntityLookup, dated: readonly EventCandidate[],
): { added: EventCandidate[]; told: Set<EventCandidate> } {
  const out: EventCandidate[] = [];
  const told = new Set<EventCandidate>();
  const own = new Set(dated.flatMap((c) => (c.kind === 'instrument' && c.instrument ? [c.instrument] : [])));
  // The days the text's acts on each instrument were done: one passed on the act's day by its own tally ("Resolution No. 32/…, on …,
  // received 71 votes") is one of those the act counts, dated already.
  const actedOn = new Map<string, Set<string>>();
  for (const c of dated) {
    if (c.instrument && c.time.precision === 'day') (actedOn.get(c.instrument) ?? actedOn.set(c.instrument, new Set()).get(c.instrument)!).add(c.time.from);
  }
  // Where the text first names each entity, in order: read once, when a counting act is first found.
  const firstNamed = once(() => {
    const first = new Map<string, (typeof doc.links)[number]>();
    for (const l of doc.links) if (!first.has(l.entity)) first.set(l.entity, l);
    return [...first.values()];
  });
  // The sitting the text names by its noun alone ("the thematic session"), no day of its own: read once, when a council's act is found.
  const sittingNamed = once(() => {
    for (const s of doc.sentences) {
      const sitting = THE_SITTING.exec(s.text);
      if (sitting && !doc.times.some((t) => t.block === s.block && t.sentence.start === s.start)) return sitting;
    }
    return null;
  });
  for (const act of dated) {
    if (!MAKING_KINDS.has(act.kind) || act.instrument || act.time.precision !== 'day') continue;
    const counted = COUNTED.exec(act.source.text);
    if (!counted) continue;
    const type = typeOfNoun(counted[2]!);
    const block = act.time.sentence.block;
    const count = numberOf(counted[1]!);
    // Those the act's own sentence lists after it: "passed three resolutions: Resolution No. 41/NQ-HĐND on …, No. 42/NQ-HĐND …".
    const sentence = doc.sentences.find((x) => x.text === act.source.text);
    const listFrom = sentence ? sentence.start + counted.index + counted[0].length : Infinity;
    const listed = sentence ? [...new Map(doc.links.filter((l) => l.block === sentence.block && l.start >= listFrom && l.end <= sentence.end
      && entities.get(l.entity)?.type === type && !own.has(l.entity)).map((l) => [l.entity, l])).values()] : [];
    // Else the first of that type the text names after the act, as many as it counts.
    // Each numbered with the act's year ("27/2026/NQ-HĐND" in 2026): one cited beside them ("Resolution 57-NQ/TW") is not one.
    const year = act.time.from.slice(0, 4);
    const ofYear = (id: string) => entities.get(id)?.name.includes(`/${year}/`) === true;
    const sameDay = (id: string) => actedOn.get(id)?.has(act.time.from) === true;
    const named = listed.length === count ? listed : firstNamed().filter((l) => entities.get(l.entity)?.type === type && l.block > block
      && (!own.has(l.entity) || sameDay(l.entity)) && ofYear(l.entity))
      .sort((a, b) => a.block - b.block || a.start - b.start).slice(0, count);
    if (named.length !== count) continue;
    // An act whose documents are all named, in its sentence or after it, is told by their issues; the gathering it was done at, when
    // its sentence names one ("adopted two resolutions … at a one-day thematic session"), is a happening of its own.
    told.add(act);
    // (Not one the text tells as a meeting of that day already: "Delegates at the session passed three resolutions".)
    const body = act.participants.map((id) => entities.get(id)).find((e) => e?.type === 'organization')?.name;
    // (A council or an assembly votes at a sitting: the one the text goes on to name ("Attending the session as a guest, …") is the act's.)
    const gathering = dated.some((c) => c.kind === 'meeting' && c.time.from === act.time.from) ? null
      : AT_GATHERING.exec(act.source.text) ?? (body !== undefined && VOTING_BODY.test(body) ? sittingNamed() : null);
    if (gathering) {
      const title = `${gathering[1]!.charAt(0).toUpperCase()}${gathering[1]!.slice(1)}${body ? ` of the ${body}` : ''}`;
      out.push({ ...act, kind: 'meeting', title, quality: 3, instrument: undefined, entities: act.participants });
    }
    for (const l of named) {
      if (own.has(l.entity) || sameDay(l.entity)) continue;
      own.add(l.entity);
      out.push({
        kind: 'instrument', title: `${entities.get(l.entity)!.name} issued`, quality: 1, time: act.time, instrument: l.entity, place: null,
        participants: [], entities: [l.entity], source: act.source,
      });
    }
  }
  return { added: out, told };
}

