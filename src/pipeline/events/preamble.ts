import { allMatches } from '../extract/all-matches.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { DAYTIME, WEEKDAY } from '../time/words.ts';

/**
 * The opening of a news sentence before its subject: the date, the place, "on behalf of", time
 * adverbials ("Earlier the same morning", "the final day of the session") and participle phrases
 * ("continuing its 9th session"),
 * each ending in a comma ("On the morning of January 13, in Hanoi, the Politburo held …").
 */
const PREAMBLE_SEGMENT = new RegExp(String.raw`^\s*(?:(?:On|on|In|in|At|at|By|by|During|during|With|with|Under|under|According|Through|Amid`
  + String.raw`|Following|After|Before|Earlier|Later|Previously|Meanwhile|Afterwards|Subsequently|Also|Then)\b[^,]*|on behalf of[^,]*`
  + String.raw`|\p{L}+ing\b[^,]*|(?:the\s+)?(?:\p{L}+\s+){0,2}day\s+of\b[^,]*|[^,]*\b(?:19|20)\d{2}\b[^,]*`
  + String.raw`|(?:The|That|This|One|A)\s+(?:\p{L}+\s+){0,2}(?:day|${DAYTIME}|week|${WEEKDAY})(?:\s+(?:before|earlier|after|later))?\s*)$`, 'u');
/** Capitalized place words, with the short connectors names use ("Dien Hong Hall - National Assembly House") and numbers ("Hall No. 2"). */
const PLACE = new RegExp(String.raw`^(?:in|at)\s+(?:the\s+)?(?:historic\s+|central\s+`
  + String.raw`|new\s+)?((?:\p{Lu}[\p{L}\p{M}'’.]*)(?:\s+(?:-\s+)?(?:\p{Lu}[\p{L}\p{M}'’.]*|\d+(?![\p{L}\d/-])|of|and|the|de))*)`, 'u');

/** A sentence split into its preamble and the clause that follows, by offsets into the sentence. */
export interface Preamble {
  /** Offset where the main clause starts. */
  clauseStart: number;
  /** The place a preamble segment names ("in Hanoi" → "Hanoi"), if any. */
  place: string | null;
}

/**
 * Finds where the main clause of a sentence starts: after the leading comma-separated segments
 * that give a date (`dateEnd` is the offset just past the sentence's time expression), a place or
 * "on behalf of" someone. Only segments before `limit` (the verb) are considered.
 */
export function splitPreamble(text: string, dateEnd: number, limit: number): Preamble {
  return preambles(text)(dateEnd, limit);
}

/**
 * `splitPreamble` for one sentence and any date and verb, its segments read once: the preamble ends at the
 * verb, or at the first segment that is neither the date's nor a preamble segment. Asked for each happening
 * of a long sentence of preamble-like segments, reading them again each time was quadratic.
 */
export function preambles(text: string): (dateEnd: number, limit: number) => Preamble {
  const commas: number[] = [];
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) commas.push(at);
  const startOf = (k: number) => (k === 0 ? 0 : commas[k - 1]! + 1);
  // The segments before a comma that are no preamble segment, and those that name a place, in order: read as far as
  // a question needs, each once.
  const others: number[] = [];
  const placed: { k: number; place: string }[] = [];
  let read = 0;
  const readTo = (k: number) => {
    for (; read < k && others.length < 2; read++) {
      const segment = text.slice(startOf(read), commas[read]);
      if (!PREAMBLE_SEGMENT.test(segment)) others.push(read);
      else {
        const place = placeIn(segment.trim());
        if (place) placed.push({ k: read, place });
      }
    }
  };
  return (dateEnd, limit) => {
    // The segment that holds the date's last character is the date's, whatever it says.
    const date = firstAtLeast(commas, dateEnd - 1, (c) => c);
    const isDate = (k: number) => k === date && startOf(k) < dateEnd;
    const beyond = firstAtLeast(commas, limit, (c) => c);
    readTo(beyond);
    const end = Math.min(beyond, others.find((k) => !isDate(k)) ?? Infinity);
    const place = placed.find((p) => p.k >= end || !isDate(p.k));
    let at = startOf(end);
    while (text[at] === ' ') at++;
    return { clauseStart: at, place: place && place.k < end ? place.place : null };
  };
}

/** The place named by a phrase starting with "in" or "at" and a capitalized name, or null. */
export function placeIn(phrase: string): string | null {
  const m = PLACE.exec(phrase.trim());
  if (!m) return null;
  const name = m[1]!.replace(/(?:\s+(?:of|and|the|de|-))+$/u, '').trim();
  // "in Notice No. 287/TB-VPCP" names a document, not a place.
  return /\p{Lu}/u.test(name) && !/\bNos?\.?$/.test(name) ? name : null;
}

/** "in" or "at" before a capitalised name: where a place may be named. */
const PLACE_START = /\b(?:in|at)\s+(?:the\s+)?(?:historic\s+)?\p{Lu}/gu;

/** A sum or a stake right before "in": what it is put in is no place ("US$3 million in Tâm An Photonics", "a stake in X"). */
const INVESTED = /(?:\d|%|\b(?:million|billion|trillion|stakes?|shares?|invest(?:s|ed|ing|ment|ments)?))\s+$/;
/** Whether an "in/at <Name>" at an index of a text may name a place (see INVESTED). */
const mayPlace = (text: string, at: number) => !INVESTED.test(text.slice(Math.max(0, at - 16), at));

/** The first place a sentence names after a position ("was held at the historic Ba Dinh Hall" → "Ba Dinh Hall"). */
export function placeAfter(text: string, from: number): string | null {
  for (const m of text.slice(from).matchAll(PLACE_START)) {
    const place = mayPlace(text, from + m.index) ? placeIn(text.slice(from + m.index)) : null;
    if (place) return place;
  }
  return null;
}

/**
 * `placeAfter` for one sentence and any position, each "in/at <Name>" read once: the first that names a place
 * from a position on. Asked for each happening of a long sentence, the rest of it was read again each time.
 */
export function placesAfter(text: string): (from: number) => string | null {
  const starts = allMatches(PLACE_START, text);
  // The first start from each one on that names a place (its index in `starts`), worked out from the end.
  const places = starts.map((m) => (mayPlace(text, m.index) ? placeIn(text.slice(m.index)) : null));
  const next: number[] = [];
  for (let i = starts.length - 1; i >= 0; i--) next[i] = places[i] ? i : (next[i + 1] ?? -1);
  return (from) => {
    // A position inside a word makes "in" there a word of its own, which it is not in the whole text: read the rest itself.
    if (from > 0 && /\w/.test(text[from - 1]!) && /\w/.test(text[from] ?? '')) return placeAfter(text, from);
    const first = next[firstAtLeast(starts, from, (m) => m.index)] ?? -1;
    return first >= 0 ? places[first]! : null;
  };
}
