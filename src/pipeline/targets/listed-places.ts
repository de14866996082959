import { allMatches } from '../extract/all-matches.ts';
import { foldPlace, PLACES } from '../extract/lexicon/provinces.ts';
import { firstAtLeast } from '../sorted-spans.ts';

/* The listed provinces and cities a text names by their bare names, in its runs of capitalised words (see scope.ts). */

/** The places of texts already read (a target's clause and sentence are read for each of its figures); forgotten when full. */
const placesSeen = new Map<string, string[]>();
const PLACES_SEEN = 10_000;

/** A run of capitalised words, joined by spaces or hyphens: where a place name may stand. */
const CAPITALISED_RUN = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|-)\p{Lu}[\p{L}\p{M}]*)*/gu;
/** The kind of a unit below a province or city, after its name: "(Kon Tum) ward", "(Tân Thạnh) commune". */
/** The things a rank is among, right before a place: "top 3 communes and wards of", "top 10 provinces in the". */
const RANKED_AMONG = /\btop\s+\d{1,3}\s+(?:[\p{Ll}-]+\s+){1,5}(?:of|in)\s+(?:the\s+)?$/u;
/** How far back RANKED_AMONG looks. */
const RANK_REACH = 70;
const LOWER_UNIT = /^\s+(?:ward|commune|district|town|township|village|hamlet)s?\b/;
/**
 * Where parts of a whole are, right before a place: "(600 MWh of grid batteries …,) most of them beside solar farms in (Khánh Hòa, …)",
 * "mainly in". The whole is not the place's.
 */
const PARTS_IN = new RegExp(String.raw`(?:\b(?:most|many|some|half|several|part)\s+of\s+(?:them|it|which)\b[^.;()]{0,50}`
  + String.raw`|\b(?:mostly|mainly|largely|chiefly)\s+)(?:in|at|beside|near|along|across)\s+(?:the\s+)?$`, 'u');
/** A capital letter, in any script. */
const UPPER = /^\p{Lu}$/u;
/** Capitalised words that open a run without being part of the place: "For Nghệ An, …", "In Lam Dong …". */
const RUN_OPENER = /^(?:For|In|By|Under|At|As|With|From|Like|Unlike|Meanwhile|Also|And|But|Then|The|Both|Across|Outside|Inside)$/;
/** Capitalised words that close a run after a place: its bodies ("the Nghe An Department of …", "Long An Provincial …"). */
const RUN_BODY = new RegExp(String.raw`^(?:Department|Departments|Provincial|Province|City|Municipal|People|People[’']s|Party|Committee`
  + String.raw`|Council|Police|Portal|Newspaper|Radio|Television|Office|Union|Federation)$`);

/** The listed place a run of capitalised words names, once its openers and trailing bodies are left out. */
function placeOfRun(run: string): string | undefined {
  const words = run.split(/\s+/);
  while (words.length > 1 && RUN_OPENER.test(words[0]!)) words.shift();
  let scope = PLACES.get(foldPlace(words.join(' ')));
  while (!scope && words.length > 1 && RUN_BODY.test(words.at(-1)!)) {
    words.pop();
    scope = PLACES.get(foldPlace(words.join(' ')));
  }
  return scope;
}

/** The listed places of a sentence, before and after a point, as `placesIn` reads the two parts (see `placeRuns`). */
export interface PlaceRuns {
  before(at: number): string[];
  after(at: number): string[];
}

/**
 * `placesIn(text.slice(0, at))` and `placesIn(text.slice(at))` for any point, from one reading of the
 * text's runs: the parts hold the runs of the whole that end before the point or start after it, and a
 * run the point cuts is read in its two pieces. Reading both parts for each figure of a long sentence
 * was quadratic.
 */
export function placeRuns(text: string): PlaceRuns {
  // Texts repeat across a corpus (a site's boilerplate, a quoted target): a short one's runs are kept, like placesIn's places.
  const kept = text.length <= KEPT_LENGTH ? runsSeen.get(text) : undefined;
  if (kept) return kept;
  if (runsSeen.size >= PLACES_SEEN) runsSeen.clear();
  const read = readRuns(text);
  if (text.length <= KEPT_LENGTH) runsSeen.set(text, read);
  return read;
}

