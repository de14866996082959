import type { Mention } from '../extract/types.ts';
import { refOf, type MentionRef } from './types.ts';

/** A verb that sets up a body: "establishing", "on the establishment of", "To establish", "setting up". */
export const ESTABLISHING = /\b(?:establish(?:es|ed|ing)?|set(?:s|ting)?\s+up|(?:establishment|formation)\s+of|form(?:s|ing)?)\s+/i;
/** The same verb right after an instrument: "Decision No. 96 establishing …", "…, on setting up …". */
export const ESTABLISHING_NEXT = /^\s*,?\s*(?:on\s+|to\s+)?(?:establishing|establish|setting\s+up|set\s+up|forming|the\s+(?:establishment|formation)\s+of)\s+/i;
/** "<body>, set up under <decision>": the body before, the decision after. */
export const SET_UP_UNDER = /\b(?:set\s+up|established|formed|founded)\s+(?:under|by|pursuant\s+to|in\s+accordance\s+with)\s+$/i;
/** A body's head noun, with up to four words before it: "Provincial Steering Committee", "the steering committee". */
const HEAD = String.raw`(?:(?:\p{Lu}[\p{L}'’-]*|provincial|national|central|city|municipal|local`
  + String.raw`|inter-?sectoral)\s+){0,4}(?:[Ss]teering\s+[Cc]ommittee|[Cc]ommittee|[Cc]ouncil|[Bb]oard|[Tt]ask\s+[Ff]orce|[Ww]orking\s+[Gg]roup|[Tt]eam`
  + String.raw`|[Cc]ommission|[Cc]ent(?:re|er)|[Ff]und|[Aa]gency|[Ii]nstitute|[Oo]ffice)`;
/** What a body's name may go on with: "for Science, Technology and Digital Transformation of Lam Dong Province". */
const TAIL = String.raw`(?:\s+(?:for|on|of)(?:,?\s+(?:\p{Lu}[\p{L}\d'’-]*|and|of|for|on|the|in))+)?`;
const BODY_AFTER = new RegExp(String.raw`^\s*(?:a|an|the|its)?\s*(${HEAD}${TAIL})`, 'u');
const BODY_BEFORE = new RegExp(String.raw`(?:^|[,;(]\s*|\s)(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(${HEAD}${TAIL})\s*,?\s*$`, 'u');
/** Trailing words a name does not end with. */
const LOOSE_END = /(?:,?\s+(?:and|of|for|on|the|in))+$/;

/** The kind of body a name names, folded: "steering committee", "council"; the name itself when it has no head noun. */
export function bodyHead(name: string): string {
  const head = /\b(?:steering\s+committee|task\s+force|working\s+group|committee|council|board|team|commission|cent(?:re|er)|fund|agency|institute|office)\b/i;
  return head.exec(name)?.[0].toLowerCase().replace(/\s+/g, ' ').replace('center', 'centre') ?? name.toLowerCase();
}

/** A body as a sentence names it, with its mention when the organization parser found one there. */
export interface Body {
  name: string;
  ref?: MentionRef;
}

/** The body named right after a verb that sets one up (`from`: an offset in the sentence just past the verb). */
export function bodyAfter(text: string, from: number, offset: number, organizations: readonly Mention[]): Body | undefined {
  const m = BODY_AFTER.exec(text.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length - m[1]!.length;
  return named(m[1]!, offset + start, organizations);
}

/** The body named right before "…, set up under" (`to`: an offset in the sentence where the verb starts). */
export function bodyBefore(text: string, to: number, offset: number, organizations: readonly Mention[]): Body | undefined {
  const slice = text.slice(Math.max(0, to - 200), to);
  const m = BODY_BEFORE.exec(slice);
  if (!m) return undefined;
  const start = to - slice.length + m.index + m[0].indexOf(m[1]!);
  return named(m[1]!, offset + start, organizations);
}

/** The body's name as written, and the organization mention inside it, if any. */
function named(written: string, at: number, organizations: readonly Mention[]): Body {
  const name = written.replace(LOOSE_END, '').trim();
  const mention = organizations.find((o) => o.start >= at && o.end <= at + name.length);
  return { name, ...(mention ? { ref: refOf(mention) } : {}) };
}
