import { monthLabel, trendChart } from '../lib/charts/trend-svg.ts';
import { plural } from '../lib/plural.ts';
import { topValues, trendOf, type Trend } from '../lib/trend/trend-series.ts';
import { readTrendQuery, trendSearch, type TrendQuery } from '../lib/trend/trend-url.ts';
import { DOCUMENTS_ONLY, loadPagefind, type FilterTable, type SearchResponse } from './pagefind.ts';
import { el } from './dom.ts';

/**
 * The term trend page's script. One Pagefind search per query, restricted to documents, gives
 * everything shown: the number of results, texts per month (`filters.month`) and texts per speaker
 * (`totalFilters.speaker`), so no result's data is loaded. `filters()` gives the corpus's months.
 * The query lives in the URL (`?q=`, `&speaker=`), so a trend can be linked.
 */

/** Counts as readers write them ("1,000"). */
const COUNT = new Intl.NumberFormat('en-US');

/** How many speakers the page lists. */
const TOP_SPEAKERS = 10;

/** The table behind the chart: one row per month, then the undated texts. */
function fillTable(table: HTMLTableElement, trend: Trend, caption: string, corpusUndated: number): void {
  table.caption!.textContent = caption;
  const rows = trend.series.map((m) => {
    const tr = el('tr');
    tr.dataset.month = m.month;
    const th = el('th', '', monthLabel(m.month));
    th.scope = 'row';
    tr.append(th, el('td', 'numeric', String(m.texts)), el('td', 'numeric', String(m.corpus)));
    return tr;
  });
  const undated = el('tr');
  undated.dataset.month = 'undated';
  const th = el('th', '', 'Undated');
  th.scope = 'row';
  undated.append(th, el('td', 'numeric', String(trend.undated)), el('td', 'numeric', String(corpusUndated)));
  table.tBodies[0]!.replaceChildren(...rows, undated);
}

/** The speakers who use the query most, as a bar list: name (linked to their page when known), bar, count, and a link to their trend. */
function fillSpeakers(list: HTMLOListElement, counts: Record<string, number>, query: TrendQuery, paths: Record<string, string>, base: string): number {
  const top = topValues(counts, TOP_SPEAKERS);
  const max = Math.max(1, ...top.map((s) => s.texts));
  list.replaceChildren(...top.map(({ name, texts }) => {
    const li = el('li', 'trend-speaker');
    const path = paths[name];
    const who = path ? el('a', 'trend-speaker-name', name) : el('span', 'trend-speaker-name', name);
    if (who instanceof HTMLAnchorElement) who.href = `${base}entities/${path}/`;
    const bar = el('span', 'trend-bar-track');
    bar.setAttribute('aria-hidden', 'true');
    const fill = el('span', 'trend-bar-fill');
    fill.style.width = `${(100 * texts) / max}%`;
    bar.append(fill);
    const only = el('a', 'trend-speaker-only', query.speaker === name ? 'shown above' : 'only their texts');
    only.href = trendSearch({ q: query.q, speaker: name });
    if (query.speaker === name) only.setAttribute('aria-current', 'page');
    li.dataset.speaker = name;
    li.append(who, bar, el('span', 'count trend-speaker-count', plural(texts, 'text')), only);
    return li;
  }));
  return top.length;
}

/** Starts the trend page; `root` carries `data-bundle` (Pagefind's bundle), `data-base` and `data-speakers` (the speaker→page map). */
export async function startTrend(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('.trend-status')!;
  const plot = root.querySelector<HTMLElement>('.trend-plot')!;
  const numbers = root.querySelector<HTMLDetailsElement>('.trend-numbers')!;
  const speakers = root.querySelector<HTMLElement>('.trend-speakers')!;
  const { bundle = '/pagefind/', base = '/', speakers: speakersUrl = '' } = root.dataset;
  const query = readTrendQuery(new URLSearchParams(location.search));
  input.value = query.q;
  if (!query.q) return;
  status.textContent = `Counting the texts that contain “${query.q}”…`;
  const paths = fetch(speakersUrl).then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {})).catch(() => ({}));
  const filters = query.speaker ? { ...DOCUMENTS_ONLY, speaker: { any: [query.speaker] } } : DOCUMENTS_ONLY;
  let corpus: FilterTable;
  let search: SearchResponse;
  try {
    const pagefind = await loadPagefind(bundle, base);
    // One after the other: a search run while filters() is still loading the filter index counted some matches
    // without their month (an e2e run saw a January text counted as undated).
    corpus = await pagefind.filters();
    search = await pagefind.search(query.q, { filters });
  } catch (cause) {
    status.textContent = 'The search index did not load, so nothing could be counted. Try again later.';
    throw new Error('Failed to load Pagefind for the trend.', { cause });
  }
  const corpusMonths = corpus.month ?? {};
  const corpusTotal = corpus.kind?.Document ?? 0;
  const corpusUndated = corpusTotal - Object.values(corpusMonths).reduce((a, b) => a + b, 0);
  const trend = trendOf(corpusMonths, search.filters.month ?? {}, search.results.length);
  const among = query.speaker ? ` quoting ${query.speaker}` : '';
  const of = query.speaker ? corpus.speaker?.[query.speaker] ?? 0 : corpusTotal;
  status.replaceChildren(`${COUNT.format(trend.total)} of ${plural(of, 'text')}${among} contain “${query.q}”; ${trend.undated} undated.`);
  if (query.speaker) {
    const all = el('a', '', 'Show all texts');
    all.href = trendSearch({ q: query.q, speaker: '' });
    status.append(' ', all);
  }
  const first = trend.series[0];
  const last = trend.series.at(-1);
  const peak = trend.series.reduce<(typeof trend.series)[number] | undefined>((best, m) => (m.texts > (best?.texts ?? 0) ? m : best), undefined);
  const title = `Texts${among} containing “${query.q}”, per month`;
  const description = first && last
    ? `Bars from ${monthLabel(first.month)} to ${monthLabel(last.month)}`
      + `${peak ? `; the most in ${monthLabel(peak.month)} (${plural(peak.texts, 'text')})` : '; no dated text contains it'}`
      + '. The numbers are in the table below the chart.'
    : 'No dated text in the collection.';
  if (trend.series.length > 0) plot.innerHTML = trendChart(trend.series, { title, description });
  else plot.replaceChildren(el('p', 'trend-empty', 'No text in the collection has a date.'));
  fillTable(numbers.querySelector('table')!, trend, title, corpusUndated);
  const listed = fillSpeakers(speakers.querySelector('ol')!, search.totalFilters.speaker ?? {}, query, await paths, base);
  speakers.hidden = listed === 0;
}
