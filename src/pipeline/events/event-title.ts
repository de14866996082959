import { SAYING_VERB } from '../extract/lexicon/speech-verbs.ts';
import { LEADING_ARTICLE } from '../extract/name-grammar.ts';

/** Where the object of "held a …" ends: a participle clause, a place, a purpose or the sentence's end. */
// (Nor past the role one came in or the words one said: "(attended the ceremony) as a guest, said the platform should …".)
const OBJECT_END = new RegExp(String.raw`,\s+(?:\p{Ll}+ing|with|which|where|attended|chaired|connected|to|${SAYING_VERB})\b|\s+after\s`
  + String.raw`|\s+as\s+(?:an?\s+|the\s+)?(?:special\s+|honou?red\s+)?guests?\b|\s+(?:at`
  + String.raw`|in)\s+(?:the\s+)?\p{Lu}|\s+with\s+(?:the\s+)?participation|(?<!\b(?:No|Nos|Mr|Mrs|Ms|Dr|Prof|St))\.(?=\s|$)|[;:!?]|$`, 'u');
/** Where the object of "met with …" ends. */
const MET_END = /\s+with\s+|\s+(?:at|in)\s+(?:the\s+)?\p{Lu}|,|[.;:!?]|$/u;
/** Words after which a title is cut when it runs long. */
const MAX_WORDS = 18;

/** Longest subject kept whole in a title, in words. */
const SUBJECT_WORDS = 6;

/**
 * A title of a subject and what it did (`action`), within MAX_WORDS so that it still says what was done: a long subject keeps
 * its first conjunct ("Deputy Prime Minister X and delegates", "the Department of Science and Technology and the Daegu
 * Agency"; not the "and" inside a name), and is cut with an ellipsis beyond eight words.
 */
export function subjectAndAction(subject: string, action: string): string {
  return `${shortSubject(subject, action.split(/\s+/).length)} ${action}`;
}

function shortSubject(subject: string, actionWords: number): string {
  const count = subject.split(/\s+/).length;
  if (count <= SUBJECT_WORDS || count + actionWords <= MAX_WORDS) return subject;
  const words = subject.split(/\s+and\s+(?=the\s|\p{Ll})/u)[0]!.split(/\s+/);
  return words.length > SUBJECT_WORDS + 2 ? `${words.slice(0, SUBJECT_WORDS + 1).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ');
}

/** How many words past the cut a name cut there may run on. */
const NAME_RUN = 6;

/**
 * The first `max` words of a text, and the rest of a name the cut would split: "… and the Bắc" runs on to "… and the Bắc Hà Smart Tea
 * Cooperative" (at most NAME_RUN words more).
 */
export function firstWords(text: string, max: number): string {
  const words = text.split(/\s+/);
  let end = Math.min(max, words.length);
  while (end < words.length && end < max + NAME_RUN && /^\p{Lu}/u.test(words[end - 1]!) && /^\p{Lu}/u.test(words[end]!)) end++;
  return words.slice(0, end).join(' ');
}

/** Text up to the first match of `end`, trimmed. */
export const cutAt = (text: string, end: RegExp): string => text.slice(0, end.exec(text)?.index ?? text.length).trim();

/** A transcript's time code: "[05:45] ", "[01:02:05] ". */
const TIME_CODE = /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*/;
/** A place named where a sentence opens, set off by a comma: "In Kon Plông commune, ", "In Hà Nội, ". */
const OPENING_PLACE = /^(?:In|At)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:commune|ward|province|city|village))?\s*,\s+/u;

/** A title with its first letter capitalized and at most `max` words (cut with an ellipsis). */
export function tidyTitle(text: string, max = MAX_WORDS): string {
  // A bullet or a dash that opened an entry ("• Jan 8 – The hub opened …") is not part of what happened.
  // So is the attribution that opens it ("According to the report released in Singapore …").
  // So are a transcript's time code and a place the sentence opens with ("[05:45] In Kon Plông commune, the cooperative …").
  const words = text.replace(/^[\s•*·▪–—-]+/, '').replace(TIME_CODE, '').replace(OPENING_PLACE, '').replace(/^according\s+to\s+/i, '')
    .replace(LEADING_ARTICLE, '').replace(/\s+/g, ' ').trim()
    .split(' ');
  // A bracket or a comma left open at the end is cut off with what it opened ("… Day (").
  const cut = words.length > max ? `${words.slice(0, max).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ').replace(/\s*[(\[,;:]$/, '');
  return cut.charAt(0).toUpperCase() + cut.slice(1);
}

/** The gathering named after "held": "a national conference on X, combining …" → "National conference on X". */
export const heldObject = (after: string): string => cutAt(after, OBJECT_END);

/** The people met: "200 intellectuals and scientists with many achievements" → "200 intellectuals and scientists". */
export const metObject = (after: string): string => cutAt(after, MET_END);

/**
 * The agent of a passive, read on the text after its verb, past any day and place: "(was signed) on Tuesday in Lao Cai ward by
 * X, Chief Executive Officer of Y, and Z", "(was signed) by the Chairman". Group: the agent.
 */
export const AGENT = new RegExp(String.raw`^(?:\s+(?:on|in|at)(?:(?!\s(?:on|in|at|by)\s)[^,;.]){1,40})*\s+by\s+((?:the\s+)?\p{Lu}[^;.]{2,160}?)`
  + String.raw`(?=\s+(?:on|in|at)\s+[^,;.]{1,40}[.;]|[;.]|$)`, 'u');
