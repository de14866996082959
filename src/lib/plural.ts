const numbers = new Intl.NumberFormat('en-US');

/** A count with its noun, pluralized with a plain `s` unless a plural is given: "1 text", "5 texts", "2 people", "12,500 mentions". */
export const plural = (count: number, noun: string, many = `${noun}s`): string => `${numbers.format(count)} ${count === 1 ? noun : many}`;
