import { SAYING_VERB } from '../extract/lexicon/speech-verbs.ts';
import { textBefore } from '../reach.ts';
import { escapeRegExp } from '../regexp.ts';
import { LEADING_ARTICLE } from '../extract/name-grammar.ts';

/** Verbs and links between a measured subject and its figure ("… reaches at least", "… is over", "… is to be doubled to"). */
// (And a passive of change: "(households with fibre broadband) are lowered (to 95%)".)
const LINKING = new RegExp(String.raw`\s*\b(?:(?:is|are)\s+(?:expected|projected|forecast|set|slated|scheduled|due)|(?:be|is|are)\s+[a-z]{3,}ed`
  + String.raw`|is|are|was|were|will be|be`
  + String.raw`|reaches|reach|reaching|will reach|to reach|reached|accounts? for|accounting for|accounted for|`
  + String.raw`takes?|taking|made up|rose to|grew to|increased to`
  + String.raw`|climbed to|stood at|holds?|held|holding|will|would|shall|must|should|could|can|is to|are to|to|makes? up|making up|hits?|stands? at|equal to`
  + String.raw`|equivalent to|contributes?|contributing|of|at|to|by`
  + String.raw`|(?:remains?|remained|stays?|stayed)(?:\s+(?:low|high|stable|unchanged|flat|modest|steady))?(?:\s+at)?`
  + String.raw`|rise|rises|rising|grow|grows|growing|increase|increases|climb|climbs|from|with`
  // (A change on the way to the figure: "(… is to) rise by 25 percentage points to", "(… is to) be cut by".)
  + String.raw`|(?:rise|increase|grow|climb|fall|drop|decrease|decline|be\s+(?:raised|increased|lifted|cut|reduced|lowered))\s+by`
  + String.raw`(?:\s+(?:at\s+least\s+)?[\d.,]+\s*(?:%|per\s?cent|(?:percentage\s+)?points?))?`
  + String.raw`|be\s+(?:cut|reduced|lowered|raised|increased|halved|doubled|brought\s+down))\s*$`, 'i');
/** Verbs that act on a measured subject before it ("increase the proportion of …"). */
// (Not "bring in", which earns: "(for digital channels to) bring in (35% of tourism revenue)".)
const ACTING = new RegExp(String.raw`^.*?\b(?:[Mm]obili[sz]e|mobili[sz]ing|increase|increasing|raise|raising|reduce|reducing`
  + String.raw`|bring(?!\s+in\b)|bringing(?!\s+in\b)`
  + String.raw`|lift|lifting|cut|cutting|boost|boosting|keep|keeping|maintain|maintaining)\s+`, 'i');
/**
 * Openings that are not part of the subject ("Vietnam has a …", "ensure that …", "the operator targets …", "the goal is for …",
 * the deadline of a figure before it: "(… to 60%) by the end of 2025 and (cashless payment of fees to …)").
 */
// (Not a relative "that" after the things measured, before its verb: "(the share of universities) that run (a technology transfer office)";
// but "that" after a target or a verb of saying opens what it says: "sets a target that (public spending on research …)".)
const OPENING = new RegExp(String.raw`^(?:.*?\b(?:has|have|having|with|ensure that|ensuring that|so that`
  + String.raw`|(?<=(?:target|goal|aim|objective|requirement|ensure|require|mean|stipulate|provide|decide|decided|agreed|state|expect|hope)s?\s+)that`
  + String.raw`|that(?!\s+(?!(?:the|a|an|its|their|this`
  + String.raw`|these|those|all|every|each|by|in|before|at|more|over|some|most|no|only|about|nearly|half|one|two|three)\b)[a-z]+\s)|where|while|said|says|noted`
  + String.raw`|added|stressed|,\s*and|(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2},?\s+and|(?:targets|wants|expects)(?!\s+to\s)|(?:aims?`
  + String.raw`|aiming|strives?|striving|seeks?|wants?|hopes?|plans?)\s+for|(?:goal|target|aim|objective|ambition)s?\s+(?:is|was)\s+(?:for|that)))`
  + String.raw`\s+(?:(?:a|an|the)\s+)?`, 'i');
