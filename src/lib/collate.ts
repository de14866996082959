/** Compares two texts as English readers sort them; one collator for the whole build, since making one per comparison is slow. */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;
