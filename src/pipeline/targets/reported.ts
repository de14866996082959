import { textAfter, textBefore } from '../reach.ts';
import { OR_MORE, QUALIFIER } from './quantity.ts';
import { IRREGULAR_PARTICIPLE, IRREGULAR_PAST_ONLY } from '../extract/lexicon/irregular-verbs.ts';

/**
 * Whether a figure is reported rather than promised. A target needs a forward-looking frame (aims,
 * targets, strives, will, must, is to, by …); a figure governed by a verb of having reached it
 * ("reached 97.5%", "remains low at 41%", "accounted for 17%", "96% of communes had …") is the
 * current state, not a target, unless a forward-looking word comes after that verb.
 */

/** Words of about so much before a figure: "about", "nearly", "only". As a pattern's source. */
const ABOUT = String.raw`(?:about|around|nearly|almost|over|some|roughly|approximately|only|just|more than|less than)`;
/**
 * Verbs of a state reached or reported, not after a modal or "to" ("will have reached" looks forward);
 * "has" alone is a state, not a report. Any past verb whose object is the figure reports it ("5G
 * covered about 26%", "helped 78% of communes …"); a stem ending in "e" is no past form ("speed", "need").
 */
// (A list item under "aims to:" opens with its infinitive's bare "be" or "have": "- be granted at least 30 patents".)
// (Nor a participle joined to one after "to have": "(aims for its projects) to have published at least 150 papers, filed at least 10 …".)
const REPORTED = new RegExp(String.raw`(?<!\b(?:to|will|would|shall|must|should|can|may|could)\s+(?:have\s+|be\s+)?|^\s*(?:[-•*]\s+)?(?:be|have)\s+`
  + String.raw`|\bto\s+have\s+\p{Ll}{3,}ed\s[^.;:]{0,160}(?:,|\band)\s+)`
  + String.raw`\b(?:reached|achieved`
  // "the target for 2026 was no fewer than 25", "the goal remains at least 35,000 engineers": what a target was set at, or
  // remains at, is the target.
  // (An item of a frame's list that opens with "remain" is its infinitive: "By 2030, the City strives to: … c) remain among the top 2 …".)
  + String.raw`|attained|(?<!\b(?:targets?|goals?)(?:\s+(?:for|of)\s+[\p{L}\d-]+)?\s+)(?:was|were|stood|stands|remains`
  + String.raw`|(?<!^\s*(?:[-•*]\s+|[a-zđ\d]{1,3}[.)]\s+)?)remain|remained)|rose|risen|grew|grown`
  + String.raw`|increased|decreased|declined|fell|fallen|dropped|accounted|made\s+up`
  + String.raw`|had|hit|totall?ed`
  // "the province spent only 0.9 per cent …": an irregular past verb right before the figure (not "fees paid online from 41% to 75%").
  + String.raw`|(?:spent|won|sold|paid)(?=\s+(?:(?:about|around|nearly|almost|over|some|roughly|approximately|only|just|more than|less than)\s+)*$)`
  // ("registered" before its noun is attributive: "US$1.5 billion in registered foreign investment".)
  // (Nor what a thing to be had is to be: "to have a relief-volunteer team registered in the app".)
  + String.raw`|recorded|(?<!\bto\s+have\s+(?:an?|the|its|their|one)\s+[^.;:,]{1,60}?\s)`
  + String.raw`registered(?!\s+(?!(?:the|a|an|its|their|his|her|more|over|about|some|nearly|only|just|at|in|by|with)\b)\p{Ll})`
  // ("The target now is that …": the aim in force now, whose figure is still to come.)
  // (What a report puts something at: "The report puts spending in the first half at VND 612 billion, or 41% of the year's allocation".)
  + String.raw`|(?<=\b(?:report|review|survey|data|figures|statistics|estimate)\s+)(?:puts|put|placed|places)(?=\s[^;:.]{1,80}?\sat\s)`
  + String.raw`|completed|exceeded|surpassed|estimated|so far|currently|(?<!\b(?:targets?|goals?|aims?|tasks?|objectives?|priority)\s+)now|today`
  // (Not in the first clause of an item of a list, which a legal text's objectives write in the present: "a) Vietnam owns and operates …".)
  + String.raw`|already|at present|as\s+of|home\s+to|(?<!^\s*(?:[-•*]\s+|[a-zđ\d]{1,3}[.)]\s+)[^,;:.]{1,60}?)(?:holds|owns)`
  // "presented degrees to the top 20 graduates", "awarded prizes to the 3 best teams": a past verb, its object, and the figure after "to".
  + String.raw`|\p{Ll}{2,}[^e\W]ed(?=\s+(?:\p{Ll}+\s+){1,3}(?:to|for|among)\s+the\s+$)`
  + String.raw`|\p{Ll}{2,}[^e\W]ed(?=\s+(?:${ABOUT}\s+)*$`
  // (Or a second figure joined to the first by "and": "5G covered 91.5% of the population and (78%) of communes".)
  + String.raw`|\s+(?:${ABOUT}\s+)*\d[\d.,]*\s*(?:%|per\s?cent)?\s+of\s+[^,;:.\d]{2,60}?\s+and\s+(?:${ABOUT}\s+)*$))\b`, 'giu');
/** A goal's or a target's noun right before its figure: "The goal of (1,500 …)", "the 2030 target of (18%)". */
const GOAL_OF = /\b(?:goal|target|aim|objective)\s+of\s+(?:(?:at\s+least|about|around|some)\s+)?$/i;
/**
 * A goal told as met or missed before its figure: "(84% … were handled online,) meeting the goal of (80%)", "beating the year's goal of",
 * "above the year's target of", "short of the goal of". Its figure is the goal a report measures against, no target set.
 */
const MET_GOAL = new RegExp(String.raw`\b(?:meeting|met|exceeding|exceeded|beating|beat|surpassing|surpassed|above|below|short\s+of|missing|missed)`
  // (Its year may name it: "short of the 2030 goal of (70 percent)".)
  + String.raw`\s+(?:the|its|their|this\s+year[’']s|the\s+year[’']s)\s+(?:(?:\p{Ll}+|(?:19|20)\d\d)\s+){0,2}(?:goal|target|plan|quota)\s+of\s+`
  + String.raw`(?:(?:at\s+least|about|around|some)\s+)?$`, 'iu');
/**
 * A state told after a figure, in the present or the past, then the goal it is set against: "(59%) of cooperatives are online, against a
 * goal of (70% for the year)". (Not an aim's "to reach 90% by 2030, against a national target of 80%".)
 */
const STATE_AGAINST_GOAL = new RegExp(String.raw`^[^,;.]{0,60}?\b(?:are|is|was|were|stood|stands|remain|remains|remained)\s+[^,;.]{0,40},\s+`
  + String.raw`against\s+(?:a|an|the|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:goal|target|plan)\s+of\b`, 'iu');
/** Words right after a figure's things that say it holds now: "(96%) of administrative procedures can now (be completed online)". */
const NOW_AFTER = /^\s*(?:of\s+)?[^,;.]{0,60}?\b(?:can|could|are|is)\s+(?:now|already|currently)\b/u;
/** A goal told as met or missed after its figure: "(… enterprises) was met", "(…) has been exceeded", "were missed". */
const GOAL_OVER = new RegExp(String.raw`^[^,;.]{0,80}?\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:not\s+|already\s+)?`
  + String.raw`(?:met|achieved|reached|exceeded|surpassed|missed|hit)\b`, 'i');
/** A label that opens a sentence of the state things are in now: "Current situation:", "Status:", "Where we are now:", "Results so far:". */
const STATUS_LABEL = new RegExp(String.raw`^\s*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+|[-•*]\s+|\p{Extended_Pictographic}\uFE0F?\s+)?`
  + String.raw`(?:Current\s+(?:situation|status|state)|Status(?:\s+quo)?|(?:The\s+)?situation(?:\s+now)?|Where\s+we\s+(?:are|stand)(?:\s+now)?`
  + String.raw`|Results?\s+(?:so\s+far|to\s+date)|Achievements?(?:\s+so\s+far)?|Progress\s+(?:so\s+far|to\s+date))\s*:`, 'iu');
/** How far into a sentence STATUS_LABEL is read. */
const STATUS_LABEL_REACH = 60;
/** Words that look forward: modals, intentions, infinitives ("by" a time is weaker: "by the end of May, 42% had been …"). */
// (Or what a leader wants: "He also wanted six in ten adults … to hold a digital signature by 2027".)
const FORWARD = new RegExp(String.raw`\b(?:will|would|shall|must|aims?|aimed|aiming|targets?|targeted|targeting|strives?|striving|goals?|wants?|wanted`
  // (Not a plan's possessive: "ahead of the plan's schedule" compares what was done with it.)
  + String.raw`|plans?(?![’']s\b)|planned|expects?|expected|seeks?|sets?|setting|should|needs?|requires?|required|commits?|committed|is to|are to`
  // "is estimated to account for 19.5%" reports an estimate, not a goal; "according to reports", "compared to" look nowhere.
  + String.raw`|(?<!\b(?:estimated|according|thanks|due|owing|compared|relative)\s)to\s+`
  + String.raw`(?!(?:the|a|an|date|this|that|these|those|its|their|our|his|her|all|each|every|some|about|around|over|under)\b`
  // A perfect infinitive reports: "is estimated to have accounted for 11.4%".
  + String.raw`|have\s+(?:been\s+)?\p{Ll}+ed\b)\p{Ll}+)\b`, 'giu');
