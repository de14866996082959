/**
 * The search page's script: Pagefind's JavaScript API behind a small form, so that a first search
 * loads only Pagefind's engine, its page list and the index chunks of the words searched (no UI
 * bundle, no filter indexes until the reader opens the filters). `?q=` opens a search and follows
 * the search box; results come ten at a time; the count is announced.
 */

/** What Pagefind's `pagefind.js` module offers (the part used here). */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A result's data, as Pagefind gives it. */
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

const PAGE_SIZE = 10;
const SUB_RESULTS = 3;

/** An element with a class and text (text is always set as text, never parsed). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt (the page's text, escaped by Pagefind, with the words found in `<mark>`), kept
 * as text and marks only: it is parsed in an inert template, so nothing in it can load or run.
 */
function excerpt(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const p = el('p', 'search-excerpt');
  for (const node of template.content.childNodes) {
    p.append(node.nodeName === 'MARK' ? el('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''));
  }
  return p;
}

/** One result: linked title, what it is (kind, outlet, year), excerpt, and up to three sections of a long text. */
function resultItem(data: ResultData): HTMLLIElement {
  const li = el('li', 'search-result');
  const title = el('h2', 'search-result-title');
  const link = el('a', 'search-result-link', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  const about = [data.filters.kind?.[0], data.filters.outlet?.[0], data.filters.year?.[0]].filter(Boolean).join(' · ');
  li.append(title);
  if (about) li.append(el('p', 'byline', about));
  li.append(excerpt(data.excerpt));
  const sections = data.sub_results.filter((s) => s.url !== data.url).slice(0, SUB_RESULTS);
  if (sections.length > 0) {
    const list = el('ul', 'search-sections');
    for (const s of sections) {
      const item = el('li', '');
      const a = el('a', '', s.title);
      a.href = s.url;
      item.append(a, excerpt(s.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Starts the search page; `root` carries `data-bundle`, the URL of Pagefind's bundle, and `data-base`. */
export async function startSearch(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('.search-filters')!;
  const { bundle = '/pagefind/', base = '/' } = root.dataset;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 30 });
  await pagefind.init();

  const chosen = new Map<string, Set<string>>();
  let results: { data(): Promise<ResultData> }[] = [];
  let shown = 0;
  let current = 0;

  /** Shows the next page of results. */
  async function showMore(run: number): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (run !== current) return;
    for (const data of batch) list.append(resultItem(data));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  /** Runs the search in the box with the chosen filters, and keeps `?q=` in step. */
  async function run(): Promise<void> {
    const run = ++current;
    const term = input.value.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    if (!term) { status.textContent = ''; return; }
    const filters = Object.fromEntries([...chosen].filter(([, values]) => values.size > 0).map(([name, values]) => [name, { any: [...values] }]));
    const search = await pagefind.search(term, { filters });
    if (run !== current) return;
    results = search.results;
    status.textContent = results.length === 0 ? `No results for “${term}”.` : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${term}”.`;
    await showMore(run);
  }

  /** Fills the filter panel the first time it opens: one group of checkboxes per filter, with counts. */
  async function loadFilters(): Promise<void> {
    if (filterBox.dataset.loaded) return;
    filterBox.dataset.loaded = 'true';
    const groups = await pagefind.filters();
    for (const [name, values] of Object.entries(groups).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const fieldset = el('fieldset', 'search-filter');
      fieldset.append(el('legend', 'search-filter-name', name));
      for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b, 'en'))) {
        const label = el('label', '');
        const box = el('input', '');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        label.append(box, ` ${value} `, el('span', 'count', `(${count})`));
        fieldset.append(label);
      }
      filterBox.querySelector('.search-filter-groups')!.append(fieldset);
    }
  }

  filterBox.hidden = false;
  filterBox.addEventListener('toggle', () => { if (filterBox.open) void loadFilters(); });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = chosen.get(box.name) ?? new Set<string>();
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    chosen.set(box.name, values);
    void run();
  });
  let timer: number | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void run(), 250); });
  form.addEventListener('submit', (event) => { event.preventDefault(); clearTimeout(timer); void run(); });
  more.addEventListener('click', () => void showMore(current));
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (query) {
    input.value = query;
    await run();
  }
}
