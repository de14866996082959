import { GATHERING_NOUN } from '../extract/lexicon/gatherings.ts';
import { MONTH_NAMES, WEEKDAYS } from '../time/words.ts';
import { textBefore } from '../reach.ts';
import { contextIndex } from './context-index.ts';
import type { SentenceContext } from './sentence-context.ts';
import { firstWords, subjectAndAction } from './event-title.ts';
import { sharedSubject, subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';
import { LEADING_ARTICLE } from '../extract/name-grammar.ts';

/** A character of an object: not a clause's punctuation, but the point of "No." before a number ("Data Center No. 3"). */
// (Nor the point of a version's number: "HVC SME Suite 3.0".)
const PART = String.raw`(?:[^,;.]|(?<=\bNos?)\.(?=\s*\d)|(?<=\d)\.(?=\d))`;

/** A character of an object, or a comma inside a name ("the National Science, Technology and Innovation Data Platform"). */
/** A capitalised word: a comma after one may be inside a name, one after a common noun ends the object. */
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}\p{M}\d]*`;
// (After a capitalised word: "… to launch the programme, Minister X said …" ends the object at its comma.)
const NAMED = String.raw`(?:${PART}|(?<=${CAPITAL_WORD}),\s+(?=\p{Lu}))`;

/**
 * Something put to work: "put a shared data platform into operation", "brought the portal into use",
 * "launched the e-health app", "inaugurated Data Center No. 3", "a conference to launch the programme";
 * awards presented or handed ("presented certificates of merit to 14 collectives", "handed investment certificates to …"). Groups: auxiliary; verb and object
 * of "put … into"; its end; verb and object of "launched …".
 */
const LAUNCH = new RegExp(String.raw`\b((?:has|have|had)\s+)?(?:(put|brought|placed)\s+((?:the|a|an|its`
  + String.raw`|their)\s+[^,;.]{2,80}?)\s+into\s+(operation|use|service)|(launched|inaugurated|commissioned|unveiled|rolled\s+out|switched\s+on|opened`
  + String.raw`|presented|awarded|handed(?:\s+over)?|to\s+launch)\s+((?:the|a|an|its|their|our)\s+${NAMED}+?|["“]?\p{Lu}${NAMED}+?`
  // "version 3.0 of the VNeID app", "phase two of the data centre": a numbered part of something.
  + String.raw`|\p{Ll}[\p{L}-]*\s+(?:\d+(?:\.\d+)*|one|two|three|four|five)\s+of\s+${NAMED}+?`
  + String.raw`|(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*s\b${PART}*?)(?=\s*(?:,(?!\s+\p{Lu})|(?<!${CAPITAL_WORD}),|;|\.(?!\s*\d)|$|\s+(?:on|in|at|which`
  + String.raw`|where|that|to|with|for)\b)))`, 'gu');
/** A name, quoted or capitalised, and its launch in a reduced relative with its time after: "“X”, launched in June last year". */
const LAUNCHED_NAME = /["“]?(\p{Lu}[\p{L}\p{M}\d’'-]*(?:\s+\p{Lu}[\p{L}\p{M}\d’'-]*){0,5})["”]?,\s+(launched|inaugurated|opened)(?=\s+(?:in|on|last)\s)/gu;
/** A launch in the passive: "was inaugurated", "were put into operation", "has been commissioned". Groups: auxiliary, verb. */
const PASSIVE_LAUNCH = new RegExp(String.raw`\b(?:(was|were|has\s+been|have\s+been|had\s+been)\s+(?:officially\s+|formally\s+)?(launched`
  + String.raw`|inaugurated|commissioned|unveiled|switched\s+on|put\s+into\s+(?:operation|use|service|orbit))`
  // "VNREDSat-1 went into orbit in 2013", "the line went into operation", "the portal went live": the same, told of the thing itself.
  + String.raw`|()(went\s+(?:into\s+(?:operation|service|orbit)|live|online)|broke\s+ground(?!\s+(?:on|for)\b)))\b`, 'g');
/** A name, then the relative clause a launch is told in: "(the) Cao Bang Science and Technology Park, which (broke ground …)". Group: the name. */
// (Or a name in quotes and the noun of what it names: "its “Tây Ninh Smart Border” platform, which (was formally launched …)".)
const RELATIVE_OF_NAME = new RegExp(String.raw`((?:\p{Lu}[\p{L}\p{M}\d’'-]*\s+(?:(?:and|of|for)\s+)?){0,7}\p{Lu}[\p{L}\p{M}\d’'-]*`
  + String.raw`|["“][^"“”]{2,60}["”](?:\s+\p{Ll}[\p{L}-]*)?),\s+which\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?)?$`, 'u');
/** A thing named by its noun with an article, then the relative clause: "(a) cleanroom at its Hòa Lạc campus, which (was put …)". */
const RELATIVE_OF_NOUN = new RegExp(String.raw`(?:^|\s)(?:an?|the|its|their|our)\s+(\p{Ll}[\p{L}\p{M}\d’'-]*(?:\s+[\p{L}\p{M}\d’'-]+){0,6}),\s+which\s+`
  + String.raw`(?:(?:was|were|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?)?$`, 'u');
/**
 * A thing told with its being held, in a reduced relative clause, its time right after: "The first 5G auction, held in November 2025,
 * …", "the Government's regular meeting for May, held on Wednesday, …" (not "…, held in Hanoi on December 15", whose gathering
 * meetings.ts reads). Groups: it, verb.
 */
const HELD_IN = new RegExp(String.raw`(?:^|\b(?:[Tt]he|[Ll]ast\s+year[’']s|[Tt]his\s+year[’']s|[Ii]ts|[Tt]heir)\s+)((?:[\p{L}\d’'-]+\s+){0,4}[\p{L}\d-]+),`
  + String.raw`\s+(held|organi[sz]ed|hosted)(?=\s+(?:(?:in|on)\s+(?:the\s+)?(?:\d|(?:${MONTH_NAMES.join('|')}|${WEEKDAYS.join('|')})\b)`
  + String.raw`|last\s+(?:year|month)\b))`, 'gu');
/** A gathering's noun in the words a "held in" tells of. */
const GATHERING_NOUN_WORD = new RegExp(String.raw`\b${GATHERING_NOUN}\b`, 'i');
/** A gathering named before other words and the comma of "…, held in …": "its first Party congress under the new boundaries, ". Group: it. */
const GATHERING_BEFORE = new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\p{L}\d’'-]+\s+){0,3}?${GATHERING_NOUN}\b[^,;()]{0,60}),\s+$`, 'iu');
/** A draw or a ballot held on a day: "(an) electronic draw held (on 16/10/2030)". Groups: it, verb. */
const DRAW_HELD = new RegExp(String.raw`\b(?:an?|the|its|their)\s+((?:[\p{L}-]+\s+){0,2}(?:draw|lottery|ballot|raffle))\s+(held)(?=\s+on\s+\d)`, 'gu');
/** A dateline or outlet's mark before a dash that opens the sentence: "SciTech Vietnam – (HaLong-1 …)". */
const DATELINE = /^[^,;]{0,60}?\s[–—-]\s+/;
/** A name in apposition to a thing described: "Vietnam's first satellite, the telecommunications satellite VINASAT-1, (was …)". */
const APPOSED_NAME = /,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}(\p{Lu}[\p{L}\p{M}\d’'-]*(?:\s+\p{Lu}[\p{L}\p{M}\d’'-]*){0,3}),\s*$/u;
/** What is presented at a ceremony as an event: awards. */
const AWARD = /\b(?:certificates?|awards?|prizes?|medals?|orders?|insignia|flags?|badges?|titles?)\b/i;
/** A gathering, or the button pressed at one, earlier in the clause of "to launch" ("held a ceremony to sign agreements and to launch …"). */
const GATHERED = /\b(?:conference|ceremony|meeting|event|forum|launch|pressed\s+the\s+button)\b[^.;]{0,160}?\s$/i;
/** A modal or an infinitive right before a verb: what follows is still to come ("would put", "will launch", "to inaugurate"). */
// (In the passive too: "biometric boarding would be rolled out at six more airports this year".)
const MODAL = /\b(?:would|will|shall|could|can|may|might|must|to)\s+(?:\p{Ll}+ly\s+)?(?:be\s+|have\s+been\s+)?$/u;
/** The object of presenting up to the award it names, within its clause, or undefined. */
function awardIn(clause: string): string | undefined {
  const stretch = clause.slice(0, /[,;.]/.exec(clause)?.index ?? clause.length);
  const award = AWARD.exec(stretch);
  return award ? stretch.slice(0, award.index + award[0].length) : undefined;
}