/** The runs of texts already read; forgotten when full. */
const runsSeen = new Map<string, PlaceRuns>();
/**
 * The longest text whose runs are kept: V8 hashes a longer string by its length alone, so that looking up long texts
 * of one length compares them whole.
 */
const KEPT_LENGTH = 16_000;

/** Whether the run at `at` follows PARTS_IN, or a list of places that does ("… in Khánh Hòa, (Lâm Đồng) and …"). */
function partsIn(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - RANK_REACH), at);
  if (!/\b(?:of\s+(?:them|it|which)|mostly|mainly|largely|chiefly)\b/.test(before)) return false;
  return PARTS_IN.test(before.replace(/(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*(?:,\s+|\s+and\s+|,\s+and\s+)$/u, '')
    .replace(/(?:(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}\p{Lu}[\p{L}\p{M}]*,\s+)+$/u, ''));
}

/** `placeRuns` of a text not kept. */
function readRuns(text: string): PlaceRuns {
  // (A run before a lower unit's kind is that unit's name, not the province's: "one in Kon Tum ward" since the 2025 mergers.)
  // (Nor is the whole a rank is among: "(to rank among the top 3 communes and wards) of Hà Tĩnh" is the commune's rank.)
  const runs = allMatches(CAPITALISED_RUN, text).map((m) => ({
    start: m.index, end: m.index + m[0].length,
    // (Nor is where parts of a whole are: "most of them beside solar farms in Khánh Hòa, Lâm Đồng and Gia Lai".)
    place: LOWER_UNIT.test(text.slice(m.index + m[0].length)) || RANKED_AMONG.test(text.slice(Math.max(0, m.index - RANK_REACH), m.index))
      || partsIn(text, m.index) ? undefined : placeOfRun(m[0]),
  }));
  // The distinct places of the first k runs, in order, are the first seen[k] of `order`.
  const order: string[] = [];
  const seen = [0];
  for (const run of runs) {
    if (run.place && !order.includes(run.place)) order.push(run.place);
    seen.push(order.length);
  }
  // The distinct places of the runs from k on, in order: worked out from the end when first asked.
  let from: string[][] | undefined;
  const placesFrom = (k: number): string[] => {
    if (!from) {
      from = [];
      from[runs.length] = [];
      for (let i = runs.length - 1; i >= 0; i--) {
        const { place } = runs[i]!;
        from[i] = place ? [place, ...from[i + 1]!.filter((p) => p !== place)] : from[i + 1]!;
      }
    }
    return from[k]!;
  };
  const joined = (first: string[], then: readonly string[]) => [...first, ...then.filter((p) => !first.includes(p))];
  return {
    before(at) {
      const ended = firstAtLeast(runs, at + 1, (r) => r.end);
      const cut = runs[ended];
      const whole = order.slice(0, seen[ended]);
      return cut && cut.start < at ? joined(whole, placesIn(text.slice(cut.start, at))) : whole;
    },
    after(at) {
      const next = firstAtLeast(runs, at, (r) => r.start);
      const cut = runs[next - 1];
      if (cut && cut.end > at) return joined(placesIn(text.slice(at, cut.end)), placesFrom(next));
      // A capital right after a letter starts a run of the part but none of the whole ("…xNghe An"): read the part itself.
      if (runs[next]?.start !== at && UPPER.test(String.fromCodePoint(text.codePointAt(at) ?? 32))) return placesIn(text.slice(at));
      return placesFrom(next);
    },
  };
}

/**
 * The listed provinces and cities a text names as a whole run of capitalised words, in order:
 * "Quang Binh aims …", "For Nghệ An, …", "the Nghe An Department of …". A place inside a longer
 * run is part of another name ("Tran Thi Thanh Hoa" is a person), and is not read.
 */
export function placesIn(text: string): string[] {
  let out = placesSeen.get(text);
  if (out) return out;
  if (placesSeen.size >= PLACES_SEEN) placesSeen.clear();
  out = [];
  placesSeen.set(text, out);
  for (const m of allMatches(CAPITALISED_RUN, text)) {
    const scope = placeOfRun(m[0]);
    if (scope && !out.includes(scope)) out.push(scope);
  }
  return out;
}
