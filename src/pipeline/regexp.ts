/** A text as a regular expression source that matches it literally: "Bà Rịa (BR)" → "Bà Rịa \(BR\)". */
/** Words as a pattern source that matches each with its first letter in either case ("Form 5 centres", "The Decision, dated …"). */
export function anyCase(words: readonly string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, String.raw`\s+`)}`).join('|');
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
