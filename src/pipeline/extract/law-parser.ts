import { fold } from './fold.ts';
import type { Sentence } from './sentences.ts';
import type { EntityType, Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';

const CAP = String.raw`[\p{Lu}][\p{L}\d’'-]*`;
const LINK = String.raw`(?:and|of|on|for|the|in|to)`;
/** "Law on Science and Technology", "the amended Law on the Promulgation of Legal Normative Documents". */
/** Capitalized words that start another name, and so end a law's name: "Law on Investment and Resolution No. 136". */
const NAME_BREAK = String.raw`(?!(?:Resolution|Decision|Decree|Directive|Conclusion|Circular|Law|No)\b)`;
const LAW_WORDS = String.raw`${NAME_BREAK}${CAP}(?:\s+(?:${LINK}\s+)*${NAME_BREAK}${CAP})*`;
/** A law's name may list its fields: "Law on Science, Technology and Innovation" (the list must close with "and"). */
const LAW_ON = new RegExp(String.raw`\bLaw on (?:the\s+)?${LAW_WORDS}(?:(?:,\s+${LAW_WORDS})+,?\s+and\s+${LAW_WORDS})?`, 'gu');
/** "Data Law", "State Budget Law". */
const NAMED_LAW = new RegExp(String.raw`\b((?:${CAP}\s+){1,3})Law\b(?!\s+on\b)`, 'gu');
/** Named treaties: "Hanoi Convention", "Paris Agreement". */
const TREATY = new RegExp(String.raw`\b((?:${CAP}\s+){1,4})(Convention|Treaty|Agreement|Charter|Accord|Protocol)\b`, 'gu');
/** "Project 06", "the 06 Project", "Program 1". */
const NUMBERED = /\b(?:(\d{1,3})\s+(Project|Program(?:me)?|Scheme)\b|(Project|Program(?:me)?|Scheme)\s+(\d{1,3})\b)/g;
/** "Power Development Plan VIII", "National Digital Transformation Program", "Action Program", "National Strategy on …". */
const RUN = String.raw`${CAP}(?:\s+(?:(?:of|for|on|in|to)(?:\s+the)?\s+|and\s+)?${CAP})*`;
const CAPITAL_COMPLEMENT = String.raw`\s+(?:on|for|of)\s+(?:the\s+)?${RUN}(?:(?:,\s+${RUN})*,?\s+and\s+${RUN})?`;
const LOWER_COMPLEMENT = String.raw`\s+(?:on|for)\s+[\p{Ll}][^,.;]{3,80}?(?=\s+in\s+the\s+period|[,.;]|$)`;
const NAMED_PLAN = new RegExp(String.raw`\b((?:${CAP}\s+){1,7})(Master Plan|Plan|Program(?:me)?|Project|Strategy|Scheme)(?:\s+([IVX]+|\d{1,3})\b)?(${CAPITAL_COMPLEMENT}|${LOWER_COMPLEMENT})?`, 'gu');
/** "the Project on rearranging administrative units": a capitalized head after "the", described in lower case. */
const DESCRIBED_PLAN = new RegExp(String.raw`\bthe\s+((?:Project|Program(?:me)?|Plan|Strategy|Scheme)${LOWER_COMPLEMENT})`, 'gu');
/** First words that make a capitalized run a sentence start, not a name. */
const NOT_START = /^(?:The|This|That|A|An|Our|Its|Their|Each|Every|New|Amended|Draft|Revised|Current|In|On|At|By|For|With|Under|And|But|So|Also|Implementing|Thoroughly|Specific|Key)\s+/;

/** Words each kind of name needs: sentences without them are not searched for it. */
const TREATY_WORD = /Convention|Treaty|Agreement|Charter|Accord|Protocol/;
const PLAN_WORD = /Plan|Program|Project|Strategy|Scheme/;

const kindOf = (word: string): EntityType => (/^law$/i.test(word) ? 'law' : 'programme');
const normal = (name: string) => name.replace(/Programme\b/g, 'Program');

/** Laws and treaties, programmes, projects, plans and strategies, named or numbered. */
export const lawParser: Parser = {
  name: 'ENLawProgrammeParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const found: Mention[] = [];
    const add = (type: EntityType, index: number, surface: string, name: string, key = fold(normal(name))) =>
      found.push({ type, key, name, block: sentence.block, start: sentence.start + index, end: sentence.start + index + surface.length, text: surface, sentence, via: 'name', certain: true });
    const laws = text.includes('Law');
    const plans = PLAN_WORD.test(text);
    for (const m of laws ? allMatches(LAW_ON, text) : []) {
      const name = m[0].replace(/\s+(?:and|of|on|for|the|in|to)$/, '');
      add('law', m.index, name, name);
    }
    for (const m of laws ? allMatches(NAMED_LAW, text) : []) {
      const lead = NOT_START.exec(m[1]!)?.[0] ?? '';
      if (m[1]!.length === lead.length) continue;
      const name = m[0].slice(lead.length);
      add('law', m.index + lead.length, name, name);
    }
    for (const m of TREATY_WORD.test(text) ? allMatches(TREATY, text) : []) {
      const lead = NOT_START.exec(m[1]!)?.[0] ?? '';
      if (m[1]!.length === lead.length) continue;
      const name = m[0].slice(lead.length);
      add('law', m.index + lead.length, name, name);
    }
    for (const m of plans ? allMatches(NUMBERED, text) : []) {
      const word = (m[2] ?? m[3])!.replace(/Programme/, 'Program');
      const number = (m[1] ?? m[4])!;
      add('programme', m.index, m[0], `${word} ${number}`, `${word.toLowerCase()} ${Number(number)}`);
    }
    for (const m of plans ? allMatches(DESCRIBED_PLAN, text) : []) add('programme', m.index + m[0].length - m[1]!.length, m[1]!, m[1]!);
    for (const m of plans ? allMatches(NAMED_PLAN, text) : []) {
      const lead = NOT_START.exec(m[1]!)?.[0] ?? '';
      if (m[1]!.length === lead.length) continue;
      const name = m[0].slice(lead.length).trim();
      add(kindOf(m[2]!), m.index + lead.length, name, name);
    }
    return found;
  },
};
