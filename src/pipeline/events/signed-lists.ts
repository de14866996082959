/*
 * Agreements listed under a paragraph that says they were signed ("The three MoUs signed at the ceremony:", then "1. X and
 * Y, on …", "2. …"): each item is a signing by its parties, on the day the list's paragraph gives.
 */

/** The noun of what was signed, as a pattern source. */
const SIGNED_NOUN = String.raw`(memorand(?:um|a|ums)(?:\s+of\s+understanding)?|MoUs?|agreements?|contracts?|deals?)`;
/** A paragraph that frames a list of signings, ending with a colon. Groups: the noun, before or after "signed". */
const SIGNED_FRAME = new RegExp(String.raw`\b${SIGNED_NOUN}\b[^:.]{0,80}\bsigned\b[^:.]*:\s*$|\bsigned\b[^:.]{0,80}\b${SIGNED_NOUN}\b[^:.]*:\s*$`, 'i');
/** The marker that opens an item of a list written as paragraphs: "1. ", "2) ", "- ", "• ". */
const ITEM = /^\s*(?:\d{1,2}[.)]|[-•*])\s+/;
/** A marker on its own, split off as a sentence. */
const MARKER_ONLY = /^\s*(?:\d{1,2}[.)]|[-•*])\s*$/;
/** Where an item's parties end: a comma, a bracket, a colon, a semicolon, or "on" before what the agreement is about. */
const PARTIES_END = /[,(:;]|\s+(?:on|for|to)\s/;
/** Parties: two or more, joined by "and" or "with". */
const TWO_PARTIES = /\s(?:and|with)\s/;
/** Longest stretch of what an agreement is on kept in its title, in words. */
const ABOUT_WORDS = 10;
/** The gathering the text reports, named in the frame: "signed at the ceremony:". */
export const SIGNED_AT_GATHERING = new RegExp(String.raw`\b(?:at|during|on\s+the\s+sidelines\s+of)\s+the\s+(?:ceremony|conference|forum|meeting|event`
  + String.raw`|session|summit|signing|workshop)\b`, 'i');

/** The noun of a paragraph that frames a list of signings, singular ("MoUs" → "MoU"), or undefined. */
export function signedFrame(text: string): string | undefined {
  const m = SIGNED_FRAME.exec(text);
  const noun = m?.[1] ?? m?.[2];
  // (A noun that opens the paragraph is written in lower case: "Agreements signed on Monday:".)
  return noun && noun.replace(/^memorand(?:a|ums)\b/i, 'memorandum').replace(/^(MoU|agreement|contract|deal)s$/i, '$1')
    .replace(/^(?!MoU)\p{Lu}/u, (c) => c.toLowerCase());
}

/** Whether a block is an item of a list written as paragraphs. */
export const isItem = (text: string) => ITEM.test(text);

/** Whether a sentence is only an item's marker. */
export const isMarkerOnly = (text: string) => MARKER_ONLY.test(text);

/** The title of the signing an item tells ("X and Y signed MoU"), from the item's first sentence, or undefined without two parties. */
export function signedItemTitle(sentence: string, noun: string): { title: string; end: number } | undefined {
  const marker = ITEM.exec(sentence)?.[0] ?? '';
  const rest = sentence.slice(marker.length);
  const end = PARTIES_END.exec(rest)?.index ?? rest.length;
  const parties = rest.slice(0, end).trim();
  if (!TWO_PARTIES.test(parties) || parties.split(/\s+/).length > 24) return undefined;
  // What the agreement is on: "…, on a 30-MW data centre worth US$360 million".
  const on = /^(?:\s*\([^)]*\))?,?\s+(on|for)\s+([^,;.]+)/.exec(rest.slice(end))?.slice(1);
  const about = on ? ` ${on[0]} ${on[1]!.split(/\s+/).slice(0, ABOUT_WORDS).join(' ')}` : '';
  return { title: `${parties} signed ${noun}${about}`, end: marker.length + end };
}
