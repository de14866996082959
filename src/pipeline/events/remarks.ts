import { foldPlace } from '../extract/lexicon/provinces.ts';
import { GATHERING_NOUN } from '../extract/lexicon/gatherings.ts';
import { SAYING_VERB } from '../extract/lexicon/speech-verbs.ts';
import { textAfter, textBefore } from '../reach.ts';
import { contextIndex } from './context-index.ts';
import type { LocalLink, SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/** Delivering remarks, a speech or an address: "attended and delivered remarks", "gave a keynote speech", "gave instructions". Group: the noun. */
const REMARKS = new RegExp(String.raw`\b(?:delivered|gave|made)\s+(?:(?:a|an|the|his|her|their|opening|closing|keynote|welcoming|guiding`
  + String.raw`|directing|important|policy)\s+)*(remarks|speech|address|keynote|instructions|directions)\b`, 'g');
/**
 * The occasion of remarks: a gathering ("the conference") or a ceremony of something ("the inauguration of Data Center No. 3"), also
 * told by its noun alone ("Speaking at the opening, …", "at the signing").
 */
// (Or a course told by what it is: "Attending the training, X asked …".)
const OCCASION = String.raw`(?:(?:[\p{L}\p{N}-]+\s+){0,6}?(?:${GATHERING_NOUN}|event|training|course)\b|`
  // (Its owner may come first: "the park's groundbreaking".)
  + String.raw`(?:[\p{L}\p{N}-]+[’']s\s+)?(?:inauguration|launch|opening|groundbreaking|handover|signing)(?:\s+of\s+[^,;]+?(?=\s*[,;]|\s+in\s|$)`
  + String.raw`|(?=\s*,|\s+as\s)))`;
const AT_OCCASION = new RegExp(String.raw`^\s+at\s+(?:the\s+|a\s+)?(${OCCASION})`, 'iu');
/** The occasion framing the sentence before the speaker: "On March 5, at the inauguration of Data Center No. 3, X delivered remarks". */
const OCCASION_BEFORE = new RegExp(String.raw`\bat\s+(?:the\s+|a\s+)(${OCCASION})`, 'iu');

/** A gathering's noun ending an occasion: "(the thematic) session". Group: the noun. */
const LAST_GATHERING_NOUN = new RegExp(String.raw`\b(${GATHERING_NOUN})$`, 'iu');
/** What was delivered, with its article when it is one thing: "a speech", "an address", "remarks". */
const withArticle = (what: string) => (/^(?:speech|keynote)$/.test(what) ? `a ${what}` : what === 'address' ? `an ${what}` : what);

/** A speech named with its speaker after it: "the speech delivered by Deputy Prime Minister X at …", "the full text of the speech by X". */
// (Or in a relative clause before its verb: "the speech that Minister of … X delivered at the … Forum yesterday morning".)
// (Its day may stand before "by": "the speech delivered on Friday (27/6) by Deputy Governor … X at the … Forum".)
const SPEECH_BY = new RegExp(String.raw`\b(speech|remarks|address)\s+(?:(?:delivered|given|made)\s+(?:on\s+[^,;.]{1,30}?\s+)?)?by\s+`
  + String.raw`|\b(speech|remarks|address)\s+(?:that|which)\s+`, 'g');
/** The verb after the speaker of a speech told in a relative clause: " delivered", " gave". */
const SPEAKER_VERB = /^\s+(?:delivered|gave|made)\b/;

/** Addressing a gathering: "attended and addressed the conference", "attended and spoke at the session". Groups: the verb, the occasion. */
const ADDRESSED = new RegExp(String.raw`\b(addressed|spoke\s+at)\s+(?:the\s+|a\s+)(${OCCASION}`
  + String.raw`|(?:delegates|deputies|participants|attendees|audience)\b)`, 'gu');
/** A gathering's audience by the people in it: "delegates", "deputies", "participants". */
const AUDIENCE_PEOPLE = 'delegates|deputies|participants|attendees|audience|guests|investors';
/** Whom "told" names by the people of a gathering's audience, not by the gathering (see TOLD_AUDIENCE). */
const TOLD_PEOPLE = new RegExp(`(?:${AUDIENCE_PEOPLE})$`);
/** Telling a gathering's audience: "told delegates", "told the forum". Group: whom. */
export const TOLD_AUDIENCE = new RegExp(String.raw`\btold\s+((?:the\s+)?(?:${AUDIENCE_PEOPLE}`
  + String.raw`|the\s+${GATHERING_NOUN}))\b`, 'u');
/** What a speaker said in a speech of their own: "X, Vice Chairman of …, said in his speech that …". Group: the speech's noun. */
const SAID_IN_SPEECH = new RegExp(String.raw`\b(?:${SAYING_VERB})\s+in\s+(?:his|her|their)\s+(?:(?:opening|closing|keynote|welcome)\s+)?`
  + String.raw`(speech|remarks|address)\b`, 'u');
/**
 * A sentence that opens with the speech of the person a pronoun or a name after it is: "In his speech(,) he asked …", "In his speech,
 * Tâm called …". Group: the speech's noun.
 */
export const IN_OWN_SPEECH = /^In\s+(?:his|her)\s+(?:(?:opening|closing|keynote|welcome)\s+)?(speech|remarks|address),?\s+(?=(?:he|she|\p{Lu})\b)/u;
/** A gathering the speaker attended before the speech, by "and": " attended the review conference and ". Group: its noun. */
const ATTENDED_BEFORE = new RegExp(String.raw`\battended\s+(?:the|a|an|its|their)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?(${GATHERING_NOUN})\s+and\s+$`, 'iu');
/** How far before the speech ATTENDED_BEFORE is read. */
const ATTENDED_REACH = 100;
/** The speaker's acts a speech may be joined to by "and". */
const SPEAKER_ACTS = 'attended|chaired|opened|visited|joined|inspected';
/** One of those acts and its object, joined to the speech by "and": " attended the opening session and ". */
// (Past the speaker's apposition: "X, Deputy Director of the National Innovation Center, attended the conference and ".)
const JOINED_ACT = new RegExp(String.raw`^(?:\s*,[^;.]{1,120}?,)?\s+(?:${SPEAKER_ACTS})\b[^,;.]{0,80}\s+and\s+$`);
/** One of those acts inside a subject read before the speech. */
const JOINED_VERB = new RegExp(String.raw`\s(?:${SPEAKER_ACTS})\s`);
/** A speaker's apposition between the name and the verb: "(X), Director of Tín Phát Furniture, an exporter with 60 staff, also (spoke at)". */
const APPOSED_SUBJECT = /^\s*,[^;.!?]{1,150},\s+(?:also\s+)?$/;
/** How far before the verb its speaker's name may end ("X attended and addressed"). */
const SPEAKER_GAP = 24;

/**
 * Speaking at a gathering, at the opening of a clause: "Speaking at the ceremony, Deputy Minister X said …", "Addressing the forum,
 * Vice Chairman of the City People's Committee Y praised …". Group: the occasion.
 */
// (Or told by the remarks themselves: "In her remarks at the ceremony, Deputy Minister X said …".)
export const SPEAKING = new RegExp(String.raw`(?:^|[,;]\s+)(?:Speaking\s+at|Addressing|In\s+(?:his|her|their)\s+(?:(?:opening|closing|keynote)\s+)?`
  + String.raw`(?:remarks|speech|address)\s+at)\s+(?:the\s+|a\s+)(${OCCASION})[^,;]{0,60},\s+`, 'u');
/** The same after the speaker's name: "Vice Chairman of X Y, speaking at the conference, asked …". Group: the occasion. */
export const SPEAKING_AFTER = new RegExp(String.raw`,\s+(?:speaking\s+at|addressing)\s+(?:the\s+|a\s+)(${OCCASION})[^,;]{0,60},`, 'u');
/**
 * A gathering framing the sentence, its speaker after it: "At a seminar in Hà Nội on Wednesday to present the findings, organised by …,
 * (Deputy Minister X said …)". Group: the occasion.
 */
// (Or the page's own body's: "At our webinar yesterday (7/11), …".)
export const AT_GATHERING = new RegExp(String.raw`^At\s+(?:the\s+|a\s+|our\s+|its\s+|their\s+)(${OCCASION})[^;]{0,160}?,\s+`, 'u');
/** Whose invitation brought a guest: " at the Front's invitation", " at the invitation of the delegation". */
const AT_INVITATION = String.raw`(?:\s+at\s+(?:the\s+)?[^,;.]{2,50}?['’]s\s+invitation|\s+at\s+the\s+invitation\s+of\s+[^,;.]{2,60}?)`;
/**
 * A speaker the text calls a guest, at the opening of the sentence: "Speaking at the launch as a guest, X …", "Attending the course as
 * a guest, X, Deputy Director of …, said …", "Attending as a guest, X said …". Group: the occasion, when named.
 */
// (So is one speaking for others, an owner or a trade: "Speaking for the State owner, Deputy Minister X told the meeting …", "Speaking for
// businesses, X, Chairman of the … Business Association, said …".)
const AS_GUEST = new RegExp(String.raw`^(?:(?:Speaking|Attending|Present)(?:\s+(?:at\s+)?(?:the\s+|a\s+)(${OCCASION}))?${AT_INVITATION}?`
  // (And speaking at one of its sittings: "Attending the session as a guest and speaking at its closing sitting, X, …, said …".)
  + String.raw`\s+as\s+(?:an?\s+|the\s+)?(?:special\s+|honou?red\s+)?guests?(?:\s+and\s+speaking\s+at\s+(?:its|the)\s+[^,;]{2,40})?`
  + String.raw`|Speaking\s+(?:for|on\s+behalf\s+of)\s+[^,;]{2,60}),\s+`, 'u');
/** Attending a gathering, at the opening of the sentence, its attendee after it: "Attending the session, (Deputy Minister X said …)". */
export const ATTENDING = new RegExp(String.raw`^(?:Attending|Present\s+at)\s+(?:the\s+|a\s+)(${OCCASION}),\s+`, 'u');
/** A gathering told as past without a day: "recent", "previous", "earlier". */
const VAGUE = /^(?:recent|previous|earlier|past|last|latest)\b/i;
/** How far after "At …," the speaker's name may start. */
const AT_REACH = 200;
/** A speaker who attended a gathering said something there: "X, Deputy Director of …, who attended the briefing …, said". Group: the occasion. */
const WHO_ATTENDED = new RegExp(String.raw`,\s+who\s+attended\s+(?:the\s+|a\s+)(${OCCASION})[^;.]{0,100}?,\s+(?:${SAYING_VERB})\b`, 'u');
/**
 * A guest who attended a gathering, the sentence's subject, whose words the next sentence opens with: "X, head of …, attended the
 * session as a guest. Lefèvre said …". Group: the occasion.
 */
const ATTENDED_AS_GUEST = new RegExp(String.raw`\battended\s+(?:the\s+|a\s+)(${OCCASION})\s+as\s+(?:an?\s+|the\s+)?(?:special\s+|honou?red\s+)?guest\b`, 'u');
/** A speaker who attended a gathering and spoke there: "X, Deputy Director of …, attended the conference as a guest and spoke". Group: the occasion. */
// (Or addressed it, or answered questions there, the gathering maybe unnamed: "X … attended as a guest and answered questions from reporters",
// "X … attended the session as a guest and addressed it before the vote".)
const ATTENDED_AND_SPOKE = new RegExp(String.raw`\battended(?:\s+(?:the\s+|a\s+)(${OCCASION}))?(?:\s+as\s+(?:an?\s+)?[\p{L}-]+)?\s+and\s+`
  // (Or said something there: "Deputy Minister X attended the meeting and praised the city's data platform".)
  + String.raw`(?:(?:spoke|gave\s+remarks)\b(?!\s+(?:at|to|with)\b)|addressed\s+(?:it|them|delegates|participants)\b`
  + String.raw`|(?:said|praised|stressed|noted|urged|suggested|proposed|called\s+on)\b`
  + String.raw`|answered\s+(?:\d+\s+|several\s+|many\s+)?(?:questions|reporters)\b)`, 'u');
/** How far before ", who attended" the speaker's name may end (past an apposition: ", Deputy Director of the … Department"). */
const APPOSITION_REACH = 160;
/** How far after the speaker's name a saying verb may start ("X said", "X, the ministry's head, said"). */
const VERB_REACH = 130;
/** A saying verb after the speaker, past an apposition in commas. */
// (Its commas may list a ministry's fields: ", Deputy Director of … under the Ministry of Culture, Sports and Tourism, said".)
const SAID_AFTER = new RegExp(String.raw`^(?:\s*,(?:[^,;.]|,(?=\s+\p{Lu}\p{Ll}+,?\s+and\s+\p{Lu})){1,${VERB_REACH}},)?\s+(?:${SAYING_VERB})\b`, 'u');
/**
 * How far after "Speaking at …," the speaker's name may start (past the title: "Vice Chairman of the … Committee", or a department's
 * under a ministry, "Deputy Director of the Department of Crop Production and Plant Protection under the Ministry of …").
 */
export const TITLE_REACH = 180;
/** Titles of the national leadership, and of ministers: guests at any gathering the Government, or a ministry, does not hold. */
const LEADER = /^(?:Deputy\s+)?Prime\s+Minister\b|^(?:State\s+)?President\b|^(?:Party\s+)?General\s+Secretary\b|\bPolitburo\b/;
const MINISTER = /^(?:Deputy\s+|Vice\s+)?Minister\b/;
/** A foreign country's envoy, a guest at any gathering in the country they are sent to: "Ambassador Kang", "Consul General X". */
const ENVOY = /^(?:Ambassador|Consul(?:\s+General)?|Envoy)\b/;
/** Whether a title is a guest's at any gathering, whoever holds it: the national leadership's, a minister's or an envoy's. */
export const guestByTitle = (title: string): boolean => LEADER.test(title) || MINISTER.test(title) || ENVOY.test(title);

/** Saying something, after the one who says it: "said", "also stressed", "urged". */
const SAYS = String.raw`(?:also\s+)?(?:said|stressed|noted|urged|emphasi[sz]ed|suggested|proposed|praised|added|called\s+on|asked)\b`;
/** A sentence that opens with a person, maybe after an honorific: "Ms Tống said …". */
const GUEST_SAID = /^(?:(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+)?(?=\p{Lu})/u;
/** A sentence that opens with a person named by an honorific, who says something: "Ms Tống said …", "Mr Thái also stressed …". */
export const HONORIFIC_SAID = new RegExp(String.raw`^(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}\s+${SAYS}`, 'u');
/** Saying right after the person: " said", " stressed", " urged …". */
const SAID_RIGHT_AFTER = new RegExp(String.raw`^\s+${SAYS}`);
/** Words set after the gathering or away from it: "after the meeting", "in an interview", "on the sidelines". */
const AFTER_GATHERING = new RegExp(String.raw`\b(?:after|before)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:${GATHERING_NOUN}|event)\b|\bin\s+an\s+interview\b`
  + String.raw`|\bon\s+the\s+sidelines\b`, 'iu');

/** Remarks or speeches a sentence reports someone delivering: "Deputy Prime Minister X delivered remarks", "the speech delivered by X". */
export function readRemarks(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  const isPerson = (l: { entity: string }) => context.entities.get(l.entity)?.type === 'person';
  for (const m of context.text.matchAll(SPEECH_BY)) {
    const after = m.index + m[0].length;
    const person = contextIndex(context).linksStarting(after, after + 60).find(isPerson);
    const speaker = person && context.entities.get(person.entity)?.name;
    if (!speaker) continue;
    const verb = m[2] === undefined ? null : SPEAKER_VERB.exec(textAfter(context.text, person.end));
    if (m[2] !== undefined && !verb) continue;
    const occasion = AT_OCCASION.exec(textAfter(context.text, person.end + (verb?.[0].length ?? 0)))?.[1];
    out.push({
      kind: 'remarks', at: m.index, end: person.end, quality: 2, inherits: true,
      title: `${speaker} delivered ${withArticle((m[1] ?? m[2])!)}${occasion ? ` at the ${occasion}` : ''}`,
    });
  }
  for (const m of context.text.matchAll(ADDRESSED)) {
    // "X addressed …", or "X attended the opening session and addressed …", or "X, Director of …, also spoke at the event".
    const person = contextIndex(context).linksEnding(m.index - SPEAKER_GAP, m.index).filter(isPerson).at(-1)
      ?? contextIndex(context).linksEnding(0, m.index).filter(isPerson).filter((l) => JOINED_ACT.test(context.text.slice(l.end, m.index))).at(-1)
      ?? contextIndex(context).linksEnding(m.index - APPOSITION_REACH - 4, m.index).filter(isPerson)
        .filter((l) => APPOSED_SUBJECT.test(context.text.slice(l.end, m.index))).at(-1);
    const speaker = person && context.entities.get(person.entity)?.name;
    if (speaker) out.push({ kind: 'remarks', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true, title: `${speaker} ${m[1]} the ${m[2]}` });
  }
  const speaking = SPEAKING.exec(context.text);
  const speakingAfter = speaking ? null : SPEAKING_AFTER.exec(context.text);
  // "At a seminar …, Deputy Minister X said …": the speaker named first after it, who says something.
  // Not a body's own gathering ("At the first meeting of the Steering Committee, the Prime Minister asked …"), which its head chairs.
  const at = speaking || speakingAfter ? null : AT_GATHERING.exec(context.text);
  // Nor one the text leaves undated and unnamed ("At a recent meeting, …"): no occasion it reports.
  const atGathering = at && !/^\s+of\s/.test(context.text.slice(at[0].indexOf(at[1]!) + at[1]!.length)) && !VAGUE.test(at[1]!) ? at : null;
  const occasion = speaking ?? speakingAfter ?? atGathering;
  if (occasion) {
    // The speaker right after "Speaking at …,", or right before ", speaking at …,"; and where the speaker's title starts.
    const after = speaking || atGathering ? occasion.index + occasion[0].length : 0;
    const first = atGathering ? contextIndex(context).linksStarting(after, after + AT_REACH).find(isPerson) : undefined;
    const person = speaking ? contextIndex(context).linksStarting(after, after + TITLE_REACH).find(isPerson) ?? pronounAt(context, after)
      : atGathering ? (first && SAID_AFTER.test(context.text.slice(first.end)) ? first : undefined)
        : contextIndex(context).linksEnding(occasion.index - 1, occasion.index).find(isPerson);
    const titleStart = speaking ? after : Math.max(0, context.text.lastIndexOf(',', (person?.start ?? 1) - 1) + 1);
    const speaker = person && context.entities.get(person.entity)?.name;
    if (person && speaker && isGuest(context, titleStart, person)) {
      out.push({
        // Dated by a day written beside the gathering, else by the gathering the text reports, not by what the speaker said.
        kind: 'remarks', at: occasion.index, end: Math.max(person.end, occasion.index + occasion[0].length), quality: 2, inherits: true,
        near: true, title: `${speaker} delivered remarks at the ${occasion[1]!.replace(/^(?:the|a)\s+/i, '')}`,
      });
    }
  }
  // "Attending the session, Deputy Minister X said …": the words there of one who attended, when a guest of it.
  const attending = occasion ? null : ATTENDING.exec(context.text);
  if (attending) out.push(...openingSpeaker(context, attending, true));
  // "Attending the course as a guest, X, Deputy Director of …, said …": the words of one the text calls a guest.
  const asGuest = occasion || attending ? null : AS_GUEST.exec(context.text);
  if (asGuest) out.push(...openingSpeaker(context, asGuest, false));
  // "Hoàng Văn Sỹ, Deputy Director of …, who attended the briefing on behalf of the ministry, said …": a guest's words there.
  // (So are "X, Deputy Director of …, attended the conference as a guest and spoke".)
  // (And one who attended as a guest, the sentence's subject, whose words the next sentence opens with: "… attended the session as a
  // guest. Lefèvre said …".)
  const spoken = WHO_ATTENDED.exec(context.text) ?? ATTENDED_AND_SPOKE.exec(context.text);
  const attended = spoken ?? ATTENDED_AS_GUEST.exec(context.text);
  const near = attended && contextIndex(context).linksEnding(attended.index - APPOSITION_REACH, attended.index).find(isPerson);
  const attendee = near && (spoken || (near.start <= 1 && context.nextSpeaker?.() === near.entity)) ? near : undefined;
  const attendeeName = attendee && context.entities.get(attendee.entity)?.name;
  if (attended && attendee && attendeeName && !/[;.]/.test(context.text.slice(attendee.end, attended.index))) {
    // Dated by the gathering of that name the text reports, however far back: the sentence names no day of its own.
    // (An unnamed one is the gathering the text reports: "attended as a guest and answered questions".)
    const noun = attended[1]?.replace(/^(?:the|a)\s+/i, '');
    out.push({
      kind: 'remarks', at: attended.index, end: attended.index + attended[0].length, quality: 2, inherits: true, near: true,
      doneAt: noun ? noun.split(/\s+/).at(-1)!.toLowerCase() : 'event', title: `${attendeeName} delivered remarks${noun ? ` at the ${noun}` : ''}`,
    });
  }
  // "Jonas Lindqvist, Chairman of NordCham, told delegates that …": a speech to the gathering's audience, by the sentence's subject.
  const told = TOLD_AUDIENCE.exec(context.text);
  const teller = told && contextIndex(context).linksEnding(0, told.index).find(isPerson);
  const tellerName = teller && context.entities.get(teller.entity)?.name;
  // Told to a gathering by name ("told the conference"), the words are a guest's only (a host's words at his own gathering are none).
  const toGathering = told !== null && !TOLD_PEOPLE.test(told[1]!);
  const tellerTitle = teller ? Math.max(0, context.text.lastIndexOf(',', teller.start - 1) + 1) : 0;
  if (told && teller && tellerName && !/[;.]/.test(context.text.slice(teller.end, told.index))
    && (!toGathering || isGuest(context, tellerTitle, teller))) {
    out.push({
      kind: 'remarks', at: told.index, end: told.index + told[0].length, quality: 2, inherits: true, near: true, title: `${tellerName} addressed ${told[1]}`,
    });
  }
  // "(… Tống Quỳnh Anh attended as a guest.) … Ms Tống said the centre would send …": the words, later in the text, of one it named a
  // guest of the gathering it reports, who opens the sentence (not one who "told" a paper, nor said something "after" it). (The event stage
  // passes the guests to such a sentence only when it opens its paragraph: one after the guest's own remarks in it goes on with them.)
  const opener = GUEST_SAID.exec(context.text);
  const guest = opener && !told ? contextIndex(context).linksStarting(0, opener[0].length).find(isPerson) : undefined;
  const guestName = guest && context.guests?.has(guest.entity) && !context.hosts?.has(guest.entity) ? context.entities.get(guest.entity)?.name : undefined;
  if (guest && guestName && SAID_RIGHT_AFTER.test(context.text.slice(guest.end)) && !AFTER_GATHERING.test(context.text)) {
    out.push({ kind: 'remarks', at: 0, end: guest.end, quality: 2, inherits: true, near: true, doneAt: 'event', title: `${guestName} delivered remarks` });
  }
  // "In his speech he asked young people to …": the speech of the person the sentence before named, a guest of the gathering.
  const ownSpeech = IN_OWN_SPEECH.exec(context.text);
  // (Or the speaker called by name: "In his speech, Tâm called on …".)
  const pronoun = ownSpeech ? pronounAt(context, ownSpeech[0].length)
    ?? contextIndex(context).linksStarting(ownSpeech[0].length, ownSpeech[0].length + 1).find(isPerson) : undefined;
  const pronounName = pronoun && context.entities.get(pronoun.entity)?.name;
  if (ownSpeech && pronoun && pronounName && isGuest(context, ownSpeech[0].length, pronoun)) {
    out.push({
      kind: 'remarks', at: 0, end: pronoun.end, quality: 2, inherits: true, near: true, title: `${pronounName} delivered ${withArticle(ownSpeech[1]!)}`,
    });
  }
  // "Đàm Văn Trọng, Vice Chairman of …, said in his speech that …": the subject's speech at the gathering the text reports.
  const inSpeech = told ? null : SAID_IN_SPEECH.exec(context.text);
  const speaker = inSpeech && contextIndex(context).linksEnding(0, inSpeech.index).find(isPerson);
  const speakerName = speaker && context.entities.get(speaker.entity)?.name;
  if (inSpeech && speaker && speakerName && !/[;.]/.test(context.text.slice(speaker.end, inSpeech.index))) {
    out.push({
      kind: 'remarks', at: inSpeech.index, end: inSpeech.index + inSpeech[0].length, quality: 2, inherits: true, near: true,
      title: `${speakerName} delivered ${withArticle(inSpeech[1]!)}`,
    });
  }
  for (const m of context.text.matchAll(REMARKS)) {
    // A speaker named with a role ("Chairman of … Pham Quoc Vinh delivered") is called by name.
    // A speaker named right before the verb, nothing but spaces between.
    let spaces = m.index;
    while (spaces > 0 && /\s/.test(context.text[spaces - 1]!)) spaces--;
    // Or the subject of a verb joined to this one by "and": "X attended the opening session and delivered a directing speech".
    const joined = /\band\s+$/.test(textBefore(context.text, m.index)) ? contextIndex(context).linksEnding(0, m.index).filter(isPerson).at(-1) : undefined;
    const person = contextIndex(context).linksEnding(spaces, m.index).find(isPerson);
    const joinedName = joined && JOINED_ACT.test(context.text.slice(joined.end, m.index)) ? context.entities.get(joined.entity)?.name : undefined;
    // (The words before the verb as its subject, unless they ran past the speaker's other verb: "X attended the opening session and".)
    const subject = subjectBefore(context, m.index);
    const speaker = (person && context.entities.get(person.entity)?.name)
      || (joinedName && (!subject || JOINED_VERB.test(subject)) ? joinedName : subject);
    if (!speaker) continue;
    const at = AT_OCCASION.exec(textAfter(context.text, m.index + m[0].length));
    const occasion = at?.[1] ?? OCCASION_BEFORE.exec(textBefore(context.text, m.index))?.[1];
    // "… delivered a speech at the session": the session the text reports, however far back (its noun as `doneAt`).
    // So is the gathering of "X attended the conference and delivered remarks".
    const attendedFirst = ATTENDED_BEFORE.exec(textBefore(context.text, m.index, ATTENDED_REACH));
    const theGathering = at && /^\s+at\s+the\s/i.test(at[0]) ? LAST_GATHERING_NOUN.exec(at[1]!)?.[1]?.toLowerCase()
      : attendedFirst?.[1]?.toLowerCase();
    out.push({
      kind: 'remarks', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true, ...(theGathering ? { doneAt: theGathering } : {}),
      title: `${speaker} ${/^(?:instructions|directions)$/.test(m[1]!) ? 'gave' : 'delivered'} ${withArticle(m[1]!)}${occasion ? ` at the ${occasion}` : ''}`,
    });
  }
  return out;
}

/**
 * The remarks of the person named right after a sentence's opening (ATTENDING, AS_GUEST), who says something: a guest of the gathering
 * the opening names (group 1), or of the one the text told last when it names none (as "at the event" is). `judged`: whether the
 * opening leaves it to `isGuest` to tell (an attendee), or says so itself (one called a guest, one speaking for others).
 */
function openingSpeaker(context: SentenceContext, opening: RegExpExecArray, judged: boolean): Happening[] {
  const from = opening[0].length;
  const person = contextIndex(context).linksStarting(from, from + TITLE_REACH).find((l) => context.entities.get(l.entity)?.type === 'person');
  const name = person && context.entities.get(person.entity)?.name;
  // (One the text calls a guest may speak in the next sentence instead: "…, X, Director of …, presented the draft. He said …".)
  const says = SAID_AFTER.test(context.text.slice(person?.end ?? 0)) || (!judged && person && context.nextSpeaker?.() === person.entity);
  if (!person || !name || !says || (judged && !isGuest(context, from, person))) return [];
  const noun = opening[1]?.replace(/^(?:the|a)\s+/i, '');
  return [{
    kind: 'remarks', at: 0, end: person.end, quality: 2, inherits: true, near: true,
    doneAt: noun ? noun.split(/\s+/).at(-1)!.toLowerCase() : 'event', title: `${name} delivered remarks${noun ? ` at the ${noun}` : ''}`,
  }];
}

/** "Speaking at the ceremony, she said …": the person the pronoun is, where it stands. */
function pronounAt(context: SentenceContext, at: number): LocalLink | undefined {
  const pronoun = /^(?:he|she)\b/i.exec(context.text.slice(at));
  const entity = pronoun ? context.personBefore?.id() : undefined;
  return entity ? { entity, start: at, end: at + pronoun![0].length } : undefined;
}

/**
 * Whether a speaker is a guest of the gathering the text reports (a host's words inside his own gathering are no event): the
 * text names who held or chaired it, not the speaker, and the body of the speaker's title (an organization named between
 * "Speaking at …," and the name, or in an apposition after it) is none of them; a title without a body is a guest's only
 * when it is the national leadership's (or a minister's, at a gathering no ministry holds). When the text names no host, only
 * the national leadership is. A foreign envoy always is.
 */
function isGuest(context: SentenceContext, titleStart: number, person: LocalLink): boolean {
  const { hosts, entities } = context;
  // A person the text names as a guest ("Attending as a guest was X", "X, …, attended") is one, unless the text names him a host.
  if (context.guests?.has(person.entity) && !hosts?.has(person.entity)) return true;
  // With no host named, the national leadership is a guest at any gathering ("Addressing the ceremony, Deputy Prime Minister X …").
  const said = context.text.slice(titleStart, person.start).trim();
  if (ENVOY.test(said) || (said === '' && (entities.get(person.entity)?.titles ?? []).some((t) => ENVOY.test(t)))) return true;
  // (A department's under a ministry may run long: ", Deputy Director of the Department of Administrative Police for Social Order under the
  // Ministry of Public Security,".)
  const apposition = /^,\s+[^,;]{3,160},/.exec(context.text.slice(person.end))?.[0] ?? '';
  // (Or in apposition after the name: "Speaking at the groundbreaking, X, Deputy Prime Minister, said". Not a minister: a ministry may hold
  // a briefing the text names no host of.)
  // (Or an official of a central body told attending: "Attending the conference, Deputy Director of the Department of Crop Production … under the
  // Ministry of Agriculture and Environment X said …" at a province's review conference.)
  if (!hosts || hosts.size === 0) {
    return LEADER.test(said) || (said === '' && LEADER.test(apposition.replace(/^,\s+(?:the\s+)?/, '')))
      || (ATTENDED_OPENING.test(context.text) && CENTRAL_OFFICIAL.test(said));
  }
  if (hosts.has(person.entity)) return false;
  // "Phan Xuân Lộc, a former Director of …,": a past title names no body the speaker speaks for.
  if (/^,\s+(?:a\s+|the\s+)?former\b/i.test(apposition)) return false;
  const bodies = context.links.filter((l) => entities.get(l.entity)?.type === 'organization'
    && ((l.start >= titleStart && l.end <= person.start) || (l.start >= person.end && l.end <= person.end + apposition.length)));
  const hostNames = [...hosts].map((h) => bareName(entities.get(h)?.name ?? '')).filter((name) => name !== '');
  if (bodies.length > 0) {
    // (A title at a ministry's or the nation's body is no province's: "Director of the Department of X under the Ministry of Y".)
    const titled = `${context.text.slice(titleStart, person.start)} ${apposition}`;
    return !bodies.some((b) => {
      const name = bareName(entities.get(b.entity)?.name ?? '');
      // (As the text names the body: "the Cửa Tùng commune People's Committee" may link a body named "People's Committee".)
      const written = bareName(context.text.slice(Math.max(titleStart, context.text.lastIndexOf(' of ', b.start) + 4), b.end));
      return hosts.has(b.entity) || hostNames.some((h) => holds(h, name) || holds(name, h) || (!CENTRAL.test(titled) && underLocalHost(written, h)));
    });
  }
  const title = context.text.slice(titleStart, person.start).trim();
  // "Ma Văn Quyết, Director of the Cao Bằng branch of Sao Bắc Telecom,": a title in apposition at a body the text names no host of,
  // though it links no body there, is a guest's.
  const appositionBody = OF_BODY.exec(apposition.replace(/,$/, '').trim())?.[1]?.toLowerCase();
  if (title === '' && appositionBody) return !hostNames.some((h) => appositionBody.includes(h) || h.includes(appositionBody));
  // "Speaking at the dialogue, X said": a speaker named here without a title speaks for the bodies of the titles the text gave him.
  if (title === '' && apposition === '') {
    const roleBodies = (entities.get(person.entity)?.titles ?? []).flatMap((t) => OF_BODY.exec(t)?.[1]?.toLowerCase() ?? []);
    if (roleBodies.length > 0) return !roleBodies.some((b) => hostNames.some((h) => h.includes(b) || b.includes(h)));
  }
  // "Deputy Director of the Khánh Hòa Department of Justice X" at a notary office's training: a title at a body the text names no host of,
  // though no link names the body.
  const titleBody = title === '' ? undefined : OF_BODY.exec(title)?.[1]?.toLowerCase();
  if (titleBody && !LEADER.test(title) && !MINISTER.test(title)) return !hostNames.some((h) => titleBody.includes(h) || h.includes(titleBody));
  if (LEADER.test(title)) return !hostNames.some((h) => /^(?:the\s+)?government\b/.test(h));
  return MINISTER.test(title) && !hostNames.some((h) => /^(?:the\s+)?ministry\b/.test(h));
}

/** A province's or city's government or Party body, hosting: "the Đồng Nai Provincial People's Committee", "the Standing Board of …". */
const PROVINCIAL_HOST = /\b(?:provincial|city|municipal)\s+(?:people's\s+committee|party\s+committee)|\bstanding\s+board\b/;
/** A People's Council, whose session this rule leaves to the other tests of a guest (the People's Committee is another body). */
const COUNCIL = /\bpeople's\s+council\b/;
/** A commune's or a ward's body. */
const COMMUNE_LEVEL = /\b(?:commune|ward)\b/;
/** A body inside a province's administration: one of its departments (not a ministry's), or a commune's or ward's body. */
const LOCAL_BODY = new RegExp(String.raw`\bdepartment\b|${COMMUNE_LEVEL.source}`);
/** A title at a central body, never a province's. */
const CENTRAL = /\b(?:Ministry|National|General\s+Department|Government|Party\s+Central)\b/;
/** A title at a central body: a minister's, or one at a ministry's department ("… under the Ministry of …"). */
// (Or at another national body: "Deputy Director of the Market Surveillance Department of the State Securities Commission", "Vice
// President of the Vietnam Red Cross Society".)
const CENTRAL_OFFICIAL = new RegExp(String.raw`^(?:Deputy\s+|Vice\s+)?Minister\b|\b(?:under|of)\s+the\s+(?:Ministry\s+of\b`
  + String.raw`|(?:Vietnam|State|National)\s+\p{Lu}|General\s+Department\b|Government\s+Office\b)`, 'u');
/** A sentence that opens with who attended: "Attending the conference, …". */
const ATTENDED_OPENING = /^Attending\s/;
/** The place a local body is named with, before its head: "đồng nai" of "Đồng Nai Department of Finance". Group: the place. */
const PLACE_BEFORE = /^((?:\p{L}+\s+){0,3}?\p{L}+)\s+(?:department|provincial|city|commune|ward)\b/u;

/**
 * Whether a body is part of the province or city that hosts the gathering, its speaker then a member, not a guest: a provincial
 * department or a commune's body at the province's own conference ("Speaking at the conference, X, Chairwoman of the Cửa Tùng
 * commune People's Committee"), unless the two bodies are named with different places.
 */
function underLocalHost(body: string, host: string): boolean {
  if (!PROVINCIAL_HOST.test(host) || COUNCIL.test(host) || COMMUNE_LEVEL.test(host) || !LOCAL_BODY.test(body)) return false;
  const place = (name: string) => {
    const m = PLACE_BEFORE.exec(name.replace(/^(?:standing\s+board\s+of\s+)?(?:the\s+)?/, ''));
    return m && !/^(?:the|of)$/.test(m[1]!) ? foldPlace(m[1]!) : undefined;
  };
  const [ours, theirs] = [place(body), place(host)];
  return COMMUNE_LEVEL.test(body) || !ours || !theirs || ours === theirs;
}

/** The body a title is held at: "Vice Chairman of the Cần Thơ City People's Committee". Group: the body, without its article. */
const OF_BODY = /\s(?:of|at)\s+(?:the\s+)?(\p{Lu}.*)$/u;

/** A body's name in lower case without its article, for comparing names ("the Ministry of X" with "Ministry of X"). */
const bareName = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
/**
 * Whether one body's name holds another's as whole words: "đồng nai provincial people's committee" holds "provincial people's committee";
 * "… sub-department of crop production" holds no "department of crop production", another body.
 */
const holds = (name: string, other: string): boolean => {
  for (let at = name.indexOf(other); at >= 0; at = name.indexOf(other, at + 1)) if (!/[\p{L}-]/u.test(name[at - 1] ?? '')) return true;
  return false;
};

