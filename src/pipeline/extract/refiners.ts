import { INSTRUMENT_TYPES } from '../../schemas/entity.ts';
import { orgKey } from './organization-parser.ts';
import { office } from './title-reference-parser.ts';
import type { Mention, Refiner } from './types.ts';

const PRIORITY: Record<string, number> = { ...Object.fromEntries(INSTRUMENT_TYPES.map((t) => [t, 5])), law: 4, programme: 3, organization: 2, person: 1 };

/**
 * Of overlapping mentions, keeps the longest (of two that only cross where one is a numbered instrument, the
 * instrument: "Committee's [Plan] No. 7"); on equal length, the more specific type. A body's name that ran on into
 * the name of a person with a title ends where the person's name starts, and both are kept.
 */
export const overlapRemovalRefiner: Refiner = {
  name: 'OverlapRemovalRefiner',
  refine(mentions) {
    const sorted = [...mentions].sort((a, b) => a.block - b.block || a.start - b.start || (b.end - b.start) - (a.end - a.start));
    const kept: Mention[] = [];
    // Kept mentions before `live` cannot clash with this mention or any after it: they are in an earlier
    // block, or end where it starts or before (mentions come by start). So each is passed over once.
    let live = 0;
    for (const m of sorted) {
      while (live < kept.length && (kept[live]!.block !== m.block || kept[live]!.end <= m.start)) live++;
      const clash = firstClash(kept, live, m);
      if (clash === -1) { kept.push(m); continue; }
      const k = kept[clash]!;
      // "President of the Seoryeong Institute of Advanced Technology Choi Sung-ho": a body's name that ran on into the name of the
      // person its title is before ends where that name starts.
      const cut = k.type === 'organization' && m.type === 'person' && (m.roles?.length ?? 0) > 0 && m.end === k.end && m.start > k.start
        ? k.text.slice(0, m.start - k.start).trimEnd() : '';
      if (cut.split(/\s+/).length >= 2 && k.name.endsWith(k.text)) {
        const name = k.name.slice(0, k.name.length - k.text.length) + cut;
        kept[clash] = { ...k, name, key: orgKey(name), text: cut, end: k.start + cut.length };
        kept.push(m);
        continue;
      }
      const crossing = (m.start < k.start && m.end < k.end) || (k.start < m.start && k.end < m.end);
      const partial = crossing && (INSTRUMENT_TYPES as readonly string[]).some((t) => t === m.type || t === k.type);
      const better = partial ? PRIORITY[m.type]! > PRIORITY[k.type]!
        : m.end - m.start > k.end - k.start || (m.end - m.start === k.end - k.start && PRIORITY[m.type]! > PRIORITY[k.type]!);
      if (better) kept[clash] = m;
    }
    return kept.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};

/** The first kept mention from `from` on that overlaps `m` in its block, or -1 (the first one looked at, unless `m` is empty). */
function firstClash(kept: Mention[], from: number, m: Mention): number {
  for (let i = from; i < kept.length; i++) {
    const k = kept[i]!;
    if (k.block === m.block && k.start < m.end && m.start < k.end) return i;
  }
  return -1;
}

/**
 * Attaches "the General Secretary" to the person the same text names with that title (not a
 * former holder). References the text cannot resolve keep their office key for the corpus stage.
 */
export const titleReferenceRefiner: Refiner = {
  name: 'TitleReferenceRefiner',
  refine(mentions) {
    const holders = new Map<string, Mention>();
    for (const m of mentions) {
      if (m.type !== 'person' || m.via !== 'name') continue;
      for (const role of m.roles ?? []) if (!/^former\b/i.test(role)) if (!holders.has(office(role))) holders.set(office(role), m);
    }
    return mentions.map((m) => {
      if (m.via !== 'title') return m;
      const holder = holders.get(m.key.slice('office:'.length));
      return holder ? { ...m, key: holder.key, name: holder.name, certain: true } : m;
    });
  },
};

/** A name confirmed anywhere in the text confirms its other mentions there. */
export const confirmedNameRefiner: Refiner = {
  name: 'ConfirmedNameRefiner',
  refine(mentions) {
    const confirmed = new Set(mentions.filter((m) => m.type === 'person' && m.certain).map((m) => m.key));
    return mentions.map((m) => (m.type === 'person' && !m.certain && confirmed.has(m.key) ? { ...m, certain: true } : m));
  },
};

/** A body qualified by its locality: "Quang Ninh Provincial Party Committee", "Da Nang City People's Council". */
const LOCALITY = /^((?:[\p{Lu}][\p{Ll}]+ ){1,3}?)(?:Provincial|Municipal|City|District) (?:Party|People['’]s)\b/u;
/** A local body named without its locality. */
const GENERIC_LOCAL = /^(?:Provincial|Municipal|City|District) (?:Party|People['’]s)\b/;

/**
 * Qualifies generic provincial bodies ("Provincial People's Committee") with the one province a
 * text names elsewhere ("Quang Ninh Provincial Party Committee"), so that they are one body each.
 */
export const provinceRefiner: Refiner = {
  name: 'ProvinceRefiner',
  refine(mentions) {
    const provinces = new Set(mentions.filter((m) => m.type === 'organization').map((m) => LOCALITY.exec(m.name)?.[1]).filter(Boolean));
    if (provinces.size !== 1) return mentions;
    const province = [...provinces][0]!.trim();
    return mentions.map((m) => {
      if (m.type !== 'organization' || !GENERIC_LOCAL.test(m.name)) return m;
      const name = `${province} ${m.name}`;
      return { ...m, name, key: orgKey(name) };
    });
  },
};

/**
 * Resolves a person the text names again by one word ("Nguyen said", "Mr. Vinh") to the person of
 * the same document whose full name begins (family name) or ends (given name) with that word, the
 * nearest one named before it, else the first after; one it abbreviates no one's is dropped. A
 * given name of two words ("Ms Thu Hà") is resolved alike, and kept when it abbreviates no one's.
 */
/** The index of the last mention of a list in the text's order that ends before a mention starts, or -1. */
function lastBefore(list: readonly Mention[], m: Mention): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = list[mid]!;
    if (f.block < m.block || (f.block === m.block && f.end <= m.start)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A courtesy title right before a mention: "Mr ", "Ms. ", "Mrs ". */
const HONORIFIC_BEFORE = /\b(?:Mr|Ms|Mrs|Madam)\.?\s+$/;
/** How far before a name its courtesy title is read. */
const HONORIFIC_REACH = 8;

export const shortNameRefiner: Refiner = {
  name: 'ShortNameRefiner',
  refine(mentions) {
    const full = mentions.filter((m) => m.type === 'person' && m.via === 'name' && !m.key.startsWith('short:') && m.key.includes(' '));
    // The full names of three words or more by their last two, in the text's order: looked up, not searched, for each name of two words.
    const byGiven = Map.groupBy(full.filter((f) => f.key.split(' ').length >= 3), (f) => f.key.split(' ').slice(-2).join(' '));
    for (const list of byGiven.values()) list.sort((a, b) => a.block - b.block || a.end - b.end);
    // (And by their first two, for a name whose personal name comes first: "Mr Y Khoa" after "Y Khoa Niê", an Ê Đê name.)
    const byFirst = Map.groupBy(full.filter((f) => f.key.split(' ').length >= 3), (f) => f.key.split(' ').slice(0, 2).join(' '));
    const out: Mention[] = [];
    for (const m of mentions) {
      // "Ms Thu Hà" after "Đặng Thị Thu Hà": a name of two words, with no title of its own, that ends a longer full name of the text is
      // that person by their given name; so is one whose title begins a title of that person's ("Vice Chairman Ha Sơn" after "Vice
      // Chairman of the … People's Committee Kră Jăn Ha Sơn").
      if (!m.key.startsWith('short:')) {
        // (The words right before it only: a sentence of thousands of names is not read again for each.)
        const at = m.start - m.sentence.start;
        const first = m.type === 'person' && m.via === 'name' && byFirst.has(m.key)
          && HONORIFIC_BEFORE.test(m.sentence.text.slice(Math.max(0, at - HONORIFIC_REACH), at)) ? byFirst.get(m.key) : undefined;
        const given = m.type === 'person' && m.via === 'name' ? byGiven.get(m.key) ?? first : undefined;
        const named = given ? (given[lastBefore(given, m)] ?? given[0]) : undefined;
        const holder = named && (m.roles ?? []).every((r) => named.roles?.some((h) => h.toLowerCase().startsWith(r.toLowerCase()))) ? named : undefined;
        out.push(holder ? { ...m, key: holder.key, name: holder.name, certain: true } : m);
        continue;
      }
      const word = m.key.slice('short:'.length);
      const fits = full.filter((f) => { const words = f.key.split(' '); return words[0] === word || words.at(-1) === word; });
      const before = fits.filter((f) => f.block < m.block || (f.block === m.block && f.end <= m.start)).at(-1);
      const holder = before ?? fits[0];
      if (holder) out.push({ ...m, key: holder.key, name: holder.name, certain: true });
    }
    return out;
  },
};
