import type { TimeExpression, TimeRefiner } from '../types.ts';

const length = (e: TimeExpression) => e.end - e.start;

/** Index of the first expression of `row` (sorted by start) that starts at or after `offset`. */
function firstStartingFrom(row: readonly TimeExpression[], offset: number): number {
  let low = 0;
  let high = row.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (row[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Of overlapping expressions, keeps the longest ("the first quarter of 2025" over "2025", "December 22,
 * 2024" over "2024"); on equal length, the one proposed first. Returns them in document order.
 */
export const overlapRemovalRefiner: TimeRefiner = {
  name: 'OverlapRemovalRefiner',
  refine(expressions) {
    const kept: TimeExpression[] = [];
    // Per block, the kept ones by start: they never overlap, so only the one before where `e` would go
    // can overlap it (a binary search, where comparing with every kept one took quadratic time).
    const keptIn = new Map<number, TimeExpression[]>();
    for (const e of [...expressions].sort((a, b) => length(b) - length(a))) {
      const row = keptIn.get(e.block) ?? keptIn.set(e.block, []).get(e.block)!;
      const at = firstStartingFrom(row, e.end);
      const previous = row[at - 1];
      if (previous && previous.end > e.start) continue;
      row.splice(at, 0, e);
      kept.push(e);
    }
    return kept.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};