/** A figure in an adverbial of time, as the object of a gerund, is the circumstance, not a goal ("to close on December 18 after passing more than 50 laws"). */
const CIRCUMSTANCE = /\b(?:after|since|following|upon)\s+\p{Ll}+ing\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|over\s+|some\s+)?$/u;
/** Whom a speaker addressed, counted right after the verb: "(…," Lâm) told about 1,200 officials (attending in Vinh)". */
const AUDIENCE = /\b(?:told|addressed|briefed|informed|welcomed|greeted|thanked)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$/i;
/** A figure a change starts from: "(to reach 85% by December,) from 68 per cent …", "raise its capacity from 38 MW today to 300 MW". */
// (Or what an aim is set against: "(within 5 working days,) against about 12 working days now".)
const BASELINE_BEFORE = /\b(?:from|against)\s+(?:(?:about|some|nearly|around|over|more\s+than|less\s+than|only|just)\s+)?(?:VND\s*|US\$\s*|USD\s*|\$)?$/i;
/** The value a change starts from, right before "to" and the figure: "from 38 MW today (to …)". */
const FROM_BEFORE_TO = /\bfrom\s+[^,;:]{1,40}?\s+(?=to\s+(?:(?:about|some|nearly|around|over|more\s+than|at\s+least)\s+)?(?:VND\s*|US\$\s*|USD\s*|\$)?$)/i;
/** A baseline in commas between two figures: ", up from US$620 million today,". */
const BASELINE_ASIDE = /,\s*(?:(?:up|down|rising|falling)\s+)?from\s+[^,;:]{1,40}?\s+(?:today|now|currently|at\s+present|in\s+(?:19|20)\d\d)\s*,/gi;
/** A modal right after a figure's words, which makes it a figure still to come (not one of another verb joined by "and"). */
const MODAL_AFTER = /^\s*(?:(?!and\s)[\p{L}-]+\s+){0,6}?(?:will|would|shall|must|is\s+to|are\s+to)\s/u;
/**
 * Past forms after a figure that report it ("96% of communes had fibre", "42% had been disbursed"), and a past
 * verb with its own object ("31% of firms used any cloud service"), which a participle ("digitised by 2030") has
 * not.
 */
// (An irregular past too: "(only about 14% of the value of the farm output) came from high-tech production".)
const REPORTED_AFTER = new RegExp(String.raw`\b(?:reached|achieved|was|were|stood|remains?|remained|rose|grew|fell|came|went|accounted|had|hit|totall?ed`
  // (A verb: not the adjective of things, "(70 percent) of used lithium batteries (to be collected)", "(45 percent) of registered online sellers".)
  + String.raw`|(?<!\b(?:of|the|a|an|its|their|all|every|for)\s+)(?:recorded|registered|completed|used)|exceeded|today|now|at present|currently|so far`
  + String.raw`|to date|already`
  // (Or an irregular one no present shares: "(61% of the workers) held a basic digital skills certificate".)
  + String.raw`|(?:\p{Ll}{2,}[^e\W]ed|${IRREGULAR_PAST_ONLY})(?=\s+(?:any|the|a|an|their|its|his|her|at least|more|\d)\b))\b`, 'giu');
/**
 * A past verb of getting, right after what a count counts, with a bare noun as its object: "Seven border communes received satellite
 * terminals". Not a passive or a participle ("dossiers (are) received and settled online", "grants received by firms").
 */
const GOT = new RegExp(String.raw`(?<!\b(?:are|is|be|been|were|was|to|being)\s+)\b(?:received|gained|got|won|obtained|acquired|carried)\s+`
  + String.raw`(?!(?:and|or|by|in|on|online|at|from|through|via|with|for|under|before|within|electronically)\b)\p{Ll}`, 'u');
/** A present or past perfect, or a past passive, which reports what has happened ("have registered", "had joined", "were enrolled"). */
// (An irregular participle too: "1,240 km of new fibre-optic cable was laid".)
// (Not an infinitive's "have" and what is to be had: "(- every commune) to have automated cameras".)
const PERFECT = new RegExp(String.raw`\b(?:(?<!\bto\s+)(?:have|has|had)\s+(?:been\s+)?|(?:was|were)\s+)(?:\p{Ll}{2,}ed|${IRREGULAR_PARTICIPLE})\b`, 'u');
/** Words that say a figure holds now. */
const NOW = /\b(?:today|now|currently|at present|so far|to date|already)\b/i;
/** How many words after a figure may hold the verb that reports it ("42% of the budget allocated for 2025 had been …"). */
const AFTER_WORDS = 14;
/** Where the words after a figure stop governing it (not at the comma or point inside a number: "VND 1,960 billion"). */
const CLAUSE_END = /,(?!\d{3})|\.(?!\d)|[;:()]|\s(?:while|but|whereas)\s/;
/** The first comma of a list of things after a figure's "of": " of electricity, water and school-fee payments". Groups: before it, after it. */
const LISTED_THINGS = /^(\s+of\s+[^,;.]{1,40}?),\s+([^,;.]{1,40}?\s+and\s+)/u;
/** The same list going on right after a figure's words: "(91% of electricity), water and school-fee payments …". */
const LIST_GOES_ON = /^,\s+(?=[^,;.]{1,40}?\s+and\s)/u;

/** The last match of a global pattern in a text, or null. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

/** Index of the last match of a global pattern in a text, or -1. */
const lastIndex = (pattern: RegExp, text: string): number => lastMatch(pattern, text)?.index ?? -1;

/** A verb of telling what is so, and the "that" its clause opens with: "after reporting that", "the survey found that". */
const REPORTED_THAT = /\b(?:report(?:s|ed|ing)?|show(?:s|ed|ing)|found|finding|not(?:es|ed|ing)|sa(?:ys|id|ying))\s+that\b/g;

/** Index of the last character of the last match of a global pattern in a text, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  const last = lastMatch(pattern, text);
  return last ? last.index + last[0].length - 1 : -1;
}

/** Index of the first match of a global pattern in a text, or -1. */
function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return pattern.exec(text)?.index ?? -1;
}

