import type { EventKind } from '../../schemas/event.ts';
import { REACH, textAfter, textBefore } from '../reach.ts';
import { contextIndex } from './context-index.ts';
import { ANY_TYPE, DOCUMENT_NOUNS, typeOfNoun, type LocalLink, type SentenceContext } from './sentence-context.ts';
import { AGENT, subjectAndAction } from './event-title.ts';
import { SHARE_SUBJECT, subjectBefore } from './subject.ts';
import { ISSUED_TYPES, type Happening } from './types.ts';
import { CALENDAR, LEADING_ARTICLE } from '../extract/name-grammar.ts';

/**
 * A verb of acting on an instrument, in the past, with its auxiliary and an adverb after it: "signed and issued",
 * "has issued", "passed", "voted to adopt", "was approved", "were also exchanged". Groups: auxiliary, verb phrase.
 */
const ACT = new RegExp(String.raw`\b((?:has|have|had|was|were|has\s+been|have\s+been`
  + String.raw`|had\s+been)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?)?`
  + String.raw`((?:voted\s+(?:[\p{L}\d,-]+\s+){0,4}?to\s+(?:adopt|approve|pass|ratify))|signed(?:\s+and\s+(?:issued|promulgated))?`
  + String.raw`|issued|promulgated|enacted|passed|adopted|approved|ratified|sent|announced|exchanged`
  // "Resolution No. 88/2030/NQ-HĐND, on …, received 114 votes (91.2%)": a document voted through, told by its tally.
  + String.raw`|received(?=\s+\d[\d,]*\s+votes\b)`
  + String.raw`|(?<=,\s*)(?:approving|adopting|passing|ratifying))\b`, 'gu');
/** "It" alone before a passive's verb, opening its sentence: "It (was passed with 52 …)". */
const IT_OPENS = /^\s*It\s+$/;
/** How far into its sentence a passive's "It" may end (past its auxiliary: "It was "). */
const IT_REACH = 12;
/** How long what follows a headline's verb may be: its full stop or semicolon and blanks. */
const HEADLINE_TAIL = 4;
/** A tally right after an intransitive "passed": " with 80 votes in favour", " with 79 of the 81 delegates present". */
const PASSED_WITH_VOTES = /^\s+with\s+\d[\d,]*\s+(?:votes|of\s+(?:the\s+)?\d[\d,]*\s+(?:votes|delegates|deputies|members))\b/;
/** The past of the participles ACT reads, for a title ("18 resolutions approved"). */
const DONE: Record<string, string> = { approving: 'approved', adopting: 'adopted', passing: 'passed', ratifying: 'ratified', received: 'passed' };
/** A relative pronoun and the subject between it and the verb: "…, which the Standing Board of the Party Committee issued". Group: the subject. */
const WHICH = /(?:,\s*|\s)(?:which|that)\s+((?:the|a|an)\s+[^,;]{2,80}?|\p{Lu}[^,;]{1,80}?)\s*$/u;
/** How far before "announced" its conclusions may be named ("the Prime Minister's conclusions announced in Notice …"). */
const CONCLUSION_REACH = 40;
/** An infinitive of purpose right after a verb: " to carry out", " to implement". */
const PURPOSE_AFTER = /^\s+to\s+\p{Ll}{3,}\b/u;
/** A passive's subject told with a definite determiner, right before its auxiliary: "The plan (was …)", "This Resolution (was …)". */
const DEFINITE = new RegExp(String.raw`(?:^|[,;–—-]\s*|\s)(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Ss]uch)\s+`
  + String.raw`(?:[\p{L}\p{N}’'-]+\s+){1,4}$`, 'u');
/** A document told by its type alone with a definite determiner, opening a clause before its verb: "The dispatch, (signed …)". */
const DEFINITE_DOCUMENT = new RegExp(String.raw`(?:^|[,;:]\s*)(?:[Tt]he|[Tt]his)\s+(${DOCUMENT_NOUNS})\s*,?\s*$`);
/** A document told by its type alone with a definite determiner, as an object closing its clause: "(signed) the plan.". */
const DEFINITE_OBJECT = new RegExp(String.raw`^(?:[Tt]he|[Tt]his)\s+(${DOCUMENT_NOUNS})(?=\s*[,;.]|\s*$)`);
/** How far before a passive verb its subject is read. */
const SUBJECT_REACH = 80;
/** How far before a reduced relative the document it follows may be named, its subject between ("on developing … to 2030"). */
const RELATIVE_REACH = 160;

