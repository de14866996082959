/** Where the object of "held a …" ends: a participle clause, a place, a purpose or the sentence's end. */
const OBJECT_END = new RegExp(String.raw`,\s+(?:combining|with|which|where|attended|chaired|connected|marking|bringing|drawing|to)\b|\s+(?:at`
  + String.raw`|in)\s+(?:the\s+)?\p{Lu}|\s+with\s+(?:the\s+)?participation|(?<!\b(?:No|Nos|Mr|Mrs|Ms|Dr|Prof|St))\.(?=\s|$)|[;:!?]|$`, 'u');
/** Where the object of "met with …" ends. */
const MET_END = /\s+with\s+|\s+(?:at|in)\s+(?:the\s+)?\p{Lu}|,|[.;:!?]|$/u;
/** Words after which a title is cut when it runs long. */
const MAX_WORDS = 16;

/** Text up to the first match of `end`, trimmed. */
export const cutAt = (text: string, end: RegExp): string => text.slice(0, end.exec(text)?.index ?? text.length).trim();

/** A title with its first letter capitalized and at most `max` words (cut with an ellipsis). */
export function tidyTitle(text: string, max = MAX_WORDS): string {
  const words = text.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim().split(' ');
  const cut = words.length > max ? `${words.slice(0, max).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ');
  return cut.charAt(0).toUpperCase() + cut.slice(1);
}

/** The gathering named after "held": "a national conference on X, combining …" → "National conference on X". */
export const heldObject = (after: string): string => cutAt(after, OBJECT_END);

/** The people met: "200 intellectuals and scientists with many achievements" → "200 intellectuals and scientists". */
export const metObject = (after: string): string => cutAt(after, MET_END);
