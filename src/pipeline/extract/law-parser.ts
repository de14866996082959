import { fold } from './fold.ts';
import { MARKED_WORD } from './lexicon/surnames.ts';
import type { Sentence } from './sentences.ts';
import type { EntityType, Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';
import { MONTH_NAMES, WEEKDAYS } from '../time/words.ts';
import { CAP, CAP_OR_NUMBER, capitalList, capitalRun, complement, leadNotInName, opensClause } from './name-grammar.ts';

/** Capitalized words that start another name, and so end a law's name: "Law on Investment and Resolution No. 136". */
// (Nor a day or a month after its last word: "the Law on Digital Technology Industry on Tuesday", "… in December".)
const NAME_BREAK = String.raw`(?!(?:Resolution|Decision|Decree|Directive|Conclusion|Circular|Law|No|${WEEKDAYS.join('|')}|${MONTH_NAMES.join('|')})\b)`;
/** "Law on Science and Technology", "Law on Science, Technology and Innovation" (a list closes with "and"). */
// (Its last noun may take "to": "Law on the Election of Deputies to the National Assembly and People's Councils"; a law submitted "to the
// National Assembly" is not named so.)
const LAW_ON = new RegExp(String.raw`\bLaw on (?:the\s+)?${capitalList(capitalRun(NAME_BREAK))}`
  + String.raw`(?:(?<=\b(?:Deputies|Delegates))\s+to\s+(?:the\s+)?${capitalList(capitalRun(NAME_BREAK))})?`, 'gu');
/**
 * Where a word starts: "\b" of a pattern with the 'u' flag knows only ASCII letters, so it finds no start before "Đồng Nai" or "Ấn Độ"
 * after a space (and one inside "Đồng", before "ng").
 */
const WORD_START = String.raw`(?<![\p{L}\p{M}\d])`;
/** A code of law by its field: "Civil Procedure Code", "Criminal Code", "Labour Code". */
const CODE = /\b(?:(?:Civil|Criminal|Labou?r|Penal|Maritime|Commercial|Administrative)\s+)+(?:Procedure\s+)?Code\b/g;
/** "Data Law", "State Budget Law". */
const NAMED_LAW = new RegExp(String.raw`${WORD_START}((?:${CAP}\s+){1,3})Law\b(?!\s+on\b)`, 'gu');
/** Named treaties: "Hanoi Convention", "Paris Agreement". */
const TREATY = new RegExp(String.raw`${WORD_START}((?:${CAP}\s+){1,4})(Convention|Treaty|Agreement|Charter|Accord|Protocol)\b`, 'gu');
/** "Project 06", "the 06 Project", "Program 1". */
const NUMBERED = /\b(?:(\d{1,3})\s+(Project|Program(?:me)?|Scheme)\b|(Project|Program(?:me)?|Scheme)\s+(\d{1,3})\b)/g;

const YEAR = String.raw`(?:19|20)\d\d`;
const SPAN = String.raw`${YEAR}\s*[-–—]\s*(?:${YEAR}|\d\d)`;
/**
 * The period a programme's name ends with: "to 2030", "for the period 2026-2030", "for the
 * 2026-2030 period", "in the 2021–2025 period", "for 2026", with a vision or orientations to a later year. "in
 * 2025" only closes a name that has a complement, at the end of a clause (else it dates the verb).
 */
const PERIOD = String.raw`(?:\s+(?:to|until|till|through|towards?)\s+(?:the\s+year\s+)?${YEAR}|\s+(?:for|in`
  + String.raw`|during)\s+(?:the\s+)?(?:period\s+(?:of\s+)?(?:from\s+)?)?${SPAN}(?:\s+period)?|\s+for\s+(?:the\s+year\s+)?${YEAR}(?!\s*[-–—]))`;
const VISION = String.raw`(?:,?\s+with\s+(?:a\s+|an\s+)?(?:[Vv]ision|[Oo]rientations?|[Oo]utlook)\s+(?:to|towards?|until|till)\s+(?:the\s+year\s+)?${YEAR})`;
const PERIOD_TAIL = String.raw`(?:${PERIOD}${VISION}?|${VISION})`;
const YEAR_TAIL = String.raw`(?:\s+in\s+${YEAR}(?=\s*[.;:,)]|\s*$))`;
/** A name's period tail, at its end: left out of its key, so that the programme named with and without it is one. */
const TAIL_AT_END = new RegExp(String.raw`(?:${PERIOD_TAIL}|${YEAR_TAIL})$`, 'u');
const keyOf = (name: string) => fold(normal(name.replace(TAIL_AT_END, '')));
/** What follows a comma inside a list: a lowercase item, then another comma or "and". */
const LIST_ITEM_AFTER = String.raw`\s+[\p{Ll}][\p{Ll}\s-]{0,40}?(?:,|\s+and\s)`;
const DESC_CHAR = String.raw`(?:[^,.;:()“”"]|,(?=${LIST_ITEM_AFTER}))`;
/** A province or city named in a description just before the name's period: "(… ecosystem) in Nghệ An Province (for the 2026-2030 period)". */
const PLACE_BEFORE_PERIOD = String.raw`[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,3}\s+(?:Province|City|province|city)${PERIOD_TAIL}`;
const DESC_STOP = String.raw`(?=${PERIOD_TAIL}|\s*[.;:()“”"]|\s*,(?!${LIST_ITEM_AFTER})|\s*$|\s+(?:to|with|by|at|from|under`
  + String.raw`|into)\s+(?:the\s+)?\p{Lu}|\s+in\s+(?:the\s+)?\p{Lu}(?!${PLACE_BEFORE_PERIOD})`
  + String.raw`|\s+(?:in|during)\s+the\s+(?:period|time|context|process|course)\s+of\b|\s+(?:is|are|was|were|will|shall|has|have`
  + String.raw`|had|must|should|would|can|could|may|which|that|who|as)\b)`;
/**
 * A lowercase description after "on/for": words up to the period tail or the end of the phrase,
 * with commas only inside a list closed by "and" ("on science, technology, innovation and digital
 * transformation"). It stops before a preposition that opens a capitalised phrase ("to the
 * Government", "in September") and before a verb ("was", "will").
 */
// (Not a time the sentence speaks of: "(allocates … to the Programme) for the whole period".)
const LOWER_COMPLEMENT = String.raw`\s+(?:on|for)\s+(?!(?:the|this|that|its)\s+(?:whole|entire|same|next|first|last|current|coming|remaining)\s+`
  + String.raw`(?:period|year|term|phase|stage|decade)\b)[\p{Ll}]${DESC_CHAR}{3,120}?${DESC_STOP}`;
/** A capitalised complement, whose words are no year: "for the 2025–2030 period" is the name's period tail. */
const CAPITAL_COMPLEMENT = complement(capitalRun(String.raw`(?!${YEAR}(?![\d\p{L}]))`, CAP_OR_NUMBER));
const HEAD_WORD = String.raw`(?:Master Plan|Plan|Program(?:me)?|Project|Strategy|Scheme)(?![\p{L}\d])`;
/**
 * "Power Development Plan VIII", "National Digital Transformation Program to 2025", "National Strategy on …",
 * "Government's Action Programme for … in 2025".
 */
const NAMED_PLAN = new RegExp(
  String.raw`${WORD_START}((?:${CAP}\s+){1,7})(${HEAD_WORD})(?!\s+No\b)(?:\s+([IVX]+|\d{1,3})\b)?(?:(${CAPITAL_COMPLEMENT}|${LOWER_COMPLEMENT}`
    + String.raw`)(${PERIOD_TAIL}|${YEAR_TAIL})?|(${PERIOD_TAIL}))?`,
  'gu',
);
/**
 * "the Project on rearranging administrative units to 2030": a capitalized head after "the", described in lower case; or described in
 * capitals and closed by its period, which makes it a name ("The Programme on Attracting Overseas Scientists to 2030"), also when the
 * text says which version it is ("the amended Programme on Supporting SMEs' Digital Transformation for the 2024-2030 period").
 */
const DESCRIBED_PLAN = new RegExp(String.raw`\b[Tt]he\s+(?:(?:amended|revised|updated|adjusted|original|new)\s+)?`
  + String.raw`(${HEAD_WORD}(?!\s+No\b)(?:${LOWER_COMPLEMENT}(?:${PERIOD_TAIL}|${YEAR_TAIL})?`
  + String.raw`|${CAPITAL_COMPLEMENT}${PERIOD_TAIL}))`, 'gu');
/** "the national target programme on … for the period 2026-2030": a lowercase national programme, made one by its period. */
const NATIONAL_PROGRAMME = new RegExp(
  String.raw`\b(national(?:\s+[\p{Ll}-]+){0,2}\s+(?:programme|program|strategy|master plan)${LOWER_COMPLEMENT}${PERIOD_TAIL})`, 'gu',
);

/** Words each kind of name needs: sentences without them are not searched for it. */
/**
 * A project, programme or campaign named by a quoted, capitalised title: "the "Smart Border Villages" project", "the "Digital Companions"
 * campaign". Not a movement, whose quoted words are its slogan, nor a numbered facility ("the "Shared Data Center No. 2" project").
 * Group: the title.
 */
const QUOTED_PLAN = /["“](\p{Lu}(?:(?!No\.\s*\d)[^"“”.;:]){1,80}?)["”]\s+(?:project|programme|program|scheme|initiative|campaign)\b/gu;
const TREATY_WORD = /Convention|Treaty|Agreement|Charter|Accord|Protocol/;
const PLAN_WORD = /Plan|Program|Project|Strategy|Scheme|programme|program|strategy|master plan/;

/** The cheap test for QUOTED_PLAN's kinds. */
const QUOTED_WORD = /["”]\s+(?:project|programme|program|scheme|initiative|campaign)\b/;
const kindOf = (word: string): EntityType => (/^law$/i.test(word) ? 'law' : 'programme');
const normal = (name: string) => name.replace(/Programme\b/g, 'Program');

/** Laws and treaties, programmes, projects, plans and strategies, named or numbered. */
export const lawParser: Parser = {
  name: 'ENLawProgrammeParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const found: Mention[] = [];
    const add = (type: EntityType, index: number, surface: string, name: string, key = fold(normal(name))) =>
      found.push({
        type, key, name, block: sentence.block, start: sentence.start + index, end: sentence.start + index + surface.length, text: surface, sentence,
        via: 'name', certain: true,
      });
    const laws = text.includes('Law');
    const plans = PLAN_WORD.test(text);
    for (const m of laws ? allMatches(LAW_ON, text) : []) {
      const name = m[0].replace(/\s+(?:and|of|on|for|the|in|to)$/, '');
      add('law', m.index, name, name);
    }
    for (const m of laws ? allMatches(NAMED_LAW, text) : []) {
      const lead = leadNotInName(m[1]!, opensClause(text, m.index));
      if (m[1]!.length === lead.length) continue;
      const name = m[0].slice(lead.length);
      // ("Trúc Lâm Law": a firm named for a Vietnamese name, every word of it marked as no English law's name is; "Điện Biên Data Law" is
      // a province's law on data.)
      // (A typographic apostrophe is no mark: "Women’s" is English.)
      if (name.split(/\s+/).slice(0, -1).every((w) => MARKED_WORD.test(w.replace(/’/g, '')))) continue;
      add('law', m.index + lead.length, name, name);
    }
    for (const m of text.includes('Code') ? allMatches(CODE, text) : []) add('law', m.index, m[0], m[0]);
    for (const m of TREATY_WORD.test(text) ? allMatches(TREATY, text) : []) {
      const lead = leadNotInName(m[1]!, opensClause(text, m.index));
      if (m[1]!.length === lead.length) continue;
      const name = m[0].slice(lead.length);
      add('law', m.index + lead.length, name, name);
    }
    for (const m of plans ? allMatches(NUMBERED, text) : []) {
      const word = (m[2] ?? m[3])!.replace(/Programme/, 'Program');
      const number = (m[1] ?? m[4])!;
      add('programme', m.index, m[0], `${word} ${number}`, `${word.toLowerCase()} ${Number(number)}`);
    }
    for (const m of plans ? allMatches(DESCRIBED_PLAN, text) : []) add('programme', m.index + m[0].length - m[1]!.length, m[1]!, m[1]!, keyOf(m[1]!));
    for (const m of plans ? allMatches(NATIONAL_PROGRAMME, text) : []) add('programme', m.index, m[1]!, m[1]!, keyOf(m[1]!));
    for (const m of QUOTED_WORD.test(text) ? allMatches(QUOTED_PLAN, text) : []) add('programme', m.index + 1, m[1]!, m[1]!, keyOf(m[1]!));
    for (const m of plans ? allMatches(NAMED_PLAN, text) : []) {
      const lead = leadNotInName(m[1]!, opensClause(text, m.index));
      if (m[1]!.length === lead.length) continue;
      // "the Provincial Party Committee's Plan": a body's plan, not a name, unless more words make it one.
      if (/[’']s\s+$/.test(m[1]!) && !m[3] && !m[5] && !m[6]) continue;
      const name = m[0].slice(lead.length).trim();
      add(kindOf(m[2]!), m.index + lead.length, name, name, keyOf(name));
    }
    return found;
  },
};
