import type { Fact } from '../../schemas/target.ts';
import { blockId } from '../block-id.ts';
import { clauseAt, splitClauses } from '../events/clauses.ts';
import { sameSentence } from '../events/sentence-links.ts';
import { textBefore } from '../reach.ts';
import type { DocumentTimeline, EntityLookup } from '../events/types.ts';
import { slugify } from '../slug.ts';
import { amountParser, SHORT_BASE, withActsOnCounts } from './amount-parser.ts';
import { asidesOf, benchmarkIn, benchmarksIn, foreignBenchmark, HAS_ASIDE, NATIONAL_BRACKETS, withoutAsides, type Aside } from './benchmark.ts';
import { documentBodies, ownBodies, type Body } from '../extract/text-bodies.ts';
import { once } from '../once.ts';
import { deadlineFor, framesBefore, isDeadline, sentenceDeadlines, targetYear } from './deadline.ts';
import { findFigures, type Figure } from './fact-parser.ts';
import { goalParser } from './goal-parser.ts';
import { metricName, subjectBefore, withoutScope } from './metric.ts';
import { escapeRegExp } from '../regexp.ts';
import { rankParser } from './rank-parser.ts';
import { FIGURE_OPENER, WORD } from './quantity.ts';
import { tableTargets, TARGETS_HEADING } from './table-targets.ts';
import { englishSide } from './bilingual.ts';
import { aimsFrame, lastSentence, ownAimsFrame } from './own-office.ts';
import {
  isAllocation, isFigureStrip, isNoticeField, isPayout, isPermitted, isPledged, isProjected, isReported, isScoringRule, isThreshold,
  isTimeLimit, isVoteCount, MONEY,
} from './reported.ts';
import { briefPlaces, canonicalPlace, communeOf, documentScopes, ISSUER_BLOCKS, issuerPlace, leadPlace, localInstrumentOwner, nationalTitle } from './scope.ts';
import { placesIn } from './listed-places.ts';
import type { ProposalContext, TargetParser, TargetProposal } from './types.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { TimeSource } from '../../schemas/event.ts';
import type { TimeExpression } from '../time/types.ts';
import { coverage, firstAtLeast, type Span } from '../sorted-spans.ts';

/** A list's frame that names it the objectives (targets, goals) to reach by a year: "1. Objectives by 2035:", "Targets to 2030:". */
// (Or a frame that opens with its year: "By 2035, under the resolution:", "By 2033, the plan says:".)
/**
 * A heading of a list of what the reader of a notice must do or bring: "What drivers must do", "Requirements for applicants", "How to
 * apply". Its items are rules, no targets.
 */
const DUTIES_FRAME = new RegExp(String.raw`^\s*(?:\d{1,2}[.)]\s+|[A-Z][.)]\s+)?`
  + String.raw`(?:what\s+(?:\p{L}+\s+){1,3}(?:must|should|need\s+to|have\s+to)\s+(?:do|bring|know)`
  + String.raw`|requirements?\b|how\s+to\s+(?:apply|register|pay|book|use)\b|(?:documents|papers)\s+to\s+bring\b)[^.;]{0,60}:?\s*$`, 'iu');
const OBJECTIVES_FRAME = new RegExp(String.raw`\b(?:objectives?|targets?|goals?)\s+(?:by|to|until|for)\s+(?:the\s+(?:end\s+of\s+)?(?:year\s+)?)?`
  // (Or a heading without its colon: "Goals by 2035".)
  + String.raw`(?:19|20)\d\d\b[^.;]{0,40}:\s*$|^\s*(?:objectives?|targets?|goals?)\s+(?:by|to|until|for)\s+(?:19|20)\d\d\s*$`
  + String.raw`|(?:^|[.!?]\s+)By\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\s*,[^.;:]{0,60}:\s*$`, 'i');

