import { comparatorOf } from './comparator.ts';
import { anyCase } from '../regexp.ts';
import { metricName, subjectBefore } from './metric.ts';
import { countedPhrase, EXAMPLE_COMMA, NOUN_LIST_COMMA } from './noun-phrase.ts';
import {
  BETWEEN, DIGITS, FIGURE_OPENER, NUMBER, numberOf, OR_MORE, PERCENT_SIGN, QUALIFIER, RANGE_TOP, rangeTop, TIME_UNIT, TOP_NUMBER, VALUE, WORD,
} from './quantity.ts';
import type { ProposalContext, TargetParser, TargetProposal } from './types.ts';
import { findFigures } from './fact-parser.ts';
import { allMatches } from '../extract/all-matches.ts';
import { IRREGULAR_PARTICIPLE, participleOf } from '../extract/lexicon/irregular-verbs.ts';
import { textAfter, textBefore } from '../reach.ts';
import { CALENDAR } from '../extract/name-grammar.ts';
import { MONTH_NAMES } from '../time/words.ts';
import { escapeRegExp } from '../regexp.ts';
import { AIM_BEFORE_REACH, AIM_SET, FROM_OR_BY_YEAR, ownAimBefore, pledgedTime, YEAR } from './reported.ts';
import { HANDLING, HANDLING_SOURCE } from './handling.ts';
import { ORGANIZATION_HEADS } from '../extract/lexicon/organization-heads.ts';

/** Verbs whose final consonant doubles before "-ed" (the stress on their last syllable, or British "-lled"). */
const DOUBLED_FINAL = new RegExp(String.raw`^(?:enrol|admit|plan|ship|equip|transfer|commit|submit|control|patrol|refer|permit|stop|drop|fit|tap|map`
  + String.raw`|scan|label|level|travel|model|cancel|signal|channel)$`);

/** A list item's marker and the space after it: "- ", "• ", "b) ", "3. ". As a pattern's source, no group. */
const ITEM_MARKER = String.raw`(?:(?:[-•*–]|[a-zđ]\)|\d{1,2}[.)])\s+)`;

/**
 * The words a count counts, as a regular expression source with one group: up to thirteen words, the first a word or a
 * name with digits in it ("5G base stations", "AI data centres").
 */
/** A word of a counted phrase after its first: "R&D", "world's", "5G", "top 500" ("universities ranked in the world's top 500"). */
/** The year a figure is due, as a clause after it names it: "(by) 2030", "(by) the end of 2029", "(by the end of) this year". */
// (Or a month of it, and a day: "by June 2027", "by December 31, 2026".)
const DUE_YEAR = String.raw`(?:the\s+end\s+of\s+)?(?:(?:(?:${MONTH_NAMES.join('|')})(?:\s+\d{1,2},?)?\s+)?(?:19|20)\d\d|(?:this|next)\s+year)`;
const PHRASE_WORD = String.raw`(?:top\s+\d{1,4}\b|[\p{L}-]+(?:[’'][\p{L}]+|&\p{L}+)?|\d+\p{L}[\p{L}\d-]*)`;
// (Its first word may join two letters with "&": "300 R&D centres".)
// (It never runs into a deadline: "… on the e-union platform (by the end of 2029)", its words capped before the year; nor into a whole of
// another clause: "300,000 dossiers a year (and every commune is to have …)".)
/**
 * What parts the words of a phrase: blanks, or the comma between examples it lists ("farm products such as tea, cardamom and plums") or
 * between the things it counts ("tour guides, homestay owners and commune officials").
 */
const PHRASE_GAP = String.raw`(?:\s+|,(?=${EXAMPLE_COMMA}|${NOUN_LIST_COMMA})\s+)`;
const PHRASE = String.raw`((?:\p{L}[\p{L}-]*(?:&\p{L}+)?|\d+\p{L}[\p{L}\d-]*)`
  + String.raw`(?:${PHRASE_GAP}(?!by\s+(?:the\s+(?:end|middle|start|beginning)\s+of\b|(?:19|20)\d\d\b))(?!and\s+(?:every|each|all)\s)${PHRASE_WORD}){0,16})`;
const BASE = String.raw`(?:\s+of\s+(?:(?:the\s+(?:city|province|country|nation|region)|\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2})[’']s\s+)?(GDP|GRDP`
  + String.raw`|(?:(?:the|its|their)\s+)?(?:(?:national|state|total|annual`
  + String.raw`|local)\s+)+budget(?:\s+(?:expenditure|spending|revenue))?|(?:(?:the|its|their)\s+)?(?:total\s+)?[\p{L}-]+\s+(?:budget(?:\s+(?:expenditure`
  + String.raw`|spending|revenue))?|revenue|workforce|population|exports|GDP)))`;
/**
 * A share: "at least 30% of GDP", "over 55%", "25-30%", "25 30%" (dash lost), "between 45 and 48
 * per cent". Groups: qualifier, low and high of "between", number, top of range, base.
 */
const SHARE = new RegExp(String.raw`(?:\b(${QUALIFIER})\s+)?(?:${BETWEEN}|${NUMBER}(?:${RANGE_TOP})?)${PERCENT_SIGN}${BASE}?`, 'giu');
/** A count with a qualifier: "at least 5 (more) digital technology enterprises on par with …", "between 100 and 120 firms". */
/**
 * A duration to be reached: a time, period or duration and, within a few words, "to", "under", "within" or a qualifier before a
 * number of minutes, hours, days, weeks, months or years ("cut approval time to no more than six months", "the average response
 * time is to be brought under 10 minutes"). Groups: what is timed, the qualifier, the number, the unit.
 */
// (What is timed may run from one step to another: "the time from a call for proposals to the signing of a contract is to be cut to …".)
// (Or a place named there: "the average clearance time for a lorry at Kim Thành international border gate (to fall to …)".)
// (Or a possessive, or a number that names a line: "to answer a citizen's report on the 1022 hotline".)
// (Or a wait or a queue told in minutes: "cut the average queue at ticket machines to under 2 minutes".)
// (Or waiting kept to a time: "keep waiting at the counter to no more than 15 minutes".)
const DURATION = new RegExp(String.raw`((?:[\p{L}-]+\s+){0,3}?(?:time|period|duration|wait|waiting|queue)`
  // (A plural's possessive too: "an alert on rangers' phones".)
  + String.raw`(?:\s+(?:[\p{Ll}-]+(?:[’']s|(?<=s)[’'](?=\s))?|\p{Lu}[\p{L}\p{M}]*|(?<=\bthe\s)\d{3,5})){0,20}?)\s+`
  + String.raw`(?:to\s+|within\s+|(?=${QUALIFIER}\s))(?:(${QUALIFIER})\s+)?${VALUE}\s+(?:working\s+)?(minutes?|hours?|days?|weeks?|months?|years?)\b`, 'gu');
/**
 * A thing that will take at most a time, its words from the clause's start: "(- ) customs clearance of a loaded truck at Móng Cái will take no
 * more than 30 minutes"; an item of a list of aims, "- registration of a mortgage to take no more than 1 working day;". Groups: the thing,
 * the qualifier, the number, the unit.
 */
const TAKES = new RegExp(String.raw`(?:^\s*(?:[-•*–]\s+)?|[,;:]\s+)(\p{Ll}[^;:.,]{2,80}?)\s+(?:will|is\s+to|are\s+to|should|to)\s+take\s+`
  + String.raw`(${QUALIFIER})\s+${VALUE}\s+(?:working\s+)?(minutes?|hours?|days?|weeks?|months?)\b`, 'gu');
/** A verb of HANDLING as its participle, as a pattern's source: "processed", "decided\s+on", "paid". */
function handledAs(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  return [pastParticiple(head!), ...rest].join(String.raw`\s+`);
}
/** HANDLING's verbs as their participles, as the alternatives of a pattern's source: "processed|…|decided\s+on|…". */
const HANDLED_SOURCE = HANDLING.map(handledAs).join('|');
/**
 * A thing to be handled in a time, with no word of time before it: "(it will) process every application for a growing-area code
 * online, in no more than 3 working days". Groups: the verb, what it handles, the qualifier, the number, the unit. ("Within 5 days" is
 * a procedure's time limit: see isTimeLimit.)
 */
// (Or "within" it: "decide on every grant application within 45 days", "publish every contract award on the system within 24 hours".)
// (Or things in the plural with no determiner, in an item of a list of aims: "- confirm electronic catch certificates within 4 hours …".)
// (Or any one of them: "restore any public service that went down within 2 hours".)
// (Or after a second verb: "grant or renew a pharmacy's connection code within 3 working days".)
// (Or things in the plural with what they are for: "appraise feasibility studies for projects it manages within 20 working days".)
const HANDLED_IN = new RegExp(String.raw`\b(${HANDLING_SOURCE})(?:\s+or\s+\p{Ll}+)?\s+`
  + String.raw`((?:every|all|each|any|an?|the|its|their)\s+[^;:.]{2,100}?`
  // (Or how they are handled: "settle investment procedures fully online within 10 working days".)
  // (Or a mass noun, an acronym maybe before it: "license AI medical software within 60 days".)
  // (Or whose they are: "answer members' technical requests within 4 working hours".)
  + String.raw`|(?:(?:[\p{Ll}-]+(?:s[’'])?|\p{Lu}{2,6})\s+){0,4}(?:[\p{Ll}-]+[^s\W]s|software|data|equipment|information|content|aid|feedback)`
  // (Or to whom: "pay cash aid to registered households within 72 hours".)
  + String.raw`(?:\s+(?:for|of|from|under|on|in|to)\s+[^;:.,]{2,50}?)?`
  + String.raw`(?:\s+(?:fully\s+|entirely\s+)?(?:online|electronically|digitally))?),?\s+`
  + String.raw`(?:in|within)\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+`
  // (Or a machine's time: "process an order in no more than 60 microseconds".)
  + String.raw`((?:working\s+)?(?:(?:micro|milli)?seconds?|minutes?|hours?|days?|weeks?|months?))\b`, 'gu');
/**
 * A warning's lead time, still to come: "(- and, by the end of 2032,) warn commune officials of drought risk at least 10 days before the
 * water in a reservoir falls …", "(will) alert every household 30 minutes ahead of a release". Groups: the verb, whom and of what, the
 * qualifier, the number, the unit.
 */
const LEAD_TIME = new RegExp(String.raw`\b(warn|alert|notify|inform|forewarn)\s+([^;:.]{2,80}?)\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+`
  + String.raw`((?:working\s+)?(?:minutes?|hours?|days?|weeks?))\s+(?:before|ahead|in\s+advance)\b`, 'gu');
/** Words that name no warning before its noun: function words and verbs of giving one ("issue", "send", "promises"). */
const NOT_WARNING_WORD = String.raw`to|the|a|an|its|their|and|or|of|for|with|issues?|sends?|gives?|provides?|delivers?|publish(?:es)?|broadcasts?`
  + String.raw`|promises?|pledges?|offers?`;
/**
 * A warning named with its lead time: "(the plan promises) drought warnings ten days ahead", "flood alerts at least 6 hours in advance".
 * Groups: the warning, the qualifier, the number, the unit.
 */
// (Or whom it reaches, then its time before a happening: "send flood warnings to residents at least 30 minutes before water is released".)
const WARNING_AHEAD = new RegExp(String.raw`\b((?:(?!(?:${NOT_WARNING_WORD})\s)[\p{Ll}-]+\s+){0,3}?`
  + String.raw`(?:warnings?|alerts?|forecasts?|notices?)(?:\s+to\s+[^;:.,]{2,40}?)?)\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+`
  + String.raw`((?:working\s+)?(?:minutes?|hours?|days?|weeks?))\s+(?:ahead|in\s+advance|before)\b`, 'gu');
/** How far before the verb of an aim's lead time LEAD_VERB_BEFORE reads. */
const LEAD_VERB_REACH = 40;
/** What stands before the verb of an aim's lead time: an item's marker and its own year ("- and, by the end of 2032,"), or a modal. */
const LEAD_VERB_BEFORE = new RegExp(String.raw`(?:^\s*${ITEM_MARKER}?(?:and,?\s+)?(?:(?:by|before|from|in)\s+[^,;]{2,30},\s+)?`
  + String.raw`|\b(?:to|will|shall|must|would)\s+)$`, 'u');
/**
 * Every one of a thing handled in a time, told with the participle: "(and) every household business registration processed within 2
 * working days". Groups: the thing, the participle, the qualifier, the number, the unit.
 */
// (Or any one: "- any broken base station repaired within 4 hours of the fault report".)
// (Or where, before its time: "- every judgment published on the court's portal within 30 days of being pronounced".)
const HANDLED_PASSIVE = new RegExp(String.raw`\b(?:every|each|any)\s+([^;:.,]{2,80}?)\s+(${HANDLED_SOURCE})`
  + String.raw`(?:\s+(?:on|at|through|via)\s+[^;:.,]{2,40}?)?`
  + String.raw`\s+(?:in|within)\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+((?:working\s+)?(?:minutes?|hours?|days?|weeks?|months?))\b`, 'gu');
/** Each verb of HANDLING with its participle, to tell which verb a participle is of: [/^processed$/, "process"]. */
const HANDLED_VERB = HANDLING.map((v): [RegExp, string] => [new RegExp(`^${handledAs(v)}$`), v]);
/**
 * An item of a list (its marker may be gone) in which one of a thing, any one, will be handled in a time: "* A booking request will be
 * approved in no more than 5 working days.", "- each permit is to be issued in under 30 days;". Groups: the thing, the participle, the
 * qualifier, the number, the unit.
 */
const ITEM_HANDLED = new RegExp(String.raw`^\s*(?:(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+)?(?:[Aa]n?|[Ee]ach|[Ee]very)\s+([^;:.,]{2,60}?)\s+`
  + String.raw`(?:will|is\s+to|are\s+to)\s+be\s+(${HANDLED_SOURCE})\s+(?:in|within)\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+`
  + String.raw`((?:working\s+)?(?:minutes?|hours?|days?|weeks?|months?))\b`, 'u');
/**
 * Things that will be done at most a time after what sets them off: "flood warnings for the main river basins will be issued no more than 30
 * minutes after a water-level threshold is crossed". Groups: the things, the participle, the qualifier, the number, the unit.
 */
// (Or what an aim is for: "(aims for …,) and for preliminary results to be published no more than 90 days after data collection ends".)
const DONE_AFTER = new RegExp(String.raw`(?:^\s*(?:[-•*–]\s+)?|[,;:]\s+|\bfor\s+)(?!(?:and|or|for)\s)(\p{Ll}[^;:.,]{2,80}?)\s+`
  + String.raw`(?:will|are\s+to|is\s+to|to)\s+be\s+`
  + String.raw`(\p{Ll}+ed|${IRREGULAR_PARTICIPLE})\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+((?:working\s+)?(?:minutes?|hours?|days?))\s+(?:after|of|from)\s`, 'gu');
/**
 * Things that will be done, or will reach someone, within a time: "(By the same year,) building permits for individual houses would be
 * issued within 10 days", "satellite images of any area hit by floods … are to reach the provincial authorities within 12 hours". Groups:
 * the things, what is done ("be issued", "reach the provincial authorities"), the qualifier, the number, the unit.
 */
// (Not a rule's "shall" or "must": a procedure's limit.)
const DONE_WITHIN = new RegExp(String.raw`(?:^\s*(?:[-•*–]\s+)?|[,;:]\s+(?:and\s+)?)(?!(?:and|or|for|by)\s)(\p{Ll}[^;:.,]{2,80}?)\s+`
  + String.raw`(?:will|would|are\s+to|is\s+to)\s+(be\s+(?:${HANDLED_SOURCE})|(?:reach|get\s+to)\s+(?:the|a|an|its|their)\s+[^;:.,]{2,50}?)`
  // (Nor a time counted from what sets it off, as a procedure's limit is: "complaints will be answered within 48 hours of receipt".)
  + String.raw`\s+within\s+(?:(${QUALIFIER})\s+)?${VALUE}\s+((?:working\s+)?(?:minutes?|hours?|days?))\b(?!\s+(?:of|from|after)\s)`, 'gu');
/** A deadline told again: "By the same year". */
const SAME_YEAR = /\b(?:by|in)\s+the\s+same\s+(?:year|time|period)\b/i;
/**
 * An item of a list of aims that sends or hands a thing on at most a time after what sets it off: "- send the province's checked data to
 * the National Statistics Office no more than 15 days after collection ends.". Groups: the verb, the thing, the qualifier, the number, the unit.
 */
const ITEM_SENT_AFTER = new RegExp(String.raw`^\s*(?:[-•*–]\s+|[a-zđ]\)\s+)?(send|submit|hand\s+over|report|transfer)\s+`
  + String.raw`((?:the|its|their|every|each|all)\s+[^;:]{2,100}?)`
  + String.raw`\s+(?:(${QUALIFIER})\s+|within\s+)${VALUE}\s+((?:working\s+)?(?:minutes?|hours?|days?))\s+(?:after|of|from)\s`, 'u');
/** Whether a verb at `at` opens what an item of a list says: at its marker, or after "to" or a modal (read on the words right before it). */
function verbOpens(text: string, at: number): boolean {
  return (at <= ITEM_OPENING_REACH && MARKER_ONLY_BEFORE.test(text.slice(0, at)))
    || /\b(?:to|will|shall|must)\s+$/.test(text.slice(Math.max(0, at - ITEM_OPENING_REACH), at))
    || PLEDGE_YEAR_BEFORE.test(text.slice(Math.max(0, at - PLEDGE_YEAR_REACH), at));
}
/** An item's marker only, or nothing, before its verb. */
const MARKER_ONLY_BEFORE = new RegExp(String.raw`^\s*${ITEM_MARKER}?$`, 'u');
/** "will, from 2031," right before a verb: the pledge's year between its modal and its verb. */
const PLEDGE_YEAR_BEFORE = new RegExp(String.raw`\b(?:will|would)\s*,?\s+${FROM_OR_BY_YEAR}\s*,?\s+$`);
/** How far before a verb a pledge's modal and year may start. */
const PLEDGE_YEAR_REACH = 40;
/** How far before a verb its item's marker, or its "to", may be. */
const ITEM_OPENING_REACH = 12;
/** A share later in the sentence: "…, up from 68% answered within that time". */
const SHARE_AFTER = /\d\s*(?:%|per\s?cent|percent)/;
/** A second aim opening, "and to (have …)", "and will", "; …": the words after a time up to a share that is then not measured against it. */
// (Or its bare verb, sharing the first's "will": "(will … inspect every new application within 5 working days) and have at least 90 percent …".)
const NEXT_AIM = /\band\s+(?:to|will|would|should)\s|\band\s+(?:have|make|keep|get|bring|put)\s|;/;
/** How far after a time a share measured against it may be (a sentence of thousands of figures is not read to its end for each). */
const SHARE_AFTER_REACH = 120;
/** Verbs and determiners before what is timed ("to cut approval time", "bring the average response time"). */
// (After a list item's marker: "- cut the time to register a business (to 2 working days)".)
const TIMED_OPENING = new RegExp(String.raw`^(?:[-•*–]\s+|[a-zđ]\)\s+|\d{1,2}[.)]\s+)?`
  + String.raw`(?:(?:and|or|to|for|will|must|should|shall|would|can|cut|cutting|reduce|reducing|shorten|shortening|bring`
  + String.raw`|bringing|keep|keeping|the|its|their)\s+)*`, 'i');
/** The verb after what is timed, up to the figure ("the average response time is to be brought (under …)"); what it is of stays. */
const TIMED_VERB = /\s+(?:is|are|was|were|will|must|should|shall|would|can|to\s+be|be)\b.*$/i;

const COUNT = new RegExp(
  String.raw`\b(${QUALIFIER})\s+(?:${BETWEEN}|${NUMBER}(?:(?:\s?[-–—]\s?|\s+to\s+)(${TOP_NUMBER}))?)\s+(?:more\s+`
    + String.raw`|new\s+)?${PHRASE}`,
  'gu',
);
/** Words after a bare number that name no things it counts: a preposition or a conjunction ("after the committee's report"). */
const NO_THINGS = /^(?:after|before|since|until|during|when|if|than|because|following)\b/;
/** A target named by its noun, then a bare number that closes its clause: "against the year's target of 12,000". Groups: qualifier, number. */
const TARGET_OF_COUNT = new RegExp(String.raw`\b(?:against|and|with)\s+(?:the\s+|a\s+|its\s+)?(?:(?:19|20)\d{2}\s+|year[’']s\s+|annual\s+)?`
  + String.raw`(?:target|goal|aim|objective)\s+of\s+(?:(${QUALIFIER})\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[,;)]|\.(?!\d)|$))`, 'gu');
/**
 * A thing a body's aim extends from one count to another, after the verb that extends it: "(aims to) extend its automated flash-flood
 * warnings from 24 to 40 mountain communes". The count it reaches is the target; the one it starts from, its baseline. Groups: the thing,
 * the count from, the count to, the counted phrase. (Not "the number of …", which names what is counted: see NUMBER_OF.)
 */
const EXTENDED_FROM_TO = new RegExp(String.raw`\b(?:extend|expand|increase|raise|grow|scale\s+up|widen|broaden)\s+`
  + String.raw`((?:its|their|the|our)\s+(?!number\s+of\b)[^,;.\d]{2,80}?)\s+from\s+(${DIGITS}|${WORD})\s+to\s+(${DIGITS}|${WORD})\s+${PHRASE}`, 'gu');
/** A scale word after a number. */
const SCALE_WORD = String.raw`(?:thousand|million|billion)`;
/** A count between two numbers, with no qualifier: "between 1,000 and 1,200 firms". Groups: the two ends, the counted phrase. */
// (Not a scale word the two ends share: "between 12 and 15 thousand start-ups", see BETWEEN_SCALED.)
const BETWEEN_COUNT = new RegExp(String.raw`(?<!\b${QUALIFIER}\s+)\b${BETWEEN}\s+(?:more\s+|new\s+)?(?!${SCALE_WORD}\b)${PHRASE}`, 'gu');
/**
 * A count between two numbers in words, or with a scale word the low end may share: "between twelve and fifteen thousand start-ups",
 * "between 12 and 15 thousand firms". Groups: the low end, its scale, the high end, its scale, the counted phrase.
 */
const BETWEEN_SCALED = new RegExp(String.raw`(?<!\b${QUALIFIER}\s+)\bbetween\s+(${DIGITS}|${WORD})(?:\s+(${SCALE_WORD}))?\s+and\s+`
  + String.raw`(${DIGITS}|${WORD})(?:\s+(${SCALE_WORD}))?\s+(?:more\s+|new\s+)?(?!${SCALE_WORD}\b)${PHRASE}`, 'gu');
/**
 * A range of things to gain, after the verb that gains them: "(Attract) from 12 to 15 foreign-invested projects", "(train) from 300 to 400
 * engineers" (after a verb of change, "raise … from 12 to 15", the first number is a baseline). Groups: low, high, phrase.
 */
const FROM_TO_COUNT = new RegExp(String.raw`(?<=\b(?:[Aa]ttract|[Tt]rain|[Bb]uild|[Ee]stablish|[Cc]reate|[Dd]evelop|[Ss]et\s+up|[Oo]pen|[Ss]upport`
  + String.raw`|[Rr]ecruit|[Hh]ave|[Rr]egister|[Ii]ncubate)\s+)from\s+(${DIGITS})\s+to\s+(${DIGITS})\s+(?:more\s+|new\s+)?${PHRASE}`, 'gu');
/**
 * The bar each thing counted clears, after what a count counts: " enterprises with annual revenue above US$1 billion (each)", " firms
 * with more than 1,000 employees". Group: what is counted, with its bar.
 */
const THRESHOLD = new RegExp(String.raw`^((?:\s+[\p{L}’'-]+){1,6}?\s+(?:each\s+)?(?:with|having|whose)\s+(?:[\p{L}-]+\s+){0,5}?(?:of\s+)?`
  + String.raw`(?:above|over|more\s+than|exceeding|at\s+least|in\s+excess\s+of|upwards\s+of)\s+(?:(?:VND|USD|US\$|\$)\s?)?\d[\d,.]*`
  + String.raw`(?:\s?(?:%|per\s?cent|percent|billion|million|trillion|thousand))?(?:\s+(?:VND|USD|US\s+dollars|dong|(?!each\b)\p{Ll}{3,}))?)`
  + String.raw`(?:\s+each)?`, 'u');
