import { textAfter } from '../reach.ts';
import type { SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/** A merger named as a noun ("the merger with Phu Yen", "the merger of the two ministries") or a verb ("merged with", "merged into"). */
const MERGER = /\b(?:(?:the\s+)?(merger|consolidation|amalgamation)\s+(?:of|with|into|between)\s+|(merged)\s+(?:with|into)\s+)/gi;
/** Where the merged party's name ends. */
const PARTY_END = /\s+(?:on|in|from|since|at|to)\s|,|;|\.(?=\s|$)|$/;

/** Mergers of bodies or provinces: "Following the merger with Phu Yen on July 1, …" → "Merger with Phu Yen". */
export function readMergers(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  for (const m of context.text.matchAll(MERGER)) {
    // Within REACH: a party of more than ten words is none, and a sentence of many mergers was read to its end for each.
    const rest = textAfter(context.text, m.index + m[0].length);
    const party = rest.slice(0, PARTY_END.exec(rest)!.index).trim();
    if (!party || party.split(/\s+/).length > 10) continue;
    const noun = m[1];
    const title = noun
      ? `${noun.charAt(0).toUpperCase()}${noun.slice(1).toLowerCase()} ${m[0].trim().split(/\s+/).at(-1)} ${party}`
      : `${subjectBefore(context, m.index) || 'Body'} ${m[0].trim()} ${party}`;
    out.push({ kind: 'establishment', at: m.index, end: m.index + m[0].length + party.length, title, quality: 2, inherits: false, near: true });
  }
  return out;
}
