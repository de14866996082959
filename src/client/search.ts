/**
 * The search page's script: Pagefind's JavaScript API behind a small form, so that a first search
 * loads only Pagefind's engine, its page list and the index chunks of the words searched (filter
 * indexes load when the filters are opened or a search uses them). The URL holds the query, the
 * filters and the sort order (search-state.ts): reload restores a search, and back and forward
 * step through the searches made. Results come ten at a time; the count is announced once.
 */
import { trendHref } from '../lib/trend/trend-url.ts';
import { loadPagefind, type FilterTable, type Pagefind, type ResultData, type SearchResponse, type SearchResult } from './pagefind.ts';
import { FILTERS, foldName, pagefindFilters, pagefindQuery, readState, writeState, type SearchState } from './search-state.ts';
import { el } from './dom.ts';

/** How many words of a page's text an excerpt shows. */
const EXCERPT_WORDS = 30;
const PAGE_SIZE = 10;
const SUB_RESULTS = 3;
/** How many of the first results are read to find an entity whose name is the query: the first page's, which are read to show anyway. */
const NAME_WINDOW = PAGE_SIZE;
/** How many values of a filter show before "Show all". */
const VALUES_SHOWN = 12;

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

/** A document's address with the words searched, so that the page lands on the paragraph that holds them (landing.ts). */
function withTerms(url: string, query: string, kind: string | undefined): string {
  if (kind !== 'Document') return url;
  const [path, hash = ''] = url.split('#');
  return `${path}${path!.includes('?') ? '&' : '?'}hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/** One result: linked title, what it is (kind, date, outlet), excerpt, and up to three sections of a long text. */
function resultItem(data: ResultData, query: string): HTMLLIElement {
  const li = el('li', 'search-result');
  const title = el('h2', 'search-result-title');
  const kind = data.filters.kind?.[0];
  const link = el('a', 'search-result-link', data.meta.title ?? data.url);
  link.href = withTerms(data.url, query, kind);
  title.append(link);
  li.append(title);
  const about = [kind, data.meta.date, data.meta.outlet ?? data.filters.outlet?.[0]].filter(Boolean).join(' · ');
  if (about) li.append(el('p', 'byline', about));
  li.append(excerpt(data.excerpt));
  const sections = data.sub_results.filter((s) => s.url !== data.url).slice(0, SUB_RESULTS);
  if (sections.length > 0) {
    const list = el('ul', 'search-sections');
    for (const s of sections) {
      const item = el('li', '');
      const a = el('a', '', s.title);
      a.href = withTerms(s.url, query, kind);
      item.append(a, excerpt(s.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/**
 * Results in the order asked: relevance, with the page of an entity whose name or alias is the
 * query moved first; or by date, with the pages that have no date after the dated ones (Pagefind
 * leaves pages without the sort key out of a sorted search, so they come from the unsorted one).
 */
async function ordered(pagefind: Pagefind, state: SearchState, filters: Record<string, { any: string[] }>): Promise<SearchResponse> {
  const term = pagefindQuery(state.query);
  const all = await pagefind.search(term, { filters });
  if (state.sort !== 'relevance') {
    const sorted = await pagefind.search(term, { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } });
    const dated = new Set(sorted.results.map((r) => r.id));
    return { ...all, results: [...sorted.results, ...all.results.filter((r) => !dated.has(r.id))] };
  }
  const wanted = foldName(state.query.replace(/"/g, ''));
  const first = await Promise.all(all.results.slice(0, NAME_WINDOW).map((r) => r.data()));
  const named = first.findIndex((d) => d.filters.kind?.[0] !== 'Document'
    && [d.meta.title ?? '', ...(d.meta.names ?? '').split(' | ')].some((n) => n && foldName(n) === wanted));
  if (named <= 0) return all;
  const results = [...all.results];
  const [entity] = results.splice(named, 1);
  return { ...all, results: [entity!, ...results] };
}

/** Starts the search page; `root` carries `data-bundle`, the URL of Pagefind's bundle, and `data-base`. */
export async function startSearch(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortBox = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const fromBox = root.querySelector<HTMLSelectElement>('select[name="from"]')!;
  const toBox = root.querySelector<HTMLSelectElement>('select[name="to"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('.search-filters')!;
  const groups = filterBox.querySelector<HTMLElement>('.search-filter-groups')!;
  const trend = root.querySelector<HTMLAnchorElement>('.search-trend a')!;
  const { bundle = '/pagefind/', base = '/' } = root.dataset;
  const pagefind = await loadPagefind(bundle, base, EXCERPT_WORDS);

  let state = readState(new URLSearchParams(location.search));
  let totals: FilterTable | undefined;
  let results: SearchResult[] = [];
  let shown = 0;
  let current = 0;

  /** Every filter value and its count in the whole index, loaded once (the year range needs the years). */
  const allFilters = async (): Promise<FilterTable> => (totals ??= await pagefind.filters());
  const years = async () => Object.keys((await allFilters()).year ?? {}).sort();
  const usesFilters = (s: SearchState) => Object.keys(s.filters).length > 0 || s.from !== null || s.to !== null;

  /** Shows the next page of results. */
  async function showMore(run: number): Promise<void> {
    const from = shown;
    const batch = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    // A second click before the first batch arrived asked for the same batch: show it once.
    if (run !== current || from !== shown) return;
    for (const data of batch) list.append(resultItem(data, state.query));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  /** Puts a search into the form, so that what the page shows and the URL agree. */
  function showState(s: SearchState): void {
    input.value = s.query;
    sortBox.value = s.sort;
    fromBox.value = s.from === null ? '' : String(s.from);
    toBox.value = s.to === null ? '' : String(s.to);
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = s.filters[box.name]?.includes(box.value) ?? false;
  }

  /** The search the form shows. */
  function formState(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(state.filters)) filters[name] = [...values];
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const values = new Set(filters[box.name] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      if (values.size > 0) filters[box.name] = [...values];
      else delete filters[box.name];
    }
    const year = (box: HTMLSelectElement) => (box.value ? Number(box.value) : null);
    return { query: input.value.trim(), filters, from: year(fromBox), to: year(toBox), sort: sortBox.value as SearchState['sort'] };
  }

  /**
   * Runs a search and shows it. `history` says how the URL follows: a new entry (a search the reader
   * made), the same entry (typing, or restoring), or none.
   */
  async function run(next: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
    const run = ++current;
    state = next;
    const url = new URL(location.href);
    url.search = writeState(state).toString();
    if (history === 'push' && url.href !== location.href) window.history.pushState(null, '', url);
    else if (history !== 'none') window.history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    trend.parentElement!.hidden = !state.query;
    trend.href = trendHref(base, { q: state.query, speaker: '' });
    if (!state.query) { status.textContent = ''; return; }
    const filters = pagefindFilters(state, usesFilters(state) ? await years() : []);
    const search = await ordered(pagefind, state, filters);
    if (run !== current) return;
    results = search.results;
    const narrowed = usesFilters(state) ? ' with the filters chosen' : '';
    status.textContent = results.length === 0
      ? `No results for “${state.query}”${narrowed}.`
      : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${state.query}”${narrowed}.`;
    if (filterBox.dataset.loaded) showCounts(search.filters);
    await showMore(run);
    // How many searches the page has shown: a hook for whoever waits for the next one (the end-to-end tests).
    root!.dataset.searched = String(Number(root!.dataset.searched ?? 0) + 1);
  }

  /** Each value's count among the current results, beside its checkbox. */
  function showCounts(counts: FilterTable): void {
    for (const label of groups.querySelectorAll<HTMLLabelElement>('label[data-value]')) {
      const count = counts[label.dataset.filter!]?.[label.dataset.value!] ?? 0;
      label.querySelector('.count')!.textContent = `(${count})`;
      label.classList.toggle('empty', count === 0);
    }
  }

  /** Fills the filter panel: the year range, then one group of checkboxes per filter, most frequent values first. */
  async function loadFilters(): Promise<void> {
    if (filterBox.dataset.loaded) return;
    filterBox.dataset.loaded = 'true';
    const counts = await allFilters();
    for (const year of Object.keys(counts.year ?? {}).sort()) {
      fromBox.append(new Option(year, year));
      toBox.append(new Option(year, year));
    }
    for (const { name, label } of FILTERS) {
      const values = Object.entries(counts[name] ?? {}).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en'));
      if (values.length === 0) continue;
      const fieldset = el('fieldset', 'search-filter');
      fieldset.append(el('legend', 'search-filter-name', label));
      values.forEach(([value, count], i) => {
        const item = el('label', '');
        item.dataset.filter = name;
        item.dataset.value = value;
        item.hidden = i >= VALUES_SHOWN && !state.filters[name]?.includes(value);
        const box = el('input', '');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        item.append(box, ` ${value} `, el('span', 'count', `(${count})`));
        fieldset.append(item);
      });
      if (values.length > VALUES_SHOWN) {
        const all = el('button', 'search-filter-all', `Show all ${values.length}`);
        all.type = 'button';
        all.addEventListener('click', () => { for (const item of fieldset.querySelectorAll('label')) item.hidden = false; all.remove(); });
        fieldset.append(all);
      }
      groups.append(fieldset);
    }
    showState(state);
  }

  filterBox.hidden = false;
  sortBox.closest<HTMLElement>('.search-order')!.hidden = false;
  filterBox.addEventListener('toggle', () => { if (filterBox.open) void loadFilters().then(() => run(state, 'none')); });
  root.addEventListener('change', (event) => {
    if (event.target === input) return;
    typing = false;
    void run(formState(), 'push');
  });
  // Typing makes one history entry, kept up to date as the words change; a search submitted, filtered or sorted makes a new one.
  let timer: number | undefined;
  let typing = false;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => { void run(formState(), typing ? 'replace' : 'push'); typing = true; }, 250);
  });
  form.addEventListener('submit', (event) => { event.preventDefault(); clearTimeout(timer); typing = false; void run(formState(), 'push'); });
  more.addEventListener('click', () => void showMore(current));
  window.addEventListener('popstate', () => {
    typing = false;
    const restored = readState(new URLSearchParams(location.search));
    showState(restored);
    void run(restored, 'none');
  });
  if (usesFilters(state)) {
    filterBox.open = true;
    await loadFilters();
  }
  showState(state);
  if (state.query) await run(state, 'replace');
}
