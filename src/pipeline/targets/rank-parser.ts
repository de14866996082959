import type { TargetParser, TargetProposal } from './types.ts';
import { allMatches } from '../extract/all-matches.ts';

/** "the top 3 countries in Southeast Asia", "the top 50 countries in the world". */
const RANK = /\btop\s+(\d{1,3})(?:\s+(?:countries|economies|nations|places|positions))?(?:\s+(?:in|of)\s+(the world|Southeast Asia|ASEAN|Asia(?:-Pacific)?|the region|Asia and the Pacific))?/g;
/** The field a rank is in, right after it: "in terms of X", "in X". */
const FIELD = /^\s+(?:in terms of|in|for|on)\s+([^;,.]+?)(?=\s*(?:[;,.]|$|\s+and\s+(?:the\s+)?top\b|\s+and\s+(?:have|has|having|attract)\b|\s+by\s+(?:19|20)\d{2}))/;

/**
 * Rankings: "among the top 3 countries in Southeast Asia in research and development of
 * artificial intelligence". A rank followed directly by another ("the top 3 … in Southeast Asia
 * and the top 50 … in the world in terms of X") takes the field of the next one.
 */
export const rankParser: TargetParser = {
  name: 'rank',
  propose(text) {
    const ranks = allMatches(RANK, text).map((m) => ({
      m, universe: m[2] ?? null, field: FIELD.exec(text.slice(m.index + m[0].length))?.[1]?.trim() ?? null,
    }));
    const out: TargetProposal[] = [];
    ranks.forEach((rank, i) => {
      const field = rank.field ?? ranks.slice(i + 1).find((r) => r.field)?.field;
      if (!field) return;
      out.push({
        metric: field, comparator: 'top', value: Number(rank.m[1]),
        unit: rank.universe ? `rank among countries in ${rank.universe}` : 'rank', qualitative: false, baseline: null,
        start: rank.m.index, end: rank.m.index + rank.m[0].length,
      });
    });
    return out;
  },
};
