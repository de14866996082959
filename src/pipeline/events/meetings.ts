import { GATHERING_NOUN, PEOPLE_MET, PEOPLE_MET_NAMED } from '../extract/lexicon/gatherings.ts';
import { capitalRun, complement, LEADING_ARTICLE } from '../extract/name-grammar.ts';
import { firstWords, heldObject, metObject, subjectAndAction } from './event-title.ts';
import type { SentenceContext } from './sentence-context.ts';
import { sharedSubject, subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';
import { DAYTIME, WEEKDAYS } from '../time/words.ts';

/**
 * A gathering that opens or closes, as the subject ("The Digital Forum 2025 kicked off in …", "The 1st Congress of the X Party
 * Committee for the 2025-2030 term closed on Sunday", "The exhibition "Digital Heritage" opened at the museum …"): the verb.
 */
const GATHERED = new RegExp(
  `\\b${GATHERING_NOUN}(?:\\s+(?:19|20)\\d{2})?(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;.]{0,100}?|\\s+["“][^"“”]{2,100}["”])?`
    + `\\s+(opened|kicked\\s+off|took\\s+place|began|got\\s+under\\s*way|closed|wrapped\\s+up|concluded)\\b`,
  'iu',
);
const HELD = /\b(?:held|hosted|convened|organi[sz]ed)\s+(?:a|an|the|its|their)\s+/;
/** A gathering's noun in what was held. */
const HELD_GATHERING = new RegExp(String.raw`\b${GATHERING_NOUN}\b`, 'iu');
/** Things a system, a port or a firm holds, no gathering: "held the cargo of 140 flights", "held 40 percent of the shares". */
const HELD_THINGS = /\b(?:cargo|goods|containers?|shares?|stakes?|records?|data|deposits?|stocks?|reserves?|water|passengers|vehicles|trucks|flights)\b/i;
const POSSESSIVE = /\b(?:its|their)\s+$/;
const PASSIVE = /\b(?:was|were)\s+(?:held|convened|organi[sz]ed|opened|(?:co-)?chaired\s+by|presided\s+over\s+by)\b/;
/**
 * People meeting: "met (with) …", "worked with …", "held talks with …", "had a working session with …", "paid a courtesy call on …".
 * Groups: the verb, "with", "on" or "to".
 */
/** A delegation as a verb's object, right after it: " a delegation of …", " the Korean delegation". As a regular expression source. */
export const DELEGATION_AFTER = String.raw`\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}delegations?\b`;
// (Not what was met, a goal's: "two of three 2030 goals met".)
const MET = new RegExp(String.raw`\b((?<!\b(?:goals?|targets?|aims?|deadlines?|requirements?|conditions?|criteria|standards?|quotas?|expectations?)\s+)met`
  + String.raw`|worked(?=\s+with\b)|(?:held|had)\s+(?:official\s+)?talks(?=\s+(?:[^,;.]{0,60}?\s)?with\b)`
  + String.raw`|had\s+(?:a\s+)?working\s+sessions?(?=\s+(?:[^,;.]{0,60}?\s)?with\b)`
  // (Or led a delegation to work with a body: "Minister X led a ministry delegation to work with the Cà Mau Provincial People's Committee".)
  + String.raw`|led\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegation\s+to\s+work(?=\s+with\b)`
  // (Or received a delegation: "Chairman X received a delegation of Daejeon Technopark (Korea)".)
  + String.raw`|received(?=${DELEGATION_AFTER})`
  + String.raw`|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)`
  + String.raw`(?=\s+(?:on|to)\b))\s+(with\s+|(?<=(?:call|visit)\s+)(?:on|to)\s+)?`);
// (Or a body's possessive before it: "attended the Ministry of Science and Technology's national online conference".)
const CHAIRED = new RegExp(
  `\\b(?:chaired|presided over|opened|closed|addressed|attended)\\s+(?:a|an|the|its)\\s+(?=(?:[\\p{L}\\p{N}’'–-]+\\s+){0,3}?${GATHERING_NOUN}\\b`
    + `|(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|and|for)\\s+)?){1,6}?\\p{Lu}[\\p{L}-]*[’']s\\s+(?:[\\p{L}-]+\\s+){0,3}?${GATHERING_NOUN}\\b)`,
  'u',
);
/** "At" or "During" before a gathering: the occasion a sentence's report frames ("At the regular press conference …, X said …"). */
const OCCASION_FRAME = /\b(?:At|at|During|during|[Cc]ontinuing|[Rr]esuming|[Oo]pening|[Cc]losing|[Ww]rapping\s+up)\s+$/;
// (Or a day's, which dates it: "at Wednesday's session", "yesterday's meeting".)
/** A day's possessive before a gathering's noun: "Wednesday's", "yesterday's". As a regular expression source, no group. */
const DAY_POSSESSIVE = String.raw`(?:${WEEKDAYS.join('|')}|yesterday)[’']s`;
const DAY_BEFORE = new RegExp(`^${DAY_POSSESSIVE}\\s+`, 'i');
/** A word before a gathering's noun: no article or preposition. */
// (Or a word in brackets: "the 20th (thematic) session".)
const GATHERING_WORD = String.raw`(?:\([\p{L}-]+\)|(?!(?:a|an|the|at|of|in|on|to|for|with|by)\s)[\p{L}\p{N}’'–-]+)`;
// (Up to six words before the noun, as a long name has: "the Mekong Fintech and Digital Payments Forum".)
// (Or a body's possessive and up to two words more: "the provincial People's Committee's regular July meeting".)
// (Or the page's own body's, in the first person: "At our customer conference …".)
const GATHERING = new RegExp(String.raw`\b(?:a|an|the|its|their|our|${DAY_POSSESSIVE})\s+((?:${GATHERING_WORD}\s+){0,6}?${GATHERING_NOUN}`
  + String.raw`|(?:${GATHERING_WORD}\s+){0,2}${GATHERING_WORD}[’']s\s+(?:${GATHERING_WORD}\s+){0,2}?${GATHERING_NOUN})\b`, 'iu');
/**
 * The body a sentence opens with, by its head noun, when appositions stand between it and its verb: "A working delegation of the
 * Central Steering Committee on …, led by X, Deputy Head of …, (worked with …)" → "working delegation".
 */
function leadingBody(before: string): string {
  const m = LEADING_BODY.exec(before);
  return m ? m[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '';
}

/** Bodies that hold gatherings, by their head noun. */
const BODY_NOUN = '(?:committee|council|board|assembly|government|ministry|department|union|association|commission|delegation|cabinet|party|agency'
  + '|group|team|task force)';
/** The gathering people met for, before the sentence's next clause: "… for a regional conference on data sharing(, co-organised …)". */
const MET_FOR = new RegExp(String.raw`^[^,;.]{0,60}?\bfor\s+(?:a|an|the|its|their)\s+((?:[\p{L}\p{N}’'–-]+\s+){0,3}?${GATHERING_NOUN}\b`
  + String.raw`(?:\s+(?:on|of|about)\s+(?:No\.\s*|[^,;.]){1,80}?)?)(?=\s*(?:[,;.]|$))`, 'u');
/** A name that ends with a body's noun ("District Steering Committee", "Politburo"). */
const BODY_END = new RegExp(String.raw`\b(?:${BODY_NOUN}|Politburo|Secretariat)$`, 'iu');
/** A sentence's opening body (see leadingBody), past an outlet's tag ("LAM HONG – "). Group: its words. */
// (Or past the day and the place that open it: "On Wednesday (18/3), in Điện Biên Phủ ward, a delegation of … led by X, …, held talks with".)
const OPENING_PHRASE = String.raw`(?:(?:[Oo]n|[Ii]n|[Aa]t|Last|Yesterday|Earlier|Today|This|That)\b[^,;.]{0,50},\s+)`;
const LEADING_BODY = new RegExp(String.raw`^(?:[\p{Lu}\s]{2,30}[–—-]\s+)?${OPENING_PHRASE}{0,2}(?:[Aa]n?|[Tt]he)\s+`
  + String.raw`((?:[\p{Ll}-]+\s+){0,3}${BODY_NOUN})\b[^;.]*$`, 'u');
/** The body a gathering is of, right after its noun: "the meeting of the Government Steering Committee for Science, Technology …". */
/** The people "met" names right after it: by name, counted, or by their role and where they are from ("voters of X commune"). */
// (Or by their role alone, with up to two words of where they are from: "met village heads and commune officials in X commune".)
const MET_WHOM = new RegExp(String.raw`^\s*(?:\p{Lu}|\d[\d,]*\s+\p{Ll}|${PEOPLE_MET}\s+(?:of|from|in)\s`
  + String.raw`|${PEOPLE_MET_NAMED}(?=\s+(?:and|in|of|from|on)\s|\s*[,;.]|$))`, 'u');
// (Or a city's or a province's, and its field in lower case: "the meeting of the city's Steering Committee on science, technology,
// innovation and digital transformation (on Friday)".)
const OF_BODY = new RegExp(String.raw`^(?:${complement(capitalRun(), 'of')}|\s+of\s+the\s+(?:[\p{Ll}-]+\s+){0,3}${BODY_NOUN}\b`
  // (Its words may be in lower case: "a meeting of the city's steering committee on science, technology and innovation".)
  + String.raw`|\s+of\s+the\s+\p{Ll}+[’']s\s+(?:\p{Lu}[\p{L}\p{M}-]*\s+|[\p{Ll}-]+\s+){0,4}?(?i:${BODY_NOUN})\b)`
  // (Its subject's list ends before a clause after a comma: "…, chaired by X", "…, which …".)
  + String.raw`(?:\s+(?:on|for)\s+\p{Ll}[\p{L}-]*(?:(?:,\s+(?!(?:\p{Ll}+ed|by|which|who|that|where)\b)|\s+)(?:and\s+)?\p{Ll}[\p{L}-]*){0,8})?`, 'u');

/** A gathering's subject and the relative clause of who held it: " on digital transformation that the Prime Minister chaired", " held by X". */
const HELD_AFTER = new RegExp(String.raw`^(?:(\s+(?:on|for|about)\s+[^,;.]{1,60}?)?\s+(?:that|which)\s+[^,;.]{1,60}?\s+(?:chaired|held|hosted|opened`
  // "an auction held by the Authority of … (in Hà Nội on Wednesday)": who held it, in a reduced relative clause.
  + String.raw`|organi[sz]ed|convened)\b|(\s+(?:held|organi[sz]ed|convened)\s+by\s+[^,;.]{1,80}?)(?=\s+(?:in|on|at)\s|[,;.]|$))`, 'u');
/** How far after a gathering's noun HELD_AFTER is read. */
const HELD_REACH = 160;
/** What stands between a gathering and its own day: "on", after a place ("… annual general meeting in Hanoi on Saturday"). */
// (Past its subject in lower case and "held": "the Government meeting on manufacturing technology held on 14 July 2031".)
const DAY_AFTER = /^(?:\s+(?:on|about|for)(?:\s+[\p{Ll}-]+){1,6}?\s+held)?(?:\s+in\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})?\s+on\s+$/u;

/**
 * What a gathering named only by its noun ("a meeting", "a ceremony") is told with right after it, past its day: where it was
 * ("at the fund's office", "in Hà Nội"), who chaired or held it ("chaired by X"), what it was for ("to review …", "reviewing …").
 */
// (Or whom it was with, in lower case: "a meeting with tour firms (on Friday)".)
const TAIL = new RegExp(String.raw`^\s+(?:(?:in|at)\s+(?:the\s+|\p{Lu})|with\s+(?:\d[\d,]*\s+)?\p{Ll}|(?:co-)?chaired\s+by\s|hosted\s+by\s|organi[sz]ed\s+by\s`
  + String.raw`|presided\s+over\s+by\s|to\s+\p{Ll}+\s|\p{Ll}{3,}ing\s)`, 'u');
/**
 * Where such a tail ends: a comma before a capital or a determiner (a list of lower-case words goes on: "reviewing nine months of
 * science, technology, innovation …"), a relative or another finite clause, the sentence's end.
 */
const TAIL_ENDS = new RegExp(String.raw`\s*,(?!\s+(?!(?:the|a|an|its|their|his|her|this|these|those|it|he|she|they|we)\b)\p{Ll})|\s*[;:!?]`
  + String.raw`|\.(?=\s|$)|\s+(?:that|which|where|who|when|while|and\s+(?:the|a|an|its|their)\s)\b|$`, 'gu');
/** A gathering named by nothing but its noun and at most one modifier ("a meeting", "a press briefing", "a national conference"). */
const BARE = /^(?:[\p{Ll}-]+\s+)?\p{Ll}+$/u;
/**
 * What was done at a gathering, told in the passive before it: "a report presented (on Monday) at", "(according to) results announced
 * by X at". Groups: the thing, the participle, the agent.
 */
const DONE_AT = new RegExp(String.raw`\b(?:[Aa]|[Aa]n|[Tt]he|to|of|from|with)\s+((?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}-]+)\s+(?:(?:was|were)\s+)?`
  + String.raw`(announced|presented|released|unveiled|introduced|published|handed\s+over)((?:\s+by\s+(?:the\s+)?\p{Lu}[^,;.]{0,80}?)?)\s+at\s+$`, 'u');
/** How far before a gathering what was done at it is read. */
const REACH_BACK = 160;
/** The same, after a subject set off by its apposition: "The conclusion, signed by X, was announced at". */
const DONE_AT_SUBJECT = /\b(?:was|were)\s+(announced|presented|released|unveiled|introduced|published|handed\s+over)\s+at\s+$/;

/**
 * The body before "its meeting" in its sentence: the last one named by its head noun, with up to four words before it, after "the"
 * ("presented to the provincial steering committee on science, … at its meeting"). Group: the body, without "the".
 */
const OWNER_BEFORE = new RegExp(String.raw`\b[Tt]he\s+((?:(?!(?:the|a|an|at|of|in|on|to|for|with|by)\s)[\p{L}\p{M}’'-]+\s+){0,4}${BODY_NOUN})\b`
  + String.raw`(?![\s\S]*\b[Tt]he\s+(?:[\p{L}\p{M}’'-]+\s+){0,4}${BODY_NOUN}\b)`, 'iu');

/** What a gathering did as a body, right after its name: "(the 20th session of the … Council) passed two resolutions". */
const ACTED = /^\s+(?:unanimously\s+)?(?:passed|adopted|approved|ratified|endorsed|elected|voted)\b/;
/** A participle that carries a gathering on: "continuing its session, the Committee …" tells that the session sat that day. */
const CARRIED_ON = /\b(?:[Cc]ontinuing|[Rr]esuming|[Oo]pening|[Cc]losing|[Ww]rapping\s+up)\s+$/;

/**
 * The gathering a sentence reports, if any: one a body held, hosted or opened ("held its first
 * meeting" → "First meeting of <body>"), one chaired or addressed, one that "was held", people met,
 * or else a named conference or meeting (dated only by a day written beside it).
 */
export function readMeeting(context: SentenceContext): Happening | undefined {
  const { text } = context;
  const headed = headedGathering(context);
  if (headed) return headed;
  const heldAny = HELD.exec(text);
  // (Not what a thing held, no gathering: "the cargo community system stopped for six hours and held the cargo of 140 flights".)
  const heldObjectText = heldAny ? heldObject(beforeTime(context, heldAny.index + heldAny[0].length)) : '';
  const held = heldAny && (HELD_GATHERING.test(heldObjectText) || !HELD_THINGS.test(heldObjectText)) ? heldAny : null;
  if (held) {
    const object = heldObjectText;
    const subject = subjectBefore(context, held.index);
    // "MUST held a conference in Cần Thơ to review …": a gathering named by its noun alone is told with who held it, where and why.
    // A subject read from after a comma in a lower-case list ("… on science, technology and …") is a piece of one, not a name.
    const piece = /^\p{Ll}/u.test(subject) && /,\s*$/.test(context.text.slice(0, context.text.lastIndexOf(subject, held.index)));
    if (subject && !piece && !POSSESSIVE.test(held[0]) && BARE.test(object)) {
      const verb = held[0].trim();
      return meeting(held.index, subjectAndAction(subject, `${verb} ${object}${tailOf(context, held.index + held[0].length + object.length)}`));
    }
    return meeting(held.index, POSSESSIVE.test(held[0]) && subject ? `${object} of ${subject}` : object);
  }
  const chaired = CHAIRED.exec(text);
  if (chaired) {
    const object = heldObject(beforeTime(context, chaired.index + chaired[0].length));
    // "… and attended the ceremony as a guest": the gathering the text reports, dated only by a day written beside it.
    const occasion = /^(?:attended|addressed)\s+the\s/.test(chaired[0]) && BARE.test(object.split(/\s+/)[0]!);
    // (Its name ends where the object does: a day after its place is beside it, "attended the awards ceremony at the … forecourt on
    // Saturday evening".)
    return occasion ? { ...meeting(chaired.index, object), end: chaired.index + chaired[0].length + object.length, quality: 0, near: true, attended: true }
      : meeting(chaired.index, object);
  }
  const passive = PASSIVE.exec(text);
  // "The session, part of the Council's mid-year meeting, was chaired by …": an apposition closed before the verb is not the name.
  // "…, which was chaired by X": a relative clause names no gathering of its own; the gathering before it is read below.
  const passiveSubject = passive && subjectBefore(context, passive.index).replace(/^([^,]+),.*,$/s, '$1');
  if (passive && passiveSubject) return meeting(passive.index, passiveSubject);
  // "A training session for 420 health workers and … on the booking app and the immunisation system was held …": a gathering by its
  // noun that opens the sentence, too long a subject to read whole, is named by its first words.
  const opening = passive ? OPENING_GATHERING.exec(text.slice(0, passive.index)) : null;
  if (opening) return meeting(passive!.index, firstWords(opening[1]!, OPENING_GATHERING_WORDS).replace(DANGLING, ''));
  const met = MET.exec(text);
  // "The delegation visited X and met Professor Y": "met" joined by "and" shares the subject of the verb before it.
  const joined = met && /\band\s+$/.test(text.slice(Math.max(0, met.index - 5), met.index)) ? sharedSubject(context, met.index) : '';
  // "The provincial Steering Committee for …, set up under Decision No. 77, met on October 9": the name before its apposition.
  const metBy = met && (joined || subjectBefore(context, met.index)
    || (met[2] ? leadingBody(text.slice(0, met.index)) : namedBefore(text.slice(0, met.index))));
  if (met && metBy) {
    // "held talks in Hanoi on February 9 with X": the people met after a place and a day.
    const withAfter = !met[2] && /^held/.test(met[1]!) ? /^[^,;.]{0,60}?\swith\s+/.exec(text.slice(met.index + met[0].length)) : null;
    // "met Professor Helen McAlister, …": the people met right after "met", named with a capital.
    // "met 40 universities", "met representatives of 30 firms", "met voters of Đồng Đăng commune": people met counted or named by their
    // role, in lower case.
    const named = met[1] === 'received' || !met[2] && met[1] === 'met' && MET_WHOM.test(text.slice(met.index + met[0].length));
    // The people met, up to a time after them ("worked with the provincial People's Committee on Tuesday").
    const whom = met[2] || withAfter || named ? metObject(beforeTime(context, met.index + met[0].length + (withAfter?.[0].length ?? 0))) : '';
    // "Leaders of five provinces met in Vinh on Friday for a regional conference on …": the gathering they met for names it.
    const purpose = whom ? null : MET_FOR.exec(text.slice(met.index + met[0].length));
    if (purpose) {
      const title = purpose[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      return { kind: 'meeting', at: met.index, end: met.index + met[0].length, title, quality: 2, inherits: false };
    }
    // A body named with its head noun ("the District Steering Committee met …") holds a meeting; so does one told by its kind, which
    // met people named by their role in lower case ("the company met village heads and commune officials …").
    const kind = met[1] === 'met' && byKind(text.slice(0, met.index), metBy);
    // (Or people and things counted: "the sub-department met 60 cooperatives and 14 packing houses".)
    const roles = Boolean(whom) && (ROLES_MET.test(whom) || /^\d/.test(whom));
    const body = met[1] === 'met' && (BODY_END.test(metBy) || (kind && roles));
    const bodyName = kind ? metBy.toLowerCase() : metBy.replace(/^the\s+/i, '');
    return {
      kind: 'meeting', at: met.index, end: met.index + met[0].length,
      // A body that met with no one named is its meeting ("the District Steering Committee met to review …").
      // ("led a ministry delegation to work with X": the delegation's working session with X.)
      title: whom && /^led\s/.test(met[1]!) ? `${metBy} led a delegation to a working session with ${whom}`
        : whom && body && roles ? `Meeting of the ${bodyName} with ${whom}`
        : whom ? `${metBy} ${met[1]}${named ? '' : ` ${(met[2] ?? 'with').trim()}`} ${whom}`
        : body ? `Meeting of the ${bodyName}` : `${metBy} ${met[1]}`,
      quality: 2, inherits: false,
    };
  }
  const gathered = GATHERED.exec(text);
  const verbAt = gathered ? gathered.index + gathered[0].length - gathered[1]!.length : 0;
  // (A name in quotes is the gathering's whole, a dash in it no clause's: "The exhibition "Digital Cao Bằng – Heritage …" opened".)
  const named = gathered && (/["“]/.test(gathered[0]) ? text.slice(gathered.index, verbAt).trim() : subjectBefore(context, verbAt));
  // (One that opens is opened at a ceremony, by which a later sentence names it: "Attending the ceremony as a guest, …".)
  if (gathered && named) return { ...meeting(gathered.index, named), ceremonial: /^(?:opened|kicked)/i.test(gathered[1]!) };
  const gathering = gatheringOf(context);
  if (gathering) {
    const before = text.slice(0, gathering.index);
    const frame = OCCASION_FRAME.test(before);
    // A gathering carried on that day is a happening of its own, not only the frame of the sentence's other happenings.
    // "the meeting of the Government Steering Committee on March 13": the body it is of names it (up to a time written after it).
    const of = OF_BODY.exec(beforeTime(context, gathering.index + gathering[0].length))?.[0] ?? '';
    // "the national conference on digital transformation that the Prime Minister chaired (on May 25)": who held it, in a relative
    // clause, before its day.
    const held = of ? null : HELD_AFTER.exec(text.slice(gathering.index + gathering[0].length, gathering.index + gathering[0].length + HELD_REACH));
    const end = gathering.index + gathering[0].length + (held?.[0].length ?? of.length);
    // A gathering with its own day right after its name ("follows the meeting of X on March 13", "at the group's annual general
    // meeting in Hanoi on Saturday") is a happening beside the others.
    const dayAfter = context.times.find((t) => t.precision === 'day' && t.start >= end && DAY_AFTER.test(context.text.slice(end, t.start)));
    const bare = !of && BARE.test(gathering[1]!);
    const acted = !frame && ACTED.test(text.slice(end));
    // "presented to the provincial steering committee … at its meeting on Wednesday": the body "its" refers to owns the gathering.
    const owner = bare && /^(?:its|their)\s/i.test(gathering[0]) ? OWNER_BEFORE.exec(before.slice(-REACH_BACK))?.[1] : undefined;
    // (A day's possessive dates it and names nothing: "Wednesday's session" is the session.)
    const named = owner ? `${gathering[1]} of the ${owner}` : gathering[0].replace(/^(?:its|their|our)\s+/i, '').replace(DAY_BEFORE, 'the ');
    const heldTitle = held && `${named.replace(LEADING_ARTICLE, '')}${held[1] ?? held[2] ?? ''}`;
    // "the provincial People's Committee's regular meeting" is the "regular meeting of the provincial People's Committee".
    // (Only a named body: "the group's annual general meeting" stays as written.)
    const owned = OWNED_GATHERING.exec(gathering[1]!);
    const ownedByName = owned && /\p{Lu}/u.test(owned[1]!) ? owned : null;
    const title = heldTitle || (bare ? `${doneAt(context, gathering.index)}${named}${tailOf(context, end)}`
      : ownedByName ? `${ownedByName[2]} of the ${ownedByName[1]}` : `${gathering[1]!}${of}`);
    return {
      kind: 'meeting', at: gathering.index, end, title,
      quality: CARRIED_ON.test(before) ? 1 : 0,
      // (One that did a thing as a body, its subject, sat that day beside what it did: "This morning, the 20th session of the … Council
      // passed two resolutions".)
      inherits: false, near: true, alone: !frame && !dayAfter && !acted, ...(acted ? { acted } : {}), ...(dayAfter ? { dayAt: dayAfter.start } : {}),
    };
  }
  // "Yesterday, the office trained its 18 notaries and staff on the new system": a training on a day is a gathering, which one attends.
  const trained = context.times.some((t) => t.precision === 'day') ? TRAINED.exec(text) : null;
  const trainer = trained ? subjectBefore(context, trained.index) : '';
  if (trained && trainer) {
    return { ...meeting(trained.index, `${trainer} training for ${firstWords(trained[1]!, TRAINED_WORDS).replace(DANGLING, '')}`), near: true };
  }
  // "The Standing Board of the Quảng Ngãi Provincial Party Committee on Wednesday afternoon (6/11) reviewed …": a collegial body that
  // reviewed a thing on a day sat that day.
  const sat = context.times.some((t) => t.precision === 'day') ? SAT_TO_REVIEW.exec(text) : null;
  if (sat) return { ...meeting(sat.index + sat[0].length - sat[2]!.length, `Meeting of the ${sat[1]!.replace(/^the\s+/i, '')}`), near: true };
  return undefined;
}

/**
 * A collegial body that opens its sentence and reviewed, discussed or considered a thing, a day between: "The Standing Board of the … Party
 * Committee on Wednesday afternoon (6/11) reviewed …". Groups: the body, the verb.
 */
const SAT_TO_REVIEW = new RegExp(String.raw`^(?:[^,]{2,40},\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}’'-]*\s+|(?:of|the|and|for)\s+){0,12}?`
  + String.raw`\p{Lu}[\p{L}\p{M}’'-]*\s+(?:Board|Committee|Council|Commission|Secretariat|Politburo|Government|Cabinet|Presidium))`
  + String.raw`(?:\s+(?:on|in|this|last|yesterday)\b[^,;.]{0,40}?)?\s+(reviewed|discussed|considered|examined|debated|assessed)\s`, 'u');

/** People met named by their role alone, in lower case: "village heads and commune officials". */
const ROLES_MET = new RegExp(`^${PEOPLE_MET_NAMED}`, 'u');
/** Whether a subject read as one word is a body told by its kind in lower case: "(the) company" before "met", however the subject was cased. */
function byKind(before: string, subject: string): boolean {
  return /^\p{L}\p{Ll}+$/u.test(subject) && new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+${subject.toLowerCase()}\s*$`, 'u').test(before);
}

/** A training given to people, the verb and its object up to the clause's end: "trained its 18 notaries and staff on the new system". */
const TRAINED = /\btrained\s+((?:its|their|the|our|\d[\d,]*|some|about|over|more\s+than)\s+[^,;.]{2,120}?)(?=\s*[,;.]|$)/u;
/** How many words of those trained name the training. */
const TRAINED_WORDS = 12;

/** A body's possessive before a gathering: "provincial People's Committee's regular meeting". Groups: the body, the gathering. */
const OWNED_GATHERING = new RegExp(String.raw`^((?:[\p{L}’'-]+\s+){0,3}${BODY_NOUN})[’']s\s+(.+)$`, 'iu');

/** A piece of a heading between a gathering and its day: a place or a weekday, in capitals or not, and a part of the day. */
const HEADING_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}]*|${DAYTIME})`;
const HEADING_PIECE = String.raw`(?-i:${HEADING_WORD}(?:\s+${HEADING_WORD}){0,3})`;
/**
 * A heading that names a gathering and then its day, with at most a few short pieces between (its place, its weekday, the part of
 * the day): "QUESTIONING SESSION, THURSDAY MORNING, 12 NOVEMBER 2026 (EXCERPT)", "Conference on Digital Transformation – Huế, 3
 * March 2027". Group: the gathering's name. Read on the words before the day.
 */
const HEADED = new RegExp(String.raw`^(?:the\s+)?((?:[\p{L}\p{N}’'-]+\s+){0,6}?${GATHERING_NOUN}\b(?:\s+(?:on|of|for)\s+[^,;.:()–—]{1,80}?)?)`
  + String.raw`\s*[,:–—-]\s*(?:${HEADING_PIECE},\s*){0,3}$`, 'iu');
/** What may follow a heading's day: a remark in brackets ("(EXCERPT)"). */
const HEADING_END = /^\s*(?:\([^()]*\))?\s*$/;

/** The gathering a heading names with its day (see HEADED), titled as a sentence would write it; undefined for anything else. */
function headedGathering(context: SentenceContext): Happening | undefined {
  const day = context.times.find((t) => t.precision === 'day' && HEADING_END.test(context.text.slice(t.end)));
  const name = day && HEADED.exec(context.text.slice(0, day.start))?.[1];
  if (!day || !name) return undefined;
  const title = /\p{Ll}/u.test(name) ? name : name.charAt(0) + name.slice(1).toLowerCase();
  return { kind: 'meeting', at: 0, end: name.length, title, quality: 3, inherits: false, dayAt: day.start };
}

/** How many gatherings of a sentence are compared for one with its own day (a sentence names one or two). */
const FEW_GATHERINGS = 4;

/**
 * The gathering a sentence names: the first with its own day right after it ("Twelve teams reached the final after a semifinal in
 * Đà Nẵng on October 18"), else the first.
 */
function gatheringOf(context: SentenceContext): RegExpExecArray | null {
  const first = GATHERING.exec(context.text);
  if (!first) return null;
  const all = new RegExp(GATHERING.source, 'giu');
  let k = 0;
  for (let m = all.exec(context.text); m && k < FEW_GATHERINGS; m = all.exec(context.text), k++) {
    const end = m.index + m[0].length;
    if (context.times.some((t) => t.precision === 'day' && t.start >= end && DAY_AFTER.test(context.text.slice(end, t.start)))) return m;
  }
  return first;
}

/**
 * What a gathering named only by its noun was told with (see TAIL): its place, chair or purpose, the times written in it left
 * out ("a meeting on Monday chaired by X" → " chaired by X"); empty when the words after it say something else.
 */
function tailOf(context: SentenceContext, from: number): string {
  const { text } = context;
  let at = from;
  // Past the times right after the noun, with their prepositions ("a meeting at the fund's office on Tuesday").
  const skipTime = () => {
    const time = context.times.find((t) => t.start > at && /^\s+(?:on|in|at)?\s*$/.test(text.slice(at, t.start)));
    if (time) at = time.end;
    return time !== undefined;
  };
  while (skipTime());
  if (!TAIL.test(text.slice(at))) return '';
  const rest = text.slice(at);
  // Not at a comma inside a name the text links ("the Law on Science, Technology and Innovation").
  const inName = (offset: number) => context.links.some((l) => l.start <= offset && offset < l.end);
  let stopAt = rest.length;
  for (const stop of rest.slice(1).matchAll(TAIL_ENDS)) {
    if (rest[stop.index + 1 + stop[0].search(/\S|$/)] === ',' && inName(at + 1 + stop.index + stop[0].indexOf(','))) continue;
    stopAt = stop.index + 1;
    break;
  }
  const words = rest.slice(0, stopAt);
  // A day inside the tail is the gathering's, cut with its preposition: "in Hà Nội on Tuesday" → "in Hà Nội" (not "its work in 2025").
  const inner = context.times.find((t) => t.start > at && t.start < at + words.length && t.precision === 'day');
  // (So is a weekday and its "last" before a date in brackets: "in Hà Nội last Tuesday (18/6)" → "in Hà Nội".)
  const kept = inner ? words.slice(0, inner.start - at).replace(WEEKDAY_LAST, '').replace(/\s+(?:on|in|at|during|last|this|next)\s*$/i, '') : words;
  return kept.replace(/\s+$/, '').length > 1 ? kept.replace(/\s+$/, '') : '';
}

/** What was done at a gathering, as the head of its title (see DONE_AT): "Report presented at ", "Conclusion announced at ". */
function doneAt(context: SentenceContext, at: number): string {
  // The times between are left out: "a report presented on Monday at a meeting" → "report presented at".
  const from = Math.max(0, at - REACH_BACK);
  let before = context.text.slice(from, at);
  for (const t of [...context.times].reverse()) {
    if (t.end <= at && t.start >= from) before = before.slice(0, t.start - from).replace(/\s+(?:on|in|at|during)\s*$/i, '') + before.slice(t.end - from);
  }
  const done = DONE_AT.exec(before);
  if (done) return `${done[1]} ${done[2]}${done[3]} at `;
  // The verb is found again in the sentence as written, so that the subject is read at the sentence's offset.
  const subjectOf = DONE_AT_SUBJECT.exec(before);
  const verbAt = subjectOf ? context.text.lastIndexOf(subjectOf[0].replace(/\s+at\s+$/, ''), at) : -1;
  // (Its apposition is no part of it, nor the day it is dated: "Decision No. 2147-QĐNS/TW, dated October 5, (was announced at)".)
  const subject = subjectOf && verbAt >= 0 && subjectBefore(context, verbAt).replace(/^([^,]+),.*,$/s, '$1').replace(/,\s*(?:dated|of)\b.*$/s, '');
  return subject && subject.split(/\s+/).length <= 4 ? `${subject} ${subjectOf[1]} at ` : '';
}

/** A capitalised name that opens a clause, before its apposition: "The provincial Steering Committee for X, set up …" → its name. */
function namedBefore(clause: string): string {
  const name = clause.split(',')[0]!.replace(LEADING_ARTICLE, '').trim();
  return /^(?:\p{Lu}|provincial\s+\p{Lu}|city\s+\p{Lu})/u.test(name) && name.split(/\s+/).length <= 14 ? name : '';
}

/** The sentence from an offset up to the next time expression and its preposition ("a conference on January 8 to review" → "a conference"). */
function beforeTime(context: SentenceContext, from: number): string {
  // A year that opens the object is its modifier ("held its 2025 graduation ceremony"), not the time after it.
  const next = context.times.filter((t) => t.start > from || (t.start === from && t.precision !== 'year'))
    .reduce((a, t) => Math.min(a, t.start), context.text.length);
  // (A weekday before the date in brackets is that day's: "met voters on Tuesday (17/2)" ends at "voters".)
  // (Nor the word that made the weekday relative: "… in Hà Nội last (Tuesday (18/6))".)
  return context.text.slice(from, next).replace(WEEKDAY_LAST, '').replace(/\s+(?:on|in|at|during|last|this|next)\s*$/i, '');
}
/** A weekday, maybe with its part of the day, last before a date in brackets: " on Tuesday morning (". */
const WEEKDAY_LAST = new RegExp(String.raw`\s+(?:on\s+)?(?:${WEEKDAYS.join('|')})(?:\s+${DAYTIME})?\s*\(?\s*$`);

/** A gathering by its noun that opens the sentence, up to its passive verb: "A training session for 420 health workers …". Group: it. */
const OPENING_GATHERING = new RegExp(String.raw`^\s*(?:An?|The)\s+((?:[\p{L}-]+\s+){0,3}?${GATHERING_NOUN}\b[^;:.]*?)\s*$`, 'u');
/** Words that cannot end a name cut short: " on the", " and". */
const DANGLING = /(?:\s+(?:on|of|for|and|or|the|a|an|in|at|to|with|by))+$/;
/** How many words of such a gathering name it. */
const OPENING_GATHERING_WORDS = 10;
const meeting = (at: number, title: string): Happening => ({ kind: 'meeting', at, end: at, title, quality: 3, inherits: false });