/** What the verb makes of the act ("sent" only with a numbered document: "sent Official Dispatch No. 567/…"). */
const KIND_OF_VERB: [RegExp, EventKind][] = [
  // Memoranda "exchanged" at a ceremony are signed there.
  [/^sign|^exchang/, 'signed'], [/pass|^received/, 'passed'], [/adopt/, 'adopted'], [/approv|ratif/, 'approved'], [/./, 'instrument'],
];
/** A numbered document named by its type and code: "Plan No. 04/KH-UBND", "Official Dispatch No. 1234/UBND-KGVX", "Resolution 210/2025/QH15". */
const CODED = /^(?:the\s+)?((?:\p{Lu}[\p{L}’']*\s+){1,3}(?:No\.?\s*)?\d[\p{L}\d]*(?:[./-]+[\p{L}\d]+)*)/u;
/**
 * A document named by its head noun, after determiners, numbers and up to five modifiers, a list of them included ("the resolution
 * adjusting …", "14 resolutions", "a science, technology and innovation cooperation agreement").
 */
const DOCUMENT = new RegExp(String.raw`^(?:(?:the|a|an|its|their|this|these|new|draft|amended|revised|\d+|two|three|four|five|six|seven|eight`
  + String.raw`|nine|ten|eleven|twelve)\s+)*(?:[\p{L}\p{N}’'-]+\s+|\p{Ll}+,\s+(?=[\p{L}\s,]+\sand\s)){0,5}?`
  + String.raw`(?:resolutions?|decisions?|directives?|conclusions?|decrees?|circulars?`
  + String.raw`|dispatch(?:es)?|notices?|plans?|programmes?|programs?|projects?|strateg(?:y|ies)|laws?|codes?|ordinances?|regulations?|polic(?:y`
  + String.raw`|ies)|budgets?|lists?|agreements?|memorand(?:ums?|a)(?:\s+of\s+understanding)?|MoUs?|contracts?|accords?|charters?|treat(?:y|ies)`
  + String.raw`|conventions?|amendments?|master\s+plans?|(?:joint\s+)?statements?|communiqu[eé]s?|declarations?`
  // (And the record two sides sign of their talks: "signed a Record of Talks", "the minutes of the meeting".)
  + String.raw`|(?:records?|minutes)\s+of\s+(?:the\s+)?(?:talks|meetings?|discussions?|negotiations?))\b`, 'iu');
/** Where an object that is not a numbered document ends. */
const OBJECT_END = new RegExp(String.raw`\s+(?:dated|with\s+\d|by\s+(?:a\s+)?(?:vote|show)|at\s+(?:the|its|their)\b|in\s+(?:the\s+)?\p{Lu}`
  + String.raw`|to\s+(?:implement|provinces|localities|ministries)|which|that|after|before|during|under|pursuant\s+to|in\s+line\s+with`
  + String.raw`|on\s+(?:the\s+)?(?:morning|afternoon|evening`
  + String.raw`|\p{Lu}\p{Ll}+day))\b|,|;|:|\.(?=\s|$)`, 'u');
/** A conclusion as the object: "Conclusion No. 183-KL/TW", a "-KL/" code, "conclusions". */
const CONCLUSION = /^(?:the\s+)?(?:Conclusion|conclusions?)\b|-KL\//;
/** A document that carries conclusions: "Notice No. 45/TB-VPCP conveying the conclusions of …". */
const CONVEYING = /^[\s,]*(?:dated\s+[^,;]{4,30}?\s+)?(?:conveying|announcing|on)\s+the\s+conclusions?\b/;
/** A day right after a verb: "issued the same day", "signed on June 3". */
const DATED_AFTER = /^\s+(?:on\s+)?(?:the\s+same\s+day|\p{Lu}\p{Ll}+\s+\d|\d)/u;
/** A count of things opening a noun phrase: "27 collective labour agreements", "some 40 contracts". */
const COUNTED = /^(?:(?:some|about|around|over|nearly|more\s+than)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+\p{L}/iu;
/** A month, a year or a stretch of time after a verb (past a second verb joined by "or"): "(signed or renewed) in August", "so far this year". */
const OVER_A_PERIOD = new RegExp(String.raw`^(?:\s+or\s+\p{Ll}+)?\s+(?:(?:in|during|over|since|throughout)\s+(?:the\s+)?(?:${CALENDAR}|(?:19|20)\d\d\b`
  + String.raw`|(?:first|past|last)\s|(?:year|month|quarter)\b)|so\s+far|this\s+(?:year|month)|last\s+(?:year|month))`, 'u');
const PERIOD_REACH = 60;
/** A month, a year or a stretch of time before a verb in its sentence: "In 2024, (universities signed …)", "in May the Government (issued …)". */
const PERIOD_BEFORE = new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ss]ince|[Tt]hroughout)\s+(?:the\s+)?(?:${CALENDAR}|(?:19|20)\d\d\b`
  + String.raw`|(?:first|past|last)\s|(?:year|month|quarter)\b)[^.;]*$`, 'u');
/** How far before a verb PERIOD_BEFORE is read. */
const PERIOD_BEFORE_REACH = 160;
/** How far before a participle the document it tells the content of may end. */
const CONTENT_REACH = 60;
/** What stands between a document and the participle of its content: its date and a comma ("…/QĐ-UBND on 11/03/2030, approving"). */
const CONTENT_GAP = /^(?:\s+(?:on|dated|of)\s+[^,;]{4,30}?)?\s*,\s*$/;
/** A thing ranked among others by a predicate, before the verb that acts on them: "is the third national programme (approved …)". */
const RANKED = new RegExp(String.raw`\b(?:is|was|are|were|becomes?|became)\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth`
  + String.raw`|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|only|next)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$`, 'iu');
/** Words before the verb that make it an adjective or a reduced relative ("the approved procedures", "Project 06, approved under …"). */
const NOT_A_CLAUSE = /(?:\b(?:the|a|an|its|their|newly|recently)|,|\bby)\s*$/i;

/**
 * Acts on instruments a sentence reports: a verb of issuing, signing, passing, adopting or
 * approving with a document as its object (a numbered instrument or law, or a noun phrase headed
 * by a document noun), or in the passive with the document before it. The title is the subject,
 * the verb and the object ("National Assembly passed the Law on …"), or the object and the verb
 * when there is no subject ("Plan No. 04/KH-UBND issued").
 */
export function readActs(context: SentenceContext): Happening[] {
  const { text, entities } = context;
  const out: Happening[] = [];
  for (const m of text.matchAll(ACT)) {
    const aux = m[1]?.trim().replace(/\s+(?:also|then|later|\p{Ll}+ly)$/u, '') ?? '';
    const verb = m[2]!.replace(/\s+/g, ' ');
    // "Resolution No. 9, issued the same day, …", "Resolution 193, ratified by the Assembly at a session in February, …": a
    // reduced relative that dates its act (a day or month before its clause ends) is the act, in the passive.
    const before = textBefore(text, m.index);
    const end = m.index + m[0].length;
    // So is one right after the document's name ("the Law on Innovation passed on June 27").
    const issued = issuedIn(entities);
    // (An adverb may stand after the comma: "Resolution No. 52/2028/NQ-HĐND …, also adopted on 7/12, …".)
    const follows = /,\s*(?:(?:also|then|later)\s+)?$/.test(before) || contextIndex(context).linksEnding(m.index - 1, m.index).some(issued);
    // "… closed its session on Tuesday, approving 18 resolutions": a participle after its main clause acts with it.
    const participle = verb.endsWith('ing');
    // (A tally's "received" has the document before it, as a passive does; so has "passed" told with its tally: "Resolution No.
    // 628/2030/NQ-HĐND on support for small firms passed with 80 votes in favour".)
    const tallied = verb === 'received' || (verb === 'passed' && !aux && PASSED_WITH_VOTES.test(text.slice(end)));
    const relative = !aux && !participle && !tallied && follows && (DATED_AFTER.test(text.slice(end)) || datedInClause(context, end));
    // "- 28.05.2030: Plan No. 905/KH-BCT issued": a timeline's item told as a headline, the instrument right before the verb that ends it.
    // (Read on the few characters after it: a sentence of thousands of acts is not copied again for each.)
    const headline = !aux && !participle && text.length - end <= HEADLINE_TAIL && /^\s*[.;]?\s*$/.test(text.slice(end))
      && contextIndex(context).linksEnding(m.index - 2, m.index).some(issued);
    // "X, Secretary General of Y, signed a memorandum …": a comma that closes the subject's apposition, before a verb whose object
    // is a document after it, is no reduced relative.
    const active = !aux && /,\s*$/.test(before) && /^\s+(?:a|an|the|its|their)\s/i.test(text.slice(end)) && objectAfter(context, end) !== null;
    if (!aux && !relative && !participle && !active && !tallied && !headline && NOT_A_CLAUSE.test(before)) continue;
    // "The programme is the third national programme approved under Resolution 57 this year": a thing ranked among those acted on.
    if (!aux && RANKED.test(before)) continue;
    const passive = relative || tallied || headline || /\b(?:was|were|been)$/.test(aux);
    // "Plan No. 215-KH/TU, which the Standing Board issued in March": the document the relative pronoun stands for.
    const which = !passive ? WHICH.exec(before) : null;
    // (After a "which" the object is the relative's, whatever purpose follows the verb: "which the province adopted to carry out the
    // Politburo's Resolution 57-NQ/TW" adopted the resolution "which" stands for.)
    const purpose = which !== null && PURPOSE_AFTER.test(text.slice(end, end + 24));
    const object = passive ? objectBefore(context, m.index, relative, tallied)
      : ((purpose ? null : objectAfter(context, end)) ?? (which && whichObject(context, m.index, m.index - before.length + which.index)));
    // "The National Strategy on …, approved by the Prime Minister in Decision No. 1540/QĐ-TTg last October, …": a reduced relative
    // on a programme approved in a numbered document, which was issued then.
    if (!object && relative) {
      const clause = text.slice(end, end + INSTRUMENT_AFTER_REACH).split(/[,;]/)[0]!;
      const link = contextIndex(context).linksStarting(end, end + clause.length).filter(issued)
        .find((l) => /\b(?:in|under|by|with)\s+$/.test(text.slice(end, l.start)));
      if (link) out.push(issueOf(context, link.entity, m.index, link.end, !aux || /^(?:was|were)$/.test(aux)));
      continue;
    }
    if (!object || (verb === 'sent' && !object.coded)) continue;
    // "The Prime Minister approved the National Digital Citizen Programme by Decision No. 1738/QĐ-TTg dated 15/3/2027": an act done by
    // a numbered document dated beside it is that document's issue (not one done "under" a document, which the act carries out).
    const madeBy = !passive && !participle && !object.instrument && verb !== 'announced' ? instrumentDoneBy(context, end, verb) : undefined;
    if (madeBy) {
      out.push(issueOf(context, madeBy.entity, m.index, madeBy.end, !aux || /^(?:was|were)$/.test(aux)));
      continue;
    }
    // "27 collective labour agreements were signed or renewed in August": a count of documents acted on over a month or a year is a
    // figure, no event ("Five memoranda are signed" at 10:15 of a conference is one).
    // (So is one in the active, over a period before or after it: "In 2024, universities signed 212 licensing agreements", "the ministry
    // issued 118 circulars during the year".)
    // (Or in the passive after one: "In the first eight months, 212 technology transfer contracts were signed".)
    if (!object.instrument && COUNTED.test(object.text) && (OVER_A_PERIOD.test(passive ? text.slice(end, end + PERIOD_REACH)
      : text.slice(object.end, object.end + PERIOD_REACH)) || PERIOD_BEFORE.test(textBefore(text, m.index, PERIOD_BEFORE_REACH)))) continue;
    // "… issued Decision No. 312/QĐ-UBND on 11/03/2030, approving the list of …": what a document does, after it, is its content.
    if (participle && contextIndex(context).linksEnding(m.index - CONTENT_REACH, m.index).some((l) => issuedIn(entities)(l)
      && CONTENT_GAP.test(text.slice(l.end, m.index)))) continue;
    // Conclusions announced are read as conclusions (conclusions.ts); "announced" acts only on a document it makes known.
    if (verb === 'announced' && (passive || /\bin\s*$/.test(text.slice(end, object.end - object.text.length))
      || /conclusion/i.test(text.slice(Math.max(0, m.index - CONCLUSION_REACH), object.end)))) continue;
    const conveys = CONVEYING.test(text.slice(object.end));
    const kind = conveys || CONCLUSION.test(object.text) || (object.instrument && entities.get(object.instrument)?.type === 'conclusion')
      ? 'concluded' : KIND_OF_VERB.find(([re]) => re.test(verb))![1];
    // "The Prime Minister's Decision 2217/QĐ-TTg dated 26/12/2025 approved the National Programme …": a numbered document that acts is
    // made that day; its act is its issue.
    const maker = !aux && !passive && !participle ? contextIndex(context).linksEnding(m.index - MAKER_REACH, m.index).filter(issued)
      .find((l) => MAKER_TAIL.test(text.slice(l.end, m.index))) : undefined;
    if (maker && NUMBERED_NAME.test(entities.get(maker.entity)?.name ?? '')) {
      out.push(issueOf(context, maker.entity, maker.start, m.index, true));
      continue;
    }
    const subject = passive || participle ? ''
      : which && object.end === m.index ? which[1]!.replace(LEADING_ARTICLE, '') : subjectBefore(context, m.index);
    // "and only 11% of small businesses signed any contract electronically last year": a share of a population acting is a figure.
    if (SHARE_SUBJECT.test(subject)) continue;
    const done = DONE[verb] ?? verb;
    // "The memorandum was signed on Tuesday in Lao Cai by X, Chief Executive Officer of Y, and Z": who acted, after the passive.
    const agent = passive && !relative ? AGENT.exec(textAfter(text, end))?.[1] : undefined;
    const title = subject ? subjectAndAction(subject, `${verb} ${object.text}`) : `${object.text} ${done}${agent ? ` by ${agent}` : ''}`;
    const act: Happening = {
      kind, at: m.index, end: passive ? end : object.end, title, quality: 2, instrument: object.instrument, subject,
      // A perfect ("has issued", "had been adopted") is dated only by a day written beside it ("… dated June 30").
      inherits: !aux || /^(?:was|were)$/.test(aux), near: /^(?:has|have|had)\b/.test(aux), joins: participle,
    };
    out.push(act);
    // "voted to pass the Law on X and the Law on Y": an act on each instrument the object joins, each its own event.
    if (!passive && object.instrument) out.push(...joinedActs(context, act, object.end, verb, subject));
  }
  return out;
}

/**
 * What joins one instrument to the next in a list of objects: " and the ", ", ", ", and "; after the first one's subject or vote, ", and"
 * or " and" ("Resolution No. 88/… on piloting …, with 455 votes in favour (91.73 per cent), and Resolution No. 91/…"), with no verb of
 * acting between.
 */
// (Its subject may be what it does: "Resolution No. 134/… approving the … Programme …, with 49 … votes, and Resolution No. 135/…".)
const JOINED = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?:\s+(?:on|for|regarding|about|[a-z]{3,}ing)\s|\s*,?\s+with\s)[^;]*?(?:\s*,\s*and\s+|\s+and\s+))(?:the\s+)?$/;
/** A verb of acting between two instruments: the second is another act's object. */
const ACTING_BETWEEN = /\b(?:voted|signed|issued|promulgated|enacted|passed|adopted|approved|ratified|announced|sent|exchanged)\b/;
/** How many instruments one verb's object may join. */
const MAX_JOINED = 8;

/** The acts on the instruments joined to an act's object, after it (see readActs); each starts right after its "and" or comma. */
function joinedActs(context: SentenceContext, act: Happening, from: number, verb: string, subject: string): Happening[] {
  const { text, entities } = context;
  const out: Happening[] = [];
  let end = from;
  for (const link of contextIndex(context).linksStarting(from, from + REACH)) {
    if (out.length >= MAX_JOINED || link.start < end) continue;
    // (A body or place named in the first one's subject is passed: "on piloting mechanisms for the Hòa Lạc Hi-Tech Park".)
    if (!issuedIn(entities)(link)) continue;
    const between = text.slice(end, link.start);
    if (!JOINED.test(between) || ACTING_BETWEEN.test(between)) break;
    const at = link.start - (/the\s+$/.exec(text.slice(end, link.start))?.[0].length ?? 0);
    const written = text.slice(at, link.end);
    out.push({
      ...act, at, end: link.end, instrument: link.entity,
      title: subject ? subjectAndAction(subject, `${verb} ${written}`) : `${written} ${DONE[verb] ?? verb}`,
    });
    end = link.end;
  }
  return out;
}

/** Whether a link names an instrument or a law, which are issued, signed or passed. */
const issuedIn = (entities: SentenceContext['entities']) => (l: { entity: string }) => ISSUED_TYPES.has(entities.get(l.entity)?.type ?? '');

/** The issue of a document another act tells of ("Decision X dated … approved …", "…, approved … in Decision X last October"). */
const issueOf = (context: SentenceContext, instrument: string, at: number, end: number, inherits: boolean): Happening => ({
  kind: 'instrument', at, end, title: `${context.entities.get(instrument)!.name} issued`, quality: 2, instrument, subject: '', inherits,
  near: false, joins: false,
});

/** A document's own date right after its name: " dated 15/3/2027", ", signed on 3 June 2026". */
const OWN_DATE_AFTER = /^\s*,?\s+(?:dated|issued\s+on|signed\s+on)\s+(?:\d|\p{Lu})/u;

/** The numbered document an act in the active was done by, in its clause after the verb: "approved the programme by Decision No. …". */
// (Or "under" it, for an approval: "the Prime Minister approved the Programme on Digital Health … under Decision No. 3185/QĐ-TTg dated 14 March
// 2031"; an act done "under" a document otherwise carries it out.)
function instrumentDoneBy(context: SentenceContext, end: number, verb: string): LocalLink | undefined {
  const { text, entities } = context;
  const clause = text.slice(end, end + INSTRUMENT_AFTER_REACH).split(/;|,(?!\d)/)[0]!;
  const by = verb === 'approved' ? /\s(?:by|in|under)\s+(?:the\s+)?$/ : /\s(?:by|in)\s+(?:the\s+)?$/;
  return contextIndex(context).linksStarting(end, end + clause.length).filter(issuedIn(entities))
    .find((l) => by.test(text.slice(end, l.start)) && NUMBERED_NAME.test(entities.get(l.entity)?.name ?? '')
      && OWN_DATE_AFTER.test(text.slice(l.end)));
}

/** How far after a passive verb the document it was done in may end ("approved by the Prime Minister in Decision No. 1540/QĐ-TTg"). */
const INSTRUMENT_AFTER_REACH = 120;
/** How far before its verb a document acting as a subject may end ("Decision 2217/QĐ-TTg dated 26/12/2025 approved"). */
const MAKER_REACH = 40;
/** What may stand between a document acting as a subject and its verb: its date. */
const MAKER_TAIL = /^(?:\s*,?\s+(?:dated|of|issued\s+on|signed\s+on)\s+[\p{L}\d/ ,.-]{4,24}?,?)?\s+$/u;
/** A document's name with its number. */
const NUMBERED_NAME = /\d/;

/** "it" as the object of an act, before a time or the clause's end ("issued it on December 22, 2024"). */
const PRONOUN_OBJECT = /^it(?=\s+(?:on|in)\b|\s*[,;.]|$)/;

/** The document acted on, as written, and where it ends. */
interface Act {
  text: string;
  end: number;
  instrument?: string;
  coded?: boolean;
}

/** The document after a verb: an instrument or law mentioned right there, a numbered document, or a document noun phrase. */
function objectAfter(context: SentenceContext, from: number): Act | null {
  const { text, entities } = context;
  // The object ends where a day or month starts ("the Law on … on June 19" is one mention to some readers); a year may be part of it ("its 2025 plan").
  const next = Math.min(text.length, contextIndex(context).nextTimeStart(from, true) ?? text.length);
  // Read within REACH of the verb: an object is a few words, and a sentence of many acts was read to its end for each.
  const stretch = text.slice(from, Math.min(next, from + REACH));
  const lead = stretch.length - stretch.trimStart().length;
  const after = next - from <= REACH ? stretch.slice(lead).replace(/\s+(?:on|in|at|during)\s*$/i, '') : stretch.slice(lead);
  const start = from + lead;
  const link = contextIndex(context).linksStarting(start, start + 4).find(issuedIn(entities));
  const coded = CODED.exec(after);
  if (link) {
    const written = text.slice(start, Math.min(start + after.length, Math.max(link.end, coded ? start + coded[0].length : 0)));
    return { text: written.replace(/[.,;:]$/, ''), end: start + written.length, instrument: link.entity, coded: true };
  }
  if (coded) return { text: coded[0].replace(/[.,;:]$/, ''), end: start + coded[0].length, coded: true };
  // "… how Resolution 57-NQ/TW has been carried out since the Politburo issued it on December 22, 2024": the instrument
  // the sentence named last before the verb.
  if (PRONOUN_OBJECT.test(after)) {
    const named = contextIndex(context).linksEnding(0, from).filter(issuedIn(entities)).at(-1);
    const name = named && entities.get(named.entity)?.name;
    return named && name ? { text: name, end: start + 2, instrument: named.entity, coded: true } : null;
  }
  // "(X, Vice Chairman of …,) signed the plan.": the one of its type the text named before, when the object is its type alone.
  const definite = DEFINITE_OBJECT.exec(after);
  const referent = definite ? context.earlier?.(typeOfNoun(definite[1]!)) : undefined;
  if (referent) return { text: entities.get(referent)?.name ?? definite![0], end: start + definite![0].length, instrument: referent, coded: true };
  if (!DOCUMENT.test(after)) return null;
  const cut = after.slice(0, OBJECT_END.exec(after)?.index ?? after.length).trim();
  return cut ? { text: cut, end: start + cut.length } : null;
}

/**
 * The document before a passive verb ("Resolution No. 5 was adopted"): the last instrument or law mentioned before it in the
 * clause, else a subject that is a document's noun phrase ("Two memoranda of understanding were signed"). Before a reduced
 * relative, the one that heads the phrase the relative follows, its subject after it ("Plan No. 88 on developing the start-up
 * ecosystem to 2030, issued in March").
 */
function objectBefore(context: SentenceContext, at: number, relative = false, tallied = false): Act | null {
  const { text, entities } = context;
  const issued = issuedIn(entities);
  let link = contextIndex(context).linksEnding(at - 40, at).filter(issued).at(-1);
  if (!link) {
    // "Plan No. 88 on developing the start-up ecosystem to 2030, issued in March", "Decree No. 97 on public procurement … is
    // promulgated": the instrument heads the phrase before the verb, its subject after it.
    const phrase = contextIndex(context).linksEnding(at - RELATIVE_REACH, at).filter(issued).at(-1);
    const between = phrase ? text.slice(phrase.end, at) : '';
    // (A tally's document may have its subject set apart by commas: "Resolution No. 88/…, on support for …, received 114 votes".)
    // (Its subject may list things, set apart by commas before an "and": "Plan No. 14 on digital logistics, seaports and e-commerce for
    // 2029–2032, signed on 14 March".)
    const fits = relative ? !/[,;:]/.test(between.replace(/,\s*(?:(?:also|then|later)\s+)?$/, '')) || TOPIC_LIST.test(between)
      : tallied ? /^\s*,\s+(?:on|for|about|regarding)\s+[^,;:]+,\s*$/.test(between) : /^\s+(?:on|for|about|regarding)\s+[^,;:]+$/.test(between);
    if (phrase && fits) link = phrase;
  }
  if (!link && !relative) link = openingSubject(context, at);
  // "(Resolution No. 228/2028/NQ-HĐND approves the Programme …) It was passed with 52 …": the instrument the sentence before is about.
  const it = !link && at <= IT_REACH && IT_OPENS.test(text.slice(0, at)) ? context.earlier?.(ANY_TYPE) : undefined;
  if (it) return { text: entities.get(it)?.name ?? 'It', end: at, instrument: it, coded: true };
  if (!link) {
    // "The dispatch, signed on Tuesday, …", "The decision was signed on May 4": the one of its type the text named before.
    const noun = DEFINITE_DOCUMENT.exec(textBefore(text, at, SUBJECT_REACH))?.[1];
    const referent = noun ? context.earlier?.(typeOfNoun(noun)) : undefined;
    if (referent) return { text: entities.get(referent)?.name ?? noun!, end: at, instrument: referent, coded: true };
  }
  if (!link) {
    // "Grant agreement ARCF/VN/2026-014, signed on 3 November 2026.": a document that opens its sentence, by its head noun and maybe a
    // code no instrument's, acted on in a reduced relative after it.
    const opening = relative ? OPENING_DOCUMENT.exec(text.slice(0, at)) : null;
    const head = opening && !DEFINITE.test(` ${opening[1]!} `) ? DOCUMENT.exec(opening[1]!) : null;
    if (opening && head && head[0].length === opening[1]!.length) return { text: opening[1]! + (opening[2] ?? ''), end: at };
    // "Five memoranda of understanding were signed": a document named by its head noun, as the whole subject; not one told
    // with a definite article ("The plan was approved …", "This Resolution was …"), which refers back to one named before.
    const subject = relative || DEFINITE.test(textBefore(text, at, SUBJECT_REACH)) ? '' : subjectBefore(context, at);
    const named = subject ? DOCUMENT.exec(subject) : null;
    return named && named[0].length === subject.length ? { text: subject, end: at } : null;
  }
  return { text: entities.get(link.entity)?.name ?? text.slice(link.start, link.end), end: at, instrument: link.entity, coded: true };
}

/** A document's subject that lists things before its reduced relative: " on digital logistics, seaports and e-commerce, ". */
const TOPIC_LIST = /^\s+(?:on|for|about|regarding)\s+[^,;:]+(?:,\s+[^,;:]+)*,?\s+and\s+[^,;:]+,\s*$/;

/** A noun phrase opening a sentence before a comma, and a code after it with a digit: "Grant agreement ARCF/VN/2026-014, ". Groups: the phrase, the code. */
const OPENING_DOCUMENT = /^(\p{Lu}[\p{L}\s-]{2,60}?)(\s+[\p{Lu}\d][\p{Lu}\d/.-]*\d[\p{Lu}\d/.-]*)?\s*,\s*$/u;

/** How far before a passive verb the document opening its sentence may start, past what it does ("Resolution 42 approving …"). */
const OPENING_REACH = 240;
/** What a document does, told between it and its verb: " approving the … Programme", ", setting support levels for …,". */
const APPOSED_DEED = /^(?:\s*,)?\s+(?:on|for|about|regarding|\p{Ll}{3,}ing)\s+[^;:]+?,?\s*$/u;

/**
 * The document that opens its sentence as the subject of a passive verb, with what it does between ("Resolution 42/2026/NQ-HĐND
 * approving the City's Science, Technology and Innovation Development Programme … was passed", "Resolution 43, setting support
 * levels for …, was passed"). A name between is read whole: its words are no verb of the clause ("… Programme Is Law …").
 */
function openingSubject(context: SentenceContext, at: number): LocalLink | undefined {
  const { text, entities } = context;
  const first = contextIndex(context).linksEnding(at - OPENING_REACH, at).filter(issuedIn(entities))[0];
  if (!first || !/^\s*(?:[-–•]\s*)?$/.test(text.slice(0, first.start))) return undefined;
  let between = text.slice(first.end, at);
  for (const l of contextIndex(context).linksEnding(first.end, at)) {
    if (l.start >= first.end) between = between.slice(0, l.start - first.end) + 'X'.repeat(l.end - l.start) + between.slice(l.end - first.end);
  }
  return APPOSED_DEED.test(between) && !/\s(?:is|are|was|were|has|have|had)\s/.test(between) ? first : undefined;
}

/**
 * The document a relative pronoun (its clause starting at `pronoun`) stands for: one named right before ", which", or
 * with its issuer or subject after it ("Programme No. 22-CTr/TU of the Provincial Party Committee, which …", "Resolution
 * 210 on special mechanisms, which …").
 */
function whichObject(context: SentenceContext, at: number, pronoun: number): Act | null {
  const { text, entities } = context;
  const link = contextIndex(context).linksEnding(pronoun - RELATIVE_REACH, pronoun).filter(issuedIn(entities)).at(-1);
  if (!link || !/^(?:\s+(?:of|by|on)\s+[^,;:]+)?\s*$/.test(text.slice(link.end, pronoun))) return null;
  return { text: entities.get(link.entity)?.name ?? text.slice(link.start, link.end), end: at, instrument: link.entity, coded: true };
}

/** Whether a day or month is written after an offset before its clause ends (at a comma, a semicolon or the sentence's end). */
function datedInClause(context: SentenceContext, from: number): boolean {
  const time = contextIndex(context).nextTimeStart(from, true);
  return time !== undefined && !/[,;]/.test(context.text.slice(from, time));
}
