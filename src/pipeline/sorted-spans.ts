/** A stretch of a text, by offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first of `items` (sorted by `key`) whose key is `value` or more; `items.length` when none is. */
export function firstAtLeast<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(items[mid]!) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether any of `spans` (sorted by start, overlapping or not) covers a point, by binary search
 * over the running furthest end: asked for every figure of a long sentence, a scan of all spans
 * was quadratic.
 */
export function coverage(spans: readonly Span[]): (point: number) => boolean {
  const furthest: number[] = [];
  for (const s of spans) furthest.push(Math.max(s.end, furthest.at(-1) ?? -Infinity));
  return (point) => {
    const last = firstAtLeast(spans, point + 1, (s) => s.start) - 1;
    return last >= 0 && furthest[last]! > point;
  };
}