/** A clause right after a figure that gives the target for the same thing: the figure is where it stands. */
const STATUS_THEN_TARGET = /^[^;:.]{0,60};\s*(?:and\s+)?(?:the\s+)?(?:[\p{L}-]+[’']s\s+)?(?:target|goal)\s+(?:for|is|of)\b/iu;
/** A target told as set before the one now in force: "(the original decision) had set", "previously targeted". */
// (Or the figure a new one takes the place of: "(to rank in the top 3 by 2030,) instead of the top 5", "rather than 35%".)
const SUPERSEDED = new RegExp(String.raw`\b(?:(?:had\s+(?:set|targeted|planned|aimed\s+for)|previously\s+(?:set|targeted|aimed\s+for))`
  // ("had set this figure at (60%)".)
  + String.raw`\s+(?:(?:a|the)\s+(?:target|goal)\s+of\s+|(?:this|that|the|its|their)\s+(?:figure|target|goal|share|level|rate)\s+at\s+)?`
  + String.raw`|(?:instead\s+of|rather\s+than|replacing)\s+(?:the\s+)?`
  // (Or a choice weighed in words, no target set: "I would rather set (25%) and reach it than promise (30%)".)
  + String.raw`|\bwould\s+rather\s+\p{Ll}+\s+|\bthan\s+(?:promise|set|aim\s+for|target|announce|pledge)\s+)$`, 'iu');
/** A survey's finding right before a figure: "(Our own survey, answered by 87 firms in January,) found that (62%)". */
const SURVEY_FOUND = new RegExp(String.raw`\b(?:survey|poll|study|questionnaire|census|assessment)\b[^.;]{0,120}\b(?:found|finds|showed|shows|revealed`
  + String.raw`|reveals|suggests|suggested)\s+that\s+(?:(?:about|some|nearly|almost|over|only|just|more\s+than|fewer\s+than|less\s+than)\s+)?$`, 'i');
/** What respondents intend, right after their share: "(62%) of you plan to", "(40 per cent) intend to". */
const RESPONDENTS_PLAN = /^\s*(?:of\s+[^,;.]{1,40}?\s+)?(?:plan|plans|intend|intends|expect|expects|want|wants|hope|hopes|are\s+planning)\s+to\b/;
/** How far after a figure the clause of its target may start. */
const STATUS_REACH = 120;

/** A share of the things counted just before: "(97.2%) of them", "(60 per cent) of these". */
const OF_THEM = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:them|these|those)\b/i;
/** A count after a verb in the past, and what follows it up to the share: "processed 18,400 declarations at the border gates, ". */
const PAST_COUNT = /\b\p{Ll}{2,}[^e\W]ed\s+(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?\d[\d,.]*\s[^;:]*$/u;

/** Whether the figure at `start`-`end` of a sentence is a reported value: see the module comment. */
export function isReported(text: string, start: number, end: number): boolean {
  // "2. Current situation: the province has 4,150 ha of coffee …; 38% of the coffee area …": what a label says is the state now.
  if (STATUS_LABEL.test(text.slice(0, STATUS_LABEL_REACH))) return true;
  // "Online applications: 68% after nine months; the province's target for the end of 2026 is 85%": the value before its target.
  if (STATUS_THEN_TARGET.test(text.slice(end, end + STATUS_REACH))) return true;
  // "The original decision had set 50 per cent for that year": a target set before, now replaced.
  if (SUPERSEDED.test(textBefore(text, start))) return true;
  // "The goal of 1,500 digital technology enterprises was met, with 1,620 registered": a goal told as met or missed is over.
  // (Its words may run to the verb: the figure is read from its number on.)
  if (GOAL_OF.test(textBefore(text, start, 40)) && GOAL_OVER.test(textAfter(text, start).replace(/^[\d.,]+/, ''))) return true;
  if (MET_GOAL.test(textBefore(text, start, 80))) return true;
  // "Only 59% of cooperatives are online, against a goal of 70% for the year": a state measured against a goal is the result.
  if (STATE_AGAINST_GOAL.test(textAfter(text, end))) return true;
  // "Our survey … found that (62%) of you plan to …": what a survey found its respondents plan, no target of anyone's.
  if (SURVEY_FOUND.test(textBefore(text, start)) && RESPONDENTS_PLAN.test(textAfter(text, end))) return true;
  // The clause around the figure, within REACH of it (a run of thousands of figures has no clause break to stop at).
  const near = textBefore(text, start);
  // (A clause reported "that …" opens anew: "launched a campaign to reach every resident, after reporting that more than nine in ten
  // already have an account" reports the figure, whatever the campaign aims at.)
  const clause = near.slice(Math.max(near.lastIndexOf(';'), near.lastIndexOf(':'), lastEnd(REPORTED_THAT, near)) + 1);
  if (CIRCUMSTANCE.test(clause) || BASELINE_BEFORE.test(clause) || AUDIENCE.test(clause)) return true;
  // "raise its capacity from 38 MW today to (300 MW)": the value it starts from, and its "today", report nothing of the figure.
  // (Nor does a baseline set off before it: "US$1.5 billion by 2030, up from US$620 million today, and (at least 2,000 engineers …)".)
  const before = clause.replace(FROM_BEFORE_TO, '').replace(BASELINE_ASIDE, ' ');
  // (A list of the things the figure counts is read past: "91% of electricity, water and school-fee payments were cashless".)
  const rest = textAfter(text, end).replace(LISTED_THINGS, '$1 $2').replace(LIST_GOES_ON, ' ');
  const after = rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length).split(/\s+/).slice(0, AFTER_WORDS).join(' ');
  // "(the sub-department) processed 18,400 declarations …, 97.2% of them through the automated system": a share of a count reported.
  // (The figure's own words may hold it: "38% of them online".)
  const ofThem = OF_THEM.test(textAfter(text, end)) || /\bof\s+(?:them|these|those)\b/i.test(text.slice(start, end));
  const counted = ofThem ? PAST_COUNT.exec(before) : null;
  if (counted && lastIndex(FORWARD, before) < counted.index) return true;
  const reported = lastIndex(REPORTED, before);
  // "… had been covered in 2025, and the remaining 350 villages would be covered by 2026": a modal after the figure governs it.
  if (reported >= 0 && reported > lastIndex(FORWARD, before)) return !MODAL_AFTER.test(after);
  // ("…, above the goal of 80%, and (96%) of procedures can now be completed online": its own clause says it holds now, whatever the
  // clause before it says of a goal.)
  const now = NOW_AFTER.exec(after);
  if (now && lastIndex(FORWARD, after.slice(0, now.index)) < 0) return true;
  if (reported >= 0 || lastIndex(FORWARD, before) >= 0) return false;
  // "about 450 such engineers work in the province today", "about 300 companies have registered", "7,400 students were enrolled": a
  // count whose own words say it holds now, or has already happened.
  const own = text.slice(start, end);
  // (A count's own words may hold its past verb: "Seven border communes received satellite terminals donated by …".)
  if ((NOW.test(own) || PERFECT.test(own) || GOT.test(own)) && lastIndex(FORWARD, own) < 0) return true;
  const next = firstIndex(REPORTED_AFTER, after);
  if (next >= 0 && lastIndex(FORWARD, after.slice(0, next)) < 0) return true;
  // (So may the words after it, past a list of what it counts: "64,000 ha of coffee, durian and tea carried traceability codes".)
  const got = GOT.exec(after);
  return got !== null && lastIndex(FORWARD, after.slice(0, got.index)) < 0;
}

/**
 * Verbs of permission: what a rule allows ("allow institutes to keep at least 50%", "may use up to 30%", "firms can claim up to
 * 70%") is a right, not a promise; "(raise) online permits to 90%" names a document, no permission.
 */
// (Not a permit after a determiner, which is a document: "decide on every permit request".)
// (Not permits as things, before what they are for or their verb: "building permits for individual houses would be issued …".)
const PERMISSION = new RegExp(String.raw`\b(?:allow(?:s|ed|ing)?|(?<!\b(?:every|each|all|the|a|an|its|their|new)\s+)`
  // (Nor permits handled a way: "settle construction permits fully online within 12 working days".)
  + String.raw`permit(?:s(?!\s+(?:for|of|are|were|would|will|is|was|have|has|had|and|fully|online|within|electronically|digitally)\b)|ted|ting)?`
  + String.raw`(?!\s+to\s+(?:at\s+least\s+|more\s+than\s+)?$)|entitle(?:s|d)?|may)\b[^,;:.]*$`, 'i');
/**
 * What a rule entitles whom it governs to, however long its list of benefits: "(Projects …) are entitled to a corporate income tax rate
 * of 10% for 15 years, exemption for the first four years and a 50% reduction for the next nine years".
 */
const ENTITLED = /\b(?:are|is|be|been|being|remain)\s+(?:entitled|eligible)\s+(?:to|for)\b[^;:.]*$/i;
/** "can" in lower case only: "Can Tho" is a city. Not in a relative clause that picks out whom a share counts ("workers who can use …"). */
const CAN = /(?<!\b(?:who|that|which)\s+)\bcan\b[^,;:.]*$/;
/** What a speaker says cannot or will not be reached: "the province \"cannot reach 90% by the end of the year …\"", "won't hit". */
const NOT_TO_BE = /\b(?:cannot|can[’']t|could\s+not|couldn[’']t|will\s+not|won[’']t)\s+(?:\p{L}+\s+){0,2}$/u;
/** A provision of a legal text: "Article 12 requires that at least two of …", "Clause 3 stipulates …": a rule, not a promise. */
const PROVISION = /\b(?:Article|Clause|Point)\s+\d+\w*\b[^,;:.]*?\b(?:requires?|stipulates?|provides?|prescribes?|states?)\b[^;:.]*$/;
/**
 * What a legal text requires of whom it governs: "Under the circular, …, a centre must have at least 10 partner enterprises (to keep
 * its funding)": a criterion, not a promise (a plan's or a programme's figures are its targets).
 */
const RULE = /\bUnder\s+the\s+(?:new\s+|revised\s+|amended\s+)?(?:circular|decree|law|regulations?|rules?|guidelines?|ordinance)\b[^;.]*$/i;

/** A document described by what it holds: "an action programme with more than 140 tasks", "a plan of 12 projects". */
const CONTENTS = new RegExp(String.raw`\b(?:programmes?|programs?|plans?|resolutions?|decisions?|strateg(?:y|ies)|decrees?|laws?|circulars?|directives?`
  + String.raw`|schemes?|packages?)\s+(?:with|containing|comprising|of|that\s+(?:has|sets\s+out|lists))\s+`
  + String.raw`(?:(?:more\s+than|over|some|about|nearly)\s+)?$`, 'i');

/**
 * Whether the figure at `start` of a sentence is what a rule permits or provides, or what a document holds, rather than a
 * target (see PERMISSION, PROVISION, CONTENTS); or what a speaker says cannot be reached (NOT_TO_BE).
 */
export function isPermitted(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (PERMISSION.test(before) || CAN.test(before) || NOT_TO_BE.test(before) || provision(before) || CONTENTS.test(before) || RULE.test(before)
    || ENTITLED.test(before) || MAY_AFTER.test(text.slice(start, start + 120))) return true;
  // "Each cooperative may receive up to VND 50 million …, and household businesses up to VND 10 million": the same verb, left out.
  const elided = ELIDED_UP_TO.exec(/^up\s+to\s/i.test(text.slice(start)) ? `${before}up to ` : before);
  if (elided && isPermitted(text, start - before.length + elided.index)) return true;
  // "may cover up to 50% of the cost, not exceeding VND 2 billion per project": a cap on what is permitted is permitted too.
  // (The cap's words may open the figure: "(…, ) up to VND 300 million each".)
  const capOpening = /^(?:up\s+to|capped\s+at|no\s+more\s+than|at\s+most)\s/i.test(text.slice(start)) && /,\s*$/.test(before);
  const cap = CAP.exec(before) ?? (capOpening || /^not\s+exceeding\b/i.test(text.slice(start)) ? /,\s*$/.exec(before) : null);
  if (cap !== null && isPermitted(text, start - before.length + cap.index)) return true;
  // "firms may receive 30 percent of the cost of …, up to VND 2 billion per firm, and 50 percent of the cost of ERP software": a figure
  // right after ", and" is another object of the verb before, permitted as the clause's first figure is.
  const joined = JOINED_OBJECT.exec(before);
  // (Not the subject of a clause of its own: ", and 50 percent of them are to get support".)
  if (!joined || OWN_VERB.test(/^[^,;:]*/.exec(text.slice(start))![0])) return false;
  const clause = before.slice(0, joined.index);
  const first = FIRST_FIGURE.exec(clause.slice(clause.search(/[^;:.]*$/)));
  return first !== null && isPermitted(text, start - before.length + clause.search(/[^;:.]*$/) + first.index);
}
/** ", and" right before a figure, with no words of its own between. */
const JOINED_OBJECT = /,\s+and\s+(?:up\s+to\s+)?$/;
/** A clause's first figure: a number, or a currency before one; not a year ("may apply from 2031"). */
const FIRST_FIGURE = /(?:VND|US\$|USD|\$)?\s*\b(?!(?:19|20)\d{2}\b(?!\s*(?:%|per\s?cent)))\d/;
/** A figure that is the subject of a permission, a quota: "No more than 40 firms a year may receive line support". */
const MAY_AFTER = /^(?:(?!\b(?:is|are|was|were|will|would|must|should|shall|to|that|which|who)\b)[^,;:.])*?\smay\s+(?:only\s+)?\p{Ll}/u;
/** A verb of a clause's own. */
const OWN_VERB = /\b(?:is|are|was|were|will|would|must|should|shall|has|have|had)\b/;

/**
 * A provision before a figure, unless what it states is an aim: "Article 2 states that by 2030 the country strives to have at least
 * six …" states a target.
 */
function provision(before: string): boolean {
  const found = PROVISION.exec(before);
  return found !== null && !AIMED.test(found[0]);
}
/** A clause whose verb is left out, its subject and "up to" before a figure: ", and household businesses up to (VND 10 million)". */
const ELIDED_UP_TO = /,\s+and\s+(?:[\p{L}-]+\s+){1,5}up\s+to\s+(?:VND\s*|US\$\s*|USD\s*|\$)?$/iu;
/** An aim stated: "strives to", "aims to", "targets". */
const AIMED = /\b(?:aims?|aiming|strives?|striving|targets?|seeks?)\b/;

/** A cap set off by a comma right before a figure: ", not exceeding", ", up to", ", capped at" (and a currency). */
const CAP = /,\s*(?:not\s+exceeding|up\s+to|capped\s+at|no\s+more\s+than|at\s+most)\s+(?:VND\s*|US\$\s*|USD\s*|\$)?$/i;

/**
 * A projection: what a report or model expects to happen, not what anyone sets out to do ("the report projects that the digital
 * economy could reach 25% of GDP by 2030", "… could reach 25% if current policies hold").
 */
const PROJECTION = new RegExp(String.raw`\b(?:projects|projected|(?<!\b(?:the|a|this|that|its|our|their)\s)project|forecasts|forecast|predicts|predicted`
  + String.raw`|estimates|models)\s+that\b[^;:.]*$`
  // Or told by its noun, or as a speaker's estimate: "Their projection for Lào Cai is 15-17%", "this year we estimate 10.4%".
  + String.raw`|\b(?:projections?|forecasts?|estimates?)\s+(?:for|of)\b[^;:.]*$|\b(?:we|I)\s+(?:now\s+)?estimate\b[^;:.]*$`
  // Or as a scenario's: "Our base case is that domestic firms reach about 22% of the market by 2035".
  + String.raw`|\b(?:base\s+case|scenario|projection|forecast)\s+is\s+that\b[^;:.]*$`, 'i');
/** A forecast of a figure by its verb: "… and forecast TST's 2026 revenue at VND 20.9 trillion". */
const FORECAST = /\b(?:forecasts?|forecasted|predicts?|predicted)\s+(?!that\b)[^;:.]{0,80}$/i;
/** What those who study a market expect of it: "Analysts at one bank expect the AI market to reach …" is a forecast. */
// (Or a person quoted as such: "He expects patent applications to grow by about 12 per cent".)
const FORECASTERS = new RegExp(String.raw`(?:\b(?:analysts?|economists?|experts?|forecasters?|observers?|studies|study|reports?|surveys?)\b`
  + String.raw`|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s)[^;:.]{0,80}?`
  // (Not "projects" as a noun: "appraise feasibility studies for projects it manages".)
  + String.raw`\b(?:expects?|expected|forecasts?|predicts?|predicted|estimates?|(?<!\b(?:for|of|the|a|its|their|our|on|in|to|by|with|all|new)\s)projects?)`
  + String.raw`\b[^;:.]*$`, 'i');
/**
 * A figure that only could or might come about ("… could reach 25% if current policies hold", "I estimate that startups
 * could raise USD 300 million a year by 2030"): a possibility, which no one has set as a goal.
 */
const POSSIBLE = /\b(?:could|might)\b[^,;:.]*$/i;
/** An analyst's own view of what will be, opening the clause: "In our view, roughly a third of new capacity will go to …". */
// (Or a speaker's own hope, in the first person: "I hope that by 2028 every border market in the province will accept QR payments".)
const IN_OUR_VIEW = /\b(?:in\s+our\s+(?:view|opinion|estimate|assessment)|we\s+(?:think|believe|estimate|reckon)|(?:I|we)\s+(?:hope|wish))\b[^;:.]*$/i;
/** A figure judged out of reach, right after it: "the pace of nine months made 85 per cent unlikely". */
const DOUBTED = /^\s*(?:unlikely|impossible|out\s+of\s+reach|hard\s+to\s+reach)\b/i;

/** Whether the figure at `start`(-`end`) of a sentence is projected, possible or doubted rather than set as a target (see PROJECTION). */
export function isProjected(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - PROJECTION_REACH), start);
  return DOUBTED.test(text.slice(end, end + 30)) || PROJECTION.test(before) || FORECAST.test(before) || FORECASTERS.test(before) || POSSIBLE.test(before)
    || AT_PACE.test(before) || IN_OUR_VIEW.test(before)
    || (EXPECT_BEFORE.test(before) && TURNOUT.test(text.slice(start, start + 40)))
    || (EXPECTED.test(before) && THIS_YEAR_AFTER.test(text.slice(end, end + 30))) 
    || (EXPECTS.test(before) && ABOUT_FIGURE.test(text.slice(start, start + 20)))
    || RESPONDENTS_EXPECT.test(text.slice(end, end + 60)) || CLAIMED.test(before);
}

/**
 * What a post, a rumour or anyone claims or alleges will be, in its own clause: "a post claiming that … every household must install a
 * paid app by 30 June 2031, at a fee of VND 480,000": a claim the text reports, no one's target.
 */
const CLAIMED = /\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|rumou?r(?:s|ed)?|falsely\s+(?:said|says|stated|stating|suggest(?:s|ed|ing)?))\s+that\b[^;:.]*$/i;

