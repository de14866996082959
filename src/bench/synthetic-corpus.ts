/**
 * A deterministic synthetic corpus for whole-site benchmarks: news reports and speeches about
 * Vietnamese science and technology policy, in the style of the seeds, with site chrome.
 * Pure: no file system, no clock, no Math.random. Text i depends only on the seed and i, and the
 * pools it draws from (people, outlets, provinces, instruments, meetings) grow with i, so corpora of
 * different sizes share their prefix and bigger corpora name more of everything.
 */
import { syntheticText, type SyntheticText } from './synthetic/assemble.ts';

export type { SyntheticText };

/** `count` synthetic texts for a seed: the same (count, seed) always gives byte-identical output. */
export function syntheticCorpus(count: number, seed = 1): SyntheticText[] {
  return Array.from({ length: count }, (_, i) => syntheticText(seed, i));
}
