/** A count with its noun, pluralized with a plain `s`: "1 text", "5 texts". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