/**
 * A share of those asked that expects, plans or says something: "Looking ahead, 58% expect to use AI … by 2030", "41 per cent of
 * respondents plan to …". What a survey's respondents foresee is no one's target.
 */
const RESPONDENTS_EXPECT = new RegExp(String.raw`^\s*(?:of\s+(?:the\s+)?(?:respondents|those\s+(?:surveyed|polled|asked)`
  + String.raw`|(?:surveyed|polled)\s+\p{Ll}+|members\s+surveyed)`
  + String.raw`\s+)?(?:expect|expected|plan|planned|say|said|believe|believed|think|thought|intend|intended|foresee|anticipate)\b`, 'iu');

/** "(the province) expected (GRDP growth of about 11.2 per cent) this year": an estimate of how the year will end, no target. */
const EXPECTED = /\bexpect(?:s|ed)\s+[^;:.]{0,60}$/i;
const THIS_YEAR_AFTER = /^\s*(?:this|for\s+the\s+whole)\s+year\b/i;

/** Where the present pace would lead: "At the current pace, the department warns, the province would reach only about 20 per cent". */
const AT_PACE = /\b(?:at|on)\s+(?:the\s+)?(?:current|present|this|that)\s+(?:pace|rate|speed|trend)\b[^;:.]*$/i;
/**
 * What a party commits or pledges to do, an agreement's terms: "TSTel commits to invest VND 18 trillion …, to build 14,000 new 5G base
 * stations", "pledged to train 500 engineers": a pledge, which the gold sets tell apart from a target.
 */
// (Or agrees to hold its own prices, as firms do: "software providers agreed to keep their monthly fee at no more than VND 150,000"; not a
// body that agrees to keep a target: "the Government had agreed to keep the growth target for 2026 at 10% or more".)
const PLEDGE = new RegExp(String.raw`\b(?:commits?|committed|pledges?|pledged|undertakes?|undertook|promised?)\s+(?:to|that)\b[^;:.]*$`
  + String.raw`|\bagree[sd]?\s+to\s+(?:keep|hold|cap)\s+(?:their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:fees?|prices?|tariffs?|charges?)\b[^;:.]*$`, 'iu');