/** A paragraph that is a quoted message with its template's blanks: opens with a quotation mark, holds "[HO_TEN]", "{{ngay_khoa}}". */
const FORM_MESSAGE = /^\s*["“][^]*?(?:\[[A-Z][A-Z_]{2,}\]|\{\{\s*\w+\s*\}\})/;
/** A line of a site's menu or breadcrumb that cleaning left: two separators or more ("Trang chủ | Thời sự | …", "Home > News > …"). */
const CHROME = /(?:\s[|>»]\s.*){2}/;
/** How many opening blocks (title line, lead) name the place a local text is about. */
const LEAD_BLOCKS = 3;
/** Two or more capitalised names joined as a list before a figure: "Hanoi and Ho Chi Minh City", "Da Nang, Hai Phong and Can Tho". */
const PLACE_LIST = /\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*(?:,\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)*,?\s+and\s+\p{Lu}/u;
/** A metric that points back at a kind of thing named before: "such centres in operation". Group: the thing's noun. */
const SUCH = /^such\s+(\p{Ll}+)\b/u;
/** Words before a thing's noun that are no kind of it: determiners, participles and adverbs. */
const NO_KIND = /^(?:a|an|the|this|that|these|those|its|their|each|every|any|new|more|other|such|\p{Ll}+(?:ed|ly))$/u;

/**
 * A metric that says "such" things, with the word that named their kind before it (`before`: the text before, nearest last): "such centres
 * in operation" after "a recognised innovation centre" is "innovation centres in operation". As it is when nothing before names one.
 */
function suchNamed(metric: string, before: string): string {
  const noun = SUCH.exec(metric)![1]!;
  // (Named in the singular or the plural: "centre" for "centres", "city" for "cities".)
  const forms = noun.endsWith('ies') ? [noun, `${noun.slice(0, -3)}y`] : [noun, noun.replace(/e?s$/, ''), noun.replace(/s$/, '')];
  const kind = [...before.matchAll(new RegExp(String.raw`\b(\p{Ll}[\p{L}-]*)\s+(?:${forms.map(escapeRegExp).join('|')})\b`, 'gu'))]
    .map((m) => m[1]!).filter((w) => !NO_KIND.test(w)).at(-1);
  return kind === undefined ? metric : metric.replace(/^such\s+/, `${kind} `);
}

/** A metric that is only names: the places of a list, which measure nothing ("Hai Phong and Can Tho"). */
const NAMES_ONLY = /^(?:\p{Lu}[\p{L}\p{M}]*|and|,|\s)+$/u;
/** A sentence that opens with its topic: "For the digital economy, the resolution sets a share of 20-22% of GDP". Group: the topic. */
const TOPIC = /^(?:For|On|As\s+for|Regarding)\s+(?:the\s+)?([\p{L}\p{N}\s'’-]{3,60}?),\s/u;
/** A metric that names no measure, only the act of setting one: "the resolution sets a share", "on the way to the target". */
const SETTING = new RegExp(String.raw`(?:\b(?:sets?|setting|aims?\s+for)\s+(?:a|an|the)?\s*(?:share|target|rate|level|goal)|\btargets?|\bgoal)`
  + String.raw`(?:\s+share)?(?:\s+of\s+[\p{L}\d-]+)?$`, 'iu');
/** A metric that only names a target for a time: "the province's target for the end of 2026 is", "target for 2030 is a". */
const NAMED_TARGET = /^(?:the\s+)?(?:[\p{L}-]+[’']s\s+)?(?:target|goal|aim)\s+for\s+[^,;]{1,40}?(?:\s+is(?:\s+an?)?)?(?:\s+share\s+of\s+\S+)?$/iu;
/** An item of a list that opens with its topic and a colon: "- Online applications: 68% after nine months; the target …". Group: the topic. */
const LABEL_TOPIC = /^\s*(?:[-•*–]\s+)?(\p{Lu}[^:;]{2,80}?):\s/u;
/** A topic that is a time, not what is measured: "For the nearer term, …", "For the first year, …". */
const TIME_TOPIC = /\b(?:term|year|years|period|time|phase|stage|months?|quarter)$/i;

/** The metric of a figure, or the topic its sentence opens with when the metric only says that a target is set. */
// (Or the item it is in opens with: "- Digital economy: an estimated 11.8% in 2026. By 2030, the province targets 25% of GRDP".)
// (The item is read only then: a paragraph of thousands of figures is not searched back for each.)
function topical(metric: string, text: string, unit: string | null, item: () => string): string {
  const topic = SETTING.test(metric) || NAMED_TARGET.test(metric) ? (TOPIC.exec(text) ?? LABEL_TOPIC.exec(item()))?.[1] : undefined;
  if (!topic || TIME_TOPIC.test(topic) || /\b(?:19|20)\d{2}\b/.test(topic)) return metric;
  return unit?.startsWith('% of ') ? `${topic} share of ${unit.slice(5)}` : topic;
}

/** The line of its block a sentence is in, from the line's start: an item of a list, or the paragraph. */
// (Read back ITEM_REACH characters at most: an item's label is near its start.)
function itemOf(text: string, sentence: Sentence): string {
  const from = Math.max(0, sentence.start - ITEM_REACH);
  const line = text.slice(from, sentence.start).lastIndexOf('\n');
  return text.slice(line >= 0 ? from + line + 1 : from, sentence.end);
}
/** How far before a sentence the start of its item is looked for. */
const ITEM_REACH = 1_000;

/** What the last figure before an offset of a sentence measures, when it names it, else undefined. */
function measuredBefore(text: string, at: number): string | undefined {
  const figure = findFigures(text).filter((f) => f.end <= at).at(-1);
  const metric = figure && factMeasure(text, figure).metric;
  return metric && !POINTING.test(metric) ? metric : undefined;
}

/** A metric that only points back at what the figure before measured: "that share", "this rate", "it", "its" (its share, the measure left out). */
// (So does a target named as such alone: "Our target is 25%, and I intend to keep it" after the figure it is for.)
// (Or the measure alone, its "that" left out of the metric read: "(Under the plan, that) share is to reach 65–70%".)
const POINTING = new RegExp(String.raw`^(?:(?:that|this|these|those|it|the\s+same)(?:\s+(?:share|rate|proportion|ratio|figure|number|level|percentage))?`
  + String.raw`|share|rate|proportion|ratio|percentage`
  + String.raw`|(?:our|the|its|their|this|that)\s+(?:target|goal|aim|objective)|its|their)$`, 'i');
/** A measure of the thing the figure before measured, by its possessive: "its share in 2030". Groups: the measure, what follows it. */
const OWN_MEASURE = /^(?:its|their)\s+(share|rate|proportion|level|number|value|percentage)\b(.*)$/i;
/** What a metric is a measure of: "digital economy's share of GRDP in 2027" → "digital economy"; a metric with no measure, itself. */
const ownerOf = (metric: string) => metric.split(/(?:[’']s)?\s+(?:share|rate|proportion|level|number|value|percentage)\b/i)[0]!.trim() || metric;
/** "the" right before a figure: a figure already told, named again ("The target is the 80%", "we are far from the 1.8%"). */
// (Or a possessive, or "the" and whose figure it is: "Our 20% is lower than the national 33%".)
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he(?:\s+(?:national|provincial|city|country[’']s))?|[Oo]ur|[Ii]ts|[Tt]heir)\s+$/u;
/** Whether a figure (written in digits, no rank: "the top 15" is one to reach) is one already told (DEFINITE_BEFORE). */
const definite = (text: string, p: { start: number; unit: string | null }) => !p.unit?.startsWith('rank') && /^\d/.test(text.slice(p.start, p.start + 1))
  && DEFINITE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start));
/**
 * A figure's clause about the province around a commune: "in the province", "the province's", "provincial"; not the province's index a
 * commune ranks in ("among the top 3 communes … in the provincial digital transformation index").
 */
/** Words that say a goal was missed. */
const MISSED = /\b(?:was|were)\s+missed\b|\bfell\s+short\b|\bfailed\s+to\s+(?:reach|meet|hit)\b/;
/** A zone or a park, a part of a province, as a target's scope: "Dung Quất Economic Zone", "Hòa Lạc Hi-Tech Park". */
const ZONE_SCOPE = /\b(?:Economic|Industrial|Special|Free\s+Trade)\s+Zone$|\b(?:Industrial|Hi-?Tech|High-?Tech|Technology)\s+Park$/i;
/** A list's frame that says what the province must or is to do: "By 2035, the Standing Board concluded, the province must:". */
const PROVINCE_MUST = /\bthe\s+province\s+(?:must|shall|should|is\s+to|will|aims\s+to)\b/i;
const THE_PROVINCE = /\b(?:the\s+province\b|provincial\b(?!\s+(?:[\p{L}-]+\s+){0,4}?(?:index|indices|ranking|rankings)\b))/iu;
/**
 * A title whose subject is a commune's, a ward's or a district's body, unnamed: "Commune People's Council adopts …", "Ward People's
 * Committee …", "Minutes of the District Steering Committee meeting".
 */
const COMMUNE_SUBJECT = /^(?:The\s+)?(?:Commune|Ward)\s+(?:People[’']s|Party)\b|\bthe\s+District\s+(?:People[’']s|Party|Steering)\b/;
/** A clause whose subject is a pronoun, after any time that opens it: "By 2035, it aims to …", "They will …". */
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s*(?:(?:[Bb]y|[Ii]n)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\s*,\s*)?(?:[Ii]t|[Tt]hey)\s+`
  + String.raw`(?:aims?|plans?|wants?|seeks?|targets?|intends?|expects?|will|is|are|has|have|must|should)\b`);
/** A number written in digits, not inside a word ("5G"). */
const DIGITS_FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/u;
/** How far after a figure's start its own past time may start (see PAST_AFTER). */
const PAST_REACH = 80;
/** A figure, the word it counts and its own time: "46,000 files at the end of (2025)", "12% in (2025)". */
const PAST_AFTER = new RegExp(String.raw`^(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than)\s+)?`
  + String.raw`[\d.,]+(?:\s*%|\s+per\s?cent)?(?:\s+[\p{L}][\p{L}-]*){0,3}\s+(?:at|in|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$`, 'u');
/** How far after a figure its bracketed benchmark may open ("20% of GRDP by the same year (the national …)"). */
const BENCHMARK_GAP = 100;

/** Target parsers, run on every sentence. */
export const TARGET_PARSERS: TargetParser[] = [amountParser, rankParser, goalParser];

/** A target one sentence states, with its deadline, scope and source. */
export interface TargetCandidate extends Omit<TargetProposal, 'start' | 'end'> {
  deadline: number;
  benchmark: { value: number; text: string } | null;
  scope: string;
  statement: string;
  source: TimeSource;
}

/**
 * The targets a document states — every proposal of the target parsers that has a deadline and
 * is not a reported value (see reported.ts) — and its facts: the figures of its sentences that
 * are not targets, dates or parts of names. Figures in brackets are never targets of their own:
 * an aside that compares with the country or a requirement is the benchmark of the figure before it.
 */
/** A metric that names nothing: a pronoun alone, or words that stop at an article or a preposition ("backed by a"). */
// (Nor a target's own name: '"A target (of 80% means …)"' quotes one.)
const BROKEN_METRIC = new RegExp(String.raw`^(?:we|it|they|he|she|this|that|these|those|you)$|\b(?:a|an|the|by|of|to|for|with|at|from)$`
  + String.raw`|^["“']?(?:a|an|the|this|that|our|its)\s+(?:target|goal|aim|objective)$`, 'i');

/** A metric that is an object pronoun with its particle: "them down", "it up". */
const OBJECT_PRONOUN = /^(?:them|it)(?:\s+(?:down|up|back))?$/;
/**
 * The subject of the last sentence of `before` that tells its figure with a verb of being or reaching: "(Last year,) logistics costs in
 * Vietnam (were about 16.5% of GDP)". Undefined when there is none.
 */
function subjectOfFigure(before: string): string | undefined {
  return SUBJECT_OF_FIGURE.exec(lastSentence(before.trim()))?.[1];
}
/** The text right before a sentence: its paragraph's words before it, after the paragraph before it. */
const textBeforeSentence = (doc: DocumentTimeline, sentence: Sentence) =>
  `${doc.blocks[sentence.block - 1]?.text ?? ''} ${doc.blocks[sentence.block]!.text.slice(0, sentence.start)}`;
/** A sentence's subject after the time that opens it, before a verb of being or reaching and its figure. Group: the subject. */
const SUBJECT_OF_FIGURE = new RegExp(String.raw`^(?:[^,]{1,40},\s+)?(?:the\s+)?(\p{Ll}[\p{L}\s-]{2,60}?)\s+(?:were|was|are|is|stood|reached|remained|rose|fell)`
  + String.raw`\s+(?:(?:about|around|nearly|some|over|only|just)\s+)?\d`, 'u');

/** The place a ranking is held in, at the end of a rank's unit: "rank among colocation providers in (Vietnam)". */
const RANK_UNIVERSE = / in (.+)$/;

/** How many blocks past the lead may name the province whose own plan a text works under (see localInstrumentOwner). */
const OWNER_BLOCKS = 4;

export function findTargets(doc: DocumentTimeline, entities?: EntityLookup): { targets: TargetCandidate[]; facts: Fact[] } {
  const targets: TargetCandidate[] = [];
  const facts: Fact[] = [];
  // (Its first paragraphs past the title printed again and a photo's caption.)
  const lead = [...(doc.title ? [doc.title] : []), ...doc.blocks.filter((b) => !CHROME.test(b.text) && b.kind !== 'caption' && b.text !== doc.title)
    .slice(0, LEAD_BLOCKS).map((b) => b.text)].join('\n');
  // (A title about a commune's body that does not name it, "Commune People's Council adopts …", is about the commune its lead names,
  // or the heading of the document it prints: "GIA LAM DISTRICT PEOPLE'S COMMITTEE".)
  const commune = communeOf(doc.title) ?? (COMMUNE_SUBJECT.test(doc.title ?? '')
    ? communeOf(lead) ?? communeOf(doc.blocks.slice(0, ISSUER_BLOCKS).map((b) => b.text).join('\n')) : null);
  // (A document printed below a legal-database page's fields is its issuer's: see issuerPlace.)
  // (The issuer's heading may be among the lines the cleaner took as the page's header.)
  const issuer = () => issuerPlace(doc.blocks) ?? issuerPlace((doc.heading ?? []).map((text) => ({ text })));
  // (Or the province whose own plan a text about no place works under: "under Lai Châu's Plan No. 4927/KH-UBND".)
  const placeOf = briefPlaces(doc.blocks, commune ?? (nationalTitle(doc.title) ? null
    : leadPlace(lead) ?? issuer() ?? localInstrumentOwner(doc.blocks.slice(0, LEAD_BLOCKS + OWNER_BLOCKS))));
  // The document's text, joined once: for the province of a commune's text, the bodies it names, and the full name of a body that
  // sets targets for itself.
  const wholeText = once(() => doc.blocks.map((b) => b.text).join('\n'));
  // The province a commune's text names first (its portal's masthead, its lead): "XÃ TÂN THẠNH - TỈNH TÂY NINH".
  const provinceOfCommune = once(() => (commune === null ? undefined : placesIn(wholeText())[0]));
  const provinceOfText = once(() => placesIn(wholeText())[0]);
  // "Thursday – Bắc Ninh opened an AI hub. The province aims for …": in a national text, the province or city a sentence points
  // back at is the last its paragraph named before it.
  // Read once a sentence: a sentence with many figures (a long list joined by semicolons) asked for each of them.
  const pointedBack = new Map<Sentence, string | null>();
  const placeHere = (sentence: Sentence) => {
    const own = placeOf(sentence.block, sentence.start);
    if (own != null) return own;
    if (!pointedBack.has(sentence)) {
      // (In its paragraph before it, or in the paragraphs just before: a bulletin's item may run over several.)
      const before = () => [...doc.blocks.slice(Math.max(0, sentence.block - POINTED_BLOCKS), sentence.block).map((b) => b.text),
        doc.blocks[sentence.block]!.text.slice(0, sentence.start)].join('\n');
      // (Or a speaker's "we" or "our" after a sentence of the paragraph that pointed at it: "By the end of 2027, every hamlet in the province
      // will have … . By 2028, we want 60% of farming households to …".)
      const earlier = doc.blocks[sentence.block]!.text.slice(0, sentence.start);
      const pointing = THE_PLACE.test(sentence.text) || (FIRST_PERSON.test(sentence.text) && THE_PLACE.test(earlier));
      pointedBack.set(sentence, pointing ? placesIn(before()).map(canonicalPlace).at(-1) ?? null : null);
    }
    return pointedBack.get(sentence)!;
  };
  const frames = listFrames(doc.blocks);
  const duties = dutyItems(doc.blocks);
  // Times and links by sentence and block, and the frame before each sentence, read once: each figure of a
  // long text looked through all of the document's (or its paragraph's) times and links.
  const timesOf = Map.groupBy(doc.times, (t) => `${t.sentence.block}:${t.sentence.start}`);
  const timeCoverage = byBlock(doc.times);
  const linkCoverage = byBlock(doc.links);
  const frameBefore = framesBefore(doc.times, doc.date);
  // The firms and universities the text is about, whose own targets are theirs (see bodies.ts): read when a figure is first scoped.
  // So are those a paragraph names, after the lead's: "In July, Mekong Silicon JSC … The company aims to sell …" in a list of news.
  const organizations = once(() => [...new Set(doc.links.map((l) => entities?.get(l.entity)).filter((e) => e?.type === 'organization').map((e) => e!.name))]);
  // How the text writes each organization where it links it ("Sao Việt Telecom" for "Sao Việt Telecom Joint Stock Company").
  const written = once(() => {
    const forms = new Map<string, Set<string>>();
    for (const l of doc.links) {
      const e = entities?.get(l.entity);
      if (e?.type !== 'organization') continue;
      const text = doc.blocks[l.block]?.text.slice(l.start, l.end);
      if (text) (forms.get(e.name) ?? forms.set(e.name, new Set()).get(e.name)!).add(text);
    }
    return (name: string) => [...(forms.get(name) ?? [])];
  });
  const leadBodies = once(() => documentBodies(lead, organizations(), written()));
  const allBodies = once(() => documentBodies(wholeText(), organizations(), written()));
  const paragraphBodies = new Map<number, Body[]>();
  const bodiesHere = (block: number) => {
    const own = leadBodies();
    if (block < 0 || organizations().length === 0) return own;
    let here = paragraphBodies.get(block);
    if (!here) {
      // The body the paragraph's speaker calls their own comes first, whom its "we" refers to ("My company … We have set …").
      const text = doc.blocks[block]!.text;
      const speaker = ownBodies(text, allBodies);
      here = [...speaker, ...own, ...documentBodies(text, organizations(), written())].filter((b, i, all) => all.findIndex((o) => o.name === b.name) === i);
      paragraphBodies.set(block, here);
    }
    return here;
  };
  // The firm a text is about, as its title names it ("VietLink shareholders approve …", "Kim Van Technology jumps …"), or as the
  // heading of a resolution of its own board does ("RESOLUTION No. 19/2028/NQ-HĐQT / of the Board of Directors of X Corporation").
  const subject = once(() => {
    const firms = allBodies().filter((b) => b.class === 'firm');
    const titled = doc.title ? firms.find((b) => b.forms.some((f) => doc.title!.includes(f))) : undefined;
    if (titled || firms.length === 0) return titled;
    const board = doc.blocks.find((b) => OWN_BOARD.test(b.text))?.text;
    const firm = board ? firms.find((b) => b.forms.some((f) => board.includes(f))) : undefined;
    // (The firm, not its board, when the two were named as one: "Board of Directors of X Corporation".)
    return firm && { ...firm, name: firm.name.replace(BOARD_OF, '') };
  });
  // (A body's targets for itself are scoped by its name as the text writes it: see own-office.ts.)
  const names = once(() => {
    const people = new Set<string>();
    for (const l of doc.links) {
      const text = entities?.get(l.entity)?.type === 'person' ? doc.blocks[l.block]?.text.slice(l.start, l.end) : undefined;
      if (text) people.add(text);
    }
    const nameOf = new Map(organizations().flatMap((o) => written()(o).map((w) => [w, o] as const)));
    return { organizations: [...nameOf.keys()], people: [...people], nameOf: (w: string) => nameOf.get(w) };
  });
  const scopeOf = documentScopes(bodiesHere, subject, wholeText, names);
  const tables = tableTargets(doc.blocks, doc.date);
  // What the last figure of a paragraph measured, for a figure that points back at it ("Lam Dong aims for that share to reach 50%"),
  // there or in the paragraph after it ("X said only 31% of … now …" / "The draft sets the goal of raising that share to 70% …").
  let measured: { block: number; metric: string } | undefined;
  // Whose the last target of a paragraph was, for a clause whose subject is a pronoun.
  let lastScope: { block: number; scope: string } | undefined;
  const named = (metric: string, block: number) => {
    if (!measured || measured.block < block - 1) return metric;
    if (POINTING.test(metric)) return measured.metric;
    // "- its share in 2030 rises to 40%", after "- the digital economy's share of GRDP in 2027 rises to 31%": the thing whose measure it is.
    const own = OWN_MEASURE.exec(metric);
    return own ? `${ownerOf(measured.metric)} ${own[1]}${own[2]}` : metric;
  };
  // The index a rank pointing back ("we aim to be among the top 15") is in: the last one its paragraph named before it.
  const rankedIn = (metric: string, sentence: Sentence) => (POINTING.test(metric)
    ? lastIndexName(doc.blocks[sentence.block]?.text.slice(0, sentence.start) ?? '') : metric);
  for (const t of tables.targets) {
    const row = doc.blocks[t.block]!.text;
    // (A row of a table of places is its place's: the place is the clause its figures are read in. A column headed by a place, "Gia Lai
    // 2030", frames its figures as a list's frame would.)
    const scope = scopeOf(t.place ?? row, row, placeOf(t.block), t.benchmark !== null, t.place ?? null, row.length, t.block);
    targets.push({
      metric: withoutScope(t.metric, scope), comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, qualitative: false,
      baseline: null, deadline: t.deadline, scope, benchmark: t.benchmark, statement: row,
      source: { document: doc.id, paragraph: blockId(t.block + 1), text: row, when: t.heading },
    });
  }
  // The deadline in force where each list frame's first list starts ("Among the main targets … for the 2025-2030 term:"): the lists
  // under its later field headings ("Society", "Environment") take it, not a year an item of the list before them wrote.
  const frameTimes = new Map<number, TimeExpression | undefined>();
  const listFrameTime = (sentence: Sentence, time: TimeExpression | undefined) => {
    const framed = frames[sentence.block]?.block;
    if (framed === undefined) return time;
    if (!frameTimes.has(framed)) frameTimes.set(framed, time);
    else if (time && time.block > framed && time.block !== sentence.block && frames[time.block]?.block === framed) return frameTimes.get(framed) ?? time;
    // Nor a year an earlier item of the same list wrote for itself ("- every health station …, by the end of 2029;") when the list's frame
    // gave its own ("By 2030, the Plan says:"), unless that item heads the items after it ("- by the end of 2029:"). (Under a frame
    // with none, "Key lines from his speech:", an item's year may be the next one's: "… by the same year".)
    const framing = frameTimes.get(framed);
    if (framing && framing.block === framed && time && time.block === sentence.block && time.sentence.start < sentence.start
      && !/:\s*$/.test(time.sentence.text)) return framing;
    return time;
  };
  let previous: Sentence | undefined;
  // Each paragraph that quotes a form message, whether it is one (see FORM_MESSAGE).
  const forms = new Map<number, boolean>();
  // Each list's frame, by its block, whether it opens a body's own aims (see ownAimsFrame).
  const ownFrames = new Map<number, boolean>();
  // (And whether it opens any body's aims in a year: see aimsFrame.)
  const aimFrames = new Map<number, boolean>();
  for (const sentence of doc.sentences) {
    // An item of a list: in a list block, or after its marker split off as a sentence of its own ("4." then "At least …").
    const item = doc.blocks[sentence.block]?.kind === 'list' || (previous?.block === sentence.block && MARKER_ONLY.test(previous.text));
    previous = sentence;
    // A message quoted with its template's blanks ("Dear [HO_TEN], … every citizen must hold a certificate before 31/3/2030 … Fee:
    // 350,000 VND."): the scam or the form a text warns of or shows, whose figures are nobody's target.
    let form = forms.get(sentence.block);
    if (form === undefined) forms.set(sentence.block, (form = FORM_MESSAGE.test(doc.blocks[sentence.block]?.text ?? '')));
    if (form) continue;
    const asides = HAS_ASIDE.test(sentence.text) ? asidesOf(sentence.text) : [];
    // (A bilingual line is read on its English side: see bilingual.ts.)
    const text = englishSide(asides.length > 0 ? withoutAsides(sentence.text, asides) : sentence.text);
    // A table's rows are read as a table, above.
    // A number inside a date ("• 18 September 2025 – Decision 1472 approves …") counts nothing.
    // (A threshold that picks things out is no figure at all: it leaves the words it stands in to the figure about those things.)
    // "(the backlog,) about 46,000 files at the end of 2025, (is to be brought down to zero by 2028)": a figure its own past time dates
    // right after its words is a figure reached, whatever its sentence aims at.
    // (Only the first time after the figure is read: a sentence of thousands of figures and times is not read through for each.)
    const sentenceTimes = timesOf.get(`${sentence.block}:${sentence.start}`) ?? [];
    const datedPast = (start: number) => {
      const t = sentenceTimes[firstAtLeast(sentenceTimes, sentence.start + start + 1, (x) => x.start)];
      return t !== undefined && t.start - sentence.start - start <= PAST_REACH && PAST_AFTER.test(text.slice(start, t.start - sentence.start))
        && !isDeadline(t, doc.date) && t.relation !== 'by';
    };
    // (Nor the fields of a course's notice: "- Fee: VND 2,400,000 per participant".)
    // (Nor a strip of key figures set apart by middle dots: see isFigureStrip.)
    // (Nor an item of a list of what the reader must do: "1. What drivers must do … - Keep a balance of at least VND 200,000 in the account.")
    const rules = once(() => isScoringRule(text) || isNoticeField(text) || isFigureStrip(text)
      || duties[sentence.block] === true);
    // (An item of a list a body set as its own aims: its "within 8 working hours" is its aim, not a procedure's limit.)
    // (Its marker may be a letter the layout keeps: "b) answer every question … within 8 working hours;".)
    // (Read once per list, by its frame's block, not once per item.)
    const listFrame = frames[sentence.block];
    let ownAim = listFrame === undefined ? false : ownFrames.get(listFrame.block);
    if (ownAim === undefined && listFrame) ownFrames.set(listFrame.block, (ownAim = ownAimsFrame(listFrame.text, organizations())));
    // (An item of a list of objectives by a year: "1. Objectives by 2035: … e) The average waiting time … is no more than 2 hours;".)
    const objectives = listFrame !== undefined && OBJECTIVES_FRAME.test(listFrame.text);
    // (Or of a list of any body's aims in a year: "In this year's enrolment, Hải Châu ward aims to: … - answer every question within …".)
    let aimed = listFrame === undefined ? false : aimFrames.get(listFrame.block);
    if (aimed === undefined && listFrame) aimFrames.set(listFrame.block, (aimed = aimsFrame(listFrame.text)));
    const proposals = tables.rows.has(sentence.block) ? []
      : dropOverlaps(propose(text, item, { ownAim, aimed }).filter((p) => p.qualitative || !isThreshold(text, p.start, p.end)), text.length)
      // (Asides and a bilingual line's other side are blanked, not cut: a proposal's offsets are the sentence's.)
      .filter((p) => p.qualitative || !timeCoverage(sentence.block)(sentence.start + p.start))
      .filter((p) => p.qualitative
        || !(isReported(text, p.tenseOf?.start ?? p.start, p.tenseOf?.end ?? p.end) || isPermitted(text, p.start)
          || isAllocation(text, p.start, p.unit, p.end) || (!p.dueWithin && isTimeLimit(text, p.start, p.unit, ownAim || aimed, objectives))
          || isProjected(text, p.start, p.end)
          || isPayout(text, p.start, p.end) || isVoteCount(text, p.end, p.unit) || rules()
          || isPledged(text, p.start, p.end) || definite(text, p) || datedPast(p.start)));
    // (Read for every sentence, in order: the first item of a list, even one with no figure, records the deadline of the list's frame.)
    const before = frameBefore(sentence);
    const frame = listFrameTime(sentence, before.frame);
    // "(national figures in brackets)", in the sentence or its list's frame: a figure alone in brackets is the national one.
    const nationalBrackets = proposals.length > 0 && (asides.some((a) => NATIONAL_BRACKETS.test(a.text))
      || NATIONAL_BRACKETS.test(frames[sentence.block]?.text ?? ''));
    const clauses = proposals.length > 0 ? splitClauses(text) : [];
    // A past year in brackets is a baseline's ("(2025: 31.4%)"), not the sentence dating itself in the past.
    const own = (timesOf.get(`${sentence.block}:${sentence.start}`) ?? [])
      .filter((t) => !asides.some((a) => t.start - sentence.start >= a.start && t.end - sentence.start <= a.end) || isDeadline(t, doc.date));
    const deadlines = proposals.length > 0 ? sentenceDeadlines(sentence, own, doc.date) : undefined;
    const taken: { start: number; end: number }[] = [];
    // Each clause's statement, tidied once for all its figures.
    const statements = new Map<string, string>();
    const statementOf = (clause: string) => statements.get(clause) ?? statements.set(clause, clause.replace(/\s{2,}/g, ' ').trim()).get(clause)!;
    let sharedMetric: string | undefined;
    const paired = pairedBenchmarks(proposals, text, asides, nationalBrackets);
    proposals.forEach((proposal, i) => {
      const next = proposals[i + 1]?.start ?? text.length;
      // (A figure in digits after a paragraph of targets takes the deadline that opened it: see framesBefore.)
      const opened = before?.opening && frame === before.frame && DIGITS_FIGURE.test(text.slice(proposal.start, proposal.end)) ? before.opening : frame;
      const deadline = deadlineFor(proposal.start, next, deadlines!, opened, proposal.end, frames[sentence.block]?.block);
      if (!deadline) return;
      // "… accounted for 88% of records, against a target of 85%", "reached 18.6% of GRDP in 2027, above the year's target of 18%": the
      // target a result is measured against is the result's, whose time is over when the sentence dates it in a past year or the text
      // before dates it (a deadline from outside the sentence is not its). "(… were founded,) against the year's target of 12,000" in
      // May is this year's, still to reach; "against a target of 30% by 2030" is the aim.
      // (Read only after "against a target of": the sentence's times are not looked through for each of its figures.)
      const pastResult = () => !sameSentence(deadline.sentence, sentence)
        || sentenceTimes.some((t) => t.precision === 'year' && doc.date !== null && t.to < doc.date.slice(0, 10) && t.start - sentence.start < proposal.start);
      const dueAfter = sameSentence(deadline.sentence, sentence) && deadline.start - sentence.start > proposal.start && deadline.relation === 'by';
      // (A target a result already went past is met, whatever year it is of: "…, exceeding the 2028 target of 90%" in December 2028.)
      const met = TARGET_MET.exec(textBefore(text, proposal.start, 60));
      // (Or one the sentence says was missed: "The 2030 goal of 30 digital twins was missed, and the zone reached only 14 percent renewable
      // power against a goal of 20 percent.")
      if (met && !dueAfter && (PASSED.test(met[0]) || pastResult() || MISSED.test(text))) return;
      const clause = clauseAt(clauses, proposal.start) ?? { text };
      const { start: _s, end: _e, figureEnd: _f, ...rest } = proposal;
      // A rank of "we" in no index named before measures nothing.
      const own = rest.unit?.startsWith('rank') ? rankedIn(rest.metric, sentence) : rest.metric;
      // Nor does a sum whose label was set aside ("Kinh phí (funding): VND 4,300 billion"): no word says what it is.
      if (own === undefined || !/\p{L}{2,}/u.test(own)) return;
      // (A proposal may end past the blanks its asides left: "- all schools to teach the basics of AI (national target: 80%);" reads its
      // object up to the semicolon.)
      const end = proposal.figureEnd ?? proposal.start + text.slice(proposal.start, proposal.end).trimEnd().length;
      const benchmark = paired.get(proposal) ?? benchmarkAfter(end, next, text, asides, nationalBrackets);
      // (The place a rank is held in is the ranking's, not whose the target is: "(TPD to become one of the top 3 colocation providers) in
      // Vietnam".)
      const universe = rest.unit?.startsWith('rank among ') ? RANK_UNIVERSE.exec(rest.unit)?.[1] : undefined;
      const unplaced = (t: string) => (universe ? t.replace(` in ${universe}`, ' '.repeat(universe.length + 4)) : t);
      // (Another country's figure beside it compares the country's: "AI-assisted diagnosis is to be used in 30–40 percent of provincial
      // hospitals (Singapore: 60 percent)".)
      const comparedLocally = benchmark !== null && !foreignBenchmark(benchmark.text);
      const read = scopeOf(unplaced(clause.text), unplaced(text), placeHere(sentence), comparedLocally, frames[sentence.block]?.text ?? null,
        proposal.start, sentence.block);
      // In a commune's text, a figure of "the province" ("at least 80% of adults in the province") is the province's its lead names.
      // (So is an item of a list the province must reach, in a text about a zone in it: "By 2035, the Standing Board concluded, the province
      // must: - have 90 percent of plants in the zone on …" is the province's, not the Dung Quất Economic Zone's.)
      const zoned = ZONE_SCOPE.test(read) && PROVINCE_MUST.test(frames[sentence.block]?.text ?? '') ? provinceOfText() : undefined;
      const local = commune !== null && read === commune && THE_PROVINCE.test(clause.text) ? provinceOfCommune() ?? read : zoned ?? read;
      // "… the university aims to have trained 2,000 engineers … . By 2035, it aims to rank among …": "it" is who set the target before.
      const scope = PRONOUN_SUBJECT.test(clause.text) && lastScope?.block === sentence.block ? lastScope.scope : local;
      // "asked Hanoi and Ho Chi Minh City to achieve growth of at least 11%, and Da Nang, Hai Phong and Can Tho to reach at
      // least 10.5%": a figure set for a list of places is a target of each, the second list's taking the first's metric.
      const stretch = text.slice(proposals[i - 1]?.end ?? 0, proposal.start);
      const listed = PLACE_LIST.test(stretch) ? placesIn(stretch) : [];
      const scopes = listed.length >= 2 ? listed : [scope];
      for (const each of scopes) {
        const stated = withAcronym(sentenceCase(withoutScope(own, each), text), sentence.text);
        // "About 52% of records were processed online, and the ministry wants that share to reach 80%": the figure before it.
        const pointed = POINTING.test(stated) ? measuredBefore(sentence.text, proposal.start) : undefined;
        const said = pointed ? sentenceCase(withoutScope(pointed, each), text) : named(stated, sentence.block);
        // (An aside blanked inside it leaves its room: "users of the Di Sản Số (Digital Heritage) app" is read "… Số app".)
        let metric = topical(said, text, rest.unit, () => itemOf(doc.blocks[sentence.block]!.text, sentence)).replace(/\s{2,}/g, ' ');
        // "(… lets a recognised innovation centre lease land …) The city aims to have at least 12 such centres": the kind said before.
        if (SUCH.test(metric)) {
          metric = suchNamed(metric, textBeforeSentence(doc, sentence));
        }
        // "(sets a date for the community teams:) all 126 communes and wards are to have one": the thing "one" stands for, named before.
        if (WITH_ONE.test(metric)) {
          const named = [...text.slice(0, proposal.start).matchAll(PLURAL_NAMED)].at(-1)?.[1];
          if (named) metric = metric.replace(WITH_ONE, ` with a ${named}`);
        }
        // "(Last year, logistics costs in Vietnam were about 16.5% of GDP …) Our goal is to bring them down to 13% by 2030": what the
        // pronoun stands for is the subject of the sentence before, where it tells that subject's figure; else it names nothing.
        if (OBJECT_PRONOUN.test(metric.trim())) {
          metric = subjectOfFigure(textBeforeSentence(doc, sentence)) ?? metric;
        }
        // A metric that is a pronoun or stops at an article or a preposition ("we", "backed by a") names nothing measured.
        if (BROKEN_METRIC.test(metric.trim())) continue;
        // Nor does a statistic of targets: "The median 2030 target for the digital economy's share of GRDP is 25%".
        if (STATISTIC_OF_TARGETS.test(metric.trim())) continue;
        if (listed.length >= 2) {
          metric = NAMES_ONLY.test(metric) && sharedMetric ? sharedMetric : metric.replace(/^(?:.*?\s)?to\s+(?:achieve|reach|have|attain)\s+/, '');
          sharedMetric = metric;
        }
        measured = { block: sentence.block, metric };
        lastScope = { block: sentence.block, scope: each };
        const year = targetYear(deadline, doc.date);
        targets.push({
          ...rest, metric, deadline: year, scope: each,
          benchmark: benchmark && ofOtherYear(benchmark.text, year) ? null : benchmark, statement: statementOf(clause.text),
          source: { document: doc.id, paragraph: blockId(sentence.block + 1), text: sentence.text, when: deadline.text },
        });
      }
      taken.push(proposal);
    });
    const inTime = (at: number) => timeCoverage(sentence.block)(sentence.start + at);
    const inLink = (at: number) => linkCoverage(sentence.block)(sentence.start + at);
    const figures = findFigures(sentence.text);
    // Read once per sentence: a sentence of thousands of figures must not be read again for each.
    const scope = figures.length > 0 ? scopeOf(sentence.text, sentence.text, placeHere(sentence), false, null, sentence.text.length, sentence.block) : '';
    const dates = figures.length > 0 ? factDates(sentence, timesOf.get(`${sentence.block}:${sentence.start}`) ?? [], doc.date) : undefined;
    for (const figure of figures) {
      if (overlapsTaken(taken, figure) || inTime(figure.start) || inLink(figure.start)) continue;
      const when = dates!(figure.start);
      const { metric, unit } = factMeasure(sentence.text, figure);
      if (metric && !POINTING.test(metric)) measured = { block: sentence.block, metric: sentenceCase(withoutScope(metric, scope), sentence.text) };
      facts.push({
        id: `${doc.id.replace(/\//g, '-')}-${blockId(sentence.block + 1)}-${slugify(figure.text).slice(0, 40)}`,
        value: figure.value, unit, text: figure.text, metric: metric && sentenceCase(withoutScope(metric, scope), sentence.text),
        date: when?.date ?? null, dated: when?.dated ?? null, scope,
        document: doc.id, paragraph: blockId(sentence.block + 1), sentence: sentence.text,
      });
    }
  }
  return { targets: withOwnScopes(withoutPeriodRepeats(withoutShorterRepeats(withoutNamedRepeats(withoutSummaryRepeats(targets, doc.blocks))))), facts };
}

/**
 * A count a text states twice, once in fewer words ("four thousand five hundred engineers are to be trained" in its lead, "to train four
 * thousand five hundred engineers and technicians in cell making …" in its list), is one target: the same value, deadline and scope, every
 * word of the shorter metric in the longer one, its unit among them. The longer statement is kept.
 */
function withoutShorterRepeats(targets: TargetCandidate[]): TargetCandidate[] {
  const words = (metric: string) => wordsOf(metric, WORDS_OF_FOUR);
  const isCount = (t: TargetCandidate) => t.unit !== null && !t.unit.startsWith('%') && !MONEY.test(t.unit) && !t.qualitative;
  const figure = (t: TargetCandidate) => `${t.value}\n${t.max}\n${t.deadline}\n${t.scope}`;
  // The metrics and units each figure is stated with, each told once (a text of thousands of like figures is read once).
  const stated = new Map<string, Map<string, { metric: string; unit: string; words: Set<string> }>>();
  for (const t of targets) {
    if (!isCount(t)) continue;
    const told = stated.get(figure(t)) ?? stated.set(figure(t), new Map()).get(figure(t))!;
    if (!told.has(`${t.metric}\n${t.unit}`)) told.set(`${t.metric}\n${t.unit}`, { metric: t.metric, unit: t.unit!, words: words(t.metric) });
  }
  const shorter = new Set<string>();
  for (const [key, told] of stated) {
    if (told.size < 2) continue;
    for (const t of told.values()) {
      if (!t.words.has(t.unit.toLowerCase())) continue;
      const longer = [...told.values()].some((o) => o.unit !== t.unit && o.metric.length > t.metric.length && [...t.words].every((w) => o.words.has(w)));
      if (longer) shorter.add(`${key}\n${t.metric}\n${t.unit}`);
    }
  }
  return shorter.size === 0 ? targets : targets.filter((t) => !isCount(t) || !shorter.has(`${figure(t)}\n${t.metric}\n${t.unit}`));
}

/** Words of four letters or more, and of five or more: what two statements of one figure are compared by. */
const WORDS_OF_FOUR = /\p{L}{4,}/gu;
const WORDS_OF_FIVE = /\p{L}{5,}/gu;
/** A metric's words of a pattern (WORDS_OF_FOUR, WORDS_OF_FIVE), in lower case. */
const wordsOf = (metric: string, words: RegExp) => new Set(metric.toLowerCase().match(words) ?? []);

/** A span of years that dates a figure by its end: "2031–2033", "for 2031-2035". */
const SPAN_OF_YEARS = /\b(?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)\d{2}|\d{2})\b/;

/**
 * A figure dated only by the span of the plan it is told in ("The province's plan for 2031–2033 … promises drought warnings ten days
 * ahead") that the text states again with a deadline of its own ("- and, by the end of 2032, warn commune officials of drought risk at
 * least 10 days before …") is that target told in passing: the same value and kind of unit, a word of its metric shared. It is dropped.
 */
function withoutPeriodRepeats(targets: TargetCandidate[]): TargetCandidate[] {
  if (!targets.some((t) => SPAN_OF_YEARS.test(t.source.when ?? ''))) return targets;
  const kind = (unit: string | null) => (unit?.startsWith('%') ? '%' : unit ?? '');
  const words = (metric: string) => wordsOf(metric, WORDS_OF_FIVE);
  const figure = (t: TargetCandidate) => `${t.value}\n${t.max}\n${kind(t.unit)}`;
  // The deadlines and metrics each figure is stated with outside a span, each told once (a text of thousands of like figures is read once).
  const stated = new Map<string, Map<string, { deadline: number; words: Set<string> }>>();
  for (const t of targets) {
    if (SPAN_OF_YEARS.test(t.source.when ?? '')) continue;
    const told = stated.get(figure(t)) ?? stated.set(figure(t), new Map()).get(figure(t))!;
    if (!told.has(`${t.deadline}\n${t.metric}`)) told.set(`${t.deadline}\n${t.metric}`, { deadline: t.deadline, words: words(t.metric) });
  }
  const repeated = new Map<string, boolean>();
  const isRepeat = (t: TargetCandidate) => {
    const key = `${figure(t)}\n${t.deadline}\n${t.metric}`;
    if (!repeated.has(key)) {
      const mine = words(t.metric);
      repeated.set(key, [...(stated.get(figure(t))?.values() ?? [])].some((o) => o.deadline !== t.deadline && [...o.words].some((w) => mine.has(w))));
    }
    return repeated.get(key)!;
  };
  return targets.filter((t) => !SPAN_OF_YEARS.test(t.source.when ?? '') || !isRepeat(t));
}

/** A summary's heading: "Summary", "AT A GLANCE", "TÓM TẮT | AT A GLANCE", "Key points", "Highlights". */
const SUMMARY_WORDS = String.raw`(?:summary|at\s+a\s+glance|key\s+points|highlights|in\s+brief|key\s+facts|tóm\s+tắt)`;
const SUMMARY_HEADING = new RegExp(String.raw`^(?:[*•#-]\s*)?${SUMMARY_WORDS}(?:\s*[|/]\s*${SUMMARY_WORDS})?\s*(?:\(pinned\))?:?$`, 'iu');
/** How many lines a summary may run under its heading. */
const SUMMARY_LINES = 8;
/** A line of a summary: a list (its bullets read off), a bullet, or a short labelled field ("Mục tiêu chính (key targets): …"). */
const SUMMARY_LINE = /^\s*(?:[*•-]\s+|[^:.]{2,60}:\s)/u;

/**
 * The targets of a document without those of its summary box (the lines under "Summary", "At a glance", "Key points") that its
 * body states too, by value, deadline and unit: the box repeats the body in other words ("100% of farmland parcels digitised by
 * 2028" for "100% of agricultural land parcels nationwide are digitised …"), and a target is told once.
 */
/** A target named by nothing but its being one: "the 2030 target (of 35%)", "the goal". */
const BARE_TARGET = /^(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:target|goal|aim|objective)s?$/i;

/**
 * A target told again by that name alone ("He cautioned that the 2030 target of 35% assumed …") is the one the text set with its
 * metric, the same value and deadline: the repeat is dropped.
 */
function withoutNamedRepeats(targets: TargetCandidate[]): TargetCandidate[] {
  if (!targets.some((t) => BARE_TARGET.test(t.metric))) return targets;
  const set = new Set(targets.filter((t) => !BARE_TARGET.test(t.metric)).map((t) => `${t.value}\n${t.max}\n${t.deadline}\n${t.scope}`));
  return targets.filter((t) => !BARE_TARGET.test(t.metric) || !set.has(`${t.value}\n${t.max}\n${t.deadline}\n${t.scope}`));
}

/**
 * A figure a text states twice, once in a list of a body's own aims and once in passing ("Digitised records of forest owners reached 22
 * per cent, against a target of 70 per cent for 2026", then "the ministry aims … to: digitise 70 per cent of forest owner records"), is
 * the body's: the one the text's place or the country took by default takes the body's scope, so the two are one target.
 */
function withOwnScopes(targets: TargetCandidate[]): TargetCandidate[] {
  const isBody = (scope: string) => scope !== 'Vietnam' && placesIn(scope).length === 0 && !LOCAL_SCOPE.test(scope);
  const owned = targets.filter((t) => isBody(t.scope));
  if (owned.length === 0) return targets;
  const kind = (unit: string | null) => (unit?.startsWith('%') ? '%' : unit?.startsWith('rank') ? 'rank' : unit ?? '');
  const figure = (t: TargetCandidate) => `${t.comparator}\n${t.value}\n${t.max}\n${t.deadline}\n${kind(t.unit)}`;
  const words = (metric: string) => wordsOf(metric, WORDS_OF_FOUR);
  // (Not every one of other things: "all heads of provincial departments" and "every civil servant of the Department" to reach a level.)
  const things = (unit: string | null) => (unit?.startsWith('% of ') ? words(unit.slice(5)) : undefined);
  const sameThings = (a: string | null, b: string | null) => { const [x, y] = [things(a), things(b)]; return !x || !y || [...x].some((w) => y.has(w)); };
  return targets.map((t) => {
    if (isBody(t.scope)) return t;
    const mine = words(t.metric);
    const body = owned.find((o) => figure(o) === figure(t) && [...words(o.metric)].some((w) => mine.has(w)) && sameThings(o.unit, t.unit));
    return body ? { ...t, scope: body.scope } : t;
  });
}
/** A commune's or a ward's scope, or a city's: "Tân Thạnh commune", "Huế City". */
const LOCAL_SCOPE = /\s(?:commune|ward|City)$/;

function withoutSummaryRepeats(targets: TargetCandidate[], blocks: readonly { text: string; kind?: string }[]): TargetCandidate[] {
  const summary = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    if (!SUMMARY_HEADING.test(blocks[i]!.text.trim())) continue;
    const inSummary = (b: { text: string; kind?: string }) => b.kind === 'list' || SUMMARY_LINE.test(b.text);
    for (let j = i + 1; j < Math.min(blocks.length, i + 1 + SUMMARY_LINES) && inSummary(blocks[j]!); j++) summary.add(blockId(j + 1));
  }
  if (summary.size === 0) return targets;
  // (By the kind of unit: a box may count "firms" where the body counts "enterprises".)
  const kind = (unit: string | null) => (unit?.startsWith('%') ? '%' : unit?.startsWith('rank') ? 'rank'
    : MONEY.test(unit ?? '') ? unit : 'count');
  const key = (t: TargetCandidate) => `${t.value}\n${t.max}\n${t.deadline}\n${t.scope}\n${kind(t.unit)}`;
  const body = new Set(targets.filter((t) => !summary.has(t.source.paragraph)).map(key));
  return targets.filter((t) => !summary.has(t.source.paragraph) || !body.has(key(t)));
}

/**
 * What a figure measures, named as a target's metric is: for a share, the subject before it and the base after it
 * ("the digital economy accounted for 18.3% of GDP" → "digital economy share of GDP"), else the things after "N% of"
 * ("86% of adults have …" → "adults"); for a count, what it counts.
 */
function factMeasure(text: string, figure: Figure): { metric: string | null; unit: string | null } {
  if (!figure.unit?.startsWith('%')) return { metric: figure.unit, unit: figure.unit };
  const after = text.slice(figure.end);
  const subject = subjectBefore(text.slice(Math.max(0, figure.start - 300), figure.start));
  // "cashless payments accounted for 31.5% of retail transactions": a share of what follows "of", as targets read it.
  const base = figure.unit.startsWith('% of ') ? figure.unit.slice(5) : subject ? SHORT_BASE.exec(after)?.[1]?.replace(/^the\s+/i, '') : undefined;
  if (subject) return { metric: metricName(subject, base ?? null), unit: base ? `% of ${base}` : figure.unit };
  const things = /^\s+of\s+(?:the\s+)?([\p{L}][\p{L}\s’'-]{0,60}?)(?=\s+(?:have|has|had|are|is|were|was|use|used|now|in|by|with)\b|[,;.:]|$)/u.exec(after)?.[1];
  return { metric: things ? things.trim() : null, unit: figure.unit };
}

/**
 * When each figure of a sentence held: the past day, month, quarter or year its sentence states nearest the
 * figure ("in 2024", "by the end of June"), else the publication date. Asked with the figures in order, it reads
 * the sentence's times once (figures and times both move forward).
 */
function factDates(sentence: { start: number; end: number }, times: readonly TimeExpression[], published: string | null):
  (at: number) => { date: string; dated: 'sentence' | 'publication' } | null {
  const limit = published ? published.slice(0, 10) : '9999';
  const own = times.filter((t) => t.start >= sentence.start && t.end <= sentence.end && t.precision !== 'period' && t.precision !== 'week'
    && t.relation !== 'from' && t.from <= limit).sort((a, b) => a.start - b.start);
  let next = 0;
  return (at) => {
    const offset = sentence.start + at;
    while (next < own.length && own[next]!.start <= offset) next++;
    const before = own[next - 1];
    const after = own[next];
    const nearest = !before ? after : !after ? before : offset - before.start <= after.start - offset ? before : after;
    if (nearest) return { date: nearest.value, dated: 'sentence' };
    return published ? { date: published, dated: 'publication' } : null;
  };
}

/** For each block, whether any of `spans` (in document order) covers a point of it; worked out per block when first asked. */
function byBlock(spans: readonly (Span & { block: number })[]): (block: number) => (point: number) => boolean {
  const groups = Map.groupBy(spans, (s) => s.block);
  const covers = new Map<number, (point: number) => boolean>();
  return (block) => {
    let cover = covers.get(block);
    if (!cover) covers.set(block, (cover = coverage(groups.get(block) ?? [])));
    return cover;
  };
}

/** Whether a figure overlaps a target taken from its sentence (those come in order and do not overlap). */
function overlapsTaken(taken: readonly Span[], figure: Span): boolean {
  const first = taken[firstAtLeast(taken, figure.start + 1, (t) => t.end)];
  return first !== undefined && first.start < figure.end;
}

/** The name of an index or ranking: "the Digital Transformation Index", "the Provincial Competitiveness Index (PCI)". */
const INDEX_NAME = /\b(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Index|Ranking|Rankings|Indicator)\b/gu;

/** The last index or ranking a text names, or undefined. */
function lastIndexName(text: string): string | undefined {
  let last: string | undefined;
  for (const m of text.matchAll(INDEX_NAME)) last = m[0];
  return last;
}

/** How many paragraphs before a sentence the place it points back at may be named. */
const POINTED_BLOCKS = 2;
/** A province or city pointed back at: "The province aims …", "the city's plan". */
const THE_PLACE = /\b[Tt]he (?:province|city)\b/;
/** A speaker's own, in the first person plural. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;


/** An item of a list: opened by a marker ("-", "•", "a)", "2.") or closed by a semicolon. */
const LIST_ITEM = /^\s*(?:[-•*–+]|[a-zđ]\)|\d{1,2}[.)])\s|;\s*$/u;

/** The rank of the marker opening a block: 1 for a number ("2. Milestones for 2027"), 2 for a letter ("a)"), 0 for none. */
const markerRank = (text: string) => (/^\s*\d{1,2}[.)]\s/.test(text) ? 1 : /^\s*[a-zđ]\)\s/u.test(text) ? 2 : 0);
/** A heading that is a time alone, under a marker: "2. By 2030", "1. By the end of 2027", "II. For 2026:". It frames the items under it. */
const TIME_HEADING = /^\s*(?:(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s*)?(?:[Bb]y|[Uu]ntil|[Ff]or|[Ii]n)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\s*:?\s*$/u;
/** A field's short heading inside a list of targets: a few words, no figure, no sentence ("Economy", "Science and innovation"). */
const CATEGORY = /^\s*\p{Lu}[\p{L}\p{M},'’-]*(?:\s+[\p{L}\p{M},'’-]+){0,5}\s*$/u;

/**
 * For each block that is an item of a list, or a list (its markers read away), the frame that opens the list (the
 * block before its first item, ending in a colon) and its index; else undefined.
 */
/** For each block, whether it is an item of a list under a heading of duties (see DUTIES_FRAME). */
function dutyItems(blocks: readonly { kind: string; text: string }[]): boolean[] {
  const out: boolean[] = [];
  let under = false;
  blocks.forEach(({ kind, text }, i) => {
    // (The heading may be numbered as an item: "1. What drivers must do".)
    if (DUTIES_FRAME.test(text)) under = true;
    else if (kind === 'list' || LIST_ITEM.test(text)) out[i] = under;
    else under = false;
  });
  return out;
}

function listFrames(blocks: readonly { kind: string; text: string }[]): ({ text: string; block: number } | undefined)[] {
  const out: ({ text: string; block: number } | undefined)[] = [];
  let frame: { text: string; block: number } | undefined;
  blocks.forEach(({ kind, text }, i) => {
    // A frame may be an item itself ("2. Specific objectives by 2030:" opens items a) to e)), or a heading that names
    // targets and their year ("Article 1. Targets to 2030"), which frames the paragraph right under it too ("3. Vision to 2045" over
    // "Viet Nam is among the top 20 …").
    if (/:\s*$/.test(text) || TARGETS_HEADING.test(text) || TIME_HEADING.test(text)) frame = { text, block: i };
    // "1. Objectives to 2030", its items a) to e), then "3. Criteria for selecting …": a marker of the frame's own rank, or a higher
    // one ("3. Tasks and solutions" after "a) By 2030:"), is no item of the frame.
    else if (frame && markerRank(text) > 0 && markerRank(frame.text) > 0 && markerRank(text) <= markerRank(frame.text)) frame = undefined;
    else if (kind === 'list' || LIST_ITEM.test(text)) out[i] = frame;
    // "Among the main targets …:", then "Economy", its list, "Society", its list: a field's short heading between the frame
    // (or a list it frames) and the next list keeps the frame.
    else if (frame && kind === 'heading' && CATEGORY.test(text) && (frame.block === i - 1 || out[i - 1] === frame)
      && (blocks[i + 1]?.kind === 'list' || LIST_ITEM.test(blocks[i + 1]?.text ?? ''))) return;
    else {
      if (frame?.block === i - 1 && TARGETS_HEADING.test(frame.text)) out[i] = frame;
      frame = undefined;
    }
  });
  return out;
}

/** A metric that is a statistic of many targets: "median 2030 target for …", "the average target". */
const STATISTIC_OF_TARGETS = /^(?:the\s+)?(?:median|mean|average)\s+(?:(?:19|20)\d{2}\s+)?(?:targets?|goals?)\b/i;

/** Words that tell a result went past the target named after them: "exceeding (the 2028 target of …)", "beating (the year's goal of …)". */
const PASSED_WORDS = String.raw`above|beyond|exceeding|beating|surpassing|outstripping|topping|ahead\s+of`;
/** The target a result was measured against, right before its figure: "against a target of", "above the year's target of", "beating the goal of". */
const TARGET_MET = new RegExp(String.raw`\b(?:against|${PASSED_WORDS}|below|missing|behind|short\s+of|compared\s+with|versus|vs\.?)\s+`
  // (Its year may be written: "exceeding the 2028 target of 90%".)
  + String.raw`(?:the\s+(?:year['’]s\s+|annual\s+|planned\s+|(?:19|20)\d{2}\s+)?|a\s+|its\s+|their\s+)(?:target|goal|plan)\s+of\s+`
  + String.raw`(?:(?:at\s+least|about|around)\s+)?$`,
  'i');

/** A resolution's heading that names the firm whose board passed it: "of the Board of Directors of X Corporation". */
const OWN_BOARD = new RegExp(String.raw`^(?:(?:RESOLUTION|DECISION)\b[^\n]{0,40}\s)?of\s+the\s+`
  + String.raw`(?:Board\s+of\s+Directors|Board\s+of\s+Members|General\s+Meeting\s+of\s+Shareholders)\s+of\s+`);

/** A firm's board named before the firm. */
const BOARD_OF = /^(?:the\s+)?(?:Board\s+of\s+(?:Directors|Members)|General\s+Meeting\s+of\s+Shareholders)\s+of\s+(?:the\s+)?/;

/** The words of TARGET_MET that tell a result went past its target. */
const PASSED = new RegExp(String.raw`^(?:${PASSED_WORDS})\b`, 'i');

/** Whether a benchmark names years, none of them a target's: "(the national target for 2030 is 30%)" is no benchmark of a 2028 target. */
function ofOtherYear(text: string, year: number): boolean {
  const years = text.match(/\b(?:19|20)\d{2}\b/g);
  return years !== null && !years.some((y) => Number(y) === year);
}

/**
 * The benchmark of a figure ending at `end`: the first comparing aside after it, close to it and before the next figure.
 * Asides come in order: when the first after the figure is not close enough, no later one is.
 */
/** What may join the figures of a run that one aside gives the benchmarks of: their deadlines, "and", commas (" by 2030 and "). */
const RUN_GAP = /^[^;.()]{0,40}$/;

/**
 * The benchmarks of a run of figures one aside after them gives in the same order, when it gives one for each: "aims for 25% by 2030 and
 * 35% by 2035 (national targets: 30% and 40%)" benchmarks 25% by 30% and 35% by 40%.
 */
function pairedBenchmarks<P extends { start: number; end: number; figureEnd?: number }>(
  proposals: P[], text: string, asides: Aside[], bare: boolean,
): Map<P, NonNullable<TargetCandidate['benchmark']>> {
  const out = new Map<P, NonNullable<TargetCandidate['benchmark']>>();
  if (proposals.length < 2 || asides.length === 0) return out;
  for (let k = 1; k < proposals.length; k++) {
    const end = proposals[k]!.figureEnd ?? proposals[k]!.end;
    const aside = asides[firstAtLeast(asides, end, (a) => a.start)];
    if (!aside || aside.start - end > BENCHMARK_GAP || /[;.]/.test(text.slice(end, aside.start))
      || (proposals[k + 1] && proposals[k + 1]!.start < aside.start)) continue;
    const values = benchmarksIn(aside, bare);
    if (values.length < 2) continue;
    let j = k;
    while (j > 0 && RUN_GAP.test(text.slice(proposals[j - 1]!.end, proposals[j]!.start))) j--;
    if (k - j + 1 !== values.length) continue;
    for (let i = j; i <= k; i++) out.set(proposals[i]!, values[i - j]!);
  }
  return out;
}

/** A deadline that closes the words before an aside: " by 2031", " by the end of 2030". */
const DEADLINE_LAST = /\s+(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\s*$/;

// (Further when the figure's words run on to it in one clause, with no comma or number between: "95% of the province's civil servants and
// public employees are to reach the basic level of digital skills (national target: 90%)".)
function benchmarkAfter(end: number, next: number, text: string, asides: Aside[], bare = false): TargetCandidate['benchmark'] {
  const first = firstAtLeast(asides, end, (a) => a.start);
  const aside = asides[first];
  // (The figure's deadline right before the aside is no figure between: "60 percent of container trucks … to carry ETC tags … by 2031
  // (national target: 50 percent)".)
  const between = aside ? text.slice(end, aside.start).replace(DEADLINE_LAST, '') : '';
  const gap = aside ? between.length : Infinity;
  const close = aside && aside.start < next && !/[;.]/.test(text.slice(end, aside.start))
    && (gap <= BENCHMARK_GAP || (gap <= 2 * BENCHMARK_GAP && !/[,\d]/.test(between)));
  if (!close) return null;
  // "40% (previously 35%) [national: 30%]": of asides side by side, the first that compares.
  for (let i = first; i < asides.length && (i === first || /^\s*$/.test(text.slice(asides[i - 1]!.end, asides[i]!.start))); i++) {
    const benchmark = benchmarkIn(asides[i]!, bare);
    if (benchmark) return benchmark;
  }
  return null;
}

/**
 * A metric that ends with a name the sentence gives its acronym in brackets keeps the acronym, which the asides took away: "the
 * Provincial Innovation Index" → "Provincial Innovation Index (PII)".
 */
function withAcronym(metric: string, sentence: string): string {
  if (!/\p{Lu}/u.test(metric) || !sentence.includes('(')) return metric;
  const at = sentence.indexOf(metric);
  const acronym = at === -1 ? null : ACRONYM_AFTER.exec(sentence.slice(at + metric.length));
  return acronym ? `${metric} (${acronym[1]})` : metric;
}
/** An acronym in brackets right after a name: " (PII)". Group: the acronym. */
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;

/** A metric whose thing is "one", standing for a thing named before: "communes and wards with one". */
const WITH_ONE = /\s+with\s+one$/;
/** A plural thing named with a determiner: "the community teams". Group: it in the singular. */
const PLURAL_NAMED = /\b(?:the|its|their)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+?[^s\s])s\b/gu;

/** A metric that opens its sentence loses the sentence's capital ("Exports of electronics …" → "exports of …"); names keep theirs. */
function sentenceCase(metric: string, sentence: string): string {
  const first = metric.split(/\s/)[0] ?? '';
  return sentence.startsWith(first) && /^\p{Lu}-?\p{Ll}+$/u.test(first) ? metric.charAt(0).toLowerCase() + metric.slice(1) : metric;
}

/**
 * The proposals of every target parser for a sentence. An item of a list whose marker the page's layout took away or the
 * sentence splitter cut off is read with a marker again, so that a count opening it is read as a list item's ("Twenty
 * communes have community teams;"); a qualifier that opens it loses its capital ("At least two million people …").
 */
function propose(sentence: string, item: boolean, context: ProposalContext): TargetProposal[] {
  const text = QUALIFIER_OPENING.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  // "- mobilise 500,000 volunteers;" under "The campaign aims to:": the item's verb carries the frame's infinitive; its count is the target.
  const verb = item ? VERB_OPENING.exec(text)?.[0] ?? '' : '';
  const counted = text.slice(verb.length);
  // "All industrial parks have 5G coverage." under its frame: a whole that opens an item is read as an item's, with its marker.
  const whole = item && WHOLE_OPENING.test(text);
  // (Not a range of shares after the item's verb, which acts on the share's whole: "- spend 1.5 to 2 per cent of GRDP on …".)
  if (!whole && (!item || !COUNT_OPENING.test(counted) || (verb !== '' && SHARE_RANGE_OPENING.test(counted)))) {
    return TARGET_PARSERS.flatMap((p) => p.propose(text, context));
  }
  const offset = verb.length - ITEM_MARK.length;
  const shift = (p: TargetProposal) => ({
    ...p, metric: p.metric.replace(/^-\s+/, ''), start: Math.max(0, p.start + offset), end: Math.max(0, p.end + offset),
  });
  // (The count the item's verb acts on is named with it: "- train 900 crew leaders to read …" counts "crew leaders trained to read …".)
  const read = TARGET_PARSERS.flatMap((p) => p.propose(`${ITEM_MARK}${counted}`, context)).map(shift).filter((p) => p.end > p.start);
  return verb === '' ? read : withActsOnCounts(read, text);
}

/**
 * A verb opening a list item, before its count: "mobilise (500,000 volunteers)", "train (8,000 core trainers)"; a qualifier or
 * "between" is no verb ("between 30 and 40 per cent of schools …" keeps its range).
 */
// ("all 450 villages …" opens with a whole, no verb.)
const VERB_OPENING = new RegExp(String.raw`^(?!${FIGURE_OPENER}\s|(?:all|every|each)\s|${WORD}\s)\p{Ll}{3,}\s+`
  // (Or before a number of thousands or more in words: "help (forty thousand farming households open …)"; a verb keeps a number of
  // hundreds, "train (three hundred engineers)", read whole with it.)
  + String.raw`(?=(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+)?(?:\d|${WORD}\s+(?:thousand|million|billion)\s))`, 'u');

/** The marker put back before a list item's text. */
const ITEM_MARK = '- ';
/** A count that opens an item: a number, range or number word and a space ("150,000 digital firms", "5–7 satellites"), not a share. */
// (Or half of a scale: "half a million residents using …".)
const COUNT_OPENING = new RegExp(String.raw`^(?:\d[\d,.]*(?:[-–—]\d[\d,.]*)?|${WORD}|half\s+a\s+(?:thousand|million|billion))\s(?!per\s?cent|percent)`, 'i');
/** A range of shares: "1.5 to 2 per cent (of GRDP on …)". */
const SHARE_RANGE_OPENING = /^\d[\d,.]*\s+(?:to|and)\s+\d[\d,.]*\s*(?:%|per\s?cent|percent)/i;
/** A whole that opens a list item: "All …", "Every …"; or what an aim is for: "for every provincial power company to run …". */
const WHOLE_OPENING = /^(?:(?:[Ff]or\s+)?(?:[Aa]ll|[Ee]very)\s)/;
/** A sentence that is only a list marker: "4.", "b)". */
const MARKER_ONLY = /^\s*(?:[-•*–+]|[a-zđ]\)|\d{1,2}[.)])\s*$/u;
/** A qualifier of a figure that opens a sentence, capitalised: "At least …", "No fewer than …", "Over …". */
const QUALIFIER_OPENING = new RegExp(String.raw`^(?:At\s+(?:least|most)|No\s+(?:less|fewer|more)|Not\s+(?:less|fewer|more)|More|Fewer|Less|Over`
  + String.raw`|Up\s+to|About|Around|Nearly|Approximately|A\s+(?:minimum|maximum)\s+of)\s`);

/** Up to how many proposals of a sentence are compared with each other (most sentences have none or one). */
const FEW_PROPOSALS = 8;

/**
 * Keeps the first of overlapping proposals (parsers run in priority order), sorted by position. Beyond a few,
 * which kept proposal covers each character of the sentence (`length` long) is noted, so that a proposal is
 * checked against its own characters rather than against every proposal kept before it (quadratic in a long
 * sentence); an empty proposal, which no parser makes, would need the comparison.
 */
function dropOverlaps(proposals: TargetProposal[], length: number): TargetProposal[] {
  const kept: TargetProposal[] = [];
  if (proposals.length <= FEW_PROPOSALS || proposals.some((p) => !(p.start >= 0 && p.start < p.end && p.end <= length))) {
    for (const p of proposals) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  } else {
    const covered = new Uint8Array(length);
    for (const p of proposals) {
      if (covered.subarray(p.start, p.end).includes(1)) continue;
      kept.push(p);
      covered.fill(1, p.start, p.end);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
