import { firstAtLeast } from '../sorted-spans.ts';
import type { TimeExpression } from '../time/types.ts';
import type { SentenceIndex } from './sentence-index.ts';
import type { Happening } from './types.ts';

/**
 * The happening each time of a sentence belongs to: the nearest happening's verb, unless it is written beside a verb of
 * saying ("said on Thursday that …"); a happening in the same comma-separated stretch comes first ("At the press
 * conference on July 11, X said …"), and in either, one with a verb over a gathering merely named. Worked out once per time.
 */
export function timeOwners(
  happenings: Happening[], index: SentenceIndex, span: (t: TimeExpression) => [number, number],
): (t: TimeExpression) => Happening | undefined {
  // A gathering's stretch runs to the end of its name, commas and all ("the meeting of the Committee for Science, Technology …").
  const bySegment = new Map<number, Happening[]>();
  for (const h of happenings) {
    const segments = new Set([index.segment(h.at), ...(h.kind === 'meeting' ? [index.segment(h.end)] : [])]);
    for (const segment of segments) bySegment.set(segment, [...(bySegment.get(segment) ?? []), h]);
  }
  const named = happenings.filter((h) => h.quality > 0);
  const nearestIn = new Map<Happening[], (at: number) => Happening>();
  const owners = new Map<TimeExpression, Happening | undefined>();
  return (t) => {
    if (owners.has(t)) return owners.get(t);
    const [start, end] = span(t);
    // A day written right after a gathering's name is that gathering's, a verb of saying beside it or not.
    let owner: Happening | undefined = happenings.find((h) => h.dayAt === start);
    const inSegment = bySegment.get(index.segment(start)) ?? [];
    // (A day at the end of a clause with its own verb, a comma closing it before "said", is that verb's.)
    if (!owner && !index.saidBeside(start, end, inSegment.some((h) => h.at < start))) {
      // A gathering merely named in the stretch of a verb frames it ("…, ratified by the Assembly at a session in February, …").
      const namedIn = inSegment.filter((h) => h.quality > 0);
      const among = namedIn.length > 0 ? namedIn : inSegment.length > 0 ? inSegment : named.length > 0 ? named : happenings;
      if (!nearestIn.has(among)) nearestIn.set(among, nearest(among));
      owner = nearestIn.get(among)!(start);
      // "The resolution was passed …, which absorbed Bắc Giang in 2025": a time in a relative clause with a verb of its own after
      // the happening is that clause's; not one of the happening itself ("The congress, which opened on Friday, …").
      const relative = owner && owner.end <= start ? index.relativeFrom(owner.end) : Infinity;
      if (relative < start && relative > owner!.end) owner = undefined;
    }
    owners.set(t, owner);
    return owner;
  };
}

/**
 * The happening whose verb is nearest an offset, the first of them (in order) at equal distance, as a scan of all of them
 * finds it; by binary search over them by position.
 */
function nearest(happenings: Happening[]): (at: number) => Happening {
  const byAt = happenings.map((h, i) => ({ at: h.at, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  return (at) => {
    const right = firstAtLeast(byAt, at, (e) => e.at);
    const distance = Math.min(byAt[right] ? byAt[right].at - at : Infinity, byAt[right - 1] ? at - byAt[right - 1]!.at : Infinity);
    let first = Infinity;
    for (let k = right; k < byAt.length && byAt[k]!.at === at + distance; k++) first = Math.min(first, byAt[k]!.i);
    for (let k = right - 1; k >= 0 && byAt[k]!.at === at - distance; k--) first = Math.min(first, byAt[k]!.i);
    return happenings[first]!;
  };
}