/** What someone proposes, before it: "the department would propose to the Provincial People's Council a grant covering (30 per cent …)". */
// (Not one that proposes an aim: "the department proposed that the province strive for the digital economy to reach 15%", nor a
// document's proposal of what it sets: "It is proposed that the Government allocate at least 3% …", "The report also proposes that by
// 2026, 100% of …". A speaker's own is PERSON_PROPOSAL's.)
const PROPOSAL = new RegExp(String.raw`\b(?:(?:would|will|to)\s+propose|suggested|recommended|recommends?)\b(?![^;:.]*\b(?:strive|aim|target)s?\b)`
  + String.raw`[^;:.]*$`, 'i');

/**
 * What a speaker or a delegate proposes, whatever it is of: "I propose that the Provincial People's Council set that spending at no
 * less than 3%", "one delegate proposed raising the household target to 80% by 2027" (a document's proposal is what it sets, above).
 */
// (Of a body's members, or of the others: "Some members of the Committee proposed lowering …; others proposed keeping 95%".)
// (Or named, and where from: "Delegate Lò Văn Mừng (Mộc Châu ward) proposed raising the support to VND 100 million".)
// (Or one named by an honorific, who suggests it: "Ms Hương suggested that the province aim to bring all its seaports onto …".)
const PERSON_PROPOSAL = new RegExp(String.raw`\b(?:I|we|delegates?|deputies|deputy|members?|he|she|they|others|(?:Mr|Ms|Mrs|Dr)\.?(?=\s+\p{Lu}))`
  + String.raw`(?:\s+of\s+the\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}|(?<=delegate|deputy|Mr|Ms|Mrs|Dr|Mr\.|Ms\.|Mrs\.|Dr\.)`
  + String.raw`(?:\s+\p{Lu}[\p{L}\p{M}]*){1,5}(?:\s*\([^()]{1,40}\))?)?`
  + String.raw`\s+(?:had\s+|has\s+|also\s+)?(?:propos(?:e|ed)|suggest(?:s|ed)?)\b[^;:.]*$`, 'iu');

/**
 * What one body proposes that another set or adopt: "the Department proposes that the Provincial People's Committee set a target of
 * (90%)", "proposed that the province set aside (2%) of its annual budget". Not yet anyone's target (a proposal of an aim to strive
 * for, or of what a document itself sets, is read as above).
 */
const BODY_PROPOSAL = new RegExp(String.raw`\bpropos(?:e|es|ed)\s+that\s+(?:the\s+)?[^,;:.]{1,80}?\s(?:set|adopt|approve|raise|lower|keep)\b`
  + String.raw`[^;:.]*$`, 'i');

/**
 * A sentence that opens with what a draft proposes: "The draft Resolution proposes that by 2030: 95% of households …; 100% of
 * communes …". A draft's figures are not yet anyone's aim (what an adopted document proposes is: "The report also proposes …").
 */
const DRAFT_PROPOSES = /^(?:\d{1,2}[.)]\s+)?(?:The|A|This|Its)\s+draft\b[^.;:]{0,60}?\b(?:propos(?:es|ed)|puts)\b/i;
/** A draft told of in a relative clause: "(more modest than those in) the draft circulated for comment …, which proposed that (80 per cent …)". */
const DRAFT_WHICH_PROPOSED = /\bdraft\b[^.;:]{0,80}?,?\s+(?:which|that)\s+(?:had\s+)?propos(?:es|ed)\b[^;:.]*$/i;

/** Whether the figure at `start`-`end` of a sentence is what someone commits or pledges to, or proposes (see PLEDGE, PROPOSAL). */
export function isPledged(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - PROJECTION_REACH), start);
  // (What is proposed may open the figure's own words: "(proposes that) the Provincial People's Committee set a target of 90%".)
  return PLEDGE.test(before) || PROPOSAL.test(before) || PERSON_PROPOSAL.test(before)
    || BODY_PROPOSAL.test(text.slice(Math.max(0, start - PROJECTION_REACH), end)) || DRAFT_PROPOSES.test(text.slice(0, start))
    || DRAFT_WHICH_PROPOSED.test(before);
}

/**
 * A threshold that picks out things, not a level to reach: "asked the heads of communes and wards below 60 per cent to report …",
 * "the provinces above 80% will share their experience". The things right before it; a verb of theirs right after it.
 */
const THRESHOLD = /^(?:below|under|above|over|less\s+than|more\s+than|fewer\s+than)\s/i;
// (Or told in a relative clause: "Ministries and provinces that are below 80 per cent at the end of the third quarter will be named".)
// (Or by their size after "of": "Orchards of less than 0.3 hectares can register through a cooperative".)
const THINGS_BEFORE = /\b\p{L}\p{Ll}{2,}s\s+(?:(?:that|which|who)\s+(?:are|were|remain|stay)\s+|of\s+)?$/u;
const PICKED_OUT = new RegExp(String.raw`^\s*${OR_MORE}\b`, 'i');
const OWN_OR_MORE = new RegExp(String.raw`\s${OR_MORE}$`, 'i');
const WITH_MEASURE = /\b(?:with|having)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?(?:at\s+least\s+)?$/u;
// (Past a time: "(below 80 per cent) at the end of the third quarter will be named".)
const THEIR_VERB = new RegExp(String.raw`^(?:\s+(?:at|by|in)\s+the\s+end\s+of\s+(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?)?`
  + String.raw`\s+(?:to\s+\p{Ll}{3,}|must|should|shall|will|can|may|are|were|have|had)\b`, 'u');

/** Whether the figure at `start`-`end` of a sentence is a threshold that picks out things (see THRESHOLD). */
export function isThreshold(text: string, start: number, end: number): boolean {
  // "all household businesses with annual revenue of VND 1 billion or more (must issue …)": the figure picks the things out.
  // (The figure's own words may hold the "or more": "each with a design capacity of (50 MW or more)".)
  if ((PICKED_OUT.test(text.slice(end, end + 20)) || OWN_OR_MORE.test(text.slice(start, end))) && WITH_MEASURE.test(textBefore(text, start, 80))) return true;
  // "(at least 90% of commune health stations … shall have) a broadband connection of at least 100 Mbps": what each thing a share
  // counts is to have, no figure to reach of its own.
  if (HAVE_MEASURE.test(textBefore(text, start, 80)) && SHARE_OF_THINGS.test(textBefore(text, start, 240))) return true;
  // "(3 to 5 smart agriculture zones) of at least 500 ha each": the size of each of the things counted before it.
  if (EACH_AFTER.test(text.slice(end, end + 12)) && OF_THINGS_BEFORE.test(textBefore(text, start, 60))) return true;
  if (!THRESHOLD.test(text.slice(start, start + 12))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // "(work with the Department of Health on cashless payments at) the eight hospitals still below 80%": things where they stand now.
  // "(free for owners of) vessels under 24 metres": a size picks the things out, whatever follows.
  // (The figure's words may run on past its size: "vessels (above 200 tonnes to carry tracking devices)".)
  const own = text.slice(start, end);
  // (Their verb may be inside the figure's words, read on past a bare number: "residents (over 60 can get a signature free …)".)
  const bare = BARE_THRESHOLD.exec(own);
  return (THINGS_BEFORE.test(before) && (THEIR_VERB.test(text.slice(end, end + 60)) || SIZE_UNIT.test(own) || SIZE_FIRST.test(own)
    || (bare !== null && THEIR_VERB.test(own.slice(bare[0].length)))))
    || THINGS_STILL.test(before) || THINGS_WITH.test(before);
}
/** Things a figure after "with" picks out by their size: "(small businesses) with (fewer than 50 workers get one free)". */
const THINGS_WITH = /\b\p{L}[\p{Ll}-]{2,}s\s+with\s+$/u;
/** A threshold's word and a bare number, at the start of a figure's words: "over 60". */
const BARE_THRESHOLD = /^\S+(?:\s+than)?\s+\d[\d,.]*(?=\s)/;
/** A measure each thing is to have, right before its figure: "(shall) have a broadband connection of". */
const HAVE_MEASURE = /\b(?:have|has|with|having)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}?of\s+$/u;
/** A share of things earlier in the clause: "at least 90% of commune health stations in …". */
const SHARE_OF_THINGS = /\d\s*(?:%|per\s?cent)\s+of\s+[^,;:.]{2,200}$/;
/** What makes a figure the size of each of the things before it: "… each", "… apiece". */
const EACH_AFTER = /^\s+(?:each|apiece)\b/;
/** Things counted right before a size of each: "zones of (at least)". */
const OF_THINGS_BEFORE = new RegExp(String.raw`\b\p{L}+s\s+of\s+(?:${QUALIFIER}\s+)?$`, 'u');
/** The unit of a thing's size, ending a threshold's figure: "under 24 metres", "below 50 employees", "over 90 tonnes". */
const SIZE_WORDS = String.raw`(?:metres|meters|m|hectares|ha|tonnes|tons|kW|horsepower|hp|seats|employees|workers|staff|years\s+old)`;
const SIZE_UNIT = new RegExp(String.raw`\d\s*${SIZE_WORDS}$`, 'i');
/** A threshold's size first in the figure's words: "above 200 tonnes (to carry …)". */
const SIZE_FIRST = new RegExp(String.raw`^\S+(?:\s+than)?\s+\d[\d,.]*\s*${SIZE_WORDS}\b`, 'i');
/** Things and "still" before a threshold: "hospitals still (below 80%)", "communes that are still (under 50%)". */
const THINGS_STILL = /\b\p{L}\p{Ll}{2,}s\s+(?:(?:that|which|who)\s+(?:are|were|remain)\s+)?still\s+$/u;

