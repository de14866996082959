/**
 * Short organization keys that merge into exactly one longer key: one that adds a word or two
 * before them ("vietnam fatherland front") or completes them ("… committee for the development of …").
 * Built from indexes of the longer keys, so that it stays linear in the number of keys.
 */
export function organizationMerges(keys: Set<string>): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  const offer = (short: string, long: string) => {
    if (short === long || !short.includes(' ') || !keys.has(short)) return;
    candidates.set(short, (candidates.get(short) ?? new Set()).add(long));
  };
  for (const long of keys) {
    const words = long.split(' ');
    offer(words.slice(1).join(' '), long);
    offer(words.slice(2).join(' '), long);
    for (const m of long.matchAll(/ (?:for|on|of) /g)) offer(long.slice(0, m.index), long);
  }
  const merges = new Map<string, string>();
  for (const [short, longs] of candidates) if (longs.size === 1) merges.set(short, [...longs][0]!);
  return merges;
}