/**
 * Setting or approving a figure before what it measures, which is no subject: "(the meeting) set (pre-tax profit at …)", "(the
 * plan also) calls for (5G coverage to reach …)", "(shareholders have) approved (revenue of …)". Not before a preposition: "the
 * target set for 2030", "projects approved this year", nor before a measure named by the clause before ("For the digital economy,
 * the resolution sets a share of …").
 */
const SETTING = new RegExp(String.raw`^.*?\b(?:set|sets|approved|approves|calls?\s+for|called\s+for)\s+(?!(?:for|by|in|at|to|out|up|on|of`
  + String.raw`|this|that|these|those|last|next|so|each|every|per|since|under|with|from)\b|\w+ly\b`
  + String.raw`|(?:an?\s+)?(?:share|rate|level|proportion|ratio|percentage|target|goal)(?:\s+of\b|\s*$))(?:(?:a|an|the|its|their)\s+)?(?=\S)`, 'i');
/** A verb that opens an item of a list, before what it measures: "(- ) reach (consolidated revenue of …)", "earn …", "achieve …". */
const ITEM_VERB = /^(?:reach|achieve|attain|earn|generate|post|record|have|hit)\s+(?:(?:a|an|the|its|their)\s+)?(?=\S)/i;
/**
 * A figure and "and" before a subject: "(… at VND6,600 billion and) revenue from …", with the base of a share between: "(… worth 24%
 * of GRDP and) research spending of …".
 */
const AFTER_FIGURE = new RegExp(String.raw`^.*\d(?:\s+(?:per\s+cent|percent|billion|million|trillion|thousand))?%?`
  + String.raw`(?:\s+of\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)?\s+and\s+(?=\p{L})`, 'iu');
/** Setting a goal, after its subject's "have": "(We have) set ourselves the goal of (GRDP growth …)". */
const SET_GOAL = /^(?:set|sets|setting)\s+(?:ourselves\s+|itself\s+|themselves\s+)?(?:a|an|the)\s+(?:goal|target|aim|objective)s?\s+of\s+/i;
/** A target that says what it is for: "(The) target for 2030 is for (e-invoices to account for …)", "the goal is that (…)". */
const TARGET_IS = /^(?:the\s+)?(?:target|goal|aim|objective)s?(?:\s+for\s+(?:19|20)\d\d)?\s+(?:is|are)\s+(?:for|that|to\s+have)\s+/i;
/** Examples given after a subject, up to the figure's verb: ", such as cloud computing, data centres and AI solutions". */
const EXAMPLES = /,?\s+such\s+as\s+(?!\p{Ll}+ing\b)[^;:]+$/iu;
/** A verb of saying that ends the words before a figure, whose speaker is no subject: "(Thach) said (only 31% of …)". */
const SAID_LAST = new RegExp(String.raw`\b${SAYING_VERB}(?:\s+that)?$`, 'i');
/** A year right after the subject, which is the figure's deadline: "(the digital economy's share of GRDP) in 2027 (rises to 31%)". */
const YEAR_AFTER = /\s+(?:in|by)\s+(?:19|20)\d{2}$/;
/**
 * A transcript's speaker label right before a figure, which is who speaks, no subject: "HOST: (Sixty per cent sounds like a lot)",
 * "MR THẮNG: (60% …)", "Dr. Sơn: …".
 */
const SPEAKER_LAST = new RegExp(String.raw`(?:^|\s)(?:(?:MR|MS|MRS|DR|PROF|Mr|Ms|Mrs|Dr|Prof)\.?(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,4}`
  + String.raw`|(?:HOST|CHAIR|CHAIRMAN|CHAIRWOMAN|MODERATOR|MC|INTERVIEWER|REPORTER|GUEST|Host|Moderator|Interviewer|Reporter)`
  + String.raw`(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,4})(?:\s*\([^()]*\))?:$`, 'u');
/** A target named by what it is for, not by a time: "(sets) a target for the digital economy (of 22%)", not "target for the end of 2026". */
const TARGET_FOR = new RegExp(String.raw`^(?:target|goal|objective)s?\s+for\s+`
  + String.raw`(?!(?:the\s+)?(?:end|first|second|third|fourth|last|next|coming|year)\b|(?:19|20)\d\d)(?:the\s+)?(?=\p{L})`, 'iu');