/** How far before a figure the words that make it a projection are looked for. */
const PROJECTION_REACH = 240;
/** "(The provincial operations centre) expects (about 85% of port procedures to be online …)": a figure expected at about a level is an estimate. */
const EXPECTS = /\bexpects?\s+$/i;
const ABOUT_FIGURE = /^(?:about|around|roughly|approximately)\s+\d/i;
/** "(This year they) expect around (4,000 delegates)": a turnout expected at a gathering is a projection, no one's target. */
const EXPECT_BEFORE = /\bexpects?\s+(?:(?:about|around|some|nearly|more\s+than|over|up\s+to)\s+)?(?:[\d,.]+\s+[a-z]+\s+and\s+)?$/i;
const TURNOUT = new RegExp(String.raw`^(?:(?:about|around|some|nearly|more\s+than|over|up\s+to)\s+)?[\d,.]+\s+`
  + String.raw`(?:delegates|visitors|participants|exhibitors|attendees|guests|spectators|booths)\b`);

/**
 * What is paid out, before a figure in its clause or right after it: "a cash dividend of 12%", "a monthly allowance of VND 3 million".
 * Not fees: "cashless payment of hospital fees to at least 70%" is a target on how fees are paid.
 */
const PAYOUT = /\b(?:dividends?|allowances?|stipends?|salar(?:y|ies)|wages?|bonus(?:es)?|prizes?)\b/i;
// "Third prize, VND150 million, went to …": the sum may stand in apposition after its noun.
const PAYOUT_BEFORE = new RegExp(String.raw`${PAYOUT.source}(?:\s*,)?[^,;:.]{0,30}$`, 'i');

/** A support level before a sum: "with a support level of up to (VND 300 million per project)", "are supported with (VND 3,000,000 …)". */
const SUPPORT_BEFORE = new RegExp(String.raw`\b(?:support(?:\s+levels?)?|supported|subsid(?:y|ies|ised|ized)|grants?|vouchers?|scholarships?)\s+`
  + String.raw`(?:(?:of|with|at)\s+)?(?:up\s+to\s+|at\s+most\s+)?$`, 'i');
/** A share of a cost paid, up to a limit: "(Support SMEs with) up to 50% of the cost of subscribing …", "at most 70 per cent of costs". */
const COST_SHARE = new RegExp(String.raw`\b(?:up\s+to|at\s+most|no\s+more\s+than)\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+of\s+`
  + String.raw`(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+)?costs?\b`, 'iu');
/**
 * A share of a cost a policy pays: "(are) supported with 50% of their office rent", "covers half of the rent of recognised centres".
 * (Not a share of things covered: "covers 90% of communes" is a target.)
 */
// (Or support received of it: "(a homestay …) will receive support of 50 per cent of the cost".)
const PAID_SHARE = new RegExp(String.raw`\b(?:supported\s+with|cover(?:s|ed|ing)?|pa(?:ys|id|ying)|reimburs\w*|subsidi[sz]\w*`
  + String.raw`|(?:receive[sd]?|receiving|gets?|got)\s+(?:a\s+)?(?:support|subsid(?:y|ies)|grants?)\s+(?:of|covering))\s+(?:up\s+to\s+)?`
  + String.raw`(?:half|a\s+third|a\s+quarter|[\d.,]+\s*(?:%|per\s?cent|percent))\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?`
  + String.raw`(?:rent|costs?|fees?|expenses?|interest|tuition|premiums?)\b`, 'iu');
/** A price, before its sum: "Subscription for 2027: (VND 2,400,000 a year)", "single issues (VND 60,000)", "tickets cost (…)". */
// (Or a fee, a charge, a toll: "the monthly fee for the basic package is (VND 165,000)"; or a fine: "the fines of up to (VND 100 million)".)
const PRICE_BEFORE = new RegExp(String.raw`\b(?:subscriptions?|prices?|single\s+(?:issues?|copies)|tickets?|admission|fees?|charges?|tariffs?`
  + String.raw`|tolls?|fines?|penalt(?:y|ies))\b[^,;.]{0,40}$`, 'i');
/** The cap on a sum paid: "(…,) capped at (VND 60 million per enterprise per year)". */
const CAPPED_BEFORE = /\b(?:capped|limited)\s+at\s+(?:a\s+maximum\s+of\s+)?$/i;
/** A sum of money, by its unit. */
const MONEY_UNIT = /\b(?:VND|USD|dong|dollars?)\b/;
/** A sum in money, by its currency (MONEY_UNIT's, or a dollar sign): what a support level pays. */
export const MONEY = new RegExp(String.raw`${MONEY_UNIT.source}|US\$|\$`);

/** A benefit a share gives, after it: "(a 50 per cent) rent reduction", "(a 30%) tax exemption", "(receive 100%) fee support". */
const DISCOUNT = /^\s*(?:(?:land\s+)?(?:rent|tax|fee|interest|tuition|price)\s+)(?:reduction|discount|exemption|rebate|cut|support|subsidy|waiver)\b/i;
/** A cap before a sum (or at its start): "up to", "not more than", "at most". */
const CAP_BEFORE = /\b(?:up\s+to|(?:not|no)\s+more\s+than|at\s+most)\s/i;
/** Whom a sum is paid to each of, after it: "(up to VND 2 billion) for each firm's …", "(…) per project". */
const PER_RECIPIENT = /^\s*(?:for\s+(?:each|every)|per)\s/i;

/**
 * Whether the figure at `start`-`end` of a sentence is a payment (a dividend, an allowance, a fee, a sum of support paid per project
 * or per course, a discount a policy gives), not a target.
 */
export function isPayout(text: string, start: number, end: number): boolean {
  return PAYOUT_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || PAYOUT.test(text.slice(end, end + 16).split(/[,;.]/)[0]!)
    || (SUPPORT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && MONEY.test(text.slice(Math.max(0, start - 4), end)))
    || COST_SHARE.test(text.slice(Math.max(0, start - 16), end + 30))
    || (CAPPED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && MONEY.test(text.slice(Math.max(0, start - 4), end)))
    || DISCOUNT.test(text.slice(end, end + 40))
    || PAID_SHARE.test(text.slice(Math.max(0, start - 40), end + 60))
    || (PRICE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && MONEY.test(text.slice(Math.max(0, start - 4), end)))
    // (A cap on a share of a cost paid before it: "support of 50 per cent of the cost, up to VND 30 million".)
    || (CAP_BEFORE.test(text.slice(Math.max(0, start - 20), start + 8)) && MONEY.test(text.slice(start, end))
      && PAID_SHARE.test(text.slice(Math.max(0, start - 120), start)))
    // (A cap paid to each: "up to VND 10 billion per centre", "but not more than VND 2 billion per centre per year".)
    || (CAP_BEFORE.test(text.slice(Math.max(0, start - 20), start + 8)) && MONEY.test(text.slice(start, end))
      && (PER_RECIPIENT.test(text.slice(end, end + 20)) || /\sper\s/i.test(text.slice(start, end))));
}

/**
 * Words before a sum in its clause that make it an allocation, a cost, a prize or a pledge rather than a goal: "would set
 * aside at most VND 250 million", "a proposed total capital of VND 1,250 billion", "a plan with a total of …", "prizes
 * worth …", a budget estimate's revenue and expenditure. A sum to raise or attract ("mobilise a total investment of VND 5 trillion by
 * 2030", "venture funding must reach VND 12 trillion") is a goal.
 */
const ALLOCATION = new RegExp(String.raw`\b(?:set(?:s|ting)?\s+aside|reserv(?:e|es|ed|ing)|allocat\w*|earmark\w*|budgeted`
  // (Or what a budget is: "The programme's budget is VND 9,000 billion".)
  + String.raw`|budget\s+(?:for|of|estimates?|is|was|will\s+be|totals?|amounts?\s+to)|capital\s+of`
  // (A programme's total funding: "The total funding for 2029–2030 is (VND 360 billion)".)
  + String.raw`|total\s+(?:funding|budget|cost)`
  // (Or what it is costed at: "The plan is costed at about VND 310 billion".)
  + String.raw`|costs?|costing|costed|priced`
  // What a body arranges, provides or contributes, or a recipient receives: "the Ministry of Finance shall arrange VND 1,850 billion",
  // "The Ministry will also provide VND 120 billion over three years for the project, with the province contributing a further …".
  + String.raw`|arrang(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)\s+(?:a\s+further|another)`
  // What a body will spend or invest, a scheme is funded with, or money to be recovered or refunded.
  + String.raw`|spend(?:s|ing)?|spent|invest(?:s|ing)?|funded\s+with|recover\w*|repa(?:y|id)|refund\w*|releas\w*`
  // A balance of loans outstanding is a measure to reach ("outstanding loans of VND 40 trillion by 2027"), not a loan made.
  // (A decimal point is no clause's end: "a budget estimate with revenue of VND64.2 billion and expenditure of …".)
  + String.raw`|with\s+a\s+total|worth|valued|prizes?|grants?|(?<!\boutstanding\s)loans?|pledg\w*)\b(?:[^,;:.]|\.(?=\d))*$`, 'i');

