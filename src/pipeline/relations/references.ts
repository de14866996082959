import type { InstrumentType, Mention } from '../extract/types.ts';
import { fold } from '../extract/fold.ts';
import type { DocumentInstruments } from './document-instruments.ts';
import type { Reference } from './types.ts';

/** The instrument types phrases name, by their word. */
const TYPE_BY_WORD: Readonly<Record<string, InstrumentType>> = {
  resolution: 'resolution', decision: 'decision', directive: 'directive', conclusion: 'conclusion', decree: 'decree',
  plan: 'plan', 'action programme': 'actionprogramme', programme: 'actionprogramme', program: 'actionprogramme',
  notice: 'notice', circular: 'circular', report: 'report', submission: 'submission',
};
/**
 * An instrument named by a phrase: "this Decision", "the plan" (group 1: the determiner), "the
 * Politburo's resolution" (group 2: the issuer); group 3: the type's word. Not when a number
 * follows ("the Plan No. 12" is a mention), nor "the plan's", nor "the resolution of the Congress"
 * (a description of another instrument).
 */
const PHRASE = new RegExp(String.raw`\b(?:(this|This|THIS|the|The|THE)`
  + String.raw`|(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s)\s+(?:(?:new|latest|revised|updated|amended|above|said`
  + String.raw`|same)\s+)?([A-Za-z]+(?:\s+[Pp]rogramme)?)\b(?!\s*(?:No\b|Nos\b|\d)|['’]s\b)`, 'gu');
/** A sentence that opens with a phrase for an instrument ("The new decree gives …"): "It" in the next sentence stands for it. */
const OPENING_PHRASE = new RegExp(`^(?:${PHRASE.source.slice(2)})`, 'u');
/** After "the <type>", words that describe some other instrument. */
const DESCRIBED = /^\s+(?:of|on|for|regarding|about|approving|dated|issued\s+by)\b/;
/** How many instruments of a type are looked through for a phrase (beyond that, it is ambiguous anyway). */
const SCAN = 50;

/**
 * The instruments a sentence names by a phrase, each with the mention it stands for: the
 * document's own instrument ("this Decision" on the decision's page), else the last of its type
 * named in the same paragraph, else the one the lead reports made, else the only one of its type
 * named before; "the Politburo's resolution": the only one of its type named before with that
 * issuer. A phrase none of these settles is left out.
 */
export function phraseReferences(text: string, offset: number, block: number, doc: DocumentInstruments): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const type = TYPE_BY_WORD[m[3]!.toLowerCase().replace(/\s+/g, ' ')];
    if (!type || (m[1] && DESCRIBED.test(text.slice(m.index + m[0].length)))) continue;
    const at = offset + m.index;
    const found = m[2] ? byIssuer(doc, type, m[2], block, at) : byPhrase(doc, type, block, at);
    if (found) out.push({ start: m.index, end: m.index + m[0].length, mention: found.mention, via: found.via });
  }
  return out;
}

/**
 * The instrument a sentence opens with, which "It" at the start of the next sentence of the
 * paragraph stands for: a mention at its start, or a phrase ("The new decree").
 */
export function openingReference(
  text: string, offset: number, block: number, first: Mention | undefined, doc: DocumentInstruments,
): Reference['mention'] | undefined {
  if (first && first.start - offset <= 2) return first;
  const m = OPENING_PHRASE.exec(text);
  if (!m || m[2]) return undefined;
  const type = TYPE_BY_WORD[m[3]!.toLowerCase().replace(/\s+/g, ' ')];
  return type ? byPhrase(doc, type, block, offset)?.mention : undefined;
}

const before = (m: Mention, block: number, at: number) => m.block < block || (m.block === block && m.end <= at);

function byPhrase(doc: DocumentInstruments, type: InstrumentType, block: number, at: number) {
  if (doc.own?.type === type) return { mention: doc.own, via: 'document' as const };
  const local = lastBefore(doc.inBlock.get(block)?.get(type) ?? [], at);
  if (local) return { mention: local, via: 'antecedent' as const };
  if (doc.focus?.type === type && before(doc.focus, block, at)) return { mention: doc.focus, via: 'antecedent' as const };
  const named = (doc.byType.get(type) ?? []).slice(0, SCAN).filter((e) => before(e.first, block, at));
  return named.length === 1 ? { mention: named[0]!.first, via: 'antecedent' as const } : undefined;
}

/** The last of a paragraph's mentions (in order) that ends by `at`. */
function lastBefore(mentions: readonly Mention[], at: number): Mention | undefined {
  let [lo, hi] = [0, mentions.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return mentions[lo - 1];
}

function byIssuer(doc: DocumentInstruments, type: InstrumentType, issuer: string, block: number, at: number) {
  const wanted = fold(issuer);
  const named = (doc.byType.get(type) ?? []).slice(0, SCAN).filter((e) => before(e.first, block, at) && e.issuers.some((i) => i.includes(wanted)));
  return named.length === 1 ? { mention: named[0]!.first, via: 'antecedent' as const } : undefined;
}
