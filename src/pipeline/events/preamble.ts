/**
 * The opening of a news sentence before its subject: the date, the place, "on behalf of", time
 * adverbials ("Earlier the same morning", "the final day of the session") and participle phrases
 * ("continuing its 9th session"),
 * each ending in a comma ("On the morning of January 13, in Hanoi, the Politburo held …").
 */
const PREAMBLE_SEGMENT = /^\s*(?:(?:On|on|In|in|At|at|By|by|During|during|With|with|Under|under|According|Through|Amid|Following|After|Before|Earlier|Later|Previously|Meanwhile|Afterwards|Subsequently|Also|Then)\b[^,]*|on behalf of[^,]*|\p{L}+ing\b[^,]*|(?:the\s+)?(?:\p{L}+\s+){0,2}day\s+of\b[^,]*|[^,]*\b(?:19|20)\d{2}\b[^,]*)$/u;
/** Capitalized place words, with the short connectors names use ("Dien Hong Hall - National Assembly House") and numbers ("Hall No. 2"). */
const PLACE = /^(?:in|at)\s+(?:the\s+)?(?:historic\s+|central\s+|new\s+)?((?:\p{Lu}[\p{L}\p{M}'’.]*)(?:\s+(?:-\s+)?(?:\p{Lu}[\p{L}\p{M}'’.]*|\d+(?![\p{L}\d/-])|of|and|the|de))*)/u;

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
  let at = 0;
  let place: string | null = null;
  while (at < limit) {
    const comma = text.indexOf(',', at);
    if (comma < 0 || comma >= limit) break;
    const segment = text.slice(at, comma);
    const isDate = at < dateEnd && comma >= dateEnd - 1;
    if (!isDate && !PREAMBLE_SEGMENT.test(segment)) break;
    if (!isDate && !place) place = placeIn(segment.trim());
    at = comma + 1;
  }
  while (text[at] === ' ') at++;
  return { clauseStart: at, place };
}

/** The place named by a phrase starting with "in" or "at" and a capitalized name, or null. */
export function placeIn(phrase: string): string | null {
  const m = PLACE.exec(phrase.trim());
  if (!m) return null;
  const name = m[1]!.replace(/(?:\s+(?:of|and|the|de|-))+$/u, '').trim();
  // "in Notice No. 287/TB-VPCP" names a document, not a place.
  return /\p{Lu}/u.test(name) && !/\bNos?\.?$/.test(name) ? name : null;
}

/** The first place a sentence names after a position ("was held at the historic Ba Dinh Hall" → "Ba Dinh Hall"). */
export function placeAfter(text: string, from: number): string | null {
  for (const m of text.slice(from).matchAll(/\b(?:in|at)\s+(?:the\s+)?(?:historic\s+)?\p{Lu}/gu)) {
    const place = placeIn(text.slice(from + m.index));
    if (place) return place;
  }
  return null;
}
