import type { TimeExpression, TimeRefiner } from '../types.ts';

const length = (e: TimeExpression) => e.end - e.start;

/**
 * Of overlapping expressions, keeps the longest ("the first quarter of 2025" over "2025", "December 22,
 * 2024" over "2024"); on equal length, the one proposed first. Returns them in document order.
 */
export const overlapRemovalRefiner: TimeRefiner = {
  name: 'OverlapRemovalRefiner',
  refine(expressions) {
    const kept: TimeExpression[] = [];
    for (const e of [...expressions].sort((a, b) => length(b) - length(a))) {
      if (!kept.some((k) => k.block === e.block && k.start < e.end && e.start < k.end)) kept.push(e);
    }
    return kept.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};