/** A fact box's label of a sum, right before it: "| Budget: (VND 2,400 billion)", "Total cost: (…)". */
const FUNDING_LABEL = /(?:^|\|)\s*(?:budget|funding|total\s+(?:cost|funding)|kinh\s+phí)(?:\s*\([^()]*\))?\s*:\s*(?:VND|USD|US\$|\$)?\s*$/i;
/**
 * A sum a budget pays, after it: "(VND1,250 billion) from the city budget", "(VND120 billion) of the provincial budget". Not a
 * share of one ("5% of the state budget" is no sum).
 */
const FROM_BUDGET = new RegExp(String.raw`^[^,;.]{0,40}?\s(?:from|of|out\s+of)\s+(?:the\s+)?`
  + String.raw`(?:state|central|city|provincial|local|national|public|ministry's|city's|province's)\s+budgets?\b`, 'i');
/** A budget as the subject that pays it, before: "The provincial budget will contribute (VND120 billion)". */
const BUDGET_PAYS = /\bbudgets?\s+(?:will\s+|would\s+|is\s+to\s+)?(?:contribute|provide|cover|fund|finance)s?\s+(?:about\s+|around\s+)?$/i;

/** A share of profit, revenue or a budget set aside, after the figure: "(10%) of pre-tax profit is to be set aside". */
const SET_ASIDE_AFTER = new RegExp(String.raw`^(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?(?:profits?|revenues?|budgets?|income|earnings))`
  + String.raw`\s+(?:is|are|will\s+be|shall\s+be)\s+(?:to\s+be\s+)?(?:set\s+aside|allocated|transferred|contributed|deducted|earmarked)\b`, 'iu');

/** A share of a cost and where it comes from, after the share's number: "(40) per cent of it from the state budget". */
const SHARE_OF_COST_FROM = /^(?:%|per\s?cent|percent)\s+of\s+(?:it|this|that|the\s+(?:cost|sum|total|amount|funding))\s+(?:[\p{L}-]+\s+){0,3}?from\s/iu;

