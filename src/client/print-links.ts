import { numberLinks } from '../lib/print-notes.ts';

/** Links of a document that print as footnotes: the text's and its facts', not ¶ anchors, the cite panel or in-page jumps. */
const SELECTOR = 'article.document a[href]:not(.permalink):not([href^="#"])';

/**
 * Prepares a document page for print: after each link a note mark `[n]` and, at the end of the article,
 * the list of their absolute URLs (hrefs in the page are relative). Both are hidden on screen by
 * print.css; done once at load rather than on `beforeprint`, which neither PDF export nor print
 * emulation fires.
 */
export function preparePrintLinks(root: ParentNode = document): void {
  const article = root.querySelector('article.document');
  if (!article || article.querySelector('.print-links')) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>(SELECTOR)].filter((a) => !a.closest('#cite, [hidden]'));
  if (links.length === 0) return;
  const { numbers, notes } = numberLinks(links.map((a) => a.href));
  links.forEach((a, i) => {
    const mark = document.createElement('sup');
    mark.className = 'print-note';
    mark.textContent = `[${numbers[i]}]`;
    a.after(mark);
  });
  const list = document.createElement('section');
  list.className = 'print-links';
  list.setAttribute('aria-hidden', 'true');
  const heading = document.createElement('h2');
  heading.textContent = 'Links';
  const ol = document.createElement('ol');
  for (const note of notes) {
    const li = document.createElement('li');
    li.value = note.n;
    li.textContent = note.url;
    ol.append(li);
  }
  list.append(heading, ol);
  article.append(list);
}