/** A baseline after a share: "…, up from (about) 19% in 2024"; a year is no baseline ("3% of the budget from 2025"). */
const BASELINE_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,10}?(?=\s+(?:by|in|before)\s|\s*,))?(?:\s+(?:by|in`
    + String.raw`|before)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d{2}|the\s+same\s+year))?\s*,?\s*(?:(?:up|down|rising|increasing|falling)\s+)?from`
    + String.raw`\s+(?:only\s+)?(?:${QUALIFIER}\s+)?(?!(?:19`
    // (The baseline's "now" is its own: "…, from 43 per cent now".)
    + String.raw`|20)\d{2}\b(?!\s*(?:%|percent)))${NUMBER}\s*(?:%|percent|per\s+cent)?(?:\s+in\s+((?:19|20)\d{2})|\s+(?:now|today|currently|at\s+present))?`,
  'iu',
);
/**
 * A sum of money: "VND 1.45 quadrillion", "USD 2 billion", "US$500 million", "100 trillion VND",
 * "3 billion US dollars". Groups: qualifier; currency, number and scale written currency first;
 * number, scale and currency written currency last. The value is the number as written, the unit
 * the currency with its scale ("VND quadrillion").
 */
const MONEY = new RegExp(
  // "US$3-4 billion": a range before the scale.
  String.raw`(?:\b(${QUALIFIER})\s+)?(?:(?<![\p{L}\p{N}])(VND|USD|US\$|\$)\s?(${DIGITS})(?:\s?[-–—]\s?(${DIGITS}))?(?:\s+(quadrillion|trillion|billion`
    + String.raw`|million))?|\b(${DIGITS})\s+(quadrillion|trillion|billion|million)\s+(VND|dong|USD|US dollars)\b)`,
  'gu',
);
/** A unit of speed after a number: "km per hour", "km/h", "kilometres an hour". */
const SPEED = /^\s*(?:km|kilomet(?:re|er)s|miles)\s*(?:\/\s*h\b|(?:per|an|a)\s+hour\b)/;
/** Full coverage of a counted whole: "to have teams in all 547 communes", "connect all 63 provinces". Groups: number, the whole. */
const ALL_OF = new RegExp(
  String.raw`\b(?:in|for|to|across|at|of|connect|cover|reach)\s+all\s+(?:the\s+)?${NUMBER}\s+((?:\p{Ll}[\p{L}-]*)(?:\s+[\p{L}-]+){0,6})`, 'gu',
);

/** What every one of a whole is wanted "to" do, after a verb of wanting ("… and all commune stations to use e-records"). */
// (Or to carry a thing, as having it: "every longan orchard registered for export to carry a digital growing-area code".)
// (Or a level each is to reach: "every civil servant … to reach the advanced level".)
// (Or to accept a means of paying or of proof: "every bus and metro line … is to accept a single account-based ticket".)
const ALL_DO = 'have|carry|bear|display|get|use|run|operate|keep|hold|receive|access|adopt|apply|connect|complete|join|install|deploy|accept'
  + '|publish|offer|provide|teach|train'
  + '|switch\\s+to|take|reach|attain|meet';
/** The third person of a verb of ALL_DO, as a pattern's source: "has", "carries", "teaches", "switches to", "connects". */
function thirdPerson(verb: string): string {
  if (verb === 'have') return 'has';
  const [head, ...rest] = verb.split('\\s+');
  const third = /[^aeiou]y$/.test(head!) ? `${head!.slice(0, -1)}ies` : /(?:ch|sh|ss|x)$/.test(head!) ? `${head}es` : `${head}s`;
  return [third, ...rest].join('\\s+');
}
/** ALL_DO's verbs in the third person, as an item of objectives in the present writes them after "Every …" ("d) Every hospital … connects"). */
const ALL_DOES = ALL_DO.split('|').map(thirdPerson).join('|');
/** One of ALL_DOES' verbs, alone. */
const ALL_DOES_WORD = new RegExp(`^(?:${ALL_DOES})$`);
/** A verb of ALL_DOES, as written, back in the form ALL_DO has it: "connects" → "connect", "carries" → "carry", "has" → "have". */
function baseForm(verb: string): string {
  if (verb === 'has') return 'have';
  const [head, ...rest] = verb.split(/\s+/);
  const base = /ies$/.test(head!) ? `${head!.slice(0, -3)}y` : /(?:ch|sh|ss|x)es$/.test(head!) ? head!.slice(0, -2) : head!.replace(/s$/, '');
  return [base, ...rest].join(' ');
}

/**
 * Every one of a counted whole, still to come: "All nine hamlets are to have free public Wi-Fi", "all wards, communes and special
 * zones are to be connected". Groups: the things; the participle of a passive; or the verb and its object.
 */
// (Not the whole a part is of: "half of all vocational schools (to teach robotics)".)
const ALL_THINGS = new RegExp(String.raw`(?<!(?:\b(?:half|thirds?|quarters?|fifths?|tenths?|per\s?cent|percent)|%)\s+of\s+)`
  // (Its count may be in millions: "all 1.2 million land-use right records".)
  // (Or every one of them: "every one of our 78 communes and wards".)
  + String.raw`\b(?:[Aa]ll|[Ee]very)\s+(?:(?:the|(?<=\b[Ee]very\s+)one\s+of\s+(?:the|its|their|our)|of\s+(?:the|its|their|our)|its|their|our)\s+)?`
  + String.raw`(?:\d[\d,]*(?:\.\d+\s+(?:million|billion|thousand))?\s+|${WORD}\s+)?`
  // "all 96 of the ministry's (administrative procedures)".
  + String.raw`(?:of\s+(?:the|its|their)\s+(?:[\p{L}-]+[’']s\s+)?)?`
  // (A body's name may follow a lowercase word: "all commune-level People's Committees"; up to twelve words: "all state-funded research
  // tasks at national and ministerial level"; an acronym among them: "all agricultural cooperatives that hold OCOP certification".)
  // (Not past a comma before a verb: "all farming land on one open platform, is due to …".)
  // (Nor past the verb: "every industrial park is also to have …".)
  // (Nor past a modal of what may be: "every pond exported from the province can be traced" is no aim of every pond.)
  + String.raw`(\p{Ll}[\p{L}-]*(?:(?:,\s+(?!(?:is|are|was|were|will|has|have|had)\b)|\s+(?!(?:is|are|was|were|can|could|may|might|would)\s))`
  // (Or whose they are, in lower case: "all hamlets of the province's border communes".)
  // (Or a body's name in them before their noun: "all 69 commune-level Front committees".)
  + String.raw`(?:\p{Ll}[\p{L}-]*(?:[’']s(?=\s))?|[IVX]{1,4}\b|\p{Lu}{2,6}\b|\p{Lu}\p{Ll}+[’']s(?=\s+\p{Lu})|(?<=[’']s\s+)\p{Lu}\p{Ll}+`
  + String.raw`|(?<=-\p{Ll}+\s+)\p{Lu}\p{Ll}+(?=\s+\p{Ll}+s\b)`
  // (Or a place's name after "the" before its noun: "all communes, wards and the Phú Quý special zone".)
  // (Of up to four words: "every logistics centre in the Vũng Áng Economic Zone".)
  + String.raw`|(?<=\bthe\s+(?:\p{Lu}\p{Ll}+\s+){0,3})\p{Lu}\p{Ll}+(?=(?:\s+\p{Lu}\p{Ll}+){0,3}\s+\p{Ll})`
  // (Or after a participle that places them: "every container truck entering Vũng Áng port".)
  + String.raw`|(?<=\p{Ll}{2,}ing\s+(?:\p{Lu}\p{Ll}+\s+){0,2})\p{Lu}\p{Ll}+(?=(?:\s+\p{Lu}\p{Ll}+){0,2}\s+\p{Ll})`
  // (Or the Party's units: "every grassroots Party cell".)
  + String.raw`|Party(?=\s+(?:cells?|members?|committees?|chapters?|organi[sz]ations?)\b))){0,11}?)`
  // (Or whose they are, in a clause of a pronoun and its verb: "all … records it keeps (are to be digitised)".)
  + String.raw`(?:\s+(?:it|they|we)\s+(?:keeps?|holds?|manages?|owns?|runs?|operates?|handles?|processes|issues?|provides?))?`
  // (Or where they are, counted: "all villages in the 74 communes".)
  // (Or in a place named: "all public hospitals in Quảng Trị".)
  + String.raw`(?:\s+(?:nationwide|countrywide|in\s+the\s+(?:province|city|country)|in\s+(?:the|its|their)\s+\d[\d,]*\s+\p{Ll}[\p{L}-]*`
  + String.raw`|in\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}`
  // (Or whose they are, named: "all 1,800 relics and artefacts of the Huế Monuments Complex".)
  + String.raw`|of\s+the\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4}))?`
  // (Or past a threshold that picks them out: "all household businesses with annual revenue of VND 1 billion or more", "every fishing
  // vessel 15 metres or longer".)
  + String.raw`(?:\s+(?:with\s+[^,;.]{2,60}?|(?:of\s+)?\d[\d,]*\s+\p{Ll}+)\s+${OR_MORE})?`
  // (Or past what picks them out, a participle and its complement: "all 28 craft villages recognised by the province under Decision No.
  // 2210/QĐ-UBND of 5.7.2027 (are to sell on the platform)".)
  + String.raw`(?:\s+\p{Ll}+ed\s+(?:by|under|in|for|with)\s+[^,;]{2,100}?(?=\s+(?:are\s+to|is\s+to|will|must|shall|should)\s))?`
  // (Or past an aside of which they take in: "all communes and wards, including those of the former Hà Giang province, (to have …)".)
  + String.raw`(?:,\s+(?:including|excluding|except|especially|notably)\s+[^,;.]{2,80}?,)?`
  // (A present passive with a deadline after it is still to come: "all 96 procedures are offered online by the end of 2026".)
  // (A subjunctive after "that" or in a list of demands has a bare "be": "- all broken fibre routes be repaired by November 15".)
  // (So is what an aim is for: "(aims by 2030) for all eligible procedures to be handled fully online".)
  + String.raw`\s+(?:(?:(?:are\s+to|is\s+to|will|must|shall|should)\s+be|(?<!\bto\s+)be|(?<=\bfor\s+(?:all|every)\s[^.;]{0,120})to\s+be`
  + String.raw`|(?:are|is)(?=\s+\p{Ll}+ed\b[^,;.]{0,80}?\s+by\s))`
  // (A participle's complement: "connected to …", "trained in basic digital skills", not a time: "in 2027".)
  // (Or its manner and purpose: "mapped digitally for traceability", "handled entirely online".)
  // (Or its agent: "served by a smart substation", not a deadline: "by the end of 2030".)
  // (Or an irregular one: "(all of its calls … are to be) run on an online platform".)
  + String.raw`\s+((?:\p{Ll}+ed|(?:${IRREGULAR_PARTICIPLE})\b)(?:\s+(?:to|with|into|on|as|in(?!\s+(?:(?:19|20)\d\d|the\s+(?:first|second|third|fourth|last)\b))`
  + String.raw`|by(?=\s+(?:a|an|one|its|their)\s))\s+[^,;.]{2,60}?`
  // (And the means after it, no deadline: "connected to a hospital by telemedicine".)
  + String.raw`(?:\s+by\s+(?!(?:the|then|now|mid|early|late|end)\b)\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+)?(?=\s*[,;.]|\s*$))?`
  + String.raw`|(?:\s+\p{Ll}+ly)?\s+(?:online|digitally|electronically)|(?:\s+\p{Ll}+ly)?\s+for\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?`
  // (Or available so: "(are to be) available fully online".)
  + String.raw`|available(?:\s+\p{Ll}+ly)?\s+(?:online|digitally|electronically))`
  // ("Every commune health station is to be able to hold video consultations …": what each is to be able to do.)
  // (Its object may run long: "(will run) a digital management platform linked to the provincial intelligent operations centre".)
  // (Or "would have", as an aim is reported: "(the commune had set its own aims:) all 14 of its high-risk hamlets would have a siren by 2031".)
  + String.raw`|(?:(?:are|is)(?:\s+also)?\s+to|will|would(?=\s+have\s)|must|shall|should)(?:\s+be\s+able\s+to)?\s+(?!be\b|have\s+been\b)(\p{Ll}{3,})\s+`
  // (Its object reads past a separator inside a number: "a 1:2,000 digital base map".)
  + String.raw`((?:[^,;.]|(?<=\d)[,.](?=\d)){2,120}?)`
  // (Any verb after what an aim is for: "(aims) for every grassroots Party cell to discuss this outline at a regular meeting".)
  // (Or after a whole that opens an item of such an aim's list: "- every licensed hotel and homestay … to register guests online".)
  // (Or in the present, in an item of a list of objectives: "d) All 34 provinces and centrally run cities use satellite data …".)
  // (Not a participle after its adverb: "centrally run"; "have" is read as an item of having, see ITEM_ALL.)
  // (Or "Every …" and the verb in the third person: "d) Every hospital of grade I or above connects its records to …;".)
  + String.raw`|(?:to\s+|(?<=^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+[Aa]ll\s[^.;]{0,120}?\s)(?<!\p{Ll}ly\s)(?!have\s)(?=(?:${ALL_DO})\s)`
  + String.raw`|(?<=^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+[Ee]very\s[^.;]{0,120}?\s)(?<!\p{Ll}ly\s)(?!has\s)(?=(?:${ALL_DOES})\s))`
  // (Or an item of such a list that opens with "for": "• for every provincial power company to run its storage through …".)
  + String.raw`(${ALL_DO}|${ALL_DOES}|(?<=(?:\b(?:aims?|aiming)\s+for\s+|^\s*(?:[-•*–]\s+)?(?:for\s+)?)(?:all|every)\s[^.;]{0,120}\bto\s+)\p{Ll}{3,})`
  + String.raw`\s+([^,;.]{2,80}?))`
  // (A participle may end before another clause: "all 14 products are to be completed and at least five …".)
  // (Not at a size it states: "a team of at least three people".)
  // (Nor past a second aim joined by "and for": "(for all … procedures to be handled fully online) and for 90% of …".)
  // (Nor at a separator inside a number: "a 1:2,000 digital base map".)
  + String.raw`(?=\s+(?:by|in|before|at(?!\s+(?:least|most)\b))\s|(?<!\d)[,.]|[,.](?!\d)|;|$|(?<=\p{Ll}ed)\s+and\s|\s+and\s+for\s)`, 'gu');
/** A whole's due to have or use something, with no number: "(all … People's Committees) are to use …". */
const DUE_WORD = String.raw`(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+[’']s|\p{Lu}\p{Ll}+)`;
const DUE_OF_ALL = new RegExp(String.raw`^(?:[Aa]ll|[Ee]very)\s+${DUE_WORD}(?:\s+(?!(?:is|are|be)\b)${DUE_WORD}){0,6}`
  + String.raw`\s+(?:are|is)\s+to\s+(?:${ALL_DO})\s`, 'u');
/** An item of a list that opens with every one of a whole and what it is to do: "b) all vocational schools to teach …". */
// (Its whole may be a list, or take an aside: "- all communes, wards and the Phú Quý special zone to have …".)
// (Or "shall" do it, as a resolution's objectives write it: "a) All commune health stations shall use electronic medical records …;"; or
// "will", as a plan's list under its deadline does: "- every industrial park will run a digital management platform …;".)
// (Or "Every …" does it, in the present: "d) Every hospital of grade I or above connects its electronic medical records to …;".)
// (Or with what the aim is for: "• for every provincial power company to run its storage through a digital control platform;".)
const ITEM_TO_DO = new RegExp(String.raw`^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+`
  + String.raw`(?:(?:for\s+)?(?:[Aa]ll|[Ee]very)\s[^;.:]{2,120}?\s(?:to|shall|will)\s+(?:${ALL_DO})`
  + String.raw`|[Ee]very\s[^;.:]{2,120}?\s(?:${ALL_DOES}))\s`, 'u');
/** An item of a list in which every one of a whole will do a thing as a practice: "- every cooperative … will issue electronic invoices.". */
const ITEM_PRACTICE = new RegExp(String.raw`^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+[Ee]very\s[^;.:]{2,120}?\swill\s+\p{Ll}+\s+`
  + String.raw`(?!(?:its|their|the|a|an|one|his|her|our)\s)(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+[^s\W]s\s*[;.]?\s*$`, 'u');
/**
 * An item of a list in which every one of a whole will be done online or on a system: "- every bidding package of central and provincial
 * agencies will be run on the national e-procurement system;".
 */
const ITEM_DONE_ONLINE = new RegExp(String.raw`^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+(?:[Aa]ll|[Ee]very)\s[^;.:]{2,120}?\s(?:will|are\s+to|is\s+to|shall)\s+be`
  + String.raw`\s+(?:\p{Ll}+ed|${IRREGULAR_PARTICIPLE})\s+(?:(?:fully\s+)?(?:online|digitally|electronically)`
  // (Or joined to one: "* Every national and regional university will be connected to the shared booking platform.")
  + String.raw`|(?:on|through|via|to)\s+(?:the|a|an|its|their)\s+[^;.:]{0,60}?\b(?:system|platform|portal|app|network|centre|center|database|map)`
  // (Or watched, mapped or covered by a means: "- every hectare of natural forest will be watched by satellite and drone monitoring;".)
  + String.raw`|by\s+(?!the\s+end\b)(?:[\p{Ll}-]+\s+){0,5}?(?:monitoring|satellites?|drones?|cameras?|sensors?|systems?|platforms?|apps?|networks?))`
  + String.raw`\s*[;.]?\s*$`
  // (Or doing a thing online, in the infinitive: "- every industrial cluster with a dyeing plant to send its wastewater data online to the
  // provincial monitoring system.".)
  + String.raw`|^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+(?:[Aa]ll|[Ee]very)\s[^;.:]{2,120}?\sto\s+\p{Ll}{3,}\s+[^;.:]{2,60}?\s(?:online|digitally|electronically)`
  + String.raw`(?:\s+(?:to|through|via|on|into)\s[^;.:]{2,60})?\s*[;.]?\s*$`, 'u');
/** An aim's words right before the whole it is for: "aims for (every …)". */
const AIMED_FOR = /\b(?:aims?|aiming)\s+for\s+$/;
/** One of ALL_DO's verbs, alone. */
const ALL_DO_WORD = new RegExp(`^(?:${ALL_DO})$`);
/** A second object after a first one's deadline: "(have X) by 2026 and fibre-optic broadband by 2028". Group: the object. */
const AND_BY = /^\s+by\s+[^,;.]{2,30}?\s+and\s+([^,;.]{2,60}?)(?=\s+by\s)/;
/** Covering every one of a whole, with no number: "(5G is to) cover all urban wards". Group: the whole. */
/**
 * A quantity measured in a unit of power, bandwidth or storage: "(raise its data-centre capacity from 38 MW today) to 300 MW",
 * "reach 2 GW". Groups: qualifier, number, unit.
 */
const MEASURED = new RegExp(String.raw`\b(?:to|at|reach(?:es|ing)?|of)\s+(?:(${QUALIFIER})\s+)?${NUMBER}\s*(MWp?|GWp?|kW|Gbps|Mbps|Tbps|TB|PB)\b`, 'gu');
/**
 * Coverage of every one of a whole as an aim's noun, an item of its list or its object: "- 5G coverage of all inhabited areas of the
 * special zone", "(aims for) fibre coverage in all border villages". Groups: what covers, the things.
 */
const COVERAGE_OF_ALL = new RegExp(String.raw`(?:^\s*(?:[-•*–]\s+)?|\baims?\s+for\s+|\b(?:achieve|ensure)\s+)((?:[\p{L}\d-]+\s+){0,2}?)coverage\s+`
  + String.raw`(?:of|in|across)\s+all\s+(?:the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*s)\b`, 'gu');
// (The whole may be a place's: "cover all communes of the former Bình Phước", "all wards of the city".)
const COVER_ALL = new RegExp(String.raw`\bcover\s+all\s+(?:the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*s)\b`
  + String.raw`(?!\s+(?:\d|of\b(?!\s+(?:the\s+)?(?:former\s+)?(?:\p{Lu}|province\b|city\b))))`, 'gu');
/** Covering every one of a whole: "cover every commune and ward". Group: the things, in the singular. */
// (Or reaching it, of the place the text is about: "(aims for fixed broadband to) reach every hamlet of the province (by 2031)".)
const COVER_EVERY = new RegExp(String.raw`\b(?:cover|reach)\s+every\s+(\p{Ll}[\p{L}-]*(?:(?:,\s+|\s+(?:and|or)\s+)\p{Ll}[\p{L}-]*){0,3})`
  + String.raw`(?:\s+of\s+the\s+(?:province|city|country|commune|ward|district|region))?(?=\s+(?:by|in|before)\s|\s*[,;.(]|\s*$)`, 'gu');
/**
 * Every one of a whole handled online, still to come: "(to) receive and process all applications online (by 2027)". Groups: the
 * last verb, the things, how.
 */
const ALL_ONLINE = new RegExp(String.raw`\bto\s+(?:\p{Ll}+\s+and\s+)?(\p{Ll}{3,})\s+all\s+(?:of\s+)?(?:(?:the|its|their)\s+)?(?:own\s+)?`
  + String.raw`((?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*s)\s+(online|electronically)\b`, 'gu');
/** Every one of a whole to be handled online (see ALL_ONLINE). */
function allOnline(text: string): TargetProposal[] {
  if (!/\b(?:all|every)\s/.test(text) || !/\b(?:online|electronically)\b/.test(text)) return [];
  return [
    ...allMatches(ALL_ONLINE, text).map((m) => everyOne(`${m[2]} ${pastParticiple(m[1]!)} ${m[3]}`, m[2]!, m.index, m.index + m[0].length)),
    ...allMatches(ALL_DOING_ONLINE, text).map((m) => {
      const things = m[1] === 'every' ? plurals(m[2]!) : m[2]!;
      return everyOne(`${things} ${m[3]} ${m[4]} ${m[5]}`, things, m.index, m.index + m[0].length);
    }),
  ];
}
/**
 * Every one of a whole that will do a thing online, its subject: "all 34 provinces and centrally-run cities would issue building permits
 * online (from application to result)". Groups: "all" or "every", the things, the verb, its object, how.
 */
const ALL_DOING_ONLINE = new RegExp(String.raw`\b(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:(?:,\s+|\s+)(?:and\s+)?\p{Ll}[\p{L}-]*){0,5}?)\s+(?:will|would|are\s+to|is\s+to|shall|must)\s+`
  + String.raw`(?!be\b)(\p{Ll}{3,})\s+([^,;.]{2,60}?)\s+(online|electronically)\b`, 'gu');
/**
 * A part of a whole counted before it: "Of the 6,000 engineers (… by 2030), at least 1,000 are to hold master's or doctoral degrees".
 * Groups: the whole's things; qualifier, number; the verb and its object.
 */
const PART_OF_WHOLE = new RegExp(String.raw`^Of\s+the\s+${NUMBER}\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*s)\b[^,;]{0,80},\s+`
  + String.raw`(?:(${QUALIFIER})\s+)?${NUMBER}\s+(?:are\s+to|will|must|should)\s+(\p{Ll}{3,})\s+([^,;.]{2,60}?)(?=\s+(?:by|in|before)\s|[,;.]|$)`, 'u');
/**
 * Every one of a whole after "ensure that", in the present: "to ensure that all 135 communes and wards run their procedures on the
 * platform (by …)", "ensure that every industrial park … has a consulting point". Groups: "all" or "every"; the things; the verb and its object.
 */
const ENSURE_ALL = new RegExp(String.raw`\bensur(?:e|es|ing)\s+(?:that\s+)?(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}?)(?:\s+in\s+the\s+(?:province|city|commune|country))?`
  // (After "every", the verb of one thing: "every industrial park … has", not "park".)
  + String.raw`\s+(?!(?:be|are|is|and|or|the|their|its|have\s+been)\b)((?<=\bevery\s[^,;.]{1,80})\p{Ll}{2,}s\b|(?<!\bevery\s[^,;.]{1,80})\p{Ll}{3,})`
  + String.raw`\s+([^,;.]{2,90}?)(?=\s+(?:by|in|before)\s|[,;.]|$)`, 'gu');
/** Verbs of bringing a thing to people or things: "(to) provide (free SIM-based signatures to …)", "bring (fibre to …)". */
const GIVING = 'bring|provide|extend|deliver|supply|offer';
/**
 * Something brought to every one of a whole, still to come: "(aims to) restore supply to all customers (by November 2)". Groups: the
 * verb, what is brought, the whole.
 */
const TO_ALL = new RegExp(String.raw`\b(?:to|will|must|should)\s+(restore|bring|provide|extend|deliver|supply)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)`
  + String.raw`\s+to\s+all\s+(?:(?:the|its|their)\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*s)\b`, 'gu');
/**
 * Something brought to a number of people or things, still to come: "(aims) to provide free SIM-based digital signatures to 200,000
 * residents (by the end of 2030)". Groups: the verb, what is brought, the qualifier, the number, the things.
 */
// (Not a share: "bring fibre broadband to 95 percent of households".)
const TO_COUNT = new RegExp(String.raw`\b(?:to|will|must|should)\s+(${GIVING})\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)`
  + String.raw`\s+to\s+(?:(${QUALIFIER})\s+)?${NUMBER}\s+(?!per\s?cent\b|percent\b)((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*s)\b`, 'gu');
/** A unit of measure opening a counted phrase, with no "of" after it: "(more than 30) kg (must register …)". */
const SIZE_MEASURE = /^(?:kg|tonnes?|tons?|km|m|m2|ha|hectares?|MW|kW|kWh|litres?|liters?|GB|MB|cm|mm)\b(?!\s+of\b)/u;
/** Things in the plural right before a size's "of": "(trade) scales of (more than 30 kg)". */
const SIZE_OF = /\b\p{Ll}[\p{L}-]*s\s+of\s+$/u;
/**
 * An item of a list, with no verb, that gives a thing for a number of people or things: "- fibre connections for no fewer than 12,000
 * households in remote hamlets". What is given names the count with them. Groups: the thing, the qualifier, the number, the things, where.
 */
const ITEM_FOR_COUNT = new RegExp(String.raw`^\s*${ITEM_MARKER}?((?:\p{Ll}|\d)[\p{L}\d-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+for\s+`
  + String.raw`(?:(${QUALIFIER})\s+)?${NUMBER}\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*s)\b(\s+in\s+[^,;.]{2,40}?)?(?=\s*[,;.]|$)`, 'u');
/** Every one of a whole, 100% of its things: what each pattern of wholes proposes. */
/**
 * A part of a whole named before, to be done: "at least ten of the 14 products are to be commercialised", or with the whole left out
 * after it ("prototypes of all 14 products …, at least five are to be commercialised"). Groups: qualifier, number, things, participle.
 */
const PART_TO_BE = new RegExp(String.raw`(?:^|,\s+|;\s+|\band\s+)(?:(${QUALIFIER})\s+)?${VALUE}(?:\s+of\s+(?:the|its|their)\s+${DIGITS}\s+`
  + String.raw`(\p{Ll}[\p{L}-]*s))?\s+(?:are|will|must|should|shall)\s+(?:to\s+)?be\s+(\p{Ll}+ed)\b`, 'gu');
/**
 * An item of a list, with no verb, that has a thing in every one of a whole: "- digital teams in all 32 villages (by September)",
 * "- 5G coverage in every commune and ward, (by the end of 2029)"; or what an aim is for: "(the country) aims for 5G coverage in all
 * border communes (by 2030)". Groups: thing, "all" or "every", whole.
 */
// (Or what is to be ensured at every one: "(Điện Biên will) ensure 4G coverage at all 6 border crossing points on its side of the border, by
// the end of 2031", past where they are.)
/** Not a pronoun that opens a relative clause after a noun: "(household) it (serves)". */
const NOT_PRONOUN = String.raw`(?!(?:it|they|we)\s)`;
// (Or the aim a body set itself, after its colon, for every one it serves: "(the company had set itself an aim:) smart water meters for every
// household it serves by 2031".)
const IN_ALL = new RegExp(String.raw`(?:^\s*(?:[-•*–]\s+)?|\baims?\s+for\s+|\bensure\s+|\b(?:aim|goal|target)\s*:\s+)`
  + String.raw`((?:\p{Ll}|\d+\p{L})[\p{L}\d-]*(?:\s+[\p{L}-]+){0,5}?)`
  + String.raw`\s+(?:in|(?<=\bensure\s[^,;.]{2,60})at|(?<=\b(?:aim|goal|target)\s*:\s+[^,;.]{2,60})for)\s+(all|every)\s+`
  + String.raw`(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+${NOT_PRONOUN}\p{Ll}[\p{L}-]*)?(?:\s+${NOT_PRONOUN}\p{Ll}[\p{L}-]*)?(?:\s+and\s+\p{Ll}[\p{L}-]*)?)\b`
  + String.raw`(?:\s+(?:it|they|we)\s+(?:serves?|covers?|manages?|runs?))?`
  + String.raw`(?:(?<=\bensure\s[^;.]{2,120})\s+(?:on|of|along)\s+[^,;.]{2,60}?)?(?=,?\s+by\s|\s*[;.]?\s*$|,\s+and\s)`, 'u');
/** A size that picks things out: "larger than 0.5 hectares", "longer than 15 metres". */
const THRESHOLD_THAN = String.raw`(?:larger|bigger|smaller|longer|wider|higher|lower|older|younger)\s+than\s+\d[\d.,]*\s+\p{Ll}+`;
/**
 * An item of a list of aims that opens with its verb, whose object is every one of a whole: "- by 2027, to have public Wi-Fi in
 * all 14 residential areas", "- cover all communes in these areas with 5G", "- provide all eligible administrative procedures as
 * full-process online public services by the end of 2026", "- to have cashless payment at every stall of the market". Not one
 * that reports in the past ("- connected all communes …"). Groups: the item's words, "all" or "every", the things.
 */
// (Its mark may be a letter's or a number's: "e) by the end of 2033, electronic tickets to be issued for all boat tours …".)
const ITEM_ALL = new RegExp(String.raw`^\s*${ITEM_MARKER}?(?:(?:by|before|in)\s+[^,;]{2,30},\s+)?(?:to\s+)?`
  // (Its first word is a verb, no preposition: "• for every provincial power company to run …" is what an aim is for.)
  + String.raw`((?!\p{Ll}+ed\s|(?:for|of|in|on|at|with|by)\s)\p{Ll}[\p{L}-]*\s+`
  + String.raw`(?:[\p{L}\d-]+\s+){0,6}?(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  // (Its things may be kinds of one: "- put every coffee, durian and pepper plot larger than 0.5 hectares on the … digital crop map".)
  // (Or two things of a few words each: "- connect every dry port and logistics centre in the province to …".)
  + String.raw`(\p{Ll}[\p{L}-]*(?:(?:,\s+\p{Ll}[\p{L}-]*){1,4},?\s+(?:and|or)\s+\p{Ll}[\p{L}-]*`
  + String.raw`|(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:and|or)\s+\p{Ll}[\p{L}-]*)?(?:\s+\p{Ll}[\p{L}-]*){0,3}?)`
  + String.raw`(?:\s+${THRESHOLD_THAN})?`
  // (Where they are and where they are brought, or through what: "- connect all spraying drones sold in Vietnam to the national flight
  // system", "- process all declarations at the border gates through the digital platform".)
  // (Or what picks them out, a relative clause: "- connect every plant that handles hazardous chemicals to the zone's … system".)
  // (What is put is brought "on" a thing: "- put all … plots on the digital crop map".)
  // (Its participle may be irregular, "sold", "held"; "field" is none.)
  + String.raw`(?:\s+(?:(?:\p{Ll}+ed|${IRREGULAR_PARTICIPLE})\s+)?(?:of|in|at|(?<!\b(?:put|place)\s[^;]*)on|with|as)\s+[^,;.]{1,60}?`
  + String.raw`|\s+(?:that|which|who)\s+\p{Ll}+\s+[^,;.]{1,60}?)?`
  + String.raw`(\s+(?:to|into|onto|through|via|(?<=\b(?:put|place)\s[^;]*)on)\s+[^,;.]{1,60}?)?)`
  + String.raw`(?=\s+(?:by|before)\s+${DUE_YEAR}|\s*[,;.]|\s*$)`, 'u');
/** An item's verb right before "all" and a whole (see ITEM_ALL). Groups: the verb, the whole and what picks it out. */
const ACTED_ON_ALL = /^(\p{Ll}+)\s+(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?(.+)$/u;
/**
 * An aim's verb on all of a whole, its number the whole's count: "(the province aims) to connect all 99 communes and wards to the
 * Intelligent Operations Centre (by the end of 2028)". Groups: the verb, the things, what follows them.
 */
// (Or on every one, uncounted: "(the department aims) to answer every telecom-related feedback item on this portal (by …)". Group:
// "every", between the verb and the things.)
// (Or all of its own, uncounted, put where they are to be: "(the school's own aim is) to put all of its short courses on its e-learning
// platform (by 2031)".)
// (Or a second aim joined to the first by "and": "is to train 1,200 officials …, and to put all of …".)
const AIM_AT_ALL = new RegExp(String.raw`\b(?:aims?|aiming|plans?|strives?|intends?|seeks?|is|are|(?<=,\s+)and)\s+to\s+(\p{Ll}{3,})\s+`
  + String.raw`(?:(?:all|every)\s+(?:(?:the|its|their)\s+)?\d[\d,]*|(every)`
  + String.raw`|(?<=\bto\s+(?:put|bring|move|migrate|transfer|upload)\s+)all\s+of\s+(?:its|their)(?:\s+own)?`
  + String.raw`(?=\s[^,;.]{2,60}?\s(?:on|onto|into|to)\s))\s+(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}?)`
  // (Or whose they are: "(is to) connect all 96 communes and wards of the province (by the end of 2030)".)
  + String.raw`(\s+(?:to|with|in|on|into|of)\s+[^,;.]{1,60}?)?(?=\s+(?:by|before)\s|\s*[,;.]|$)`, 'gu');
/**
 * An item of a list with its infinitive: "- all eligible administrative procedures to be offered fully online", "- every procedure at the
 * Tịnh Biên and Hà Tiên border gates to be handled online", "c) all 1,240 tower sites of the Corporation to be monitored …". Groups:
 * "all" or "every", things, where they are, done, where to.
 */
const ALL_TO_BE = new RegExp(String.raw`^\s*${ITEM_MARKER}?([Aa]ll|[Ee]very)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,5}?)(\s+(?:at|in|on|of)\s+[^,;.]{2,80}?)?`
  + String.raw`\s+to\s+be\s+(\p{Ll}+ed(?:\s+[^,;.]{1,40}?)?)`
  // (Past an aside of what comes with it, to where: "to be listed, with a digital map and a QR code, on the provincial tourism app".)
  + String.raw`(?:,\s+(?:together\s+)?with\s+[^,;.]{2,60}?,(\s+(?:on|in|into|to|at|through)\s+[^,;.]{2,60}?))?(?=\s+by\s|\s*[,;.]|$)`, 'u');
/**
 * Every one of a whole made to do a thing of having or publishing: "(- ) require every ministry to publish its non-confidential source code
 * on the national code repository", "get all communes to use the platform". Groups: "all" or "every", things, verb, object.
 */
const MADE_TO_DO = new RegExp(String.raw`\b(?:require|requiring|get|getting)\s+(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}?)\s+to\s+(${ALL_DO})\s+([^,;.]{2,80}?)`
  + String.raw`(?=\s+(?:by|before)\s|\s*[,;.]|$)`, 'u');
/**
 * Every one of a whole made to do a thing, in the bare infinitive, maybe past a relative clause that picks them out: "(- ) make every
 * public service that requires a signature accept remote digital signatures". Groups: "all" or "every", things, verb, object.
 */
const MADE_DO = new RegExp(String.raw`\b(?:make|making)\s+(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}?)(?:\s+(?:that|which)\s+\p{Ll}+s\s+[^,;.]{2,40}?)?`
  + String.raw`\s+(${ALL_DO}|accept)\s+([^,;.]{2,80}?)(?=\s+(?:by|before)\s|\s*[,;.]|$)`, 'u');
/** Words no name of things has: a preposition or a verb. */
const NOT_THINGS = String.raw`(?:of|to|for|in|on|at|by|are|is|was|were|be|been|will|must|should|shall|can|have|has|had)\b`;
/**
 * A list item that is a whole described by a participle or what it has, nothing else: "- all communes meeting the new-style rural
 * area standards;", "…; and every commune, ward and the special zone with a working community digital technology team". Groups:
 * "all" or "every", the things, their description.
 */
const ALL_DESCRIBED = new RegExp(String.raw`^\s*(?:[-•*–]\s+)?(?:and\s+)?([Aa]ll|[Ee]very|[Ee]ach)\s+(?:(?:the|its|their)\s+)?`
  // (Nouns only: "each of us are encouraged to link universities with …" describes no whole.)
  + String.raw`(?!${NOT_THINGS})(\p{Ll}[\p{L}-]*(?:(?:,\s+|\s+(?:and|or)\s+(?:the\s+)?|\s+)(?!${NOT_THINGS})\p{Ll}[\p{L}-]*){0,6}?)`
  + String.raw`\s+((?:meeting|having|using|reaching|achieving|connected\s+to|covered\s+by|with)\s+[^,;.]{2,80}?)\s*[;.]?\s*$`, 'u');
/** Finishing a work on every one of a whole: "complete the digitisation of all land records (by …)". Groups: the work, things. */
const COMPLETE_ALL = new RegExp(String.raw`\b(?:complete|completing|finish|finishing)\s+(?:the\s+)?(\p{Ll}+(?:ation|ing|ment))\s+of\s+all\s+`
  + String.raw`(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)(?=\s+(?:by|in|before)\s|\s*[,;.]|$)`, 'gu');
/**
 * An aim's verb that acts on every one of a whole, after "aims to", "strives to:", "; " in its list or its "and to": "(aims in 2026 to: …;)
 * provide all of the ministry's administrative procedures online in full", "(and to) publish all science and technology tasks funded
 * by the provincial budget on the new database", "(aims to) put all of its 46 public services … on the portal". Not a verb that
 * reports ("connected all communes"). Groups: the verb's words, the things.
 */
/** The verbs of an aim, before its infinitive. */
const AIM_VERB = String.raw`\b(?:aims?|aiming|strives?|striving|plans?|seeks?|intends?)`;
/**
 * A level with no unit an aim brings a measure to, after an infinitive or at an item's start: "(- ) bring the average PUE of large data
 * centres to no higher than 1.4", "to raise the ratio of … to 1.5". Not a count of things ("to 40 communes"), a share or a sum: the
 * number ends the clause. Groups: the measure, qualifier, number.
 */
const LEVEL_TO = new RegExp(String.raw`(?:^\s*(?:[-•*–]\s+)?|\bto\s+)(?:bring|cut|lower|reduce|raise|lift|keep|hold|push)\s+`
  + String.raw`(?:(?:the|its|their)\s+)?((?:average\s+|overall\s+)?(?:\p{Lu}{2,}\b|(?:[\p{Ll}-]+\s+){0,3}?(?:ratio|index|coefficient|score)\b)[^,;.]{0,60}?)`
  + String.raw`\s+(?:down\s+|up\s+)?to\s+(?:(${QUALIFIER})\s+)?(\d+(?:\.\d+)?)(?=\s*(?:[,;.]|$|\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d))`, 'gu');
/** The word whose tense tells an aim's: its verb of aiming, or the noun of an aim set, which has none (see AIMED_ALL). */
const AIM_AT = new RegExp(String.raw`${AIM_VERB}|\b(?:target|goal)\b`);
// (Or an aim set, then what it is after a colon: "has set an aim for its own work: to digitise all of its paper archive …".)
// (All of one thing is the whole of it: "all of its paper archive".)
const AIMED_ALL = new RegExp(String.raw`(?:${AIM_VERB}\s+(?:(?:in|by)\s+(?:19|20)\d\d\s+)?to:?\s+(?:[^;:]*;\s+(?:and\s+)?)*`
  + String.raw`|${AIM_VERB}\s+to\s+[^.;:]*?\band\s+to\s+|\bset\s+(?:itself\s+)?(?:an?\s+)?(?:aim|target|goal)\b[^.:;]{0,40}:\s+to\s+)`
  + String.raw`((?!\p{Ll}+ed\s)\p{Ll}{3,}\s+(?:[\p{Ll}-]+\s+){0,2}?all\s+(?:of\s+)?(?:(?:the|its|their)\s+)?`
  + String.raw`(?:[\p{L}-]+[’']s\s+)?(?:\d[\d,]*\s+)?(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,4}?s`
  + String.raw`|(?<=\ball\s+of\s+(?:the|its|their)\s+)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?(?=\s+(?:by|before)\s|\s*[,;.]|\s*$))\b[^,;.]{0,80}?)`
  + String.raw`(?=\s+(?:by|before)\s|\s*[,;.]|\s*$)`, 'gu');
/** Participles of asking: what a whole is asked to do is a request, not a state it is to reach. */
const ASKED = '(?:invited|asked|encouraged|requested|urged|advised|reminded|called\\s+on)';
/**
 * An item of a list of aims in the present, about every one of a whole: "a) All national databases … are connected to …", "6. All
 * industrial parks have 5G coverage", "- all communes and wards have fibre-optic broadband …". Groups: the things; the participle and its
 * complement, or what they have.
 */
// (A list block's item has lost its marker, and opens in lower case: "all communes and wards have …".)
// (Its deadline may open it: "d) By the end of 2028, all ministries … connect their databases to …"; and it may do one of the things
// ALL_DO names: "connect", "use".)
// (Or a sentence a target's label opens: "Interim target: by the end of 2032, all public hospitals of grade I and above issue electronic
// prescriptions only.")
const ALL_PRESENT = new RegExp(String.raw`^\s*["“]?(?:(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–])\s+)?`
  + String.raw`(?:By\s+[^,;.]{3,40},\s+|(?:Interim\s+|Final\s+)?(?:[Tt]arget|[Gg]oal|[Aa]im|[Mm]ilestone)\s*:\s+(?:[Bb]y\s+[^,;.]{3,40},\s+)?)?`
  + String.raw`[Aa]ll\s+(?:(?:the|its|their)\s+)?`
  // (Where they are may follow them: "all coffee cooperatives in the province have online stores".)
  // (Or the grade that picks them out: "all public hospitals of grade I and above".)
  + String.raw`(\p{Ll}[\p{L}-]*(?:,?\s+[\p{L}-]+){0,10}?s)(?:\s+(?:in|of)\s+the\s+(?:province|city|commune|ward|country|region)`
  + String.raw`|\s+of\s+(?:grade|level|class)\s+[IVX\d]+(?:\s+(?:and\s+above|or\s+(?:above|higher)))?)?`
  // (Not a request: "All households are invited to send one representative", "are asked to register".)
  + String.raw`\s+(?:(?:are|is)\s+(?!${ASKED}\b)(\p{Ll}+ed)\b((?:\s+(?:to|with|into|on)\s+[^,;.]{2,60}?)?)`
  + String.raw`|(?:have|has)\s+(?:(?:a|an|the|their|its)\s+)?([^,;.]{2,60}?)`
  // (After a target's label, any verb: "(Interim target: …, all public hospitals …) issue (electronic prescriptions only)".)
  + String.raw`|(?!have\b)(${ALL_DO}|(?<=(?:[Tt]arget|[Gg]oal|[Aa]im|[Mm]ilestone)\s*:[^.;]{0,160})(?!(?:is|are)\b)\p{Ll}{3,})`
  + String.raw`\s+((?:(?:a|an|the|their|its)\s+)?[^,;.]{2,80}?))`
  // (Up to its deadline: "- all communes have fibre broadband by the end of 2028;".)
  + String.raw`(?=\s+and\s|\s+(?:by|before)\s|\s*[,;.]|\s*$)`, 'u');
/**
 * Every one reached, told by "universal": "(Coverage of 5G mobile networks) will be universal in all residential areas", "(aims to)
 * achieve universal 5G coverage". Still to come: after a modal or "to". Groups: the things it is universal in; what is made universal.
 */
const UNIVERSAL = new RegExp(String.raw`\b(?:(?:will|shall|must|should|is\s+to|are\s+to|to)\s+(?:be|become)\s+universal\b(?:\s+(?:in|across|among|for)`
  + String.raw`\s+(?:all\s+)?(?:(?:the|its|their)\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*s)\b)?|(?:to|will|must|should)\s+(?:achieve|ensure|provide`
  + String.raw`|reach)\s+universal\s+((?:[\p{L}\d-]+\s+){0,3}?(?:coverage|access|connectivity|enrolment|enrollment)))`, 'gu');
/**
 * A duty's verb that acts on every one of a whole, after a modal: "(Gia Lai) must connect all 135 communes and wards to fibre-optic
 * broadband", "(the city) will put all its public services online". Groups: the verb, the things, what they are acted on with.
 */
const MODAL_ALL = new RegExp(String.raw`\b(?:must|will|shall|should|(?:is|are)\s+to)\s+(?!be\b|have\b)(\p{Ll}{3,})\s+all\s+(?:(?:the|its|their)\s+)?`
  // (And what they are of: "all certificates of origin for herb products (online)".)
  + String.raw`(?:\d[\d,]*\s+)?(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,4}?s(?:\s+of\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,4}?s)?)\b`
  + String.raw`((?:\s+(?:to|with|into|on|online)\b[^,;.]{0,60}?)?)`
  + String.raw`(?=\s+(?:by|in|before)\s|\s*[,;.]|\s*$)`, 'gu');
/**
 * Something brought to a share of one whole, then to every one of another: "bring 5G coverage to 90 per cent of the population by
 * 2028 and to all communes and wards by 2030". Groups: what is brought, the second whole.
 */
const AND_TO_ALL = new RegExp(String.raw`\b(?:bring|extend|expand|provide)\s+((?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]+)\s+to\s+[^;]{2,120}?\band\s+to\s+all\s+`
  + String.raw`(?:(?:the|its|their)\s+)?(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}?s)\b(?=\s+(?:by|in|before)\s|\s*[,;.]|\s*$)`, 'gu');
/**
 * A share of one whole and every one of another, doing one thing: "70 per cent of provincial departments and all commune People's
 * Committees are to use an AI assistant". Groups: the share's things, the other whole, what they are to do.
 */
const SHARE_AND_ALL = new RegExp(String.raw`(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?([^,;]{2,60}?)\s+and\s+all\s+(?:the\s+)?([^,;]{2,60}?)`
  + String.raw`\s+(?:are\s+to|is\s+to|will|must|should|shall)\s+((?:be\s+)?[^,;.]{2,80}?)(?=\s+(?:by|in|before)\s|[,;.]|$)`, 'giu');
/** Raising what was measured before: "(phase 3 will) bring it (to 120 MW)". */
const RAISED_IT = /\b(?:bring|brings|raise|raises|take|takes|lift|lifts|increase|increases|expand|expands)\s+it$/i;
/**
 * Every one of a whole, in a sentence that may have no number: "- all eligible administrative procedures to be offered fully online"
 * (a list item under its frame), "shall each complete the digitisation of all land records by 30/9/2026" (the work done on each).
 */
function wholes(text: string): TargetProposal[] {
  const out: TargetProposal[] = [];
  // "Coverage of 5G mobile networks will be universal in all residential areas by 2028", "to achieve universal 5G coverage": every one.
  for (const m of /\buniversal\s/.test(text) ? allMatches(UNIVERSAL, text) : []) {
    const [, things, reached] = m;
    const metric = reached ?? subjectBefore(textBefore(text, m.index));
    if (metric) out.push({ ...everyOne(metric, things ?? '', m.index, m.index + m[0].length), unit: things ? `% of ${things}` : '%' });
  }
  // "88 of the 100 communes now have 4G coverage; the target is all communes by the end of 2030": every one, of what the count before
  // measured.
  for (const m of /\b(?:target|goal|aim)\s+is\s+(?:all|every)\s/.test(text) ? allMatches(TARGET_IS_ALL, text) : []) {
    const things = m[1]!;
    const counted = PART_BEFORE.exec(textBefore(text, m.index, PART_REACH));
    const measure = counted && counted[1]!.split(/\s+/).at(-1) === things.split(/\s+/).at(-1) ? ` with ${counted[2]!.trim()}` : '';
    out.push(everyOne(`${things}${measure}`, things, m.index, m.index + m[0].length));
  }
  // "a) All national databases … are connected to the National Data Centre": an item of a list of aims, in the present.
  const present = ALL_PRESENT.exec(text);
  if (present) {
    const metric = present[4] ? `${present[1]} with ${present[4]}` : present[5] ? `${present[1]} ${present[5]} ${present[6]}`
      : `${present[1]} ${present[2]}${present[3] ?? ''}`.trim();
    // (From "all": a deadline opening the item is no part of the figure.)
    out.push(everyOne(metric, present[1]!, present.index + present[0].search(/\b[Aa]ll\s/), present.index + present[0].length));
  }
  // "- all communes meeting the new-style rural area standards;": an item of a list of aims that is every one of a whole, so described.
  // (Or an item of a list run into a sentence: "… sets four targets: 85 per cent of …; …; and every commune … with …".)
  for (const item of text.includes(';') ? text.matchAll(/(?:^|(?<=[:;]))[^:;]+/g) : [{ 0: text, index: 0 }]) {
    const described = ALL_DESCRIBED.exec(item[0]);
    // ("All" counts plural things: "all communes meeting …"; "every" one thing: "every commune, ward and the special zone with …".)
    const all = described && /^all$/i.test(described[1]!);
    if (!described || (all && !described[2]!.endsWith('s'))) continue;
    const things = all ? described[2]! : plurals(described[2]!);
    const at = item.index + described.index;
    out.push(everyOne(`${things} ${described[3]}`, things, at, at + described[0].length));
  }
  // "ensure that all 135 communes and wards run their procedures on the platform": every one of them, 100%.
  // (With a number or none: "c) ensure that every industrial park in the province has a consulting point".)
  for (const m of /\bensur/.test(text) && /\b(?:all|every)\s/.test(text) ? allMatches(ENSURE_ALL, text) : []) {
    const [, word, stated, verb, object] = m;
    const things = word === 'every' ? plurals(stated!) : stated!;
    out.push(everyOne(`${things} ${/^ha(?:s|ve)$/.test(verb!) ? 'with' : verb} ${object!.trim()}`, things, m.index, m.index + m[0].length));
  }
  // "sets the goal of AI tools being used in all of the city's public hospitals by 2027": the goal's thing done in every one of a whole.
  const goal = /\ball\s/.test(text) ? GOAL_IN_ALL.exec(text) : null;
  if (goal) out.push(everyOne(`${goal[1]} ${goal[2]} in ${goal[3]}`, goal[3]!, goal.index, goal.index + goal[0].length));
  // "The province aims to have such teams in every commune and ward by June 2031": every one of the whole has the thing.
  const inEvery = /\b(?:every|each|all)\s/.test(text) ? HAVE_IN_EVERY.exec(text) : null;
  if (inEvery) {
    const things = /^all$/i.test(inEvery[2]!) ? inEvery[3]! : plurals(inEvery[3]!);
    out.push(everyOne(`${things} with ${inEvery[1]!.replace(/^such\s+/i, '')}`, things, inEvery.index, inEvery.index + inEvery[0].length));
  }
  const inCount = /\sin\s+(?:\S+\s+){0,2}\d/.test(text) ? HAVE_IN_COUNT.exec(text) : null;
  if (inCount) {
    const [, thing, qualifier, number, places] = inCount;
    const at = inCount.index + inCount[0].lastIndexOf(number!, inCount[0].length - places!.length);
    out.push({
      metric: `${thing} in ${places}`, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null, unit: places!.split(/\s+/).at(-1)!,
      qualitative: false, baseline: null, start: at, end: inCount.index + inCount[0].length,
    });
  }
  const made = (/\b(?:requir|get)/.test(text) ? MADE_TO_DO.exec(text) : null) ?? (/\bmak/.test(text) ? MADE_DO.exec(text) : null);
  if (made) {
    const [, word, stated, verb, object] = made;
    const things = word === 'every' ? plurals(stated!) : stated!;
    out.push(everyOne(`${things} ${verb === 'have' ? 'with' : verb} ${object}`, things, made.index, made.index + made[0].length));
  }
  const allToBe = /\bto\s+be\s/.test(text) ? ALL_TO_BE.exec(text) : null;
  if (allToBe) {
    const [, word, stated, where, done, whereTo] = allToBe;
    const things = /^every$/i.test(word!) ? plurals(stated!) : stated!;
    out.push(everyOne(`${things}${where ?? ''} ${done}${whereTo ?? ''}`, things, allToBe.index, allToBe[0].length));
  }
  for (const m of /\ball\s/.test(text) && /\b(?:complet|finish)/.test(text) ? allMatches(COMPLETE_ALL, text) : []) {
    out.push(everyOne(`${m[2]} ${m[1]}`, m[2]!, m.index, m.index + m[0].length));
  }
  return out;
}

/**
 * Adds to `out` the whole an item of a list of aims acts on (see ITEM_ALL), unless a whole was read already; its number counts the
 * whole and is no target of its own ("all 14 residential areas"). Returns `out`.
 */
function everyOfItem(text: string, out: TargetProposal[]): TargetProposal[] {
  // "- put every commune … on the shared data platform, and, by the end of 2032, connect every lotus cooperative to …": the clause after
  // "and," and its own year is an item's aim of its own, read as an item.
  const next = SECOND_AIM.exec(text);
  const first = next ? text.slice(0, next.index) : text;
  if (!out.some((p) => isWhole(p) && p.start < first.length)) wholeOfItem(first, out);
  if (next) {
    const from = next.index + next[0].length;
    const second = wholeOfItem(text.slice(from), out.filter((p) => p.start >= from).map((p) => ({ ...p, start: p.start - from, end: p.end - from })));
    out.splice(0, out.length, ...out.filter((p) => p.start < from), ...second.map((p) => ({ ...p, start: p.start + from, end: p.end + from })));
  }
  return out;
}
/** A second aim in an item, after "and," and its own year: ", and, (by the end of 2032, connect …)". */
const SECOND_AIM = new RegExp(String.raw`,\s+and,\s+(?=(?:by|before|from)\s+[^,;]{2,30},\s+\p{Ll})`, 'u');

/** `everyOfItem` on one aim of an item, unless a whole was read in it already. Returns `out`. */
function wholeOfItem(text: string, out: TargetProposal[]): TargetProposal[] {
  if (out.some(isWhole)) return out;
  // (An item that gives every one of a whole a thing names the thing after the whole, past a list of its kinds: "- give every commune, ward
  // and special zone a public Wi-Fi zone".)
  // (Nor one that makes every one of it do a thing, read so: "- to have all 104 communes and wards pay farm subsidies …".)
  // ("- for every licensed rare-earth mine to report output and tailings data online in real time;": what every one is to do or be.)
  const forAll = ITEM_FOR_ALL.exec(text);
  if (forAll) {
    const [, word, stated, be, done] = forAll;
    const things = word === 'every' ? plurals(stated!) : stated!;
    const start = forAll.index + forAll[0].indexOf(word!);
    out.push(everyOne(`${things} ${be ? '' : 'to '}${done}`, things, start, forAll.index + forAll[0].trimEnd().replace(/[;.]$/, '').length));
    return out;
  }
  const item = GIVES_EVERY.test(text) || MAKES_EVERY.test(text) ? null : ITEM_ALL.exec(text);
  if (!item) return causedOfItem(text, out);
  const [, what, word, stated, brought] = item;
  // (A list of them is in the plural each: "every commune, ward and special zone" → "communes, wards and special zones".)
  const things = word === 'every' ? (/,|\s(?:and|or)\s/.test(stated!) ? plurals : plural)(stated!) : stated!;
  const start = text.indexOf(what!);
  const counted = out.findIndex((p) => p.start >= start && p.end <= start + what!.length && p.unit !== null && things.endsWith(p.unit));
  if (counted >= 0) out.splice(counted, 1);
  // "- connect all provinces to the national land database" measures the provinces connected to it, as "all provinces are to be connected
  // to …" does.
  const acted = brought ? ACTED_ON_ALL.exec(what!.slice(0, -brought.length)) : null;
  // ("- connect every plant that handles … to …": every one, in the plural, "plants that handle … connected to …".)
  const whole = acted ? (acted[2] === 'every' ? plurals(acted[3]!) : acted[3]!) : '';
  out.push(everyOne(acted ? `${whole} ${pastParticiple(acted[1]!)}${brought}` : what!, things, start, start + what!.length));
  return out;
}

/**
 * An item of a list of aims whose verb makes every one of a whole do a thing, or gives or puts a thing to each: "- have every tea
 * cooperative trace its products with QR codes;", "- give every commune, ward and special zone a public Wi-Fi zone;", "- put all forest
 * owners' land parcels on the digital forest map.". Groups: the item's words, "all" or "every", the rest of the item.
 */
// (Its marker may be gone, the item opening in lower case.)
const ITEM_CAUSED_ALL = new RegExp(String.raw`^\s*${ITEM_MARKER}?(?:to\s+)?`
  // (Its whole may be counted: "- to have all 104 communes and wards pay farm subsidies through …".)
  + String.raw`((?:have|help|get|let|make|give|offer|provide|put|bring|move|place|list)\s+(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?`
  + String.raw`(\p{Ll}[^;.]{2,140}?))\s*(?:[;.]|$)`, 'u');
/**
 * An item of a list of aims that says what every one of a whole is for: "- for every legal normative document in force to be in the national
 * legal database in machine-readable form;". Groups: "all" or "every", the things, "be", what they are to do or be.
 */
const ITEM_FOR_ALL = new RegExp(String.raw`^\s*${ITEM_MARKER}?for\s+(all|every)\s+(?:(?:the|its|their)\s+)?(?:\d[\d,]*\s+)?(\p{Ll}[^;:.]{1,100}?)`
  + String.raw`\s+to\s+(be\s+)?(\p{Ll}{2,}\s+[^;:.]{2,120}?)\s*(?:[;.]|$)`, 'u');
/** An item whose verb gives every one of a whole a thing: "- give every commune …", "grant all members …". */
const GIVES_EVERY = new RegExp(String.raw`^\s*${ITEM_MARKER}?(?:to\s+)?(?:give|grant)\s+(?:all|every)\s`, 'u');
/** An item whose verb makes every one of a whole do a thing: "- have every tea cooperative trace …", "to help all … sell …". */
const MAKES_EVERY = new RegExp(String.raw`^\s*${ITEM_MARKER}?(?:to\s+)?(?:have|help|get|let|make)\s+(?:all|every)\s`, 'u');
/** A word that ends the things an item's whole names (see ITEM_CAUSED_ALL): a determiner or a preposition after them. */
const AFTER_THINGS = /^(?:a|an|the|its|their|his|her|our|on|onto|in|into|to|with|through|via|at|by|for|from)$/;
/** A word before a determiner: a verb the whole is made to do ("(tea cooperative) trace its products"), after "have", "help" and the like. */
const CAUSING = /^(?:have|help|get|let|make)$/;

/**
 * Adds to `out` the whole an item whose verb makes every one of it do a thing, or gives each a thing, acts on (see ITEM_CAUSED_ALL): its
 * things run to the first determiner or preposition, or to the verb before a determiner after a verb of making. Returns `out`.
 */
function causedOfItem(text: string, out: TargetProposal[]): TargetProposal[] {
  const item = /\b(?:all|every)\s/.test(text) ? ITEM_CAUSED_ALL.exec(text) : null;
  if (!item) return out;
  const [, what, word, rest] = item;
  const words = rest!.split(/\s+/);
  const causing = CAUSING.test(what!.split(/\s+/)[0]!);
  // (After a verb of making, the things end at the first word after a plural that is no plural nor a conjunction, its verb: "(have all 104)
  // communes and wards (pay farm subsidies …)"; or before the word before a determiner: "(have every) tea cooperative (trace its …)".)
  const plural = causing ? words.findIndex((w, k) => k > 0 && /s,?$/.test(words[k - 1]!) && !/s,?$|^(?:and|or)$/.test(w)) : -1;
  const determined = words.findIndex((w, k) => k > 0 && (AFTER_THINGS.test(w) || (causing && AFTER_THINGS.test(words[k + 1] ?? ''))));
  let end = plural >= 0 && (determined < 0 || plural <= determined) ? plural : determined;
  if (end < 0) end = Math.min(words.length, 4);
  const stated = words.slice(0, end).join(' ').replace(/,$/, '');
  const things = word === 'every' ? plurals(stated) : stated;
  const start = text.indexOf(what!);
  out.push(everyOne(what!, things, start, start + what!.length));
  return out;
}

/**
 * Adds to `out` every one of a whole a sentence says is still to come, 100% (see ALL_THINGS): "All nine hamlets are to have free
 * Wi-Fi by 2026", "all communes will be connected", "every village should have mobile broadband by 2026", "all commune-level
 * People's Committees are to use the AI assistant". Returns `out`.
 */
function everyOfThings(text: string, out: TargetProposal[]): TargetProposal[] {
  for (const m of /\b(?:[Aa]ll|[Ee]very)\b/.test(text) ? allMatches(ALL_THINGS, text) : []) {
    const [, stated, participle, modalVerb, modalObject, toVerb, toObject] = m;
    // ("publish a list every quarter" is how often, no whole.)
    if (/^[Ee]very\s/.test(m[0]) && HOW_OFTEN.test(stated!)) continue;
    // ("answer every request … within 3 working days" is the time to answer each (HANDLED_IN), not also every one of them.)
    if (out.some((p) => p.metric.startsWith('time to ') && p.start > m.index && p.start < m.index + m[0].length)) continue;
    // ("Every one of our 78 communes" is all of them, in the plural.)
    const every = /^[Ee]very(?!\s+one\s+of\b)/.test(m[0]);
    // (A verb in the third person is read in its base form: "connects" is "connect"; "discuss" stays as it is.)
    const verb = modalVerb ?? (toVerb && ALL_DOES_WORD.test(toVerb) ? baseForm(toVerb) : toVerb);
    // "every unit must issue its own plan" is a task of each, not a share of a whole to reach: "every" takes the verbs of having.
    // (Unless what each is to do is to work online: "every commune and ward is to handle its one-stop-shop procedures fully online".)
    // (Nor what an aim is for, in words: "(the commission) aims for every grassroots Party cell to discuss this outline …".)
    const aimedFor = toVerb !== undefined && AIMED_FOR.test(textBefore(text, m.index, 40));
    // (Nor at least one thing each is to make, which each then has: "every commune and ward to build at least one digital model".)
    // (Nor what each will do as a practice, with things in the plural: "every cooperative that sells online will issue electronic invoices".)
    if (every && !participle && !aimedFor && !ALL_DO_WORD.test(verb!) && !DONE_ONLINE.test((modalObject ?? toObject)!)
      && !AT_LEAST_ONE.test((modalObject ?? toObject)!) && !(modalObject !== undefined && WILL_DO.test(m[0]) && PRACTICE.test(modalObject))) continue;
    const things = every ? plurals(stated!) : stated!;
    const with_ = verb === 'have' ? 'with' : verb;
    // "prototypes of all 14 products are to be completed": what of every one of them.
    const head = participle ? PART_OF_ALL.exec(textBefore(text, m.index))?.[1] : undefined;
    const what = participle ? `${head ? `${head} of ` : ''}${things} ${participle}` : `${things} ${with_} ${(modalObject ?? toObject)!.trim()}`;
    // Its number counts the whole, no target of its own ("all 14").
    // (Its count may name its things by their last words: "all 69 commune-level Front committees" counts "committees".)
    const whole = out.findIndex((p) => p.start > m.index && p.end <= m.index + m[0].length && p.unit !== null && things.endsWith(p.unit));
    if (whole >= 0) out.splice(whole, 1);
    // So is a count in what each is to have: "every commune and ward to have at least one cooperative selling …" is no count of its own.
    const object = modalObject ?? toObject;
    const from = object ? m.index + m[0].lastIndexOf(object) : Infinity;
    const each = out.findIndex((p) => p.start >= from && p.end <= m.index + m[0].length && p.unit !== null && !p.unit.startsWith('%'));
    if (each >= 0) out.splice(each, 1);
    out.push(everyOne(what, things, m.index, m.index + m[0].length));
    // "every export lot … will carry a traceability code, and lots shipped to China will do so by the end of 2031": a second whole that
    // does the same, by its own deadline.
    const same = participle ? null : DO_SO.exec(text.slice(m.index + m[0].length));
    if (same) {
      const at = m.index + m[0].length + same[0].indexOf(same[1]!, same[0].search(/\s\p{L}/u));
      out.push(everyOne(`${same[1]!} ${with_} ${(modalObject ?? toObject)!.trim()}`, same[1]!, at, m.index + m[0].length + same[0].length));
    }
    // "… should have mobile broadband by 2026 and fibre-optic broadband by 2028": the second object, by its own deadline.
    const second = participle ? null : AND_BY.exec(text.slice(m.index + m[0].length));
    if (second) {
      const at = m.index + m[0].length + second[0].length - second[1]!.length;
      out.push(everyOne(`${things} ${with_} ${second[1]!.trim()}`, things, at, at + second[1]!.length));
    }
  }
  return out;
}

/** "will" before what each is to do. */
const WILL_DO = /\swill\s+\p{Ll}+\s/u;
/** Things done as a practice, in the plural with no determiner: "electronic invoices", "cashless payments" (not "its own plan"). */
const PRACTICE = /^(?!(?:its|their|the|a|an|one|his|her|our)\s)(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+[^s\W]s$/u;
/** A period "every" tells how often a thing is done by: "every quarter", "every year and …". */
const HOW_OFTEN = /^(?:years?|quarters?|months?|weeks?|days?|sessions?|semesters?)\b/;

/**
 * A second whole that is to do what the first does, in a clause of its own: ", and lots shipped to China will do so", "; all central
 * hospitals do so". Group: the whole (all of it, "all" or not).
 */
const DO_SO = new RegExp(String.raw`^(?:\s+by\s+[^,;.]{2,30}?)?\s*(?:,\s*(?:and|while)|;)\s+(?:(?:all|every)\s+(?:(?:the|its|their)\s+)?)?`
  + String.raw`((?:\p{Ll}[\p{L}-]*\s+){0,4}?\p{Ll}[\p{L}-]*(?:\s+(?:to|in|of|from)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2})?)`
  + String.raw`\s+(?:(?:will|must|shall|should|are\s+to)\s+)?do\s+so\b`, 'u');

/** Drops from `out` each count inside a whole's words that counts that whole's things (see `everyOne`). */
function countedWholes(out: TargetProposal[]): void {
  const wholes = out.filter(isWhole);
  if (wholes.length === 0) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const p = out[i]!;
    if (p.unit && !p.unit.startsWith('%') && wholes.some((w) => p.start >= w.start && p.end <= w.end && w.unit!.endsWith(p.unit!))) out.splice(i, 1);
  }
}

/** One thing at least, that every one of a whole is to make and so have: "(build) at least one digital model". */
const AT_LEAST_ONE = /^(?:at\s+least\s+one|one\s+or\s+more)\s/;
/** What a whole's every one is to do, done online: "(handle its procedures) fully online", "(pay its fees) electronically". */
// (Where to, after it: "send its wastewater data online to the provincial monitoring system".)
const DONE_ONLINE = /\s(?:online|digitally|electronically)(?:\s+(?:to|through|via|on|into)\s[^,;.]*)?$/;

/** The words of a whole, every one of which a target may be about: "all", "every". */
const WHOLE_WORD = /\b(?:[Aa]ll|[Ee]very)\s/;
/** A subject that is only a verb of earning, left from a list item: "- earn", "generate". */
const EARNING = /^(?:-\s+)?(?:earn|generate|bring\s+in|make)$/i;
/** A goal of a thing done in every one of a whole: "the goal of (AI tools) being (used) in all of the city's (public hospitals)". */
const GOAL_IN_ALL = new RegExp(String.raw`\b(?:goal|target|aim|objective)\s+of\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(?:being\s+)?(\p{Ll}+(?:ed|en))`
  + String.raw`\s+(?:in|at|by|across)\s+all\s+(?:of\s+)?(?:(?:the|its|their)\s+)?(?:[\p{L}-]+[’']s\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)`
  + String.raw`(?=\s+(?:by|in|before)\s|\s*[,;.]|$)`, 'u');
/** What money is earned from, after it: "(VND150 billion) a year from technology transfer". Group: the source. */
const EARNED_FROM = /^(?:\s+(?:a|per|each)\s+year)?\s+from\s+([^,;.]+?)(?=\s+(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|[,;.]|$)/;
/** What of every one of a whole, before "of all": "(prototypes) of (all 14 products …)". Group: the noun. */
const PART_OF_ALL = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+of\s+$/u;
/** Whether a proposal is every one of a whole, 100% of its things (see everyOne). */
const isWhole = (p: TargetProposal): boolean => p.value === 100 && p.unit?.startsWith('% of ') === true;
const everyOne = (metric: string, things: string, start: number, end: number): TargetProposal => ({
  metric: metric.replace(OWNED, ''), comparator: '=', value: 100, max: null, unit: `% of ${things.replace(OWNED, '')}`, qualitative: false, baseline: null,
  start, end,
});
/** The owner's words before a whole, no part of its name: "(all) of its own (dossiers)", "(every one) of their (stalls)". */
const OWNED = /^(?:of\s+)?(?:(?:the|its|their|his|her|our)\s+)?own\s+|^of\s+(?:the|its|their|his|her|our)\s+/;
/** A part of a count before it: "…, including 8,000 core trainers". Groups: qualifier, number, the counted phrase. */
const INCLUDING = new RegExp(String.raw`,\s+including\s+(?:(${QUALIFIER})\s+)?${NUMBER}\s+${PHRASE}`, 'gu');
/**
 * A thing an aim wants in every one of a whole: "(aims) to have such teams in every commune and ward (by June 2031)", "to set up a help desk
 * in all wards". Groups: the thing, "every" or "all", the whole.
 */
const HAVE_IN_EVERY = new RegExp(String.raw`\bto\s+(?:have|set\s+up|establish|open|build)\s+((?:(?:such|a|an)\s+)?\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?)`
  + String.raw`\s+in\s+(every|each|all)\s+(?:(?:the|its|their)\s+)?(\p{Ll}[\p{L}-]*(?:(?:,\s+|\s+(?:and|or)\s+)\p{Ll}[\p{L}-]*){0,3})`
  + String.raw`(?=\s+(?:by|before|in)\s|\s*[,;.]|\s*$)`, 'u');
/**
 * A thing set up in a count of places: "(and to) set up technology transfer offices in 25 public universities and research institutes".
 * Groups: thing, qualifier, number, places.
 */
const HAVE_IN_COUNT = new RegExp(String.raw`\b(?:have|set\s+up|establish|open|build)\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,5}?)\s+in\s+`
  + String.raw`(?:(${QUALIFIER})\s+)?(\d{1,3}(?:,\d{3})*|\d+)(?![.,]?\d)\s+(\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,5}?s)`
  + String.raw`(?=\s+(?:by|before|in)\s|\s*[,;.]|\s*$)`, 'u');
/** One of a thing in every one of a whole: "(set up) at least one “digital support team” in every commune youth union". Groups: thing, whole. */
// (Not one for each of the targets or tasks themselves: "(to name) one leader responsible for each target" assigns the work.)
const ONE_IN_EVERY = new RegExp(String.raw`\b(?:at\s+least\s+)?one\s+([“"]?\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?[”"]?)\s+(?:in|for|at|per)\s+`
  + String.raw`(?:every|each)\s+(?!(?:targets?|tasks?|goals?|indicators?|objectives?)\b)(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)`
  + String.raw`(?=\s+(?:by|in|before)\s|\s*[,;.]|$)`, 'gu');
/**
 * The plural of a counted noun after "every" ("village" → "villages", "city" → "cities"), its head only: the last word, or the one
 * before a phrase that places it ("household in the commune" → "households in the commune").
 */
const plural = (things: string) => {
  const placed = PLACING.exec(things)?.index ?? things.length;
  return things.slice(0, placed).replace(/(\p{L}+)$/u, (w) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies`
    : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`)) + things.slice(placed);
};
/**
 * The plural of each thing "every" joins: "commune, ward and the special zone" → "communes, wards and special zones"; not the things a
 * phrase after them names: "bidding package of central and provincial agencies" → "bidding packages of central and provincial agencies".
 */
// (An adjective alone before the next one shares its noun: "national and regional university" → "national and regional universities".)
const plurals = (things: string) => {
  // (A relative clause that picks them out takes the plural's verb: "cooperative that sells online" → "cooperatives that sell online".)
  const relative = RELATIVE_VERB.exec(things);
  const placed = Math.min(PLACING.exec(things)?.index ?? things.length, relative?.index ?? things.length);
  const parts = things.slice(0, placed).split(/(,\s+|\s+(?:and|or)\s+(?:the\s+)?)/);
  const rest = relative && relative.index === placed
    ? `${relative[1]}${relative[2] === 'is' ? 'are' : baseForm(relative[2]!)}${things.slice(relative.index + relative[0].length)}` : things.slice(placed);
  // (Only when the last thing opens with an adjective too: "school, clinic and commune hall" are three things.)
  const adjectives = ADJECTIVE.test(parts.at(-1)!.split(/\s+/)[0]!);
  return parts.map((part, i) => (i % 2 === 1 ? part.replace(/the\s+$/, '')
    : adjectives && i < parts.length - 1 && ADJECTIVE.test(part) ? part : plural(part))).join('') + rest;
};
/** A relative clause after a noun in the singular, its verb in the third person: " that sells", " which has". Groups: the pronoun, the verb. */
const RELATIVE_VERB = /(\s(?:that|which|who)\s+)(has|is|\p{Ll}{2,}[^s\W]s)\b/u;
/** A word alone of an adjective's shape: "national", "regional", "public", "private", "central". */
const ADJECTIVE = /^\p{Ll}+(?:al|ic|ive|ous|ary|ern|ate)$/u;
/** A target that is a whole: "the target is all communes (by the end of 2030)". Group: the things. */
const TARGET_IS_ALL = new RegExp(String.raw`\b(?:target|goal|aim)\s+is\s+(?:all|every)\s+(?:(?:the|its|their)\s+)?`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)(?=\s+(?:by|before|in)\s+${DUE_YEAR}|\s*[,;.]|\s*$)`, 'gu');
/** A part of a whole and what it has, before a whole as a target: "88 of the 100 (communes) now have (4G coverage);". Groups: things, what. */
const PART_BEFORE = new RegExp(String.raw`\b\d[\d,]*\s+of\s+(?:the|its|their)\s+\d[\d,]*\s+`
  + String.raw`(\p{Ll}[\p{L}-]*(?:\s+(?!(?:now|already|have|has|use|are|is)\b)\p{Ll}[\p{L}-]*){0,2})`
  + String.raw`\s+(?:now\s+|already\s+)?(?:have|has|use|are|is)\s+([^,;.]{2,50}?)\s*[;,]\s*(?:and\s+|but\s+)?(?:the\s+)?$`, 'u');
/** How far before "the target is all …" the part it completes is read. */
const PART_REACH = 160;
/** A phrase that places a counted noun: " in the commune", " of the province", " across the city"; or picks it out: " registered for export". */
// (Or a participle that places it, before a determiner or a name: " entering Vũng Áng port", " using the platform".)
// (Or what it has that picks it out: "industrial cluster with a dyeing plant" → "industrial clusters with a dyeing plant".)
// (Or where they lie: "commune downstream of a hydropower reservoir".)
const PLACING = new RegExp(String.raw`\s(?:in|of|at|on|across|within|under|from|(?:down|up)stream\s+of|with(?=\s+(?:a|an|one|its|their)\s)`
  + String.raw`|\p{Ll}+ed\s+(?:for|by|in|under|with|to|as)|\p{Ll}{2,}ing(?=\s+(?:the|a|an|its|their|\p{Lu})))\s|\s${THRESHOLD_THAN}\b`, 'u');
/** "… and all of them": the whole of what a share before it counted. Group: "all". */
const ALL_OF_THEM = /^[^;.]{0,80}?\band\s+(all)\s+of\s+them\b/;

/** Words every sum of money needs. */
const CURRENCY = /VND|USD|\$|dong|dollars/;

/**
 * An item labelled with the things it counts, whose target is a bare number: "- Innovative start-ups: 52; target for 2030 is 150".
 * Groups: the label, qualifier, number.
 */
const LABELLED_COUNT = new RegExp(String.raw`^\s*(?:[-•*–]\s+)?(\p{Lu}[\p{L}\s-]{2,60}?):\s[^:]*?\b(?:target|goal)\s+(?:for\s+[^,;:]{1,40}?\s+)?`
  + String.raw`(?:is|of)\s+(?:(${QUALIFIER})\s+)?(\d[\d,]*)(?=\s*(?:\([^()]*\))?\s*[.;]?\s*$)`, 'u');
/** A count joined by "and" right after another: "… and 20 technology incubators". Groups: qualifier, number, phrase. */
const AND_COUNT = new RegExp(
  // (Past the first count's deadline and baseline: "… by 2030, up from 14 today, and 800 start-ups …".)
  String.raw`^(?:\s+(?:by|in)\s+${DUE_YEAR})?(?:\s*,\s+(?:up|down)\s+from\s+[^,;]{1,40})?\s*,?\s+and\s+`
  + String.raw`(?:(${QUALIFIER})\s+)?${NUMBER}\s+(?:more\s+|new\s+)?((?:[\p{Ll}][\p{L}-]*)(?:\s+[\p{L}-]+){0,12})`, 'u',
);
/** A verb of raising its object to a level, just before the level: "raise total computing capacity to". */
const RAISED_TO = /\b(?:raise|raising|increase|increasing|lift|lifting|bring|bringing|boost|boosting|expand|expanding)\s+[^,;]+?\s+to(?:\s+between)?\s*$/i;
/**
 * A level raised to a rate, or to a range of it: "raise its density of industrial robots to between 250 and 300 per 10,000 manufacturing
 * workers". Groups: what is raised, the qualifier, the bottom, the top, the rate's base.
 */
const RAISED_TO_RATE = new RegExp(String.raw`\b(?:raise|increase|lift|bring|boost)\s+(?:its|the|their|our)\s+((?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+)`
  + String.raw`\s+to\s+(?:(${QUALIFIER})\s+)?(?:between\s+)?(${DIGITS})(?:\s*(?:and|to|[-–])\s*(${DIGITS}))?`
  + String.raw`\s+per\s+(\d{1,3}(?:,\d{3})*\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+s)\b`, 'gu');

/**
 * A part of a count right after it, with what sets it apart: ", of which 30 have raised venture capital", ", of whom 500 hold doctoral
 * degrees", ", of which at least 300 in agricultural technology", ", at least two of them built in Vietnam". Groups: qualifier, number,
 * the verb and its object.
 */
/** A number in words, with its scale if it has one: "ten thousand", "five". No group. */
// (Never the number alone before its scale: "ten" of "ten thousand" is no number of its own.)
const WORDS_SCALED = String.raw`${WORD}(?:\s+(?:thousand|million|billion)\b|(?!\s+(?:thousand|million|billion)\b))`;
// (Past the count's deadline: "2,000 engineers by the same year, of which at least 40 per cent in chip design".)
const PART_OF_COUNT = new RegExp(String.raw`^(?:\s+(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|the\s+same\s+year))?`
  // (A share of it may be told with its sign: "of whom at least 30% are women".)
  // (Or "of them" after its number: ", at least two of them built in Vietnam".)
  + String.raw`\s*,?\s+(?:of\s+wh(?:ich|om)\s+|(?=(?:${QUALIFIER}\s+)?(?:\d[\d,]*|${WORD})\s+of\s+them\s))(?:(${QUALIFIER})\s+)?(\d[\d,]*|${WORDS_SCALED})`
  + String.raw`(?:\s+of\s+them)?(?:\s+|(?=%))((?:%\s+)?(?:are|have|will|must|should|shall)?\s*`
  + String.raw`(?:in\s|\p{Ll}{3,})[^,;.()]{2,80}?)(?=\s+(?:by|in|before)\s+${DUE_YEAR}|\s*[,;.()]|\s*$)`, 'u');
/**
 * A part of a count due by an earlier year, with no predicate: "(, packaging and testing), at least 15,000 of them by 2030", "(…), of whom
 * at least ten thousand by 2032". Groups: qualifier and number after "of whom", or before "of them".
 */
const INTERIM_OF_THEM = new RegExp(String.raw`^[^;.]{0,60}?,\s+(?:of\s+wh(?:om|ich)\s+(?:(${QUALIFIER})\s+)?(\d[\d,]*|${WORDS_SCALED})`
  + String.raw`|(?:(${QUALIFIER})\s+)?(\d[\d,]*|${WORDS_SCALED})\s+of\s+them)\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d(?=\s*(?:[,;.]|$))`, 'u');

/**
 * A part of a share right after it (and its whole), with what sets it apart: "(80 per cent) of the labour force, of which 45 per cent with
 * degrees or certificates". Groups as above.
 */
const PART_OF_SHARE = new RegExp(String.raw`^(?:\s+of\s+[^,;.()]{1,60}?)?\s*,?\s+of\s+wh(?:ich|om)\s+(?:(${QUALIFIER})\s+)?(\d[\d,.]*)\s*`
  + String.raw`(?:%|per\s?cent|percent)\s+((?:are|have|hold|with|will|must|should|shall|in|from)\s+[^,;.()]{2,80}?)`
  + String.raw`(?=\s+(?:by|in|before)\s+${DUE_YEAR}|\s*[,;.()]|\s*$)`, 'u');
/** What a part "of which" comes from: "… 60% comes from enterprises", "… 40% is from the state budget". */
const OF_WHICH = /^\s+(?:comes?|is|are|will\s+come|must\s+come|should\s+come)\s+from\s+(?:the\s+)?([^,;.]+?)(?=\s+by\s+(?:19|20)\d\d|[,;.]|$)/i;
/** A verb of raising money before a sum: what it is for names the metric ("mobilise VND 5 trillion for digital infrastructure"). */
const FUNDING_VERB = new RegExp(String.raw`\b(?:mobili[sz]e|mobili[sz]ing|invest|investing|allocate|allocating|spend|spending|attract`
  + String.raw`|attracting|raise|raising|disburse|disbursing|earmark|earmarking)(?:\s+(?:a|an|the)\s+total\s+of)?\s*$`, 'i');
/** A verb of aiming right before a sum, which is funding only when what it is comes after it: "targets (US$1.5 billion in foreign investment)". */
const AIMED_SUM = /\b(?:targets|targeting|aims?\s+for|aiming\s+for)\s*$/i;
/** What a sum to raise is, right after it: "(US$2 billion) of investment", "(VND5 trillion) in venture capital". Group: the noun. */
const MONEY_KIND = new RegExp(String.raw`^\s+(?:of|in)\s+(?:registered\s+)?((?:(?:foreign|private|public|social|direct|new|total)\s+)*`
  + String.raw`(?:investment|capital|venture\s+capital|FDI|funding))\b`, 'i');
/** What a sum is for, after it. */
const PURPOSE = new RegExp(String.raw`^\s+(?:for|to|in|into|on)\s+(?:the\s+)?([^,;.]+?)(?=\s+(?:by|in|before`
  + String.raw`|until)\s+${DUE_YEAR}|\s+(?:focusing|including|which|with)\b|[,;.]|$)`);
/** A count still to come, in the passive: "the remaining 350 villages would be covered by the end of 2026". Groups: number, phrase. */
const FUTURE_PASSIVE = new RegExp(
  String.raw`\b(?:the\s+)?(?:remaining|other|additional|further|last)\s+${NUMBER}`
    + String.raw`\s+((?:\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,4})\s+(?:will|would|shall|must|are\s+to|is\s+to)\s+be\s+\p{Ll}+ed\b`,
  'gu',
);

/** What every figure and every share needs: sentences without them are not searched. */
const DIGIT = /\d/;
// (Or half of a scale: "half a million residents".)
const NUMBER_WORD = new RegExp(String.raw`\b${WORD}\b|\bhalf\s+a\s+(?:thousand|million|billion)\b`, 'i');
const PERCENT = /%|per ?cent/i;
/** A fraction in words: "half", "a third", "two-thirds", "a fifth", "three quarters". */
const FRACTION_WORDS = String.raw`(?:(?:(?:a|one)\s+)?half|(?:a|one)[-\s](?:third|quarter|fifth|tenth)`
  + String.raw`|(?:two|three|four)[-\s](?:thirds|quarters|fifths|tenths))`;
/** What may follow a fraction for it to be a share of the things after it (see FRACTION). */
const OF_THINGS = String.raw`(?=\s+of\s+(?!(?:what|that|this|these|those|it|them|(?:19|20)\d\d|${CALENDAR})\b`
  + String.raw`|(?:the|its|our|their)\s+(?:[\p{L}-]+\s+){0,2}(?:line|target|level|average|figure|plan|goal|promise)s?\b)\p{L})`;
/**
 * A share told as a fraction of the things after it: "half of all training programmes", "two-thirds of communes". Not a fraction of
 * a figure, which compares ("less than half of what we promised", "a third of the national line"). Groups: qualifier, fraction.
 */
const FRACTION = new RegExp(String.raw`(?:\b(at least|more than|over|about|nearly|almost)\s+)?`
  // (Not a part of a stretch of time: "in the second half of April 2031", "the first half of the year".)
  + String.raw`\b(?<!\b(?:first|second|latter|last|final)\s+)(${FRACTION_WORDS})`
  + String.raw`(?:${OF_THINGS}`
  // Or a change by that part: "(the time needed to register a contract is to be) cut by half (compared with 2026)".
  + String.raw`|(?<=\b(?:cut|reduced|lowered|shortened|decreased|increased|raised)\s+by\s+${FRACTION_WORDS}))`, 'giu');
/** A range of two fractions of the things after it: "between a fifth and a quarter of farm produce sales", "a third to a half of". */
const FRACTION_RANGE = new RegExp(String.raw`\b(?:between\s+(${FRACTION_WORDS})\s+and|(?:from\s+)?(${FRACTION_WORDS})\s+to)`
  + String.raw`\s+(${FRACTION_WORDS})${OF_THINGS}`, 'giu');
/** The numbers a share told as so many in so many is written with, by their value. */
const SMALL_NUMBER_VALUES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SMALL_NUMBERS = SMALL_NUMBER_VALUES.join('|');
/** How many parts of a whole each fraction's words name. */
const PARTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
/** What a fraction in words is, in per cent: "half" 50, "two-thirds" 66.7, "a fifth" 20. */
function fractionValue(words: string): string {
  const [count, part] = words.toLowerCase().split(/[-\s]+/);
  if (part === undefined || part === 'half') return '50';
  return percentOf(PARTS[count!]!, PARTS[part.replace(/s$/, '')]!);
}
/** So many parts of a whole, in per cent to one decimal, as a share's number is written: 1 of 3 → "33.3". */
const percentOf = (part: number, whole: number): string => String(Math.round((part / whole) * 1000) / 10);
/**
 * A share told as so many in so many of the things after it: "three in four cooperatives", "one in five firms", "two out of three
 * communes". Groups: qualifier, how many, in how many.
 */
// (Or "in every": "one in every five firms".)
const IN_EVERY = new RegExp(String.raw`(?:\b(at least|more than|over|about|nearly|almost)\s+)?\b(${SMALL_NUMBERS})\s+(?:in|out\s+of)\s+(?:every\s+)?`
  + String.raw`(${SMALL_NUMBERS}|ten)(?=\s+\p{L})(?!\s+of\s+(?:what|that|this|these|those|it|them|the|its|our|their)\b)`, 'giu');
const HAS_FRACTION = new RegExp(String.raw`\b(?:half|thirds?|quarters?|fifths?|tenths?)\s+of\s|\bby\s+${FRACTION_WORDS}\b`
  + String.raw`|\b(?:${SMALL_NUMBERS})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:${SMALL_NUMBERS}|ten)\s`, 'i');

/** A share's words before "to" and the share after it, which make one range: "(75 per cent) to (80 per cent)". */
const SHARE_TO = /^\s+to\s+$/;
/**
 * The shares of a text with each pair written "75 per cent to 80 per cent" read as one range, 75–80% (as "75 to 80 per cent" is); not
 * from a level to another ("rise from 40% to 60%"), nor a pair that falls.
 */
function sharesToShares(found: RegExpExecArray[], text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < found.length; i++) {
    const [low, high] = [found[i]!, found[i + 1]];
    // (The second may name what it is of: "15 per cent to 18 per cent of GRDP".)
    const single = (m: RegExpExecArray) => m[2] === undefined && m[5] === undefined && m[4] !== undefined;
    if (!high || !single(low) || low[6] !== undefined || !single(high) || high[1] !== undefined
      || !SHARE_TO.test(text.slice(low.index + low[0].length, high.index))
      || /\bfrom\s+$/i.test(textBefore(text, low.index)) || numberOf(low[4]!) >= numberOf(high[4]!)) {
      out.push(low);
      continue;
    }
    out.push(Object.assign([text.slice(low.index, high.index + high[0].length), low[1], low[4], high[4], undefined, undefined, high[6]],
      { index: low.index, input: text }) as unknown as RegExpExecArray);
    i++;
  }
  return out;
}

/**
 * The shares of a text, in order: written with a per cent sign or word, or as a fraction ("half of all programmes" is 50%), the
 * fraction read as SHARE's groups (qualifier, range bottom, range top, number, top, base).
 */
function shares(text: string): RegExpExecArray[] {
  const signed = PERCENT.test(text) ? sharesToShares(allMatches(SHARE, text), text) : [];
  if (!HAS_FRACTION.test(text)) return signed;
  // "between a fifth and a quarter of sales" is 20–25% of them; the fractions in it are no shares of their own.
  const ranges = allMatches(FRACTION_RANGE, text).map((m) => Object.assign(
    [m[0], undefined, fractionValue((m[1] ?? m[2])!), fractionValue(m[3]!), undefined, undefined, undefined],
    { index: m.index, input: text }) as unknown as RegExpExecArray);
  const inRange = (at: number) => ranges.some((r) => at >= r.index && at < r.index + r[0].length);
  const fractions = allMatches(FRACTION, text).filter((m) => !inRange(m.index)).map((m) => Object.assign(
    [m[0], m[1], undefined, undefined, fractionValue(m[2]!), undefined, undefined], { index: m.index, input: text }) as unknown as RegExpExecArray);
  // "three in four cooperatives" is 75% of them ("one in three" 33.3%).
  const inEvery = allMatches(IN_EVERY, text).flatMap((m) => {
    const [part, whole] = [m[2]!, m[3]!].map((w) => (/^ten$/i.test(w) ? 10 : SMALL_NUMBER_VALUES.indexOf(w.toLowerCase()) + 1));
    if (!(part! < whole!)) return [];
    const value = percentOf(part!, whole!);
    // (The things after it are its base, as after "of": `inEvery` marks it.)
    const read = Object.assign([m[0], m[1], undefined, undefined, value, undefined, undefined], { index: m.index, input: text, inEvery: true });
    return [read as unknown as RegExpExecArray];
  });
  return [...signed, ...ranges, ...fractions, ...inEvery].sort((a, b) => a.index - b.index);
}
/** The first of a whole told before, by their own deadline: ", the first ten of them by the end of 2030". Group: the number. */
const FIRST_OF_THEM = new RegExp(String.raw`,\s+(?:with\s+)?the\s+first\s+(${WORD}|\d[\d,]*)\s+of\s+them\s+(?=(?:by|before)\s+${DUE_YEAR})`, 'gu');
/** A whole's things after "every", "each" or "all": "Every (industrial park) will …". Group: the things. */
// (Past the place that holds them: "Every industrial park (in the province) will …".)
const WHOLE_THINGS = new RegExp(String.raw`\b(?:[Ee]very|[Ee]ach|[Aa]ll)\s+(?:the\s+|its\s+|\d[\d,]*\s+)?(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}?)`
  + String.raw`(?:\s+(?:in|of|across|at)\s+(?:the\s+)?\p{Ll}[\p{L}-]*)?(?=\s+(?:will|is|are|shall|must|to|have|has)\b)`, 'gu');
/** What a whole's things are to do, after them: " will run a digital logistics hub". Group: the verb and its object. */
const WHOLE_DOES = /^\s+(?:will|is\s+to|are\s+to|shall|must|to)\s+(?:also\s+)?(\p{Ll}[^,;:]{2,80})$/u;
/** The whole's own deadline at the end of what it does: " by 2032", " by the end of 2032". */
const DEADLINE_END = new RegExp(String.raw`\s+(?:by|before|in)\s+(?:the\s+end\s+of\s+)?${DUE_YEAR}$`, 'u');
/**
 * A count a thing has now, then an aim for a bare number of the same ("has 3,100 digital technology firms, and aims for 4,500 by 2030").
 * Groups: the count now, the things counted, the aim's qualifier, the aim's number.
 */
const HAS_THEN_AIMS = new RegExp(String.raw`\b(?:has|have|had)\s+(?:(?:about|some|nearly|over)\s+)?(\d[\d,.]*)\s+`
  + String.raw`([\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,4}),?`
  + String.raw`\s+and\s+(?:aims?|plans?|wants?|targets?|hopes?)\s+(?:for|to\s+(?:reach|have))\s+(?:(${QUALIFIER})\s+)?(\d[\d,.]*)`
  + String.raw`(?=\s+(?:by|before)\s+${DUE_YEAR})`, 'gu');
/** A year a thing is to be reached by: "by 2030", "by the end of 2029", "before 2031". */
const BY_YEAR = String.raw`(?:by|before)\s+${DUE_YEAR}`;
/**
 * A count after a verb of getting or making, or a goal's noun, without a qualifier: "train 20,000 engineers", "aims for between
 * 150 and 200 firms", "sets the goal of 5,000 start-ups", "(reach its) design capacity of one billion chips (a year)".
 */
const VERB_COUNT = new RegExp(String.raw`(?<![\p{L}-])(?:`
  + String.raw`${anyCase(['aims? for', 'aiming for', 'strives? for', 'train', 'training', 'attract', 'attracting', 'create', 'creating', 'build', 'building',
  'develop', 'developing', 'reach', 'reaching', 'establish', 'establishing', 'have', 'having', 'has', 'own', 'owns', 'operate',
  'operates', 'support', 'supporting', 'set up', 'setting up', 'form',
  'forming', 'register', 'registering', 'file', 'filing', 'add', 'adding', 'open', 'opening', 'targets', 'wants', 'need', 'needs', 'enrol', 'enroll', 'nurture',
  'double', 'serve', 'connect', 'want', 'be home to', 'goal of', 'target of', 'aim of', 'objective of', 'figure is', 'target is', 'goal is',
  'calls for', 'call for', 'calling for', 'asks for', 'asking for', 'milestone is', 'capacity of', 'output of', 'put', 'putting', 'install',
  'installing', 'deploy', 'deploying'])}`
  // ("aims to have trained 2,000 engineers": a perfect infinitive, what is to be done by then.)
  + String.raw`|(?:aims?|aiming|strives?|striving|plans?|planning|seeks?|targets?|intends?|expects?|is|are|needs?|has|have|and`
  // ("has set an aim of its own: to certify 2,000 automation engineers": an aim set, then what it is after a colon.)
  // ("aims by 2030 to handle 14 million TEU": its year may come before "to".)
  + String.raw`|(?<=${AIM_SET.source}))(?:\s+${BY_YEAR})?\s+to\s+`
  + String.raw`(?:have\s+(?=\p{Ll}+ed\s))?\p{Ll}{3,}`
  // ("by the end of 2029, our department will publish 50 open datasets": any verb after a modal of the future or of duty, in a clause
  // with a year to reach it by; not a day's plan: "(the fair) will show 80 products".)
  // (The modal is read first, so that the year is looked for around a modal only, not at every position of the text.)
  // (Or "would" in what a speaker is reported to say: "He said the department would certify 50 … enterprises by 2030".)
  + String.raw`|(?=(?:will|would|shall|must|should)\s)(?:(?<=\b${BY_YEAR}[^.;]{0,80})|(?=[^.;]{0,120}\b${BY_YEAR}))`
  + String.raw`(?:will|would|shall|must|should)\s+(?:also\s+)?`
  + String.raw`(?!be\b|have\b)\p{Ll}{3,}`
  // "(aims for its projects) to have published at least 150 papers, filed at least 10 patent applications and trained 60 doctoral students":
  // the participles that share the perfect infinitive's "have", each with its count.
  + String.raw`|(?<=\bto\s+have\s+\p{Ll}{3,}ed\s[^.;:]{0,160}(?:,|\band)\s+)\p{Ll}{3,}ed(?=\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly)\s+)?\d)`
  // "aims for a digital economy of 25 per cent of GRDP and for two million residents to hold …": a second aim joined by "and for".
  // (Or set apart by semicolons: "aims for the digital economy to account for 20 per cent of GRDP; for two hundred start-ups to …".)
  + String.raw`|(?<=\baim(?:s|ing)?\s+for\b[^.;]{0,120}(?:;[^.;]{0,120}){0,3})(?:and\s+for|(?<=;\s+)for)`
  // "aims for the hub to host 200 AI firms", "wants the park to attract 50 investors": what is wanted of a named thing.
  + String.raw`|(?:aims?\s+for|wants?|expects?)\s+(?:the|its|their|our)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+to\s+\p{Ll}{3,}`
  // (Or an item of a list that wants it, after a frame: "- the creative hub in Phú Hội ward to host 120 start-ups".)
  + String.raw`|^(?:[-•*–]\s+)?(?:the|its|a|an)\s+(?:[\p{L}\p{M}’'-]+\s+){1,8}?to\s+\p{Ll}{3,}`
  // ("with the aim of connecting 1,200 laboratories by the end of 2027": the aim's gerund.)
  + String.raw`|(?:aim|goal|target|objective)\s+of\s+\p{Ll}{3,}ing)\s+`
  // ("is to employ a workforce of 15,000 engineers": the whole the count makes up, between the verb and its number.)
  + String.raw`(?:(?:a|an)\s+(?:workforce|staff|team|pool|network|fleet|force|total)\s+of\s+)?`
  // (Its qualifier is read from the match: "be home to at least 25 …".)
  // (What is left of a count may be the count: "(satellite broadband will) reach the remaining 1,500 villages", "train the remaining 660 …".)
  + String.raw`(?:the\s+remaining\s+)?(?:${QUALIFIER}\s+)?(?:between\s+)?${NUMBER}`
  + String.raw`(?:(?:\s?[-–—]\s?|\s+to\s+|(?<=\bbetween\s+[\d.,]+)\s+and\s+)(${TOP_NUMBER}))?`
  // (A share is no count: its words are not read past, so that a count after it is found: "75 per cent of … and to certify 20 …".)
  // (A part of a whole counts the whole's things: "(be home to at least) 25 of the 60 strategic technology enterprises".)
  + String.raw`(?!\s*(?:%|per\s?cent|percent))\s+(?:of\s+(?:the|its|their)\s+\d[\d,]*\s+)?(?:more\s+|new\s+)?${PHRASE}`, 'gu');
/** What sets a part of a count apart with no verb: its field ("in agricultural technology") or a participle ("built in Vietnam"). */
const PART_BY_PLACE_OR_PARTICIPLE = new RegExp(String.raw`^(?:in\s|\p{Ll}+ed\b|(?:${IRREGULAR_PARTICIPLE})\b)`, 'u');
/** The qualifier right before a count's number in its match: "(be home to) at least (25 …)". */
const QUALIFIER_END = new RegExp(String.raw`(${QUALIFIER})\s+(?:between\s+)?$`);
function qualifierBefore(match: string, number: string): string | undefined {
  const at = numberIn(match, number);
  return at > 0 ? QUALIFIER_END.exec(match.slice(0, at))?.[1] : undefined;
}

/** A year an aim is to be reached by, before its "to": "(aims) by 2030 to (have 3-5 centres)". */
const YEAR_BEFORE_TO = new RegExp(String.raw`\b${BY_YEAR}\s+to\s+`);
/** Where a count's number (or its qualifier) stands in a match of VERB_COUNT: past a year before the aim's "to", whose digits it may share. */
function numberIn(match: string, number: string): number {
  const year = YEAR_BEFORE_TO.exec(match);
  return match.indexOf(number, year ? year.index + year[0].length : 0);
}

/**
 * The same measure later, after a figure's deadline, joined by `joiner`, with its number and maybe its share's sign (`share`), due by a
 * later year. Groups: qualifier, number.
 */
const laterFigure = (joiner: string, share: boolean) => new RegExp(String.raw`^\s+(?:by|in)\s+(?:19|20)\d\d\s*,?\s+${joiner}`
  + String.raw`(?:(${QUALIFIER})\s+)?(\d[\d,.]*)${share ? String.raw`(?:\s*(?:%|per\s?cent|percent))?` : ''}(?=\s+by\s+(?:19|20)\d\d)`, 'u');
/** Raised later: "(… by 2030), rising to (at least) 20 (by 2035)". */
const RISING_TO = laterFigure(String.raw`(?:and\s+)?(?:rising|increasing|growing)\s+to\s+`, true);
/** A count's, joined by "and" with no verb: "(50,000 engineers) by 2030 and 100,000 (by 2035)". */
const AND_LATER_AFTER = laterFigure(String.raw`and\s+`, false);
/** A bare number joined by "and", due by a later year, anywhere in a sentence: "(… by 2030) and (at least) 100,000 by 2035". */
const AND_LATER = new RegExp(String.raw`\band\s+(?:(?:${QUALIFIER})\s+)?\d[\d,.]*\s+by\s+(?:19|20)\d\d`, 'u');
/**
 * A count opening a clause as the subject of a duty still to come: "(by 2030,) three million residents should have an electronic health
 * record", "(and) 500 schools will be connected". Groups: the number, the words after it.
 */
// (Or after "when" that tells the deadline's year: "An interim target is set for 2031, when 30 provinces and cities are to run …".)
// (Or after "and" that closes another clause's words, or a bracket: "… is to be traced electronically (national target: 80%) and three
// thousand fishing households are to sell …"; not a range's "between 30 and 40".)
const MODAL_COUNT = new RegExp(String.raw`(?:^|[,;:]\s+|(?<=[\p{Ll})])\s+(?=and\s))(?:and\s+|when\s+)?${NUMBER}\s+`
  + String.raw`(?=(?:[\p{L}’'-]+(?:,(?=${NOUN_LIST_COMMA}))?\s+){1,8}?(?:should|will|must|shall|are\s+to)\s+`
  // ("20 national key laboratories are to meet regional standards": a standard or a status to reach.)
  + String.raw`(?:have|use|run|deploy|receive|get|hold|own|access|meet|reach|achieve|attain|become|complete|operate|sell|offer|provide|connect|adopt|apply`
  + String.raw`|be\s+\p{Ll}+ed)\b)${PHRASE}`, 'gu');
const MODAL_WORD = /\s(?:should|will|must|shall|are\s+to)\s/;
/** A rate after a count: "per 10,000 people", "per province". */
const RATE = /^\s+per\s+(?:\d{1,3}(?:,\d{3})*\s+)?\p{Ll}[\p{L}-]*/u;
/** An item of a list after a colon or a semicolon, opened by its number: "…: 300 patents a year; 150 start-ups supported; and 85 …". */
const LIST_ITEM = new RegExp(
  String.raw`(?:[:;,](?:\s+and)?)\s+(?:(${QUALIFIER})\s+)?${NUMBER}\s+(?:more\s+|new\s+)?${PHRASE}`,
  'gu',
);
/** A list item opened by its marker and its number or range: "d) Two million enterprises use …", "- 300 patents a year", "- 5–7 more satellites". */
const MARKED_ITEM = new RegExp(
  String.raw`^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–+])\s+(?:(${QUALIFIER})\s+)?${NUMBER}(?:(?:\s?[-–—]\s?|\s+to\s+)(${TOP_NUMBER}))?\s+`
    + String.raw`(?:more\s+|new\s+)?((?:[\p{Ll}][\p{L}-]*`
    + String.raw`|[\p{Lu}][\p{L}-]*)(?:${PHRASE_GAP}${PHRASE_WORD}){0,16})`,
  'giu',
);
/**
 * "the number of <things> to reach <N>" (or a range "to rise to 8-10", "to between 1,200 and 1,500", "doubled, to 40,000"): a count
 * with its things before it.
 */
/**
 * A body's size told by a collective noun, its number closing the clause: "(the Centre is to reach) a staff of at least 120 (by
 * 2028)", "a workforce of 5,000". Groups: the noun phrase, its head, the qualifier, the number.
 */
const COLLECTIVE = new RegExp(String.raw`\b(?:a|an|its|their)\s+((?:[\p{Ll}-]+\s+)?(staff|workforce|headcount|membership|fleet))\s+of\s+`
  // (Or the things it counts after the number: "a workforce of 65,000 semiconductor engineers (by the same date)". Group: those.)
  + String.raw`(?:(${QUALIFIER})\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)(?:\s+((?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*s))?`
  + String.raw`(?=\s+(?:by|in|before)\s|\s*[,;)]|\.|$)`, 'gu');
const NUMBER_OF = new RegExp(
  String.raw`\bthe (?:number|total) of ([^,;:.]+?)(?:,(?=\s+to\s))?\s+(?:(?:is\s+|are\s+)?(?:to\s+|will\s+|must\s+|should\s+)?(?:reach(?:es)?|be`
    + String.raw`|rise to|increase to|hit)|at|to)\s+(?:(${QUALIFIER})\s+)?(?:between\s+)?(?!(?:19|20)\d\d\b(?!\s*%))${VALUE}`
    + String.raw`(?:(?:\s?[-–—]\s?|(?<=\bbetween\s+[\d.,]+)\s+and\s+)(${DIGITS}))?(?!\s*(?:%`
    + String.raw`|per\s?cent))`,
  'giu',
);
/**
 * The verb of a share's things ("to disburse 90% of the budget", a list item's "- disburse 60% of …"), unless it only links ("to have"),
 * or is no verb: the "and" that joins a share to the one before ("… 30% of GDP and (at least 80% of adults …)").
 */
// (Its item's marker may be a letter or a number: "a) receive at least 95% of applications online;".)
const ACTION = new RegExp(String.raw`(?:\bto\s+|^\s*(?:[-•*–+]\s+|[a-zđ]\)\s+|\d{1,2}[.)]\s+)?)`
  + String.raw`(?!(?:and|but|nor|yet|have|reach|achieve|be|ensure|get|see|bring|make|take|account`
  + String.raw`|raise|increase`
  // (Nor a preposition: "- for (70 percent of used batteries to be collected)" is what an aim is for.)
  + String.raw`|reduce|lift|cut|boost|keep|maintain|for|from|with|into|onto|upon|than|via|${FIGURE_OPENER})\b)(\p{Ll}{3,})\s*$`, 'u');
/** Verbs of a part of a whole: what follows "N% of" is the whole ("spending by firms is to account for 60% of total spending"). */
const PART_OF = new RegExp(
  String.raw`\b(?:account(?:s|ing)?\s+for|make(?:s)?\s+up|making\s+up|represent(?:s|ing)?|hold(?:s|ing)?|control(?:s|ling)?|take(?:s)?|taking`
    + String.raw`|constitut(?:e|es|ing)|reach(?:es|ing)?`
    + String.raw`|to\s+reach|will\s+reach|(?:is|are)\s+to\s+reach|cover(?:s|ing)?|to\s+cover|equal(?:s|ling)?)(?:\s+${QUALIFIER})?\s*$`,
  'i',
);
/** What stands between two shares of one measure: the first one's deadline and "and" ("… by 2030 and at least 50% …"). */
// (Its verb's "to" may be told again: "raise the share to 30% by 2030 and to 40% by 2035".)
const JOINED_SHARE = new RegExp(String.raw`^\s*(?:of\s+[^,;.]{1,60}?\s+)?(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2},?\s+and`
  + String.raw`\s+(?:to\s+)?(?:${QUALIFIER}\s+)?$`, 'i');
/** What stands between a reported share and the target of its measure: "(19.4% of GRDP) in 2025, against a target of (30%)". */
// (Past what the share's things did by when: "(92.4% of dossiers) were processed online by the end of September, against a target of (95%)".)
// (Or an aim for the same measure, after "while": "(21% of GRDP), while the plan aims for (25% by 2030)".)
const TARGET_AFTER_SHARE = new RegExp(String.raw`^(?:\s+of\s+[^,;.]{1,60}?)?(?:\s+in\s+(?:19|20)\d{2}|\s+(?:were|was|had\s+been)\s+[^,;.]{1,80}?)?,?\s+`
  + String.raw`(?:(?:against|compared\s+with|versus)\s+(?:a|the|its)\s+(?:(?:19|20)\d{2}\s+|year[’']s\s+)?(?:target|goal)\s+of`
  + String.raw`|(?:while|whereas)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:aims?|targets?|seeks?|wants?)\s+(?:for|at))\s+(?:${QUALIFIER}\s+)?$`, 'iu');
/**
 * A deadline that ends the things a share counts, or "and" before another figure's things: "(88 per cent of applications handled
 * fully online) and non-cash payments at 85 per cent".
 */
// (Nor past a clause of its own after a comma: "…, and Cẩm Xuyên is to rank among …".)
// (A count in words after "and" opens another figure: "… traced electronically and three thousand fishing households are to sell …".)
const THINGS_END = new RegExp(String.raw`[;.(]|\s+and\s+(?=\d|${WORD}\s+(?:thousand|million|hundred)\b|to\s+\p{Ll}`
  + String.raw`|(?:[\p{L}-]+\s+){1,4}(?:at|reaching)\s+(?:(?:at\s+least|about|over)\s+)?\d)`
  + String.raw`|\s*,\s*(?:and|but|while|whereas)\s+(?=(?:[\p{L}\p{M}’'-]+\s+){1,5}?(?:is|are|will|must|should|shall|was|were)\s)`
  // (Or, without a comma, a clause of its own with its article: "… submitted online and the average processing time is to fall …".)
  + String.raw`|\s+and\s+(?=(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:is|are|will|must|should|shall)\s)`
  + String.raw`|\s+(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d{2}|the\s+year`
  + String.raw`|this\s+year|next\s+year|the\s+same\s+(?:year|date|time)|then|(?:\d{1,2}\s+)?${CALENDAR}`
  + String.raw`|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:quarter|half)\b|Q[1-4]\b)`, 'u');
/** The verb "be" after the things a share counts, with its modal: "… shall be covered" → "… covered". */
const BE = /\s+(?:(?:shall|will|must|should|would|to)\s+)?(?:are|is|be)\s+/;
/** A short base after a share when the subject came before it: "… 40% of exports by 2030", "… 95% of Vietnam's population". */
export const SHORT_BASE = new RegExp(String.raw`^\s+of\s+(?:(?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}[’']s\s+)?`
  + String.raw`((?:total\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?:\s+(?:and|or)\s+\p{Ll}[\p{L}-]*)?`
  // (Or of the place the text is about: "(98 percent) of populated areas of the province".)
  + String.raw`(?:\s+of\s+the\s+(?:province|city|country|commune|ward|district|region))?)`
  // (Not the first of a list: "of the robots, controllers and automation systems bought in the country".)
  + String.raw`(?=\s+(?:by|in|before|until|over|within|during)\s|\s*(?:[;.]|,(?!\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+and\s)|$))`, 'u');
/** What follows a share that is itself a baseline: "from 12% [in 2020] to 30%". */
const TO_TARGET = /^\s*(?:in\s+(?:19|20)\d{2}\s+|(?:now|today|currently|at\s+present)\s+)?to\s+(?:[\p{L}\s]{0,20})?\d/u;
/** A baseline before a share: "from 12% in 2020 to …", "from 41% now to …". */
const BASELINE = new RegExp(String.raw`from\s+(?:${QUALIFIER}\s+)?${NUMBER}\s*(?:%|percent)?`
  + String.raw`(?:\s+in\s+((?:19|20)\d{2})|\s+(?:now|today|currently|at\s+present))?\s+to\s*$`, 'iu');
/** The bottom of a range written "60 to 65 per cent", without "from": a number that is no year, then "to". Group: the number. */
const RANGE_BOTTOM = new RegExp(String.raw`(?<!\bfrom)\s(?!(?:19|20)\d{2}\s)(${DIGITS})\s+to\s*$`, 'u');
/** A verb of change before "from X to Y", which makes X a baseline rather than the bottom of a range. */
const CHANGE = new RegExp(String.raw`\b(?:rais(?:e[sd]?|ing)|ris(?:e[sn]?|ing)|rose|increas(?:e[sd]?|ing)|grow(?:s|n|ing)?|grew`
  + String.raw`|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|cut(?:s|ting)?|decreas(?:e[sd]?|ing)|lower(?:s|ed|ing)?`
  + String.raw`|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|(?:go(?:es|ing)?|went|move[sd]?|moving)\s+up|improv(?:e[sd]?|ing)`
  + String.raw`|bring(?:s|ing)?|brought|shift(?:s|ed|ing)?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,10}$`, 'iu');
/** A verb of the level a share is at, right before "from X to Y": "account for", "make up", "represent", "contribute", "be". */
const LEVEL_VERB = /\b(?:account(?:s|ed|ing)?\s+for|make(?:s)?\s+up|represent(?:s|ing)?|contribut(?:e[sd]?|ing)|be|range|stand\s+at)\s+$/i;
/** A level a noun phrase stands at, in a list of targets: "(trained workers) at (80 per cent of the labour force)". */
const AT_LEVEL = /^\s*(?:-\s+)?(?:the\s+)?\p{L}[\p{L}\p{M}\s-]*?\s+at\s*$/u;
/** A time opening a clause right before its share: "(…: ) by then, ", "In 2027, ", "by the end of 2028, ". */
// (Past a quotation mark and an item's label: "e) By 2028, 100% of communes …" quoted as an amendment writes it.)
const TIME_OPENER = /(?:^|[,;:]\s*)["“]?(?:\(?[a-zđ\d]{1,3}[.)]\s+)?(?:by|in|before|until)\s+(?:then|that\s+time|(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\s*,\s*$/i;
/**
 * The document or frame a clause opens under, set off by its comma: "Under Plan No. 4172/KH-UBND on digital disaster risk management to
 * 2030, (95% of residents …)", "Under the plan, ". No subject: the things after the share are.
 */
const FRAME_OPENER = /^\s*["“]?(?:Under|According\s+to|Pursuant\s+to|In\s+line\s+with|As\s+part\s+of)\s+[^,;:]{2,120},\s*$/;
/** A verb of spending just before a share of a budget: "allocate at least 3% of the national budget to …". */
const SPEND = new RegExp(
  String.raw`(?:\b(allocate|spend|invest|devote|earmark)|(?:^|[,;]|\b(?:by|through|on|for|of|in|and|to))\s+(allocating|spending`
    + String.raw`|investing|devoting|earmarking))\s+(?:${QUALIFIER}\s+)?$`,
  'i',
);

/** A measure brought to nothing: "(is to be) brought down to zero", "reduced to nil". */
const TO_ZERO = /\b(?:brought\s+down|reduced|cut|lowered)\s+to\s+(?:zero|nil)\b/gi;
/** A figure in apposition between the subject and its verb: "(The backlog …), about 46,000 files at the end of 2025, (is to …)". */
const APPOSED_FIGURE = /,\s*(?:[^,;]|,(?=\d))*\d(?:[^,;]|,(?=\d))*,\s*(?=(?:is|are|will|must|should|shall)\b)/;
/** The level a change is measured from, right before its share: "from its 2025 level of (17.5%)", "from the 2026 level of (34%)". */
const LEVEL_FROM = new RegExp(String.raw`\bfrom\s+(?:its|the|their)\s+(?:(?:19|20)\d{2}\s+)?level\s+of\s+(?:${QUALIFIER}\s+)?$`, 'i');
/**
 * A change in percentage points still to come: "(the share of … is to) rise by 10 percentage points (from its 2025 level …)"; not one
 * that leads to the level to reach ("rise by 25 percentage points to 80%": the 80% is the target). Groups: the qualifier, the number.
 */
const POINTS_CHANGE = new RegExp(String.raw`\b(?:rise|increase|grow|climb|fall|drop|decrease|decline|be\s+(?:raised|increased|lifted|cut`
  + String.raw`|reduced|lowered))\s+by\s+(?:(${QUALIFIER})\s+)?(${DIGITS})\s+(?:percentage\s+)?points?\b`
  + String.raw`(?!\s+(?:to|from\s+[^,;.]{1,40}?\s+to)\s+(?:${QUALIFIER}\s+)?\d)`, 'giu');

/** A baseline stated with a share: before it ("from 12% in 2020 to 30%") or after it ("30%, up from 19% in 2024"). */
function baselineOf(before: string, after: string): { baseline: TargetProposal['baseline']; leading: number | null; trailing: number; skip?: number } {
  const leading = BASELINE.exec(before);
  if (leading) return {
    baseline: { value: numberOf(leading[1]!), year: leading[2] ? Number(leading[2]) : null, text: leading[0].replace(/\s+to\s*$/, '') },
    leading: leading.index, trailing: 0,
  };
  const trailing = BASELINE_AFTER.exec(after);
  if (!trailing) return { baseline: null, leading: null, trailing: 0 };
  // "25% of GRDP by 2030, up from 11% in 2023": the deadline between stays the figure's (its words end before it).
  const deadlineBetween = new RegExp(
    String.raw`^(?:\s+of\s+(?:the\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,10}?(?=\s+(?:by|in|before)\s|\s*,))?`
      + String.raw`(?:\s+(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d{2}|the\s+same\s+year))?`,
    'iu',
  );
  const deadline = deadlineBetween.exec(trailing[0])?.[0] ?? '';
  const text = trailing[0].slice(deadline.length).replace(/^\s*,?\s*(?:(?:up|down|rising|increasing|falling)\s+)?/i, '').replace(/\s+only\s+/, ' ');
  return {
    baseline: { value: numberOf(trailing[1]!), year: trailing[2] ? Number(trailing[2]) : null, text }, leading: null,
    trailing: deadline ? 0 : trailing[0].length, skip: trailing[0].length,
  };
}

/**
 * The subject a share measures and its base: the words before it ("exports of electronics reach
 * 40% of exports"); with nothing before it, the things counted after "N% of" ("100% of records are
 * online"); or a budget spent on something ("allocate 3% of the budget to …").
 */
/** A list item's label that is its deadline alone, before a colon: "(by the end of 2027): ", "By 2030: ". */
// (Or a colon with nothing before it but a list's mark: the label was a bracket, or a side in another language, set aside.)
const TIME_LABEL = /^(?:[^:]*?\(?\b(?:by|until|to|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\)?|[\s\-–•*]*)\s*:\s*/i;

/** A list of things a budget goes to, of a word or two each: " on science, technology and innovation". Group: the list. */
const SPENT_ON_LIST = /^\s+(?:to|for|on)\s+(\p{Ll}+(?:\s\p{Ll}+)?(?:,\s+\p{Ll}+(?:\s\p{Ll}+)?)*,?\s+and\s+\p{Ll}+(?:\s\p{Ll}+)?)(?=\s*[;.(]|\s*,|$)/u;

/** Verbs of spending a share of a whole on something. */
const SPENDING_VERB = /^(?:spend|invest|allocate|devote)$/;
/** What a share of a whole is spent on, after the whole: " of GRDP on research and development (…)". Group: what it is spent on. */
const SPENT_ON_AFTER = /^(?:\s+of\s+[^,;()]{1,40}?)?\s+(?:on|for|to|in(?!\s+\d))\s+([^,;.()]+?)(?=\s*[,;.(]|$)/;

function shareSubject(before: string, after: string, base: string | undefined): { subject: string; base: string | undefined; spent: boolean } {
  const spending = base && SPEND.exec(before);
  if (spending) {
    // (What it is spent on may be a list: "on science, technology and innovation".)
    const object = (SPENT_ON_LIST.exec(after) ?? /^\s+(?:to|for|on|in(?!\s+\d))\s+([^,;.]+?)(?=\s+(?:and|by)\s|[,;.]|$)/.exec(after))?.[1];
    const spent = (spending[1] ?? spending[2])!.toLowerCase().startsWith('spend');
    return { subject: `${base.replace(/^the\s+/i, '')} ${spent ? 'spent on' : 'allocated to'}${object ? ` ${object}` : ''}`, base, spent: true };
  }
  // "2% of GDP, of which more than 60% comes from enterprises": the part is named after it.
  const part = /\bof\s+which\s*$/i.test(before) ? OF_WHICH.exec(after)?.[1] : undefined;
  // "of those supported firms, at least 30 per cent must be women-led enterprises": what the part is, of the whole before it.
  const whole = !base ? WHOLE_BEFORE.exec(before)?.[1] : undefined;
  const being = whole ? TO_BE_AFTER.exec(after)?.[1] : undefined;
  if (whole && being) return { subject: being, base: whole, spent: false };
  if (part) return { subject: `share from ${part}`, base: undefined, spent: false };
  // "…, and the goal was 95 per cent", "against the 2026 target of 70 per cent": the goal of what the figure before measured.
  const action = ACTION.exec(before)?.[1];
  // "- disburse 100 per cent of the plan by …": a list item's verb is no subject; what it acts on is.
  // "the province aims to digitise 90% of …": the aim and its verb are no subject; what the verb acts on is.
  // "(by the end of 2027): at least 70% of households …": a list item's time label is no subject.
  const said = TARGET_NAMED.test(before) ? 'that share' : AIMED_VERB.test(before) ? '' : subjectBefore(before.replace(TIME_LABEL, ''));
  // ("- have at least 60% of trips paid by card or app": an item's verb of having is no subject either; the things after it are.)
  // ("(the goal) of having 25% of its workforce hold a certificate": a verb of having that makes the things do something is no subject either.)
  const causative = base !== undefined && CAUSATIVE.test(before) && BARE_DO_AFTER_BASE.test(after);
  const subject = (action !== undefined && said === action) || HAVING.test(said) || causative ? '' : said;
  // "domestic firms are meant to supply 35-40% of the value of …": who is to do what the share measures, after it.
  const by = () => { const agent = AGENT_MEANT.exec(before)?.[1]; return agent ? ` by ${agent}` : ''; };
  // "(aims to have) 12-13 per cent of GRDP from the digital economy": what a share of the economy comes from is what it measures.
  const source = !subject && base && ECONOMY_BASE.test(base) ? FROM_SOURCE.exec(after)?.[1] : undefined;
  if (source) return { subject: source.replace(/^(?:the|its|their)\s+/i, ''), base, spent: false };
  // "- provide level-2 accounts to 100 per cent of citizens aged 14 and over": the share of the base given the thing ("citizens aged 14 and
  // over with level-2 accounts").
  // (Only where no subject was read but the item's verb and the thing, "provide level-2 accounts": "(aims to bring) fibre (to 70 per cent of
  // households)" is the fibre's share of them.)
  const givenTo = GIVEN_TO.exec(before);
  const given = givenTo && (!subject || (subject.endsWith(givenTo[1]!) && subject !== givenTo[1])) ? givenTo : null;
  if (given && base) return { subject: `${base.replace(/^(?:the|its|their)\s+/i, '')} with ${given[1]}`, base: undefined, spent: false };
  // "aims to cover 90 per cent of the population with 5G": an aim's verb on a base is what the share measures ("population covered
  // with 5G").
  if (!subject && base && action) {
    const means = WITH_MEANS.exec(after)?.[1];
    // ("spend 1.5 to 2 per cent of GRDP on research and development": what it is spent on.)
    const on = SPENDING_VERB.test(action) ? SPENT_ON_AFTER.exec(after)?.[1] : undefined;
    const done = `${pastParticiple(action)}${on ? ` on ${on}` : ''}${means ? ` ${means}` : ''}${by()}`;
    return { subject: `${base.replace(/^(?:the|its|their)\s+/i, '')} ${done}`, base: undefined, spent: false };
  }
  // "By 2030, 70 per cent of the province's seafood exports should be traceable …": with no subject before it, the base the share is
  // of is what it counts, and the verb after it says what they are to be.
  if (base && !subject && BE_AFTER_BASE.test(after)) {
    const done = listAware(after.split(THINGS_END)[0]!).replace(BE, ' ').trim();
    return { subject: `${base.replace(/^(?:the|its|their)\s+/i, '')} ${done}`, base: undefined, spent: false };
  }
  // "(between 35 and 40 per cent) of the working-age population to have intermediate digital skills": what they are to have or do.
  const toDo = base && !subject ? DO_AFTER_BASE.exec(after) ?? (causative ? BARE_DO_AFTER_BASE.exec(after) : null) : null;
  if (toDo) {
    const things = base!.replace(/^(?:the|its|their)\s+/i, '');
    return { subject: `${things} ${toDo[1] === 'have' ? 'with' : toDo[1]} ${toDo[2]!.trim()}`, base: undefined, spent: false };
  }
  // "- reach at least 90% for seaport procedures on the single window": with no subject, the things the share is for are what it measures.
  const forThings = !base && !subject ? SHARE_FOR.exec(after)?.[1] : undefined;
  if (forThings) return { subject: forThings, base: undefined, spent: false };
  if (base || !/^\s+of\s+\p{L}/u.test(after)) return { subject, base, spent: false };
  if (given) {
    const whom = listAware(after.replace(/^\s+of\s+/, '').split(THINGS_END)[0]!).replace(BE, ' ').trim();
    return { subject: `${whom} with ${given[1]}`, base: undefined, spent: false };
  }
  const plainBase = subject ? SHORT_BASE.exec(after)?.[1] : undefined;
  if (plainBase) return { subject, base: plainBase, spent: false };
  // "raise digital-transformation loans to 15 per cent of its SME loan book": what is raised, as a share of the whole after it.
  if (subject && (PART_OF.test(before) || RAISED_TO.test(before) || AT_LEVEL.test(before))) {
    return { subject, base: listAware(after.replace(/^\s+of\s+(?:its|their)\s+/, ' of ').replace(/^\s+of\s+/, '').split(THINGS_END)[0]!).trim(), spent: false };
  }
  const items = listAware(after.replace(/^\s+of\s+/, '').split(THINGS_END)[0]!).replace(BE, ' ').trim();
  return { subject: action ? `${items} ${pastParticiple(action)}${by()}` : items, base: undefined, spent: false };
}

/** A verb of giving and what is given, right before "to" and a share of whom: "provide level-2 accounts to (100 per cent of …)". Group: the thing. */
const GIVEN_TO = new RegExp(String.raw`\b(?:${GIVING}|give|grant)\s+((?:[\p{L}\d’'-]+\s+){0,4}?[\p{L}\d’'-]+)\s+to\s*$`, 'u');
/** The things a share is for, right after it, with where: " for seaport procedures on the single window". Group: they. */
const SHARE_FOR = /^\s+for\s+((?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+s\b(?:\s+(?:on|in|at|through|via)\s+[^,;.()]{2,40}?)?)(?=\s+(?:by|before)\s|\s*[,;.(]|$)/u;
/** A base that is the economy's output: GDP, GRDP. */
const ECONOMY_BASE = /\b(?:GDP|GRDP)$/;
/** What a share of the economy comes from, right after it: " from the digital economy". Group: it. */
const FROM_SOURCE = /^\s+from\s+((?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,4}?)(?=\s+(?:and|by|in|before)\s|[,;.()]|$)/u;
/** A verb of having alone, left as a share's subject by a list item: "(- ) have (at least 60% of …)". */
const HAVING = /^(?:have|has|having|see|get)$/i;
/** What a base is to have or do after its share: " to have intermediate digital skills". Groups: the verb, its object. */
const DO_AFTER_BASE = new RegExp(String.raw`^\s+(?:(?:are|is)\s+to|to|should|will|must)\s+(${ALL_DO})\s+([^,;.()]{2,60}?)`
  + String.raw`(?=\s+(?:by|in|before)\s|\s*[,;.(]|$)`, 'u');
/** A verb of having that makes the things after the share do something, right before it: "(of) having (25% of its workforce hold …)". */
const CAUSATIVE = /\b(?:have|having)\s+(?:(?:at\s+least|more\s+than|over|about|nearly)\s+)?$/i;
/** What a base is to do after its share, with no "to": " hold a digital skills certificate" (see CAUSATIVE). Groups: the verb, its object. */
const BARE_DO_AFTER_BASE = new RegExp(String.raw`^\s+(${ALL_DO})\s+([^,;.()]{2,60}?)(?=\s+(?:by|in|before)\s|\s*[,;.(]|$)`, 'u');
/** The things of a share up to "one" of something they are to do: " of SMEs to use at least (one digital platform)". */
const ONE_IN_THINGS = /^\s+of\s+[^,;.]{1,80}?\bto\s+\p{Ll}+\s+(?:at\s+least\s+|more\s+than\s+)?$/u;
/** The whole a share is part of, opening its clause before it: "of those supported firms, (at least 30 per cent …)". Group: the things. */
const WHOLE_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s*)[Oo]f\s+(?:those|these|the|them|all)\s+((?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{L}-]*s),\s+`
  + String.raw`(?:(?:at\s+least|more\s+than|over|about)\s+)?$`, 'u');
/** What the part must be, after the share: "(at least 30 per cent) must be women-led enterprises". Group: it. */
const TO_BE_AFTER = new RegExp(String.raw`^\s+(?:must|should|shall|will|are\s+to|is\s+to)\s+be\s+([^,;.()]{3,60}?)`
  + String.raw`(?=\s+(?:by|in|before)\s+${DUE_YEAR}|[,;.()]|$)`, 'u');
/** A modal and "be" right after a share's base: "(70 per cent of … exports) should be (traceable …)", "(wants 20 per cent of its workforce) to be (in …)". */
const BE_AFTER_BASE = /^\s+(?:shall|will|must|should|would|are\s+to|is\s+to|to)\s+be\s+\p{Ll}/u;
/** The things of the figure before, told with their participle, up to the "and" after it: " of applications handled fully online and ". */
const THINGS_TOLD = /^\s+of\s[^,;]*?\s\p{Ll}{3,}ed\b[^;]*?,?\s+and\s+/u;
/** How long the words between two figures may be for THINGS_TOLD to be read in them (its two searches within are quadratic). */
const TOLD_REACH = 240;
/** An aim and the verb of its infinitive right before a share: "(the group) aims to cover (90% of …)". */
/**
 * Who is meant to act on a share's base, before the verb: "(domestic firms) are meant to supply", "(domestic enterprises) are to
 * operate", "(local firms) will supply". Group: who, in lower case.
 */
const AGENT_MEANT = new RegExp(String.raw`(?:^|[,:]\s*)((?:the\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}?)\s+(?:(?:are|is|will\s+be)\s+`
  + String.raw`(?:meant|expected|required|set|due|supposed)\s+to|are\s+to|is\s+to|will|must|should|shall)\s+\p{Ll}+\s*$`, 'u');
const AIMED_VERB = /\b(?:aims?|aiming|strives?|striving|plans?|seeks?|targets?|wants?|hopes?)\s+to\s+\p{Ll}+\s*$/u;
/**
 * What an action on a base is done with or comes from, right after the share: "(cover 90% of the population) with 5G", "(earn 40% of
 * its revenue) from digital services". Group: it, with its preposition.
 */
const WITH_MEANS = /^\s+((?:with|from|through|via)\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]+)(?=\s+(?:and|or|by|in|before|from)\s|[,;.()]|$)/u;

/** A target named by its noun alone before its share: "the goal was", "against the 2026 target of", "the year's target of". */
const TARGET_NAMED = new RegExp(String.raw`(?:^|[,;]\s*(?:and\s+)?|\s(?:and|against)\s+)(?:the\s+)?(?:(?:19|20)\d{2}\s+|year[’']s\s+)?`
  + String.raw`(?:goal|target|aim|objective)\s+(?:is|was|of|will\s+be)\s*$`, 'i');

/** The past participle of a verb: "disburse" → "disbursed", "spend" → "spent" (irregular-verbs.ts). */
// (A consonant and "y" make "-ied": "supply" → "supplied", not "supplyed"; "deploy" stays "deployed".)
// (A final consonant doubled where the spelling doubles it: "enrol" → "enrolled", "map" → "mapped", "label" → "labelled".)
function pastParticiple(verb: string): string {
  return participleOf(verb) ?? (DOUBLED_FINAL.test(verb) ? `${verb}${verb.at(-1)}ed`
    : verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`);
}

/**
 * A verb of doing before a count, after "to", a modal or "and": "(to) enrol (no fewer than 1,200 students)", "(will) digitise (at least 2.4 million
 * pages)". Group: the verb. (Not a verb of having or reaching, which measures what the count counts: "to have 300 …", "to reach 5,000 …".)
 */
// (Or opening an item of a list under its frame: "By 2032, the plan says, the province will: … - train no fewer than 2,500 rangers …".)
const ACTED_COUNT = new RegExp(String.raw`(?:\b(?:to|will|shall|must|should|would|and)\s+(?:also\s+)?|^\s*${ITEM_MARKER}?)`
  // (Nor a causative's, whose count does the deed: "help (forty thousand fishing households) sell their catch online".)
  + String.raw`(?!(?:have|has|had|help|let|reach|achieve|attain|be|become|get|see`
  + String.raw`|hit|number|total|include|exceed|surpass|double|triple|treble|cost|pay|charge|take|make|need|want|keep|maintain|remain|stay|hold|own|count`
  + String.raw`|some|about|around|over|under|nearly|almost|more|fewer|less|least|than|only|just|between|the|a|an|its|their|our|this|that|these|those|date`
  + String.raw`|for|with|from|into|onto|upon|per|via|across|within|without|through|among)\s)`
  // (A verb's plain form: not "operates", "trained" or "hosting", which a list of verbs before the count shares: "(to have) … trained".)
  + String.raw`(\p{Ll}{2,}(?<!(?<!s)s|ed|ing))\s+$`, 'u');
/**
 * How often a thing is to be done, after a modal or "to" and its verb: "(… the sub-department) will update the fire-risk level on its public
 * map at least four times a day". Groups: the verb, its object, the qualifier, the number, the period.
 */
const FREQUENCY = new RegExp(String.raw`\b(?:will|to|shall|must|should)\s+(?:also\s+)?(\p{Ll}{3,})\s+((?:the|its|their|a|an)\s+[^,;.]{2,80}?)`
  + String.raw`\s+(?:(${QUALIFIER})\s+)?(\d{1,3}|${WORD}|once|twice)(?:\s+times)?\s+(?:a|per|each|every)\s+(hour|day|week|month|quarter|year)\b`, 'gu');
/** The targets of how often things are to be done (see FREQUENCY): "fire-risk level on its public map updated", at least 4 "times a day". */
function frequencies(text: string): TargetProposal[] {
  return allMatches(FREQUENCY, text).filter((m) => !/^(?:be|have|has|had)$/.test(m[1]!)).map((m) => {
    const [, verb, object, qualifier, number, period] = m;
    const at = m.index + m[0].lastIndexOf(qualifier ?? number!, m[0].length - period!.length);
    return {
      metric: `${object!.replace(/^(?:the|a|an|its|their)\s+/, '')} ${pastParticiple(verb!)}`, comparator: comparatorOf(qualifier),
      value: number === 'once' ? 1 : number === 'twice' ? 2 : numberOf(number!), max: null, unit: `times a ${period}`, qualitative: false,
      baseline: null, start: at, end: m.index + m[0].length,
    };
  });
}

/**
 * What every one of a count is to have, after it: "(1,500 planting-area codes by 2033 (Đắk Lắk: 2,100)), all of them with digital farm
 * diaries". Group: what each has.
 */
const ALL_OF_THEM_WITH = /^[^;.]{0,80}?,\s+all\s+of\s+them\s+with\s+([^,;.()]{2,80}?)(?=\s*[,;.]|\s*$)/;
/** The proposals of a text, each count followed by what every one of it is to have (see ALL_OF_THEM_WITH) with that whole too: 100%. */
function withAllOfThem(found: TargetProposal[], text: string): TargetProposal[] {
  if (!/\ball\s+of\s+them\s+with\s/.test(text)) return found;
  const out = [...found];
  for (const count of found) {
    if (count.unit === null || count.unit.startsWith('%') || MONEY_UNIT.test(count.unit)) continue;
    const after = ALL_OF_THEM_WITH.exec(text.slice(count.end));
    // (The nearest count before it: not one that another count follows first.)
    if (!after || found.some((p) => p.start >= count.end && p.start < count.end + after[0].length)) continue;
    const at = count.end + after[0].lastIndexOf('all');
    out.push(everyOne(`${count.metric} with ${after[1]!.trim()}`, count.metric, at, count.end + after[0].length));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A goal of putting all of a thing online, its deadline after it: "(the city's goal, under Plan No. …,) of taking all primary and lower
 * secondary enrolment online (by 2030)". Groups: the gerund, the things, where they are taken.
 */
// (A document's number on the way: "goal, under Plan No. 6724/KH-UBND, of taking …".)
const GOAL_OF_ALL_ONLINE = new RegExp(String.raw`\b(?:goals?|aims?|targets?|objectives?)\b(?:[^.;]|\.(?=\s*\d)){0,80}?`
  + String.raw`\bof\s+(taking|putting|moving|bringing)\s+`
  + String.raw`all\s+(?:(?:the|its|their)\s+)?([^,;.()]{2,80}?)\s+(online|onto\s+[^,;.()]{2,60}?|on\s+(?:to\s+)?[^,;.()]{2,60}?)`
  + String.raw`(?=\s+(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b)`, 'gu');

/** The participles of GOAL_OF_ALL_ONLINE's gerunds. */
const TAKEN = { taking: 'taken', putting: 'put', moving: 'moved', bringing: 'brought' } as const;

/** A qualifier that closes the words before a figure: "(train) no fewer than ". */
const QUALIFIER_LAST = new RegExp(String.raw`\s(?:${QUALIFIER})\s*$`, 'i');
/** A subject before "is to", "are to" or "will" and a verb of doing: "(a pilot plant for neodymium magnet alloys) is to produce". */
const SUBJECT_OF_ACT = /^(.*?)\s+(?:is|are)\s+to\s+\p{Ll}{3,}\s+$|^(.*?)\s+will\s+\p{Ll}{3,}\s+$/u;
/**
 * A body's head noun, the last word of a subject that is who acts, never what a count is of ("the college will enrol …"); or an aim's, whose
 * "is to" says what the aim is ("the school's own aim is to train …").
 */
const NO_DOER = new RegExp(String.raw`\b(?:(?:${ORGANIZATION_HEADS.map((h) => h.toLowerCase()).join('|')}|province|city|commune|ward|district`
  + String.raw`|sub-department|government|state|country|ministry|sector|locality|firm|enterprise|business|operator|aim|goal|target|objective|plan|task`
  + String.raw`|ambition|mission|job|purpose|intention|duty|role)s?|localities|ministries|authorities|priorit(?:y|ies)|we|it|they)$`, 'i');

/**
 * Counts of things a verb of doing acts on, named with it: "to enrol no fewer than 1,200 students a year in digital technology trades" counts
 * "students a year enrolled in digital technology trades"; what does it, when it is no body, names it too ("tonnes a year produced by pilot
 * plant for neodymium magnet alloys").
 */
export function withActsOnCounts(found: TargetProposal[], text: string): TargetProposal[] {
  return found.map((p) => {
    if (p.unit === null || p.unit.startsWith('%') || MONEY_UNIT.test(p.unit) || p.metric.includes(' by ')) return p;
    // (Its qualifier may stand before the proposal: "(train) no fewer than (two thousand five hundred rangers)".)
    const before = textBefore(text, p.start).replace(QUALIFIER_LAST, ' ');
    const acted = ACTED_COUNT.exec(before);
    // ("- and, by 2033, an electronics assembly cluster in the software park's expansion zone employing no fewer than 2,000 workers": a count
    // a thing's participle holds is named with the thing.)
    const holding = acted ? null : HELD_BY_THING.exec(before);
    if (holding && p.metric === p.unit) return { ...p, metric: `${holding[1]} ${holding[2]} ${p.metric}` };
    if (!acted) return p;
    // (The unit is the counted noun, first or last of the words: "students a year in …", "farming cooperatives and family farms".)
    // (A pattern is built only for a count a verb acts on: most proposals are none.)
    const at = new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(p.unit)}(?![\p{L}-])`, 'u').exec(p.metric)?.index;
    if (at === undefined) return p;
    const subject = SUBJECT_OF_ACT.exec(before);
    const doer = subject ? subjectBefore(subject[1] ?? subject[2]!) : '';
    const by = doer && !NO_DOER.test(doer.replace(/\s+(?:for|of|in|at|on)\s.*$/, '')) ? ` by ${/^\p{Ll}/u.test(doer) ? 'the ' : ''}${doer}` : '';
    // (After a unit that is one word of a list of things, the verb closes the list: "science and technology enterprises and startups served".)
    // (A rate stays with the count, the text's words kept together: "firms a year (served with …)".)
    const rate = /^\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b/.exec(p.metric.slice(at + p.unit.length))?.[0] ?? '';
    const head = p.metric.slice(0, at + p.unit.length + rate.length);
    const rest = p.metric.slice(head.length);
    const done = pastParticiple(acted[1]!);
    // (Nor between a unit and what it measures: "TEU of containers a year" stays so.)
    if (/^\s+of\s/.test(rest)) return p;
    return { ...p, metric: /^(?:\s+(?:and|or)\s|,)/.test(rest) ? `${p.metric} ${done}${by}` : `${head} ${done}${rest}${by}` };
  });
}

/** A thing, with what places it, and the participle that holds a count: "an electronics assembly cluster in the … zone employing". */
const HELD_BY_THING = new RegExp(String.raw`(?:^|[,:;]\s+|\band\s+)(?:an?|one|the)\s+((?:[\p{L}\p{M}’'-]+\s+){0,10}?[\p{L}\p{M}’'-]+)`
  + String.raw`\s+(employing|hiring|housing|hosting|serving|enrolling|seating)\s+$`, 'u');
/** A verb after the things a share counts: the clause is whole, and a part after it joined by "and" is a clause of its own. */
const VERB_AFTER_THINGS = /\s(?:are|is|will|must|shall|should|would|to\s+\p{Ll}+)\s/u;

/** A part after ", and" that is a clause with a subject and a verb of its own: "and the country aims to rank …". */
const CLAUSE_OF_ITS_OWN = new RegExp(String.raw`^(?:and|or)\s+(?:the|its|their|this|that|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}?`
  + String.raw`(?:aims?|plans?|wants?|seeks?|targets?|will|would|is|are|has|have|must|should)\b`, 'u');

/**
 * A clause up to its first comma, unless the comma joins a list ("ministries, sectors and localities publish …"); once the
 * clause has its verb, ", and …" opens another clause ("85% of dossiers are to be processed online, and all ministries …").
 */
function listAware(clause: string): string {
  // (Not at a count's thousands: "of the province's 5,960 offshore vessels".)
  const parts = clause.split(/(?<!\d),\s*|,(?!\d{3}(?!\d))\s*/);
  let end = 1;
  while (end < parts.length && /\s(?:and|or)\s/.test(` ${parts[end]}`) && !/^\s*(?:up|down|from|compared|while|which|but|of\s+wh(?:ich|om))\b/.test(parts[end]!)
    && !(/^(?:and|or)\s/.test(parts[end]!) && (VERB_AFTER_THINGS.test(` ${parts.slice(0, end).join(', ')} `) || CLAUSE_OF_ITS_OWN.test(parts[end]!)))) end++;
  return parts.slice(0, end).join(', ');
}

/**
 * Every match of a pattern of counts (VERB_COUNT, COUNT) whose group `group` is the counted phrase, each searched for from the end of
 * the counted words of the one before, not from the end of its phrase, which may run on over the next count: "attract eight to ten …
 * firms and to have 2,000 chip engineers …", "at least 400 deals and some 120 spin-offs".
 */
function countMatches(pattern: RegExp, group: number, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    const phrase = m[group]!;
    const counted = countedPhrase(phrase);
    const end = m.index + m[0].length - phrase.length + (counted ? counted.what.length : phrase.length);
    pattern.lastIndex = Math.max(m.index + 1, end);
  }
  pattern.lastIndex = 0;
  return found;
}

/** What follows the first number of a ratio: "(one) in five …", "(nine) out of ten …". */
const RATIO_AFTER = new RegExp(String.raw`^\s*(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|${WORD})\b`, 'i');

/** Words after a number that open with a preposition of place: no counted thing ("five in semiconductors"). */
// (Not "of" or "by", which may name them: "at least 10 of them to become unicorns", "of which 40 by start-ups".)
// (Nor an ability: "of which at least 10 able to design chips" counts the enterprises before it.)
const PREPOSITION_OPENING = /^\s*(?:(?:in|at|into|across|among)\s|(?:able|capable|ready)\s+(?:to|of)\b)/i;

/** A count target from its qualifier, number (and top of a range) and the words after it, or null when the words are a duration or a share. */
function countProposal(
  qualifier: string | undefined, number: string, top: string | undefined, phrase: string, index: number, length: number,
): TargetProposal | null {
  // A speed ("winds of up to 166 km per hour") measures weather or traffic, no count of things; "one in five factory jobs" is a
  // ratio, no count of one.
  if (/^\s*(?:%|percent|per cent)/.test(phrase) || TIME_UNIT.test(phrase) || SPEED.test(phrase) || RATIO_AFTER.test(phrase)) return null;
  // Nor are words that open with a preposition what is counted: "(of which at least five) in semiconductors" counts the things before.
  if (PREPOSITION_OPENING.test(phrase)) return null;
  // "(to become) one of the innovation centres of the region": a member of a group, no count of one.
  if (/^one$/i.test(number) && /^\s*of\s/.test(phrase)) return null;
  // "14 to 15 million TEU": the scale after a range's top is both ends' (a number that has its own keeps it: "2 million to 3 million").
  const scale = top !== undefined ? SCALE_OPENING.exec(phrase) : null;
  const words = scale ? phrase.slice(scale[0].length) : phrase;
  const counted = countedPhrase(words);
  if (!counted) return null;
  const scaled = (n: string) => (scale && !SCALE_CLOSING.test(n) ? `${n} ${scale[1]!}` : n);
  const value = numberOf(scaled(number));
  return {
    metric: counted.measured ?? counted.what, comparator: comparatorOf(qualifier), value, max: rangeTop(value, top && scaled(top)), unit: counted.unit,
    qualitative: false, baseline: null, start: index, end: index + length - words.length + counted.what.length,
  };
}
/** A scale word opening the words after a number: " million TEU". Group: the scale. */
const SCALE_OPENING = /^\s*(thousand|million|billion)\s+(?=\S)/i;
/** A number that ends with its own scale: "3 million". */
const SCALE_CLOSING = /\s(?:thousand|million|billion)$/i;

/** A whole counted in words after "all": "all six centrally run cities". Groups: "all" and its space, the number word. */
const ALL_IN_WORDS = new RegExp(String.raw`\b([Aa]ll\s+)(${SMALL_NUMBERS}|ten|eleven|twelve)(?=\s+\p{Ll})`, 'gu');
const TEN_TO_TWELVE = ['ten', 'eleven', 'twelve'];
/** The number words ALL_IN_WORDS reads, by their value. */
const NUMBER_NAMES = ['', ...SMALL_NUMBER_VALUES, ...TEN_TO_TWELVE];
/**
 * A text with the counts of wholes in words written in digits, padded to the word's length so that every offset stays: "all six
 * centrally run cities" is read as "all 6 centrally run cities", a whole of every one of them (see ALL_OF, ITEM_ALL).
 */
function countsOfAllInDigits(text: string): string {
  if (!/\b[Aa]ll\s/.test(text)) return text;
  return text.replace(ALL_IN_WORDS, (_, all: string, word: string) => {
    const digits = String(NUMBER_NAMES.indexOf(word));
    return `${all}${digits.padEnd(word.length)}`;
  });
}

/**
 * Numeric targets: a share ("reaches at least 30% of GDP", "100% of procedures are online") with
 * the subject it measures and any baseline, or a count, qualified ("at least 5 enterprises on par
 * with …") or after a verb of making ("train 20,000 engineers").
 */
const amountsIn: TargetParser = {
  name: 'amount',
  propose(text, context) {
    // Whether a body set the aim as its own: the sentence says so before `at`, or it is an item of a list the body set so.
    const aimSet = (at: number) => context?.ownAim === true || ownAimBefore(text.slice(Math.max(0, at - AIM_BEFORE_REACH), at));
    const out: TargetProposal[] = [];
    // A whole has no number to find: only a list item's "all … to be offered online" or "complete the digitisation of all …" makes it
    // a target of every one of it (100%); "all levels must apply AI" is a task.
    if (!DIGIT.test(text) && !NUMBER_WORD.test(text) && !HAS_FRACTION.test(text)) {
      // Without a number, only a whole that "is to" have or use something ("all commune-level People's Committees are to use the AI
      // assistant"): "all levels must apply AI" is a task of each.
      // (Or an item of a list of aims in the infinitive: "b) all vocational schools to teach digital skills as a compulsory module;".)
      const toCome = everyOfThings(text, []).filter((p) => DUE_OF_ALL.test(text.slice(p.start, p.end)) || ITEM_TO_DO.test(text)
        || ITEM_DONE_ONLINE.test(text) || ITEM_PRACTICE.test(text));
      // (So is one an aim is to handle online: "The department aims to process all of its own dossiers online by the end of this year".)
      if (AIM_AT.test(text)) toCome.push(...allOnline(text));
      // (Or how often a thing is to be done: "will publish the air-quality index at least twice a day".)
      const often = /\b(?:once|twice)\s/.test(text) ? frequencies(text) : [];
      return WHOLE_WORD.test(text) || /\buniversal\s/.test(text) ? [...everyOfItem(text, [...toCome, ...wholes(text)]), ...often] : often;
    }
    if (/\stimes?\s+(?:a|per|each|every)\s|\b(?:once|twice)\s/.test(text)) out.push(...frequencies(text));
    // "the city's goal … of taking all primary and lower secondary enrolment online by 2030": every one of it, taken online.
    for (const m of /\bof\s+(?:taking|putting|moving|bringing)\s+all\s/.test(text) ? allMatches(GOAL_OF_ALL_ONLINE, text) : []) {
      const [, verb, things, where] = m;
      const at = m.index + m[0].indexOf('all');
      out.push(everyOne(`${things} ${TAKEN[verb as keyof typeof TAKEN]} ${where}`, things!, at, m.index + m[0].length));
    }
    // "Every industrial park will have a supplier development centre by 2032, the first ten of them by the end of 2030": the first of the
    // whole, by their own deadline, are a count of its things.
    for (const m of /\bfirst\s/.test(text) ? allMatches(FIRST_OF_THEM, text) : []) {
      const told = [...text.slice(0, m.index).matchAll(WHOLE_THINGS)].at(-1);
      const whole = told?.[1];
      if (!told || !whole) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      const things = plurals(whole);
      // (What each of the whole is to do names them: "industrial parks run a digital logistics hub".)
      const does = WHOLE_DOES.exec(text.slice(told.index + told[0].length, m.index))?.[1]?.replace(DEADLINE_END, '');
      out.push({
        metric: does ? `${things} ${does.replace(/^have\s/, 'with ')}` : things, comparator: '=', value: numberOf(m[1]!), max: null,
        unit: things.split(/\s+/).at(-1)!, qualitative: false, baseline: null, start: at, end: at + m[1]!.length,
      });
    }
    // "The province has 3,100 digital technology firms, and aims for 4,500 by 2030": the aim counts what the count before it counts, which
    // is where it starts.
    for (const m of /\b(?:has|have|had)\s/.test(text) ? allMatches(HAS_THEN_AIMS, text) : []) {
      const [, now, phrase, qualifier, aim] = m;
      const counted = countedPhrase(phrase!);
      if (!counted) continue;
      const at = m.index + m[0].length - aim!.length;
      out.push({
        metric: counted.measured ?? counted.what, comparator: comparatorOf(qualifier), value: numberOf(aim!), max: null, unit: counted.unit,
        qualitative: false, baseline: { value: numberOf(now!), year: null, text: now! }, start: m.index, end: at + aim!.length,
      });
    }
    let previous = 0;
    for (const m of shares(text)) {
      const [, statedQualifier, low, high, number, top, stated] = m;
      const bottom = numberOf((low ?? number)!);
      const max = low ? rangeTop(bottom, high) : rangeTop(bottom, top);
      // "In 2025 30% of …": the number before the share is not the bottom of a range; the share starts at its own number.
      const lone = top !== undefined && max === null;
      const index = lone ? m.index + m[0].lastIndexOf(top!, m[0].search(/\s*(?:%|per)/)) : m.index;
      const qualifier = lone ? undefined : statedQualifier;
      const value = lone ? numberOf(top!) : bottom;
      const after = textAfter(text, m.index + m[0].length);
      if (/\bfrom\s+$/i.test(textBefore(text, index)) && TO_TARGET.test(after)) continue;
      // "(is to rise by 10 percentage points) from its 2025 level of (17.5%)": the level a change is measured from is no figure to reach.
      if (LEVEL_FROM.test(textBefore(text, index))) continue;
      // A share inside the baseline of the one before ("30%, up from about 11% now") is that baseline, not a figure of its own.
      if (index < previous) continue;
      const before = text.slice(previous, index);
      const read = baselineOf(before, after);
      const { leading, trailing, skip } = read;
      // "make up from 20 to 22 percent of GRDP": a bare number before the share, without a verb of change, is a range's bottom.
      // So is a share right after a verb of level ("is to account for from 15% to 18% of GRDP"), which no change measures.
      const ranged = read.baseline && leading !== null && !CHANGE.test(before.slice(0, leading))
        && (!/%|per\s?cent/i.test(read.baseline.text) || LEVEL_VERB.test(before.slice(0, leading)));
      const baseline = ranged ? null : read.baseline;
      previous = m.index + m[0].length + (skip ?? trailing);
      const shared = out.at(-1);
      // "… at least 30% of GDP by 2030 and at least 50% by 2045": a share joined to the one before by its deadline measures the same.
      if (shared?.unit?.startsWith('%') && (JOINED_SHARE.test(before) || TARGET_AFTER_SHARE.test(before))) {
        out.push({ ...shared, comparator: comparatorOf(qualifier), value, max, baseline, start: index, end: m.index + m[0].length + trailing });
        continue;
      }
      // "account for 60 to 65 per cent": a number and "to" before the share, with no "from", is a range's bottom (not a year).
      const bottomTo = leading === null && max === null && !read.baseline ? RANGE_BOTTOM.exec(before) : null;
      const from = bottomTo && numberOf(bottomTo[1]!) < value ? numberOf(bottomTo[1]!) : undefined;
      const subjectEnd = leading ?? (from === undefined ? before.length : bottomTo!.index);
      // "by then, half of the enterprises … are to apply …": a time opening the clause is no subject; the things after the share are.
      // "(88 per cent) of applications handled fully online and non-cash payments at (85 per cent …)": past the figure before's
      // things, joined by "and", the subject is this figure's own.
      const stated_ = before.slice(0, subjectEnd);
      // (Only past things told with their participle, at the first "and" after it: "research and development" is one subject.)
      const told = out.length > 0 && stated_.length <= TOLD_REACH ? THINGS_TOLD.exec(stated_) : null;
      const said = told ? stated_.slice(told[0].length) : stated_;
      const things = (m as { inEvery?: boolean }).inEvery ? ` of ${after.trimStart()}` : after;
      const { subject, base, spent } = shareSubject(TIME_OPENER.test(said) || FRAME_OPENER.test(said) ? '' : said, things, stated);
      if (!subject) continue;
      const plainBase = base?.replace(/^the\s+/i, '') ?? null;
      out.push({
        metric: spent ? `share of ${subject}` : metricName(subject, plainBase),
        comparator: comparatorOf(qualifier), value: ranged ? read.baseline!.value : from ?? value, max: ranged || from !== undefined ? value : max,
        unit: plainBase ? `% of ${plainBase}` : '%', qualitative: false, baseline,
        start: ranged ? index - before.length + leading! : from !== undefined ? index - before.length + bottomTo!.index + 1 : index,
        end: m.index + m[0].length + trailing + (base && !stated ? (SHORT_BASE.exec(after)?.[0].length ?? 0) : 0),
        // A baseline after it tells its tense by its own words ("…, from 43 per cent now"), not the figure's; a benchmark in brackets
        // is right after the figure's words.
        ...(trailing > 0 ? { tenseOf: { start: index, end: m.index + m[0].length }, figureEnd: m.index + m[0].length } : {}),
      });
    }
    // "(The backlog …, about 46,000 files at the end of 2025, is to be) brought down to zero (by the end of 2028)": none left is the target.
    for (const m of /\b(?:zero|nil)\b/i.test(text) ? allMatches(TO_ZERO, text) : []) {
      const subject = subjectBefore(textBefore(text, m.index).replace(APPOSED_FIGURE, ' '));
      if (!subject) continue;
      out.push({
        metric: subject, comparator: '=', value: 0, max: null, unit: null, qualitative: false, baseline: null, start: m.index, end: m.index + m[0].length,
      });
    }
    for (const m of /\bpoints?\b/.test(text) ? allMatches(POINTS_CHANGE, text) : []) {
      const subject = subjectBefore(textBefore(text, m.index));
      if (!subject) continue;
      out.push({
        metric: subject, comparator: comparatorOf(m[1]), value: numberOf(m[2]!), max: null, unit: 'percentage points', qualitative: false,
        baseline: null, start: m.index, end: m.index + m[0].length,
      });
    }
    for (const m of CURRENCY.test(text) ? allMatches(MONEY, text) : []) {
      const [, qualifier, currencyFirst, numberFirst, topFirst, scaleFirst, numberLast, scaleLast, currencyLast] = m;
      const before = textBefore(text, m.index);
      const funded = FUNDING_VERB.test(before)
        || (AIMED_SUM.test(before) && MONEY_KIND.test(textAfter(text, m.index + m[0].length)));
      // "attract US$2 billion of investment (in chip design)": what the sum is, named after it.
      const kind = funded ? MONEY_KIND.exec(textAfter(text, m.index + m[0].length)) : null;
      const purpose = funded ? PURPOSE.exec(textAfter(text, m.index + m[0].length + (kind?.[0].length ?? 0)))?.[1] : undefined;
      const said = funded ? `${kind?.[1] ?? 'funding'}${purpose ? ` ${kind ? 'in' : 'for'} ${purpose}` : ''}` : subjectBefore(before);
      // "- earn VND150 billion a year from technology transfer": what is earned from, as revenue.
      const source = EARNING.test(said) ? EARNED_FROM.exec(textAfter(text, m.index + m[0].length))?.[1] : undefined;
      const subject = source ? `revenue from ${source}` : said;
      if (!subject) continue;
      const currency = (currencyFirst ?? currencyLast)!.replace(/^(?:US\$|\$|US dollars)$/, 'USD').replace(/^dong$/, 'VND');
      const scale = scaleFirst ?? scaleLast;
      out.push({
        metric: subject, comparator: comparatorOf(qualifier), value: numberOf((numberFirst ?? numberLast)!), max: topFirst ? numberOf(topFirst) : null,
        unit: scale ? `${currency} ${scale}` : currency, qualitative: false, baseline: null, start: m.index, end: m.index + m[0].length,
      });
    }
    for (const m of /\ball\s+(?:the\s+)?\d/.test(text) ? allMatches(ALL_OF, text) : []) {
      const [, number, phrase] = m;
      const counted = countedPhrase(phrase!);
      // The subject is in the coordinated clause of the count: "… 70% by 2025 and to have teams in all 547 communes".
      const subject = subjectBefore(textBefore(text, m.index).split(/\s+and\s+(?=to\s)/).at(-1)!);
      if (!counted) continue;
      const at = m.index + m[0].indexOf(number!);
      out.push({
        metric: subject || counted.what, comparator: '=', value: numberOf(number!), max: null,
        unit: counted.unit, qualitative: false, baseline: null, start: at, end: at + number!.length,
      });
    }
    for (const m of /\bbe\s+\p{Ll}+ed\b/u.test(text) ? allMatches(FUTURE_PASSIVE, text) : []) {
      const [, number, phrase] = m;
      const counted = countedPhrase(phrase!);
      if (!counted) continue;
      const at = m.index + m[0].indexOf(number!);
      // The figure ends before its modal, which tells that it is still to come.
      const modal = m[0].search(/\s+(?:will|would|shall|must|are\s+to|is\s+to)\s+be\s/);
      out.push({
        metric: `${counted.what} ${m[0].match(/\s(\p{Ll}+ed)$/u)![1]}`, comparator: '=', value: numberOf(number!), max: null, unit: counted.unit,
        qualitative: false, baseline: null, start: at, end: m.index + modal,
      });
    }
    for (const m of /\b(?:staff|workforce|headcount|membership|fleet)\s+of\s/.test(text) ? allMatches(COLLECTIVE, text) : []) {
      const [, phrase, head, qualifier, number, things] = m;
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - (things?.length ?? 0));
      out.push({
        metric: things ?? phrase!, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null,
        unit: things ? things.split(/\s+/).at(-1)! : head!, qualitative: false, baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    for (const m of /the (?:number|total) of/i.test(text) ? allMatches(NUMBER_OF, text) : []) {
      const [, things, qualifier, number, top] = m;
      // "the number of firms in the park is to be doubled to 180": the counted phrase ends before its verb.
      const counted = countedPhrase(things!.replace(/\s+(?:is|are|will|would|must|should|shall|has|have)\b.*$/, ''));
      if (!counted) continue;
      const at = m.index + m[0].lastIndexOf(number!, top ? m[0].length - top.length - 1 : m[0].length);
      const value = numberOf(number!);
      out.push({
        metric: counted.measured ?? counted.what, comparator: comparatorOf(qualifier), value, max: rangeTop(value, top), unit: counted.unit,
        qualitative: false, baseline: null, start: at, end: at + number!.length,
      });
    }
    for (const m of [
      ...(/\b(?:time|period|duration|wait|waiting|queue)\b/.test(text) ? allMatches(DURATION, text) : []),
      ...(/\stake\s/.test(text) ? allMatches(TAKES, text) : []),
    ]) {
      const [, timed, qualifier, number, unit] = m;
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - unit!.length - 1);
      out.push({
        // ("keep the average wait at (no more than 20 minutes)": the level's preposition is no part of it.)
        metric: timed!.replace(TIMED_OPENING, '').replace(TIMED_VERB, '').replace(/\s+(?:at|to|in)$/, '').trim(), comparator: comparatorOf(qualifier),
        value: numberOf(number!),
        max: null, unit: unit!.replace(/s?$/, 's'), qualitative: false, baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // (In a time with no qualifier it is at most that time: "in 3 days" is no more than 3 days.)
    for (const m of /\b(?:in|within)\s/.test(text) ? allMatches(HANDLED_IN, text) : []) {
      const [, verb, handled, qualifier, number, unit] = m;
      // (A share measured against it after it makes the aim the share handled in time: "answer every feedback item within seven working
      // days by the end of 2028, up from 68% answered within that time".)
      // (Not one of a second aim the sentence goes on to: "answer every application within 15 days of filing and to have at least 90% …".)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + SHARE_AFTER_REACH);
      if (SHARE_AFTER.test(after) && !NEXT_AIM.test(after.slice(0, after.search(SHARE_AFTER)))) continue;
      // ("Within" a time is a procedure's limit, unless a body set it as its own aim ("has set an aim for its own work: … within 45 days"),
      // or pledged it by a year ("will, from 2030, answer every request … within 3 working days"), or it is an item of a list of aims in a
      // year, whoever's ("In this year's enrolment, the ward aims to: … answer every parent's question within one working day".)
      // (Read up to the time: a rule's "shall" pledges what it does to each one of a thing, "shall decide on each application within …".)
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - unit!.length - 1);
      if (/\swithin\s/.test(m[0]) && !aimSet(at) && !pledgedTime(text, at) && context?.aimed !== true) continue;
      // (Things with no determiner only after the verb that opens an item, or after "to" or "will": not "VAT refund dossiers within …".)
      // (Or after "will" in a body's pledge from a year: "From 2031, the Ministry … will license remote-sensing data products within …".)
      if (!/^(?:every|all|each|any|an?|the|its|their)\s/.test(handled!)
        && ((context?.ownAim !== true && context?.aimed !== true && !pledgedTime(text, at)) || !verbOpens(text, m.index))) continue;
      out.push({
        metric: `time to ${verb} ${handled!.trim()}`, comparator: qualifier ? comparatorOf(qualifier) : '<=', value: numberOf(number!), max: null,
        unit: unit!.replace(/s?$/, 's'), qualitative: false, baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // "- and, by the end of 2032, warn commune officials of drought risk at least 10 days before …": the warning's lead time, at least.
    if (/\b(?:warn|alert|notif|inform|forewarn)/.test(text) && /\b(?:before|ahead|advance)\b/.test(text)) {
      // (At least the time it names, where no qualifier says otherwise.)
      const leadTime = (m: RegExpMatchArray & { index: number }, metric: string, [qualifier, number, unit]: string[]): TargetProposal => ({
        metric, comparator: qualifier ? comparatorOf(qualifier) : '>=', value: numberOf(number!), max: null, unit: unit!.replace(/s?$/, 's'),
        qualitative: false, baseline: null, start: m.index + m[0].lastIndexOf(number!, m[0].length - unit!.length - 1), end: m.index + m[0].length,
      });
      for (const m of allMatches(LEAD_TIME, text)) {
        if (!LEAD_VERB_BEFORE.test(text.slice(Math.max(0, m.index - LEAD_VERB_REACH), m.index))) continue;
        out.push(leadTime(m, `lead time to ${m[1]} ${m[2]!.trim()}`, m.slice(3) as string[]));
      }
      for (const m of allMatches(WARNING_AHEAD, text)) out.push(leadTime(m, `lead time of ${m[1]!.trim()}`, m.slice(2) as string[]));
    }
    // "flood warnings … will be issued no more than 30 minutes after a water-level threshold is crossed": the time each will take.
    // "By the same year, building permits for individual houses would be issued within 10 days", "satellite images … are to reach the
    // provincial authorities within 12 hours": things done or brought within a time, in a sentence that dates the aim.
    for (const m of /\swithin\s/.test(text) && (YEAR.test(text) || SAME_YEAR.test(text)) ? allMatches(DONE_WITHIN, text) : []) {
      const [, things, done, qualifier, number, unit] = m;
      if (SHARE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + SHARE_AFTER_REACH))) continue;
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - unit!.length - 1);
      out.push({
        metric: `time before ${things!.trim()} ${/^be\s/.test(done!) ? `are ${done!.slice(3)}` : `${done!.trim()}`}`,
        comparator: qualifier ? comparatorOf(qualifier) : '<=', value: numberOf(number!), max: null, unit: unit!.replace(/s?$/, 's'),
        qualitative: false, baseline: null, start: at, end: m.index + m[0].length, dueWithin: true,
      });
    }
    for (const m of /\s(?:after|of|from)\s/.test(text) && /\bbe\s/.test(text) ? allMatches(DONE_AFTER, text) : []) {
      const [, things, participle, qualifier, number, unit] = m;
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - unit!.length - 1);
      out.push({
        metric: `time before ${things!.trim()} are ${participle}`,
        comparator: qualifier ? comparatorOf(qualifier) : '<=', value: numberOf(number!), max: null, unit: unit!.replace(/s?$/, 's'),
        qualitative: false, baseline: null, start: at, end: at + number!.length + 1 + unit!.length,
      });
    }
    // (So is a thing an item of a list of aims sends on after what sets it off: "- send the … data to … no more than 15 days after …".)
    const sent = context?.ownAim === true || context?.aimed === true ? ITEM_SENT_AFTER.exec(text) : null;
    if (sent) {
      const [, verb, things, qualifier, number, unit] = sent;
      const at = sent.index + sent[0].lastIndexOf(number!, sent[0].length - unit!.length - 1);
      out.push({
        metric: `time to ${verb} ${things!.trim()}`, comparator: qualifier ? comparatorOf(qualifier) : '<=', value: numberOf(number!), max: null,
        unit: unit!.replace(/s?$/, 's'), qualitative: false, baseline: null, start: at, end: at + number!.length + 1 + unit!.length,
      });
    }
    // (So is every one of a thing told with its participle, in an aim a body set itself: "set itself two aims for this year: …, and every
    // household business registration processed within 2 working days".)
    for (const m of /\b(?:in|within)\s/.test(text) && /\b(?:every|each|any)\s/.test(text) ? allMatches(HANDLED_PASSIVE, text) : []) {
      const [, handled, participle, qualifier, number, unit] = m;
      if (SHARE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + SHARE_AFTER_REACH)) || !aimSet(m.index)) continue;
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - unit!.length - 1);
      out.push({
        metric: `every ${handled!.trim()} ${participle}`, comparator: qualifier ? comparatorOf(qualifier) : '<=', value: numberOf(number!),
        max: null, unit: unit!.replace(/s?$/, 's'), qualitative: false, baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // (So is one of a thing, any one, in an item of a list of aims: "* A booking request will be approved in no more than 5 working days.")
    const item = ITEM_HANDLED.exec(text);
    if (item) {
      const [, handled, participle, qualifier, number, unit] = item;
      const verb = HANDLED_VERB.find(([done]) => done.test(participle!))![1];
      const at = item.index + item[0].lastIndexOf(number!, item[0].length - unit!.length - 1);
      out.push({
        metric: `time to ${verb} ${/^[aeiou]/i.test(handled!.trim()) ? 'an' : 'a'} ${handled!.trim()}`,
        comparator: qualifier ? comparatorOf(qualifier) : '<=', value: numberOf(number!),
        max: null, unit: unit!.replace(/s?$/, 's'), qualitative: false, baseline: null, start: at, end: item.index + item[0].length,
      });
    }
    for (const m of [
      ...(/\bbetween\s/.test(text) ? allMatches(BETWEEN_COUNT, text) : []), ...(/\bfrom\s+\d/.test(text) ? allMatches(FROM_TO_COUNT, text) : []),
    ]) {
      const [, low, high, phrase] = m;
      const proposal = countProposal(undefined, low!, high, phrase!, m.index, m[0].length);
      if (proposal) out.push(proposal);
    }
    for (const m of /\sfrom\s/.test(text) ? allMatches(EXTENDED_FROM_TO, text) : []) {
      const [, thing, low, high, phrase] = m;
      const counted = countedPhrase(phrase!);
      if (!counted) continue;
      const at = m.index + m[0].length - phrase!.length - 1 - high!.length;
      out.push({
        metric: thing!.replace(/^(?:its|their|the|our)\s+/, ''), comparator: '=', value: numberOf(high!), max: null, unit: counted.unit,
        qualitative: false, baseline: { value: numberOf(low!), year: null, text: `from ${low}` }, start: at, end: at + high!.length + 1 + counted.what.length,
      });
    }
    for (const m of /\bbetween\s/.test(text) ? allMatches(BETWEEN_SCALED, text) : []) {
      const [, low, lowScale, high, highScale, phrase] = m;
      // (Two ends in digits with no scale are BETWEEN_COUNT's.)
      if (DIGIT.test(low!) && DIGIT.test(high!) && !lowScale && !highScale) continue;
      // "between twelve and fifteen thousand": the low end shares the high end's scale.
      const scale = lowScale ?? highScale;
      const proposal = countProposal(undefined, scale ? `${low} ${scale}` : low!, highScale ? `${high} ${highScale}` : high, phrase!, m.index,
        m[0].length);
      if (proposal) out.push(proposal);
    }
    // "- fibre connections for no fewer than 12,000 households in remote hamlets": the things given what the item names.
    const given = /\sfor\s/.test(text) ? ITEM_FOR_COUNT.exec(text) : null;
    if (given) {
      const [, what, qualifier, number, things, where] = given;
      // (From its qualifier: the count of the things alone, read next, starts there too and gives way.)
      const at = given.index + given[0].lastIndexOf(qualifier ?? number!, given[0].length - things!.length - (where?.length ?? 0) - 1);
      out.push({
        metric: `${what} for ${things}${where ?? ''}`, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null,
        unit: things!.split(/\s+/).at(-1)!, qualitative: false, baseline: null, start: at, end: given.index + given[0].length,
      });
    }
    for (const m of countMatches(COUNT, 6, text)) {
      const [, qualifier, low, high, number, top, phrase] = m;
      // ("raise the figure to at least 50 after the committee's report": a bare number names no things it counts.)
      if (NO_THINGS.test(phrase!)) continue;
      // ("trade scales of more than 30 kg must register …": the size of the things before it, a measure, counts nothing.)
      if (SIZE_MEASURE.test(phrase!) && SIZE_OF.test(textBefore(text, m.index))) continue;
      const proposal = countProposal(qualifier, (low ?? number)!, high ?? top, phrase!, m.index, m[0].length);
      if (!proposal) continue;
      // "at least five enterprises with annual revenue above US$1 billion each": the bar each thing counted clears is part of what is
      // counted, no target of its own.
      const phraseAt = m.index + m[0].length - phrase!.length;
      const after = textAfter(text, phraseAt - 1);
      const bar = DIGIT.test(after) ? THRESHOLD.exec(after) : null;
      if (bar) {
        const end = phraseAt - 1 + bar[0].length;
        for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && out[i]!.end > phraseAt) out.splice(i, 1);
        out.push({ ...proposal, metric: bar[1]!.trim(), end });
        continue;
      }
      // "raise computing capacity to at least 1,000 petaflops": a lone unit measures what is raised.
      const raised = /^\S+$/.test(proposal.metric) && RAISED_TO.test(textBefore(text, m.index)) ? subjectBefore(textBefore(text, m.index)) : '';
      out.push(raised ? { ...proposal, metric: raised } : proposal);
    }
    // "A total of 4,860 digital technology enterprises were founded, against the year's target of 12,000": the target of what the
    // count before it counted.
    for (const m of /\b(?:target|goal|aim|objective)\s+of\s/.test(text) ? allMatches(TARGET_OF_COUNT, text) : []) {
      const counted = findFigures(text.slice(0, m.index)).filter((f) => f.unit !== null && !f.unit.startsWith('%')).at(-1);
      if (!counted?.unit) continue;
      const at = m.index + m[0].length - m[2]!.length - (m[1] ? m[1].length + 1 : 0);
      out.push({
        metric: counted.unit, comparator: comparatorOf(m[1]), value: numberOf(m[2]!), max: null, unit: counted.unit.split(/\s+/).at(-1)!,
        qualitative: false, baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // "And by 2030, three million residents should have an electronic health record": a count that is the subject of a duty to come.
    for (const m of MODAL_WORD.test(text) ? allMatches(MODAL_COUNT, text) : []) {
      const at = m.index + m[0].indexOf(m[1]!);
      const proposal = countProposal(undefined, m[1]!, undefined, m[2]!, at, m[0].length - (at - m.index));
      if (proposal && !out.some((p) => p.start < proposal.end && proposal.start < p.end)) out.push(proposal);
    }
    const colon = text.indexOf(':');
    // A list item follows a colon (see below): without one, LIST_ITEM is not searched.
    for (const pattern of colon === -1 ? [VERB_COUNT, MARKED_ITEM] : [VERB_COUNT, LIST_ITEM, MARKED_ITEM]) {
      for (const m of pattern === VERB_COUNT ? countMatches(VERB_COUNT, 3, text) : allMatches(pattern, text)) {
        const [qualifier, number, top, phrase] = pattern === VERB_COUNT ? [qualifierBefore(m[0], m[1]!), m[1]!, m[2], m[3]!]
          : pattern === MARKED_ITEM ? [m[1], m[2]!, m[3], m[4]!] : [m[1], m[2]!, undefined, m[3]!];
        // A list item after a colon: the first colon of the sentence, not a search back from each item.
        if (pattern === LIST_ITEM && (colon === -1 || colon > m.index)) continue;
        const at = m.index + numberIn(m[0], qualifier ?? number);
        const proposal = countProposal(qualifier, number, top, phrase, at, m[0].length - (at - m.index));
        // (A qualified count after a verb was read already as a qualified count: "have at least 3 semiconductor factories".)
        if (proposal && !(qualifier && out.some((p) => p.start === proposal.start && p.value === proposal.value && p.unit === proposal.unit))) {
          out.push(proposal);
        }
      }
    }
    // "at least 50,000 engineers and technicians in chip design, packaging and testing, at least 15,000 of them by 2030": a part of the
    // count due by an earlier year, the same things.
    for (const whole of /\bof\s+(?:them|wh(?:om|ich))\s/.test(text) ? out.filter((p) => p.unit && !p.unit.startsWith('%') && !/\d/.test(p.unit)) : []) {
      const interim = INTERIM_OF_THEM.exec(textAfter(text, whole.end));
      if (!interim || out.some((p) => p.start > whole.end && p.start <= whole.end + interim.index + interim[0].length)) continue;
      const [qualifier, number] = interim[2] !== undefined ? [interim[1], interim[2]] : [interim[3], interim[4]!];
      const at = whole.end + interim.index + interim[0].indexOf(number, interim[0].indexOf(qualifier ?? ',') + 1);
      // (Up to "of them": its year after it is its deadline.)
      const end = whole.end + interim.index + interim[0].search(/\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\s*$/);
      out.push({ ...whole, comparator: comparatorOf(qualifier), value: numberOf(number), max: null, baseline: null, start: at, end });
    }
    // (After every count and share is read, those after a verb too: "aims to have 5,000 start-ups by 2030, of which at least 500 in …".)
    // "at least 300 innovative start-ups, of which 30 have raised venture capital": a part of the count, a target of its own.
    for (const whole of /\bof\s+(?:wh(?:ich|om)|them)\s/.test(text) ? out.filter((p) => p.unit && !p.unit.startsWith('%') && !/\d/.test(p.unit)) : []) {
      const part = PART_OF_COUNT.exec(textAfter(text, whole.end));
      if (!part) continue;
      const at = whole.end + part.index + part[0].indexOf(part[2]!, part[1] ? part[1].length : 0);
      // "…, of which at least 40 per cent in chip design and testing": a share of the count, by what sets it apart.
      const share = /^(?:per\s*cent|percent|%)\s+(.+)$/.exec(part[3]!.trim());
      if (share) {
        // (The share read alone names nothing: "of whom".)
        const alone = out.findIndex((p) => p.start >= whole.end && /^of\s+wh(?:ich|om)$/.test(p.metric));
        if (alone >= 0) out.splice(alone, 1);
        out.push({
          // ("…, of whom at least 30% are women": the whole's things that are.)
          metric: `${whole.metric}${/^(?:are|is|have|has|will|must|should|shall)\b/.test(share[1]!) ? ' that' : ''} ${share[1]}`,
          comparator: comparatorOf(part[1]), value: numberOf(part[2]!), max: null, unit: '%',
          qualitative: false, baseline: null, start: at, end: whole.end + part.index + part[0].length, tenseOf: { start: whole.start, end: whole.end },
        });
        continue;
      }
      out.push({
        // "…, of which at least 300 in agricultural technology": a part by its field is the whole's things in it.
        // (Or by a participle: "…, at least two of them built in Vietnam".)
        metric: `${whole.metric}${PART_BY_PLACE_OR_PARTICIPLE.test(part[3]!) ? '' : ' that'} ${part[3]!.trim()}`, comparator: comparatorOf(part[1]),
        value: numberOf(part[2]!), max: null,
        unit: whole.unit, qualitative: false, baseline: null, start: at, end: whole.end + part.index + part[0].length,
        tenseOf: { start: whole.start, end: whole.end },
      });
    }
    // "trained workers at 80 per cent of the labour force, of which 45 per cent with degrees": a part of the share, a target of its own.
    for (const whole of /\bof\s+wh(?:ich|om)\s/.test(text) ? out.filter((p) => p.unit?.startsWith('%')) : []) {
      const part = PART_OF_SHARE.exec(textAfter(text, whole.end));
      if (!part) continue;
      const at = whole.end + part.index + part[0].indexOf(part[2]!, part[1] ? part[1].length : 0);
      out.push({
        metric: `${whole.metric.replace(/\s+share\s+of\s+.*$/, '')} ${part[3]!.trim()}`, comparator: comparatorOf(part[1]), value: numberOf(part[2]!),
        max: null, unit: '%', qualitative: false, baseline: null, start: at, end: whole.end + part.index + part[0].length,
        tenseOf: { start: whole.start, end: whole.end },
      });
    }
    everyOfThings(text, out);
    out.push(...wholes(text));
    // "complete the enumeration of all 21,350 census areas": the count of a whole every one of which a target is about counts the whole,
    // no target of its own.
    countedWholes(out);
    // "- community digital technology teams in all 32 villages by September": an item of a list, in every one of them.
    const inAll = IN_ALL.exec(text);
    // (All of a whole named in the singular is no whole: "in all border commune" is none; every one of it is.)
    const inWhole = inAll && (inAll[2] === 'every' || /s$/.test(inAll[3]!)) ? inAll : null;
    if (inWhole) {
      const [, what, every, stated] = inWhole;
      const things = every === 'every' ? plurals(stated!) : stated!;
      // (Its count may name its things by their last word: "all 6 border crossing points" counts "points".)
      const whole = out.findIndex((p) => p.unit === things || (p.unit !== null && things.endsWith(` ${p.unit}`)));
      if (whole >= 0) out.splice(whole, 1);
      const at = inWhole.index + inWhole[0].indexOf(what!);
      out.push(everyOne(`${things} with ${what}`, things, at, inWhole.index + inWhole[0].length));
    }
    if (!inWhole) everyOfItem(text, out);
    // "the province aims to connect all 99 communes and wards to the centre by the end of 2028": every one of them, 100%.
    for (const m of /\b(?:all|every)\s/.test(text) ? allMatches(AIM_AT_ALL, text) : []) {
      const [, verb, every, stated, rest] = m;
      const things = every ? plurals(stated!) : stated!;
      const at = m.index + m[0].indexOf(verb!);
      const counted = out.findIndex((p) => p.start >= at && p.end <= m.index + m[0].length && p.unit !== null && things.endsWith(p.unit));
      if (counted >= 0) out.splice(counted, 1);
      // (Whose they are comes before what is done to them: "communes and wards of the province connected".)
      const of = rest !== undefined && /^\s+of\s/.test(rest);
      out.push(everyOne(of ? `${things}${rest} ${pastParticiple(verb!)}` : `${things} ${pastParticiple(verb!)}${rest ?? ''}`, things!, at,
        m.index + m[0].length));
    }
    // "at least ten of the 14 products are to be commercialised"; "…, at least five are to be commercialised" of the whole before.
    for (const m of /\s(?:are|will|must|should|shall)\s+(?:to\s+)?be\s/.test(text) ? allMatches(PART_TO_BE, text) : []) {
      const [, qualifier, number, stated, participle] = m;
      const things = stated ?? out.findLast((p) => p.end <= m.index && p.unit?.startsWith('% of '))?.unit?.slice('% of '.length);
      if (!things || /^(?:19|20)\d\d$/.test(number!)) continue;
      const at = m.index + m[0].indexOf(qualifier ?? number!);
      out.push({
        metric: `${things} ${participle}`, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null, unit: things, qualitative: false,
        baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // "to receive and process all applications online by 2027": every one of them, 100%.
    out.push(...allOnline(text));
    // "60 per cent of SMEs to use at least one digital platform …": "one" is in what the share counts, no count of its own.
    for (let i = out.length - 1; i >= 0; i--) {
      const one = out[i]!;
      if (one.value !== 1 || one.unit?.startsWith('%')) continue;
      if (out.some((q) => q.unit?.startsWith('%') && q.end <= one.start && ONE_IN_THINGS.test(text.slice(q.end, one.start)))) out.splice(i, 1);
    }
    // "- Innovative start-ups: 52; target for 2030 is 150": a bare count set as the target of the things the item is labelled with.
    const labelled = /\b(?:target|goal)\s/i.test(text) ? LABELLED_COUNT.exec(text) : null;
    const counted = labelled ? countedPhrase(labelled[1]!) : null;
    if (labelled && counted && /s$/.test(counted.unit)) {
      const at = labelled.index + labelled[0].length - labelled[3]!.length - (labelled[2] ? labelled[2].length + 1 : 0);
      out.push({
        metric: labelled[1]!, comparator: comparatorOf(labelled[2]), value: numberOf(labelled[3]!), max: null, unit: counted.unit, qualitative: false,
        baseline: null, start: at, end: labelled.index + labelled[0].length,
      });
    }
    // "Of the 6,000 engineers the consortium plans to train by 2030, at least 1,000 are to hold master's or doctoral degrees".
    const part = /^Of\s+the\s/.test(text) ? PART_OF_WHOLE.exec(text) : null;
    if (part) {
      const [, , things, qualifier, number, verb, object] = part;
      const at = part.index + part[0].lastIndexOf(qualifier ?? number!, part[0].length - object!.length - verb!.length);
      out.push({
        metric: `${things} to ${verb} ${object!.trim()}`, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null, unit: things!,
        qualitative: false, baseline: null, start: at, end: part.index + part[0].length,
      });
    }
    // "raise its data-centre capacity from 38 MW today to 300 MW": the measure, without the value it starts from.
    for (const m of /\d\s*(?:[MG]Wp?|kW|[GMT]bps|[TP]B)\b/.test(text) ? allMatches(MEASURED, text) : []) {
      const [, qualifier, number, unit] = m;
      const before = textBefore(text, m.index).replace(/\s+from\s+[^,;]*$/, '');
      // "- phase 3 will bring it to 120 MW": what the figure before measured (find-targets reads "it" so).
      const subject = subjectBefore(before) || (RAISED_IT.test(before.trimEnd()) ? 'it' : '');
      if (!subject) continue;
      const at = m.index + m[0].indexOf(qualifier ?? number!);
      // The same figure counted as so many of its unit ("300 Mbps" as Mbps) measures the subject instead.
      const counted = out.findIndex((p) => p.start === at && p.metric === p.unit);
      if (counted >= 0) out.splice(counted, 1);
      out.push({
        metric: subject, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null, unit: unit!, qualitative: false, baseline: null,
        start: at, end: m.index + m[0].length,
      });
    }
    // "restore supply to all customers": every one of them has it, 100%.
    for (const m of /\bto\s+all\s/.test(text) ? allMatches(TO_ALL, text) : []) {
      const [, verb, what, things] = m;
      out.push(everyOne(`${things} with ${what} ${pastParticiple(verb!)}`, things!, m.index, m.index + m[0].length));
    }
    for (const m of /\bto\s+(?:\p{Ll}+\s+)?\d/u.test(text) ? allMatches(TO_COUNT, text) : []) {
      const [, verb, what, qualifier, number, things] = m;
      const at = m.index + m[0].lastIndexOf(number!, m[0].length - things!.length - 1);
      out.push({
        metric: `${things} ${pastParticiple(verb!)} ${what}`, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null,
        unit: things!.split(/\s+/).at(-1)!, qualitative: false, baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // "5G is to cover all urban wards": the coverage of every one of them.
    for (const m of /\bcover\s+all\b/.test(text) ? allMatches(COVER_ALL, text) : []) {
      const subject = subjectBefore(textBefore(text, m.index));
      if (!subject) continue;
      out.push(everyOne(`${subject} coverage of ${m[1]!}`, m[1]!, m.index, m.index + m[0].length));
    }
    // "- 5G coverage of all inhabited areas of the special zone": the same, told by its noun.
    for (const m of /\bcoverage\s+(?:of|in|across)\s+all\b/.test(text) ? allMatches(COVERAGE_OF_ALL, text) : []) {
      const start = m.index + m[0].length - m[0].trimStart().replace(/^[-•*–]\s+/, '').length;
      if (!out.some((p) => p.start < m.index + m[0].length && start < p.end)) {
        out.push(everyOne(`${m[1]!}coverage of ${m[2]!}`, m[2]!, start, m.index + m[0].length));
      }
    }
    // "(5G mobile broadband to) cover every commune and ward": every one, its things in the plural.
    for (const m of /\b(?:cover|reach)\s+every\b/.test(text) ? allMatches(COVER_EVERY, text) : []) {
      const subject = subjectBefore(textBefore(text, m.index));
      const things = plurals(m[1]!);
      if (subject) out.push(everyOne(`${subject} coverage of ${things}`, things, m.index, m.index + m[0].length));
    }
    // "60,000 teachers are trained by 2027, including 8,000 core trainers": a part of a count, counted by the same deadline.
    for (const m of /,\s+including\s/.test(text) ? allMatches(INCLUDING, text) : []) {
      if (!out.some((p) => p.end <= m.index && p.unit !== null && !p.unit.startsWith('%'))) continue;
      const at = m.index + m[0].indexOf(m[1] ?? m[2]!);
      const proposal = countProposal(m[1], m[2]!, undefined, m[3]!, at, m[0].length - (at - m.index));
      if (proposal) out.push(proposal);
    }
    // "set up at least one digital support team in every commune-level youth union": every one of them has one, 100%.
    for (const m of /\bone\s/.test(text) && /\b(?:every|each)\s/.test(text) ? allMatches(ONE_IN_EVERY, text) : []) {
      const things = plural(m[2]!);
      out.push(everyOne(`${things} with ${m[1]!.replace(/["“”]/g, '')}`, things, m.index, m.index + m[0].length));
    }
    // "at least 70% of dossiers online in 2026 and all of them by 2027": the same share, in full, by a later deadline.
    for (const share of [...out]) {
      if (!share.unit?.startsWith('%')) continue;
      const all = ALL_OF_THEM.exec(text.slice(share.end));
      if (!all) continue;
      const at = share.end + all.index + all[0].length - all[1]!.length;
      out.push({ ...share, comparator: '=', value: 100, max: null, baseline: null, start: at, end: at + all[1]!.length });
    }
    // "5 innovation centres and 20 technology incubators": a count joined to a count is another count of the same frame.
    const starts = new Set(out.map((o) => o.start));
    for (const first of [...out]) {
      if (first.unit === null || first.unit.startsWith('%')) continue;
      const joined = AND_COUNT.exec(text.slice(first.end));
      if (!joined) continue;
      const at = first.end + joined[0].indexOf(joined[2]!);
      const proposal = countProposal(joined[1], joined[2]!, undefined, joined[3]!, at, joined[0].length - (at - first.end));
      if (proposal && !starts.has(at)) {
        out.push(proposal);
        starts.add(at);
      }
    }
    // "… aims in 2026 to: …; provide all of the ministry's administrative procedures online in full", "… and to publish all science and
    // technology tasks funded by the provincial budget on the new database": an aim's verb acting on every one of a whole, which no
    // other reading of its words took.
    for (const m of /\ball\s/.test(text) && /\bto\b/.test(text) ? allMatches(AIMED_ALL, text) : []) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      const aim = AIM_AT.exec(m[0])!;
      if (!out.some((p) => p.start < end && start < p.end)) {
        out.push({ ...everyOne(m[1]!.trim(), m[2]!.trim(), start, end), tenseOf: { start: m.index + aim.index, end: m.index + aim.index + aim[0].length } });
      }
    }
    // "70 per cent of provincial departments and all commune People's Committees are to use an AI assistant": two targets.
    for (const m of /\band\s+all\s/.test(text) ? allMatches(SHARE_AND_ALL, text) : []) {
      const [, part, whole, what] = m;
      const done = what!.replace(/^be\s+/, '');
      const share = out.find((p) => p.unit === '%' && p.start < m.index && m.index - p.end <= 12);
      if (share) share.metric = `${part} ${done}`;
      const start = m.index + m[0].indexOf(whole!, m[0].indexOf(' and all '));
      // (Unless another reading of wholes took it: "all provincial hospitals are to use …".)
      if (!out.some((p) => p.value === 100 && p.start < m.index + m[0].length && start - 5 < p.end)) {
        out.push(everyOne(`${whole} ${done}`, whole!, start, start + whole!.length));
      }
    }
    // "… bring 5G coverage to 90 per cent of the population by 2028 and to all communes and wards by 2030": every one of the second.
    for (const m of /\band\s+to\s+all\s/.test(text) ? allMatches(AND_TO_ALL, text) : []) {
      const start = m.index + m[0].length - m[2]!.length;
      const end = m.index + m[0].length;
      if (!out.some((p) => p.start < end && start < p.end)) out.push(everyOne(`${m[2]} with ${m[1]}`, m[2]!, start, end));
    }
    // "Gia Lai must connect all 135 communes and wards to fibre-optic broadband": every one of them; "135" counts the whole.
    for (const m of /\ball\s/.test(text) ? allMatches(MODAL_ALL, text) : []) {
      const [, verb, things, how] = m;
      const start = m.index + m[0].indexOf(verb!);
      const end = m.index + m[0].length;
      const counted = out.findIndex((p) => p.start >= start && p.end <= end && p.unit !== null && !p.unit.startsWith('%') && things!.endsWith(p.unit));
      if (counted >= 0) out.splice(counted, 1);
      if (!out.some((p) => p.start < end && start < p.end)) out.push(everyOne(`${things} ${pastParticiple(verb!)}${how ?? ''}`, things!, start, end));
    }
    // "- bring the average PUE of large data centres to no higher than 1.4": a level with no unit, a ratio or an index, brought to.
    for (const m of /\bto\s+(?:\p{L}+\s+){0,3}?\d/u.test(text) ? allMatches(LEVEL_TO, text) : []) {
      const [, what, qualifier, number] = m;
      const start = m.index + m[0].indexOf(what!);
      const end = m.index + m[0].length;
      if (!out.some((p) => p.start < end && start < p.end)) {
        const level = { metric: what!, comparator: comparatorOf(qualifier), value: numberOf(number!), max: null, unit: null };
        out.push({ ...level, qualitative: false, baseline: null, start, end });
      }
    }
    // "raise its density of industrial robots to between 250 and 300 per 10,000 manufacturing workers": the level, its unit the things
    // it counts per its base.
    for (const m of /\sper\s+\d/.test(text) ? allMatches(RAISED_TO_RATE, text) : []) {
      const [, what, qualifier, low, high, base] = m;
      const bottom = numberOf(low!);
      const top = high === undefined ? null : rangeTop(bottom, high);
      const at = m.index + m[0].search(/\d/) - (qualifier ? qualifier.length + 1 : 0);
      if (out.some((p) => p.start < m.index + m[0].length && at < p.end)) continue;
      const counted = what!.split(/\s+/).at(-1)!;
      out.push({
        metric: what!, comparator: comparatorOf(qualifier), value: bottom, max: top, unit: `${counted} per ${base}`, qualitative: false,
        baseline: null, start: at, end: m.index + m[0].length,
      });
    }
    // "12 per 10,000 people", "6 librarians per 10,000 people": a rate after a count is part of its unit.
    const rated = out.map((p) => {
      const rate = p.unit && !p.unit.startsWith('%') ? RATE.exec(text.slice(p.end)) : null;
      return rate ? { ...p, unit: `${p.unit} ${rate[0].trim()}`, end: p.end + rate[0].length } : p;
    });
    // "14 researchers per 10,000 people by 2030, rising to 20 by 2035": the same measure, later and higher.
    // (Or a count's, joined by "and" with no verb: "training at least 50,000 engineers by 2030 and 100,000 by 2035".)
    for (const p of /\b(?:rising|increasing|growing)\s+to\s/.test(text) || AND_LATER.test(text) ? [...rated] : []) {
      const rising = RISING_TO.exec(textAfter(text, p.end));
      const later = rising ?? (p.unit && !p.unit.startsWith('%') && !p.unit.startsWith('rank') ? AND_LATER_AFTER.exec(textAfter(text, p.end)) : null);
      if (!later) continue;
      const at = p.end + later.index + later[0].length - later[2]!.length;
      // What another reading made of the later figure gives way ("rising to 45%" read with the words before it as its subject).
      const read = rated.findIndex((q) => q !== p && q.start <= at && at < q.end);
      const span = read >= 0 ? { start: rated[read]!.start, end: rated[read]!.end } : { start: at, end: at + later[2]!.length };
      const continued = { ...p, comparator: comparatorOf(later[1]), value: numberOf(later[2]!), max: null, baseline: null, ...span };
      if (read >= 0) rated[read] = continued;
      else rated.push(continued);
    }
    // "a target of 2,000 MW … by 2030, against about 480 MW …, and of 5,000 MW by 2035": the same measure, later, in its unit.
    // (The first figure of the unit is the target's; one after it, "against about 480 MW …", is its baseline.)
    for (const p of /\band\s+(?:of|to)\s+\d/.test(text) ? [...rated].sort((a, b) => a.start - b.start) : []) {
      if (!p.unit || p.unit.startsWith('%') || p.unit.startsWith('rank')) continue;
      const later = new RegExp(String.raw`\band\s+(?:of|to)\s+(?:(${QUALIFIER})\s+)?(${DIGITS})\s*${escapeRegExp(p.unit)}(?=\s+(?:by|in)\s+(?:19|20)\d\d)`, 'u')
        .exec(textAfter(text, p.end));
      if (!later) continue;
      const at = p.end + later.index + later[0].length - later[0].replace(/^.*?(?=\d)/su, '').length;
      const end = p.end + later.index + later[0].length;
      if (!rated.some((q) => q.start < end && at < q.end)) {
        rated.push({ ...p, comparator: comparatorOf(later[1]), value: numberOf(later[2]!), max: null, baseline: null, start: at, end });
      }
      break;
    }
    return rated;
  },
};

/**
 * `amountsIn`, and a whole counted in words read as in digits ("all six centrally run cities"), when that makes a target of every one
 * of it: "a review of all three licences" is no count of its own.
 */
/**
 * Things in quotes right after a count, in lower case: "250 "digital villages""; or the title things counted are to earn: "(five hundred
 * households to be recognised) as "digital farming households"". Group: the things.
 */
const QUOTED_THINGS = /(?<=\d\s|\b(?:as|called|named|dubbed)\s)["“](\p{Ll}[\p{L}-]*(?:\s[\p{L}-]+){0,3}?)["”](?=[\s,;.]|$)/gu;

/** The words of a larger number in words, right before a figure: "(eight) hundred and ", "(two) thousand ". */
const WORD_NUMBER_BEFORE = /\b(?:hundred|thousand)\s+(?:and\s+)?$/i;

/** A share told as so many in ten: "six in ten (adults)", "three out of ten". Group: the number. */
const IN_TEN = /\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+ten\b(?=\s+\p{Ll})/giu;

export const amountParser: TargetParser = {
  name: 'amount',
  propose(quoted, context) {
    // A count's things named in quotes ("250 "digital villages" with free public Wi-Fi") are read as if unquoted, each mark a space
    // (so every offset stays).
    // ("six in ten adults" is 60 percent of them, written as a share in the words' room: "60% of    adults".)
    const text = quoted.replace(QUOTED_THINGS, ' $1 ').replace(IN_TEN, (m, n: string) => `${numberOf(n.toLowerCase()) * 10}% of`.padEnd(m.length));
    // (Not a number in words that ends a larger one: "fifty" of "eight hundred and fifty forest rangers".)
    const read = withAllOfThem(withActsOnCounts(withInterims(withoutBarsOfEach(proposeAmounts(text, context), text), text), text), text)
      .filter((p) => !WORD_NUMBER_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)));
    return text === quoted ? read : read.map((p) => ({ ...p, metric: p.metric.replace(/\s{2,}/g, ' ') }));
  },
};

/**
 * A share joined after another, with its own year and no words of its own: ", with at least 8 per cent by 2032", ", and 20 per cent by
 * 2030". Groups: the qualifier, the number.
 */
const INTERIM = new RegExp(String.raw`,\s+(?:with|and)\s+(?:(${QUALIFIER})\s+)?(${DIGITS})\s*(?:%|per\s?cent|percent)(?=\s+(?:by|in)\s+`
  + String.raw`(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b)`, 'g');

/**
 * The proposals of a text with each interim share (see INTERIM) read as a step of the share before it, by its words and its unit
 * ("innovative products … at least 15 per cent of the value of goods … bought with state funds, with at least 8 per cent by 2032"), not
 * as a share of the last noun before it ("state funds").
 */
function withInterims(found: TargetProposal[], text: string): TargetProposal[] {
  if (!/,\s+(?:with|and)\s/.test(text)) return found;
  let out = found;
  for (const m of allMatches(INTERIM, text)) {
    const at = m.index + m[0].lastIndexOf(m[2]!);
    const end = m.index + m[0].length;
    const before = out.filter((p) => p.end <= m.index && p.unit?.startsWith('%') && !p.qualitative).at(-1);
    // (The share before it ends the clause the interim is joined to: nothing but its own words between.)
    if (!before || /[;:.]/.test(text.slice(before.end, m.index))) continue;
    out = [...out.filter((p) => p.end <= at || p.start >= end), {
      metric: before.metric, comparator: comparatorOf(m[1]), value: numberOf(m[2]!), max: null, unit: before.unit, qualitative: false,
      baseline: null, start: at, end,
    }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A sum in money, as a unit reads it: "VND billion", "USD million". */
const MONEY_UNIT = /^(?:VND|USD|US\$|\$|dong)|\b(?:VND|USD|dong)$/;
/** A qualifier and a currency a count's words were cut at, before the bar's figure: " of more than VND". */
const CUT_AT_BAR = /\s+(?:of\s+)?(?:(?:more\s+than|over|above|at\s+least|exceeding)\s+)?(?:VND|USD|US\$|\$)?\s*$/;

/**
 * The proposals of a text without a sum each thing counted is to clear ("fifty … enterprises to reach annual revenue of more than VND 1,000
 * billion each"): the bar is part of what the count counts, whose words then run to it.
 */
function withoutBarsOfEach(found: TargetProposal[], text: string): TargetProposal[] {
  const bars = found.filter((p) => p.unit !== null && MONEY_UNIT.test(p.unit) && /^\s*each\b/.test(text.slice(p.end))
    && found.some((c) => c !== p && c.start < p.start && c.end >= p.start - 40 && c.unit !== null && !c.unit.startsWith('%') && !MONEY_UNIT.test(c.unit)));
  if (bars.length === 0) return found;
  return found.filter((p) => !bars.includes(p)).map((c) => {
    const bar = bars.find((b) => c.start < b.start && c.end >= b.start - 40);
    if (!bar || c.unit === null || c.unit.startsWith('%') || !CUT_AT_BAR.test(c.metric)) return c;
    // (The words run on from the last one kept, through the bar's figure, to "each".)
    const kept = c.metric.replace(CUT_AT_BAR, '');
    const last = kept.split(' ').at(-1)!;
    const from = text.lastIndexOf(last, bar.start) + last.length;
    const each = /^\s*each\b/.exec(text.slice(bar.end))![0];
    return { ...c, metric: `${kept}${text.slice(from, bar.end)}${each}`.replace(/\s{2,}/g, ' ') };
  });
}

/** The amounts of a text, the counts of all things it spells in words read as in digits ("all six cities"). */
function proposeAmounts(text: string, context?: ProposalContext): TargetProposal[] {
  const found = amountsIn.propose(text, context);
  const inDigits = countsOfAllInDigits(text);
  if (inDigits === text) return found;
  // (Only the counts the text spells: one it writes in digits stays so.)
  const spelled = [...text.matchAll(ALL_IN_WORDS)].map((m) => NUMBER_NAMES.indexOf(m[2]!)).join('|');
  const spelledInDigits = new RegExp(String.raw`\b([Aa]ll\s+)(${spelled})\b`, 'g');
  const wholes = amountsIn.propose(inDigits, context)
    .filter((p) => p.value === 100 && p.unit?.startsWith('%') && !found.some((q) => q.start < p.end && p.start < q.end))
    // (Its name as written: "build a digital twin for all six centrally run cities".)
    .map((p) => ({ ...p, metric: p.metric.replace(spelledInDigits, (_, all: string, digits: string) => all + NUMBER_NAMES[Number(digits)]) }));
  return wholes.length === 0 ? found : [...found, ...wholes].sort((a, b) => a.start - b.start);
}
