import { documentIdOf } from '../lib/compare/compare-url.ts';
import { DOCUMENTS_ONLY, type Pagefind } from './pagefind.ts';

/** Choices shown under a box: a few, since each loads one small Pagefind fragment. */
const CHOICES = 8;
/** Wait after the last key before searching. */
const DEBOUNCE_MS = 250;

/**
 * Turns a text box into a finder of documents: words typed search Pagefind for documents only and
 * list the first few by title; choosing one puts its id in the box. At 10,000 texts this loads the
 * index chunks of the words and eight fragments, where a list of every title would be a megabyte.
 */
export function attachFinder(input: HTMLInputElement, list: HTMLUListElement, pagefind: () => Promise<Pagefind>, base: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  const find = async (term: string) => {
    const mine = ++run;
    const search = await (await pagefind()).search(term, { filters: DOCUMENTS_ONLY });
    const found = await Promise.all(search.results.slice(0, CHOICES).map((r) => r.data()));
    if (mine !== run) return;
    list.replaceChildren(...found.flatMap((data) => {
      const id = documentIdOf(data.url, base);
      if (!id) return [];
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'compare-choice';
      button.dataset.id = id;
      button.textContent = [data.meta.title ?? id, data.meta.date].filter(Boolean).join(' · ');
      button.addEventListener('click', () => {
        input.value = id;
        list.replaceChildren();
        input.focus();
      });
      li.append(button);
      return [li];
    }));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const term = input.value.trim();
    if (term.length < 2) { run++; list.replaceChildren(); return; }
    timer = setTimeout(() => void find(term), DEBOUNCE_MS);
  });
}