/**
 * A goal set, right before its figure, which names no subject: "(the plan) sets the goals of having (80% of adults …)", "sets a goal
 * of", "(which) sets the goal (80% of …)"; what the figure counts, after it, is the subject.
 */
const GOAL_LAST = /\bsets?\s+(?:(?:a|an|the|its|their)\s+)?(?:goals?|targets?|aims?|objectives?)(?:\s+of(?:\s+(?:having|reaching|achieving|seeing))?)?$/i;
/** An aim and the verb of its infinitive, opening the words before a figure: "the two sides aim to deploy (…)". */
const AIM_AND_VERB = /^.*?\b(?:aims?|plans?|strives?|seeks?|intends?)\s+to\s+(?!(?:be|have|reach|achieve|become)\b)\p{Ll}{3,}\s+(?=\S)/u;
/** A relative clause's opening: "which also understands …", "who leads …". */
const RELATIVE_OPENING = /^(?:which|who|whose|whom)\s/;
/** Adverbs just before a figure, which are no subject ("only 31% of …"). */
const ADVERB = /(?:^|\s)(?:only|just|some|nearly|almost|roughly|already|still)$/i;
/** An intention before its object, which is no subject ("the ministry aims to have …", "strives for …"). */
// ("The province wants (20 per cent of its workforce to be …)": a verb of wanting right before the figure.)
const INTENT = new RegExp(String.raw`^.*\b(?:aims?|aiming|strives?|striving|plans?|seeks?|targets?|wants?|expects?|hopes?)\s+(?:to\s+(?:have`
  + String.raw`|reach|achieve|see|get|ensure|bring|make)|for)\s*$|^.*\b(?:wants?|wanted|needs?)\s*$`, 'i');
/** Words naming a measure of the subject, dropped when the unit says what the measure is. */
const MEASURE = new RegExp(String.raw`^(?:the\s+)?(?:scale|size|share|proportion|rate|ratio|level|percentage|value)\s+of\s+(?:the\s+)?`
  + String.raw`|\s+(?:scale|size|share|proportion|ratio|percentage)$`, 'i');

/**
 * Words that stand before a figure without naming what it measures: a direction ("up 31%"), a pronoun, a time
 * ("at present it"), a bare "against a target of".
 */
// ("(… aims for 5G coverage in all border communes by 2030,) and for (at least 80% of households …)": a "for" that opens the clause.)
const NO_SUBJECT = new RegExp(String.raw`^(?:(?:up|down|it|they|this|that|these|those|which|who|there|at|present|now|currently|then|and|or|of|for`
  + String.raw`|against|a|the|target|goal)(?:\s+|$))+$`, 'i');

/** Whoever asks for a thing to be made so, up to the thing: "Trọng asked the province to make (the digital economy)". */
const MADE_TO = /^(?:.*?\s)?to\s+(?:make|have|get|help|let)\s+(?:the\s+|its\s+|their\s+)?(?=\S)/i;

/**
 * The subject a figure measures, from the words before it in its clause: "The contribution of
 * TFP to economic growth is over 55%" → "contribution of TFP to economic growth".
 */