/** A gathering's name: what a gathering opened ("opened the 10th Conference", "opened the National Forum …"). */
const GATHERING_NAME = new RegExp(String.raw`\b(?:${GATHERING_NOUN}|week|days?)\b`, 'i');

/** Longest object kept in a title, in words. */
const OBJECT_WORDS = 12;

/**
 * Things a sentence reports put into operation or launched, as events of kind `other`. A perfect ("had put …
 * into operation in April") is dated by its own sentence only, never by the occasion.
 */
export function readLaunches(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  let previous = '';
  for (const m of context.text.matchAll(LAUNCH)) {
    const [, aux, putVerb, putObject, into, launchVerb, launchObject] = m;
    const verbAt = m.index + (aux?.length ?? 0);
    // "held a conference to launch the programme": a launch is the purpose of a gathering, not any infinitive ("plans to launch").
    // (Read within REACH before the verb: a gathering's purpose is in its clause.)
    const before = textBefore(context.text, m.index);
    const gathered = launchVerb?.startsWith('to') ? GATHERED.exec(before) : null;
    const purpose = gathered && { index: m.index - before.length + gathered.index };
    if (launchVerb?.startsWith('to') && !purpose) continue;
    // "… would put its second phase into operation in October": still to come.
    if (!purpose && MODAL.test(before)) continue;
    // A body launched or inaugurated is a body formed, which `establishments.ts` reads.
    const objectAt = m.index + m[0].length - (launchObject?.length ?? 0);
    const bodies = contextIndex(context).linksStarting(objectAt - 4, m.index + m[0].length - 1);
    // (A centre "opened" is a place put to work: read here. So is a hub "unveiled": "unveiled the Khanh Hoa Innovation Hub, a … space".)
    const bodyLaunched = bodies.some((l) => context.entities.get(l.entity)?.type === 'organization');
    if (launchVerb && !/^(?:switched|opened|unveiled)/.test(launchVerb) && bodyLaunched) continue;
    // "opened the Tuyên Quang Innovation and Startup Centre" is a launch; "opened the conference" a gathering (meetings.ts).
    // (A name after an owner's possessive is a name: "opened the province's Public Administration Centre".)
    if (launchVerb === 'opened' && (!/^(?:(?:the|a|an|its|their|our)\s+)?(?:[\p{L}-]+[’']s\s+)?\p{Lu}/u.test(launchObject!)
      || GATHERING_NAME.test(launchObject!))) continue;
    // Presenting is an event only for awards ("presented certificates of merit"), not for a report or a draft; the award
    // may be named after a name with "in" ("presented the "Make in Viet Nam" product awards").
    const presented = launchVerb !== undefined && /^(?:presented|awarded|handed)/.test(launchVerb);
    const award = presented && !AWARD.test(launchObject!) ? awardIn(context.text.slice(objectAt)) : launchObject;
    if (presented && !award) continue;
    // "X launched the portal, which publishes …, and presented …": a verb joined by "and" shares the subject of the one before.
    const joined = /\band\s+$/.test(before);
    const who = purpose ? '' : (joined && (previous || sharedSubject(context, m.index))) || subjectBefore(context, m.index);
    previous = who || previous;
    const object = firstWords((putObject ?? award)!, OBJECT_WORDS);
    const action = putVerb ? `put ${object} into ${into}` : purpose ? `launch of ${object}` : `${launchVerb!.replace(/\s+/g, ' ')} ${object}`;
    out.push({
      // A launch that is a gathering's purpose is where the gathering is, and takes its day.
      subject: who || undefined,
      kind: 'other', at: purpose ? purpose.index : verbAt, end: m.index + m[0].length, quality: 2, inherits: !aux, near: purpose !== null,
      // (Its only purpose, not one of two: "held a ceremony to sign agreements and to launch the platform" reports both; nor a button
      // pressed at a gathering told before: "At the conference, the Prime Minister pressed the button to launch the portal".)
      ceremonial: !presented, ...(purpose && !/\bto\s+\p{Ll}|,|\bpressed\b/u.test(before.slice(gathered!.index))
        && !/^[^,;.]*?\band\s+to\s+\p{Ll}/u.test(context.text.slice(m.index + m[0].length)) ? { purpose: `launch ${object}` } : {}),
      title: who ? subjectAndAction(who, action) : action,
    });
  }
  // "… builds on "Digital Literacy Summer", launched in June last year, …": a name and its launch in a reduced relative, dated there.
  for (const m of context.text.matchAll(LAUNCHED_NAME)) {
    if (out.some((o) => o.at <= m.index && m.index < o.end)) continue;
    const at = m.index + m[0].length - m[2]!.length;
    out.push({ subject: undefined, kind: 'other', at, end: at + m[2]!.length, quality: 2, inherits: false, title: `${m[1]!} ${m[2]!}` });
  }
  // "Last year's edition, held in September 2025, drew 520 exhibitors": the thing held, dated there.
  for (const m of /,\s+(?:held|organi[sz]ed|hosted)\s/.test(context.text) ? context.text.matchAll(HELD_IN) : []) {
    const at = m.index + m[0].length - m[2]!.length;
    if (out.some((o) => o.at <= at && at < o.end)) continue;
    // "its first Party congress under the new boundaries, held in October 2025": the gathering before the words the comma ends.
    const gathering = GATHERING_NOUN_WORD.test(m[1]!) ? null : GATHERING_BEFORE.exec(textBefore(context.text, m.index + m[0].length - m[2]!.length, 90));
    const what = gathering ? `${gathering[1]!}`.replace(/,\s*$/, '') : m[1]!;
    out.push({ subject: undefined, kind: gathering ? 'meeting' : 'other', at, end: at + m[2]!.length, quality: 2, inherits: false, title: `${what} ${m[2]!}` });
  }
  // "allocated by an electronic draw held on 16/10/2030": a draw or a ballot held on a day, with no comma before "held".
  for (const m of /\s(?:draw|lottery|ballot|raffle)\s+held\s/.test(context.text) ? context.text.matchAll(DRAW_HELD) : []) {
    const at = m.index + m[0].length - m[2]!.length;
    if (out.some((o) => o.at <= at && at < o.end)) continue;
    out.push({ subject: undefined, kind: 'other', at, end: at + m[2]!.length, quality: 2, inherits: false, title: `${m[1]!} ${m[2]!}` });
  }
  // "A chip packaging factory of X was inaugurated at the park on Monday": the thing launched is the subject.
  for (const m of context.text.matchAll(PASSIVE_LAUNCH)) {
    if (out.some((o) => o.at <= m.index && m.index < o.end)) continue;
    // A long subject with an apposition ("A chip factory of X, a subsidiary of Y, was inaugurated") is named by its head.
    // So is one with a participle's apposition ("The satellite Y, built by engineers of X, was launched").
    // A thing described, then named in apposition, is named by its name ("Vietnam's first satellite, the … satellite VINASAT-1, was …").
    // "… the Cao Bang Science and Technology Park, which broke ground in April 2025, …": the name a relative clause is said of.
    // "… spent VND310 billion on a cleanroom at its campus, which was put into operation …": a thing named by its noun.
    const apposed = APPOSED_NAME.exec(textBefore(context.text, m.index))?.[1] ?? RELATIVE_OF_NAME.exec(textBefore(context.text, m.index))?.[1]
      ?? RELATIVE_OF_NOUN.exec(textBefore(context.text, m.index))?.[1];
    // "…, and VNSC's own MicroDragon was launched from Japan in 2019": the subject of the clause after ", and".
    const coordinated = /,\s+and\s+(?:the\s+)?([^,;]+?)\s*$/.exec(textBefore(context.text, m.index))?.[1];
    const said = apposed ?? coordinated ?? (subjectBefore(context, m.index) || context.text.slice(0, m.index).split(',')[0]!.replace(DATELINE, '')
      .replace(LEADING_ARTICLE, '').trim())
      .replace(/,\s+\p{Ll}.*$/u, '');
    // "The Thanh Hoa e-Government Platform was approved … It went live in October 2020": what "It" is, named before.
    const what = said === 'It' ? context.personBefore?.('It') : said;
    if (!what || said.length > m.index) continue;
    const aux = m[1] ?? m[3]!;
    const verb = (m[2] ?? m[4]!).replace(/\s+/g, ' ');
    out.push({
      subject: undefined, kind: 'other', at: m.index, end: m.index + m[0].length, quality: 2, inherits: !aux.startsWith('ha'),
      title: `${firstWords(what, OBJECT_WORDS)} ${verb}`,
    });
  }
  return out;
}
