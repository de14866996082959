/**
 * Names ids uniquely in the order asked: an id not taken stays as it is, a taken one becomes
 * `base-2`, `base-3` … (the first not taken; `base` is the id unless given). Each base remembers
 * where its count stopped, so that many equal ids cost no more than distinct ones.
 */
export function uniqueIds(): (id: string, base?: string) => string {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return (id, base = id) => {
    let unique = id;
    if (taken.has(unique)) {
      let n = next.get(base) ?? 2;
      while (taken.has(`${base}-${n}`)) n++;
      next.set(base, n + 1);
      unique = `${base}-${n}`;
    }
    taken.add(unique);
    return unique;
  };
}