export function subjectBefore(before: string): string {
  // Its clause is at most REACH long: read from the start of a long text, the patterns anchored at the end ($) took
  // time quadratic in a sentence of many figures.
  let text = textBefore(before, before.length).replace(/[\s,]+$/, '').replace(ADVERB, '');
  if (INTENT.test(text) || SAID_LAST.test(text) || SPEAKER_LAST.test(text) || GOAL_LAST.test(text)) return '';
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(LINKING, '').replace(ADVERB, '').replace(YEAR_AFTER, '').replace(/[\s,:]+$/, '');
  }
  // "digital services such as cloud computing, data centres and AI solutions (to account for …)": the examples are not the subject.
  text = text.replace(EXAMPLES, '');
  // "(pre-tax profit at VND6,600 billion) and (revenue from digital services at …)": a figure before "and" ends another subject.
  // ("(aim to deploy VietMind's assistant), which also understands H'Mông and Dao, (at all 99 centres)": a relative clause in commas
  // describes the subject before it, and is none.)
  // (Only one closed by its comma before the figure's words: "…, which calls for spending … to reach (1.2 per cent)" holds the subject.)
  const parts = text.split(/[;,:]\s+|\s+[–—-]\s+/);
  const closed = /,[^,]{0,12}$/.test(before);
  while (closed && parts.length > 1 && RELATIVE_OPENING.test(parts.at(-1)!)) parts.pop();
  const clause = (parts.at(-1) ?? text).replace(AFTER_FIGURE, '');
  // ("the two sides aim to deploy (VietMind's assistant …)": an aim and its verb are no part of what it acts on.)
  const acted = clause.replace(ACTING, '').replace(AIM_AND_VERB, '');
  const opened = acted !== clause ? acted : acted.replace(OPENING, '').replace(SET_GOAL, '').replace(TARGET_IS, '');
  // (A clause opened by "that" after the word that opened it: "(sets the targets) that by 2030 the digital economy (accounts for …)";
  // not "that share".)
  const subject = opened.trimStart().replace(SETTING, '').replace(ITEM_VERB, '').replace(/^(?:[a-zđ]\)|\d{1,2}[.)]|[-•*–](?=\s|$))\s*/u, '')
    .replace(/^that\s+(?=(?:by|in|before|the|a|an)\s)/i, '')
    .replace(/^(?:by|in|from|until|towards?)\s+(?:the\s+end\s+of\s+|the\s+year\s+)?(?:19|20)\d{2}\s*/i, '')
    // "By the same year, (between 35 and 40% of enterprises …)": a time told again is no subject either.
    .replace(/^(?:by|in|until)\s+(?:the\s+same\s+(?:year|time|date)|then|that\s+(?:time|year|date))\s*$/i, '')
    .replace(/^(?:(?:and|or|but|for|while|of\s+which)\s+)+/i, '').replace(LEADING_ARTICLE, '')
    .replace(TARGET_FOR, '')
    // ("Trọng asked the province to make the digital economy (reach 25 per cent …)": what is made to reach it.)
    .replace(MADE_TO, '')
    .trim();
  return NO_SUBJECT.test(subject) ? '' : subject;
}

/** A modal and "be" before a participle that ends a subject: " is to be (used in)", " will be (deployed at)". */
const TO_BE_DONE = /\s+(?:(?:is|are)\s+to|will|must|should|shall)\s+be\s+(?=\p{Ll}+ed\s+(?:in|at|across|by|on|for)$)/u;

/**
 * A metric's name for comparing and showing: the subject, and for a share of a base the base
 * ("scale of the digital economy" with "% of GDP" → "digital economy share of GDP").
 */
export function metricName(subject: string, base: string | null): string {
  // ("AI-assisted diagnosis is to be used in (30–40 percent of provincial hospitals)": its modal and "be" say nothing measured.)
  const core = subject.replace(MEASURE, '').replace(MEASURE, '').replace(TO_BE_DONE, ' ').trim();
  return base ? `${core} share of ${base.replace(/^the\s+/i, '')}` : core;
}

/** The two patterns of `withoutScope` for each scope seen: there are few scopes, and many metrics. */
const scopePatterns = new Map<string, [RegExp, RegExp]>();

/** A metric without the place it applies to, which is its scope ("digital economy of Binh Duong province" → "digital economy"). */
export function withoutScope(metric: string, scope: string): string {
  let patterns = scopePatterns.get(scope);
  if (!patterns) {
    const place = escapeRegExp(scope);
    // A whole word: "in Vietnamese-language tasks" is no "in Vietnam".
    // (Not where a thing is made, which sets it apart: "satellites built in Vietnam", "components made in Vietnam".)
    patterns = [
      new RegExp(`(?<!\\b(?:built|made|manufactured|produced|assembled|designed))\\s+(?:of|in)\\s+(?:the\\s+)?${place}(?![\\p{L}\\p{M}])`
        + '(?:\\s+(?:province|city|Province|City))?', 'u'),
      new RegExp(`^${place}(?:'s|’s)\\s+`),
    ];
    scopePatterns.set(scope, patterns);
  }
  return metric.replace(patterns[0], '').replace(patterns[1], '').trim();
}
