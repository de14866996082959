/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` lists them, without the
 * copy of the pattern that matchAll makes on each call (a cost when run on every sentence).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, got ${pattern}`);
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = from;
  return found;
}
