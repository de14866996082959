/** A count with its noun, pluralized with a plain `s` unless a plural is given: "1 text", "5 texts", "2 people". */
export const plural = (count: number, noun: string, many = `${noun}s`): string => `${count} ${count === 1 ? noun : many}`;
