import type { RelationKind } from '../../schemas/relation.ts';

/**
 * The words that tie two instruments in a sentence, by the shape of the language: "<from> <cue>
 * <to>" (forward: "Plan No. 12 to carry out Resolution 57"), "<to> <cue> by <from>" (passive:
 * "Decision 1409 was replaced by Decision 1052"). Kinds follow the words; a report's "implementing"
 * is read as a citation by the reader.
 */
const FORWARD: [RelationKind, string][] = [
  ['implements', String.raw`(?:in\s+order\s+)?to\s+(?:further\s+)?(?:implement|carry\s+out|concreti[sz]e|institutionali[sz]e|reali[sz]e|materiali[sz]e)`],
  ['implements', String.raw`(?:(?:on|for|in|of|by)\s+)?(?:implementing|carrying\s+out|concreti[sz]ing|institutionali[sz]ing|reali[sz]ing)`],
  [
    'implements',
    String.raw`(?:(?:in|on|for)\s+(?:the\s+)?|(?:to\s+)?(?:guid(?:e|ing)|direct(?:ing)?|steer(?:ing)?|overs(?:ee|eeing))\s+the\s+)implementation\s+of`,
  ],
  ['implements', String.raw`to\s+(?:guide|direct|steer|oversee)|guiding|detailing`],
  ['implements', String.raw`implements|concreti[sz]es|institutionali[sz]es|carries\s+out`],
  ['implements', String.raw`(?:(?:issued|promulgated|adopted|approved|drawn\s+up|developed|made|set\s+up|established|formed)\s+)?(?:under|pursuant\s+to)`],
  ['amends', String.raw`to\s+amend(?:\s+and\s+supplement)?|amend(?:s|ing)(?:\s+and\s+supplement(?:s|ing)?)?|supplement(?:s|ing)`],
  ['replaces', String.raw`to\s+replace|replac(?:es|ing)|replaced(?!\s+(?:[^,;.]{0,30}?\s)?by\b)|in\s+(?:place|lieu)\s+of`],
  ['supersedes', String.raw`to\s+supersede|supersed(?:es|ing)|superseded(?!\s+(?:[^,;.]{0,30}?\s)?by\b)`],
];

/** "is amended by", "was replaced on June 12 by": the agent after "by" is `from`. Group 1: the verb. */
const PASSIVE = String.raw`(?:is|are|was|were|been|be|being)\s+(amended(?:\s+and\s+supplemented)?|supplemented|replaced|superseded`
  + String.raw`|implemented|concreti[sz]ed|institutionali[sz]ed)(?:\s+[^,;.]{0,30}?)?\s+by`;

/** Kind of relation a passive verb states. */
const PASSIVE_KIND: [RegExp, RelationKind][] = [
  [/^(?:amended|supplemented)/, 'amends'], [/^replaced/, 'replaces'], [/^superseded/, 'supersedes'], [/./, 'implements'],
];

/** Every cue, in one pattern: group 1 the passive (its group 2 the verb), then one group per forward cue. */
const CUES = new RegExp(String.raw`\b(?:(${PASSIVE})|${FORWARD.map(([, p]) => `(${p})`).join('|')})\b`, 'gi');

/** A quick test every sentence with a relation passes: the cues are not read on the others. */
export const HAS_CUE = new RegExp(String.raw`\b(?:implement|carr(?:y|ies|ying)\s+out|concreti[sz]|institutionali[sz]|reali[sz]|materiali[sz]`
  + String.raw`|guid|direct|steer|overs|detailing|under|pursuant|amend|supplement|replac|in\s+(?:place|lieu)|supersed|[Bb]ased\s+on`
  + String.raw`|[Oo]n\s+the\s+basis|[Ii]n\s+accordance)`, 'i');

/** A cue found in a sentence. */
export interface CueMatch {
  kind: RelationKind;
  order: 'forward' | 'passive';
  start: number;
  end: number;
  text: string;
}

/** The cues of a sentence, in order. */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  for (const m of text.matchAll(CUES)) {
    const at = m.index;
    if (m[1]) {
      const kind = PASSIVE_KIND.find(([p]) => p.test(m[2]!.toLowerCase()))![1];
      out.push({ kind, order: 'passive', start: at, end: at + m[0].length, text: m[0] });
      continue;
    }
    const group = m.slice(3).findIndex((g) => g !== undefined);
    out.push({ kind: FORWARD[group]![0], order: 'forward', start: at, end: at + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * A sentence that opens with its basis: "Pursuant to Resolution No. 57-NQ/TW …;", "Based on Plan
 * No. 96 …, the Department issued …". The preamble lines of a legal text. Group 1: the cue.
 */
export const BASIS_OPENING = new RegExp(String.raw`^(?:Article\s+\d+\s*[.:]\s*)?(Pursuant\s+to|Based\s+on|On\s+the\s+basis\s+of`
  + String.raw`|In\s+accordance\s+with|In\s+pursuance\s+of|Having\s+regard\s+to)\s`);

/**
 * A sentence of a legal text whose subject is the text itself: "Article 1. To establish …" (`opening`: the paragraph before it, where the splitter
 * may have cut "Article 1.").
 */
export const articleInfinitive = (opening: string, text: string): boolean =>
  /^Article\s+\d+\s*[.:]?\s*To\s/.test(text) || (/^To\s/.test(text) && /(?:^|\s)Article\s+\d+\s*[.:]?\s*$/.test(opening));

/** A verb that makes an instrument: what ties a fronted basis to the instrument the sentence reports made. */
export const MAKING = new RegExp(String.raw`\b(?:issued|issues|issue|promulgated|promulgates|signed|signs|adopted|adopts|approved|approves`
  + String.raw`|enacted|released|passed|developed|drew\s+up|has\s+drawn\s+up)\b`);
