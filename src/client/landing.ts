/**
 * Landing on a document from a search: `?hl=<query>` names the words searched. The first paragraph
 * that holds all of them (else the most of them) is scrolled into view and focused, its address
 * becomes the page's (`#p-12`, a deep link to share), and every occurrence in the body is marked.
 * Words are matched folded (accents and đ), as the search matched them.
 */
import { foldName, queryTerms } from './search-state.ts';

/** Blocks of the body that a deep link can name. */
const BLOCKS = '.body [id^="p-"]';

/** A text folded one character at a time, with the offset in the original of each folded character. */
function foldedWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldName(text[i]!) || (/\s|[^\p{L}\p{N}]/u.test(text[i]!) ? ' ' : '');
    for (const c of f) { folded += c; offsets.push(i); }
  }
  return { folded, offsets };
}

/** Whether a folded term occurs in folded text as whole words. */
const holds = (folded: string, term: string) => ` ${folded.replace(/\s+/g, ' ')} `.includes(` ${term} `);

/** Wraps each whole-word occurrence of the terms in the text nodes under `root` in <mark>. */
function markTerms(root: Element, terms: string[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('mark, .speaker-label, [data-pagefind-ignore]')) nodes.push(n as Text);
  }
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const { folded, offsets } = foldedWithOffsets(text);
    const ranges: [number, number][] = [];
    for (const term of terms) {
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
        const end = at + term.length;
        const whole = (at === 0 || folded[at - 1] === ' ') && (end === folded.length || folded[end] === ' ');
        if (whole) ranges.push([offsets[at]!, offsets[end - 1]! + 1]);
      }
    }
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const [start, end] of ranges) {
      if (start < last) continue;
      fragment.append(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      last = end;
      marked++;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return marked;
}

/** Lands on the paragraph a search found, if the URL says what was searched. */
export function land(): void {
  const query = new URLSearchParams(location.search).get('hl');
  if (!query) return;
  const terms = queryTerms(query);
  if (terms.length === 0) return;
  const blocks = [...document.querySelectorAll<HTMLElement>(BLOCKS)];
  let best: HTMLElement | undefined;
  let bestCount = 0;
  for (const block of blocks) {
    const folded = foldedWithOffsets(block.textContent ?? '').folded;
    const count = terms.filter((t) => holds(folded, t)).length;
    if (count > bestCount) { best = block; bestCount = count; }
    if (count === terms.length) break;
  }
  for (const block of blocks) markTerms(block, terms);
  if (!best) return;
  // Unless the link already names a paragraph, the one found becomes the page's address.
  if (!location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}#${best.id}`);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) ?? best : best;
  target.classList.add('landed');
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}