/** A share's number, and a word of about how much before it, at the start of its words: "about 40", "60". */
// (Not a qualifier of an aim: "with at least 55% of it coming from enterprises" is a target of its own.)
const SHARE_NUMBER = /^(?:(?:about|around|some|roughly|nearly|almost)\s+)?[\d.,]+\s*/i;
/** A share and the source it comes from, after the share's number: "(40)% from the state budget", "(60) per cent from businesses". */
const SHARE_FROM_SOURCE = new RegExp(String.raw`^(?:%|per\s?cent|percent)\s+(?:(?:is\s+to\s+come|will\s+come|comes?|coming)\s+)?from\s+(?:the\s+)?`
  + String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:budgets?|sector|businesses|enterprises|investors|firms|sources|capital|funds?|loans|donors|ODA)\b`, 'iu');
/** A verb of adding in the present, right before a share: "adds about", "add up to". */
const ADDS_BEFORE = /\badds?\s+(?:(?:about|around|some|roughly|up\s+to)\s+)?$/i;
/** A share's number or range at the start of its words: "0.3 to 0.5", "2-3", "4". */
const SHARE_RANGE = /^[\d.,]+(?:\s*(?:[-–]|to)\s*[\d.,]+)?\s*/;
/** A share of a cost, after its number: "(0.5) per cent to the design cost", "(2)% to their bills". */
const TO_COST = /^(?:%|per\s?cent|percent)\s+to\s+(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:costs?|prices?|bills?|budgets?)\b/iu;
/** A sum of money in the words before a share: "VND 3,450 billion", "USD 20 million", "2,150 billion dong". */
const SUM_BEFORE = /\b(?:VND|USD|US\$)\s*[\d.,]+|[\d.,]+\s*(?:trillion|billion|million)\s+(?:VND|dong|USD)\b/i;

/** Whether a sum at `start` (to `end`) of a sentence is allocated, spent, awarded or paid by a budget rather than a target (see ALLOCATION). */
export function isAllocation(text: string, start: number, unit: string | null, end = start): boolean {
  // A share of a sum set aside for a purpose, of any unit: "10% of pre-tax profit is to be set aside each year".
  if (SET_ASIDE_AFTER.test(text.slice(end, end + 60))) return true;
  // Or where a part of a cost comes from: "The programme will cost VND 12 trillion, (40 per cent) of it from the state budget".
  const share = text.slice(start, start + 80).replace(SHARE_NUMBER, '');
  if (SHARE_OF_COST_FROM.test(share)) return true;
  // (Or straight from a source, after a sum: "The programme will cost VND 3,450 billion …, (about 40%) from the state budget".)
  if (SHARE_FROM_SOURCE.test(share) && SUM_BEFORE.test(text.slice(Math.max(0, start - 160), start))) return true;
  // (Or what a thing adds to a cost: "a BIM model adds about (0.3 to 0.5 per cent) to the design cost of a medium project".)
  if (ADDS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && TO_COST.test(text.slice(start, start + 80).replace(SHARE_RANGE, ''))) return true;
  if (unit === null || !MONEY_UNIT.test(unit)) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  // (A part of such a sum, after it: "The Department's budget for 2031 is VND 318 billion, including (VND 140 billion) for the fund".)
  const part = INCLUDING_BEFORE.exec(before);
  if (part && ALLOCATION.test(before.slice(0, part.index))) return true;
  return ALLOCATION.test(before) || FUNDING_LABEL.test(before) || BUDGET_PAYS.test(before) || FROM_BUDGET.test(text.slice(end, end + 120))
    || (ADD_BEFORE.test(before) && TO_BUDGET.test(text.slice(end, end + 60)));
}

/** A part of a sum named before, right before its own: ", including ", ", of which ". */
const INCLUDING_BEFORE = /,\s+(?:including|of\s+which)\s+(?:about\s+|around\s+|some\s+)?$/i;

/** "(asks the Department of Finance to) add (VND 95 billion) to the 2030 budget": a sum added to a budget is allocated. */
const ADD_BEFORE = /\badd(?:s|ed|ing)?\s+(?:(?:about|around|some|another|a\s+further)\s+)?$/i;
const TO_BUDGET = /^\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\d’'-]+\s+){0,3}budgets?\b/iu;

/** "respond within at most 10 working days of receipt": the time a procedure may take, not a goal with a deadline. */
const TIME_LIMIT = /\bwithin\s+(?:(?:at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of)\s+)?$/i;

/** A year written in a sentence. */
export const YEAR = /\b(?:19|20)\d{2}\b/;
/** A year told relative to the page's: "from next year", "this year". */
const NEXT_YEAR = /\b(?:next|this)\s+year\b/i;

/**
 * Whether a duration at `start` of a sentence is a procedure's time limit (see TIME_LIMIT), or a duration in a sentence that
 * names no year of its own ("No more than 30 working days from a complete dossier"): a limit, whatever deadline a frame sets. `ownAim`:
 * the sentence is an item of a list a body set as its own aims, in a year; `objectives`: an item of a list of objectives by a year.
 */
export function isTimeLimit(text: string, start: number, unit: string | null, ownAim = false, objectives = false): boolean {
  if (unit === null || !/^(?:working\s+)?(?:days?|hours?|weeks?|months?)\b/.test(unit)) return false;
  // (Nor an item of a list a body set as its own aims in a year: "By 2033, the library aims to: … - deliver every interlibrary loan in no
  // more than 5 working days;".)
  if (ownAim) return false;
  const before = text.slice(Math.max(0, start - 100), start);
  // (Nor a length an item of a list of objectives by a year says a time is to be, not "within": "e) The average waiting time for imaging
  // results is no more than 2 hours;".)
  if (objectives && !TIME_LIMIT.test(before)) return false;
  // "(- ) cut the time to register a business to 2 working days": a time brought down to a length is an aim, in a frame's year.
  // (Not a body's own aim for its work, in a year: "has set an aim for its own work: from 2032, it will decide on every grant application
  // within 45 days".)
  // (Its year may be told relative to the page's: "from next year, the Ministry … will answer every request … within 20 working days".)
  if ((YEAR.test(text) || NEXT_YEAR.test(text)) && pledgedTime(text, start)) return false;
  return TIME_LIMIT.test(before) || (!YEAR.test(text) && !CUT_TO.test(before));
}
/**
 * An aim a body set itself, then what it is: "set an aim for its own work:", "has set itself a goal:", "set itself two aims for this
 * year:"; or one it gives as its own: "as an aim for its own work,", "the Ministry's own commitment:", "has an aim of its own:".
 */
export const AIM_SET = new RegExp(String.raw`\bset\s+(?:itself\s+)?(?:an?\s+|two\s+|three\s+)?(?:aims?|goals?|targets?)\b[^.:;]{0,60}:`
  + String.raw`|\bas\s+an?\s+(?:aim|goal)\s+for\s+its\s+own\s+work\s*,|\bown\s+(?:commitment|pledge|promise)\s*:`
  // ("Sao Mai Telecom also has an aim of its own in Cần Thơ: to provide …".)
  + String.raw`|\bha(?:s|d|ve)\s+(?:an?\s+)?(?:aim|goal|target)\s+of\s+(?:its|their)\s+own\b[^.:;]{0,40}:`, 'i');
/** A year a thing is done from or by, as a pledge opens: "From 2031", "by the end of 2029", "from next year". As a pattern's source. */
export const FROM_OR_BY_YEAR = String.raw`(?:[Ff]rom|[Bb]y(?:\s+the\s+end\s+of)?)\s+(?:(?:19|20)\d\d|next\s+year|this\s+year)`;
/**
 * A body's own pledge from a year or by one, in the first person or the third: "From 2030, we will (resolve every billing complaint within
 * 48 hours)", as a company's or a utility's page writes its own aims; "By the end of 2029, it will (answer every complaint … within 48
 * hours)"; "her department would, from 2029, (approve every investment dossier … within 3 working days)". (Not "shall", a rule's voice:
 * "From 2026, the agency shall answer within at most 15 working days of receipt" sets a procedure's limit.)
 */
// (Or a body that aims to, by its name: "By the end of 2032, the Nghệ An Provincial Red Cross Society aims to … pay cash aid … within 72
// hours", "By the end of 2031, Nậm Lùm Hydropower Joint Stock Company aims to …".)
const PLEDGED_FROM_YEAR = new RegExp(String.raw`\b${FROM_OR_BY_YEAR}\s*,?\s+`
  + String.raw`(?:we|it|they|(?:the|its|our|their|his|her)\s+[\p{L}\p{M}’'\s]{1,60}?)\s+(?:will|would)\s[^;:]*$`
  + String.raw`|\b${FROM_OR_BY_YEAR}\s*,?\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}’'\s-]{1,70}?\s+(?:also\s+)?aims\s+to\s[^;:]*$`
  // (A rule's "shall" is a pledge too when what the body is to do is to each one of a thing: "From 2032, it shall … decide on each
  // application …".)
  + String.raw`|\b${FROM_OR_BY_YEAR}\s*,?\s+(?:it|they|(?:the|its|their)\s+[\p{L}\p{M}’'\s]{1,60}?)\s+shall\s[^;:]*\b(?:every|each)\s[^;:]*$`
  // (Or a pledge with no commas round its year, "would from this year restore …"; or a commitment, "has committed for its own work, by the
  // end of 2031, to answer …".)
  + String.raw`|\b(?:will|would|(?:has|have|had)\s+(?:committed|pledged|promised)(?:\s+for\s+its\s+own\s+work)?),?\s+${FROM_OR_BY_YEAR},?\s[^;:]*$`, 'u');
/** Whether the words before a figure's verb say its body set it as its own aim (AIM_SET), or pledge it from a year (PLEDGED_FROM_YEAR). */
export const ownAimBefore = (before: string): boolean => AIM_SET.test(before) || PLEDGED_FROM_YEAR.test(before);
/** A pledge's verb before a time, in the clause: "(The fund) will also decide on every grant application under the programme within". */
// (Or an aim's: "(The centre …) aims to publish every fire alert within (15 minutes from 2031)".)
const WILL_BEFORE = /\b(?:will|would|aims?\s+to|plans?\s+to)\s+(?:also\s+)?\p{Ll}+\s[^;:.]*$/u;
/** A time, then the year it is pledged from or by: "45 days from 2029", "2 working days by the end of 2030". */
const YEAR_AFTER_TIME = new RegExp(String.raw`^\S+\s+(?:working\s+)?(?:minutes?|days?|hours?|weeks?|months?)\s*,?\s+${FROM_OR_BY_YEAR}\b`);
/**
 * Whether the time at `start` of a sentence is pledged as the body's own aim: before it (see ownAimBefore), or by "will" before it and
 * the year after it: "(The fund) will also decide on every grant application … within 45 days from 2029".
 */
export const pledgedTime = (text: string, start: number): boolean => ownAimBefore(text.slice(Math.max(0, start - AIM_BEFORE_REACH), start))
  || (WILL_BEFORE.test(text.slice(Math.max(0, start - 200), start)) && YEAR_AFTER_TIME.test(text.slice(start, start + YEAR_AFTER_REACH)));
/** How far before a time the words that make it a body's own aim are read (a sentence of thousands of times is not read again for each). */
export const AIM_BEFORE_REACH = 300;
/** How far after a time's number its year may end: "45 working days, by the end of 2030". */
const YEAR_AFTER_REACH = 60;
/** A time brought down to a length, right before the length: "cut the time to register a business to", "shorten … to under". */
const CUT_TO = new RegExp(String.raw`\b(?:cut|cutting|reduce|reducing|shorten|shortening|bring\s+down|lower|lowering)\b[^,;.]{1,80}\s+to\s+`
  + String.raw`(?:(?:under|below|at\s+most|no\s+more\s+than)\s+)?$`, 'i');

/** Words of a vote's tally in a sentence: "… votes in favour, three against and three abstentions", "74 for, 1 against". */
const TALLY = /\b(?:against|abstentions?|abstained|in\s+favou?r)\b/i;
/** What a count of votes is, after it: "71 votes", "74 for,", "1 against", "2 abstentions", "3 abstained". */
const VOTES_AFTER = /^\s*(?:votes?\b|for\s*[,;]|against\b|abstentions?\b|abstained\b|in\s+favou?r\b)/i;

/** The unit a count of votes is read with: "abstentions", "against", "votes". */
const VOTE_UNIT = /^(?:votes?|for|against|abstentions?|abstained|in\s+favou?r)\b/i;

/**
 * A sentence of a scorecard's rules: "Each agency … will be scored on a 100-point scorecard: 40 points for digital services, 30 for …",
 * "Collectives scoring at least 90 points will be proposed for a Certificate of Merit". Its figures are how units are scored, no targets.
 */
const SCORING = new RegExp(String.raw`\b(?:score\s*cards?|(?:will\s+be|are|is|to\s+be)\s+scored`
  + String.raw`|scoring\s+(?:at\s+least|over|above|more\s+than|below|under|fewer\s+than|less\s+than))\b`, 'i');

/**
 * A field of a course's or an event's notice, its label first: "- Participants: 60 officials of communes and wards", "- Fee: VND 2,400,000
 * per participant", "Duration: 10 days". What it states is how the course runs, no target.
 */
const NOTICE_FIELD = new RegExp(String.raw`^\s*(?:[-•*–]\s+)?(?:fees?|costs?|price|tuition|participants|attendees|trainees|learners|seats|places`
  + String.raw`|capacity|class\s+size|duration|venue|schedule|registration)\s*:`
  // (Or a price list's line, a thing and its price after a colon: "- Standard booth (3 m × 3 m): VND 12 million; …", not a target's.)
  + String.raw`|^\s*(?:[-•*–]\s+)?(?![^:]*\b(?:targets?|goals?|aims?|plans?)\b)[^:;.]{2,60}:\s*(?:VND|USD|US\$|\$|€)\s*\d`, 'i');

/**
 * Whether a sentence is a strip of key figures set apart by middle dots, each opening with its figure: "9.6% digital economy share of
 * GRDP, 2029 · 530 digital technology enterprises · 37 villages without a signal · VND 1,400 billion for 2031–2035". What such a strip
 * states is the text's figures at a glance, reported or budgeted, not a target (those are in its sentences).
 */
// (Or each labelled before its figure: "Delegates: 86 | Present: 82 | Support budget 2031–2035: VND 120 billion | Draft ERP figure: 50% → 60%".)
export function isFigureStrip(text: string): boolean {
  const parts = text.split(/\s[·•|]\s/);
  return parts.length >= 3 && parts.every((p) => STRIP_FIGURE.test(p));
}
/** A part of a strip of key figures: its figure, or a short label and a colon before it. */
const STRIP_FIGURE = /^\s*(?:[^\s:;.|·•][^:;.|·•]{0,60}:\s*)?(?:VND|USD|US\$|\$)?\s*\d/;

/** Whether a sentence is a field of a notice (see NOTICE_FIELD). */
export const isNoticeField = (text: string): boolean => NOTICE_FIELD.test(text);

/** Whether a sentence states how units are scored (see SCORING). */
export const isScoringRule = (text: string): boolean => SCORING.test(text);

/**
 * Whether the figure ending at `end` of a sentence, read with `unit`, counts votes in a tally ("74 for, 1 against, 2 abstentions"):
 * no target.
 */
export function isVoteCount(text: string, end: number, unit: string | null): boolean {
  return (VOTES_AFTER.test(text.slice(end, end + 20)) || VOTE_UNIT.test(unit ?? '')) && TALLY.test(text);
}
