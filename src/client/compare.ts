import { isDocumentId } from '../lib/compare/compare-url.ts';
import { sharedEntities, sharedMetrics, type SharedEntity, type SharedMetric } from '../lib/compare/shared.ts';
import { plural } from '../lib/plural.ts';
import { fetchDocument, type ComparedText } from './document-page.ts';
import { attachFinder } from './document-finder.ts';
import { loadPagefind, type Pagefind } from './pagefind.ts';
import { el } from './dom.ts';

/**
 * The compare page's script: reads `?a=` and `?b=` (document ids), fetches the two built document
 * pages, and shows them side by side with what they share: the entities both name (a table with the
 * mentions in each, and every mention of them marked in both texts) and the metrics both set
 * targets for. The boxes of the form find documents through Pagefind, loaded only when typed in.
 */

/** A link with text. */
function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  return a;
}

/** One column: the text's title linked to its page, its date and outlet, then its body with the shared mentions marked. */
function fillColumn(column: HTMLElement, label: string, text: ComparedText, shared: ReadonlySet<string>): void {
  const heading = el('h2', 'compare-title');
  heading.append(link(text.url, text.title));
  for (const mention of text.body.querySelectorAll<HTMLAnchorElement>('a.mention[data-entity]')) {
    if (!shared.has(mention.dataset.entity ?? '')) continue;
    const mark = el('mark', 'shared-mention');
    mention.replaceWith(mark);
    mark.append(mention);
  }
  column.replaceChildren(el('p', 'kicker', label), heading, el('p', 'byline', text.about), text.body);
}

/** The table of shared entities: name linked to its page, mentions in each text. */
function fillEntities(tbody: HTMLTableSectionElement, shared: SharedEntity[], base: string): void {
  tbody.replaceChildren(...shared.map((e) => {
    const tr = el('tr');
    tr.dataset.entity = e.id;
    const th = el('th');
    th.scope = 'row';
    th.append(link(`${base}entities/${e.id}/`, e.name));
    tr.append(th, el('td', 'numeric', String(e.a)), el('td', 'numeric', String(e.b)));
    return tr;
  }));
  if (shared.length === 0) {
    const td = el('td', '', 'The two texts name no entity in common.');
    td.colSpan = 3;
    tbody.append(el('tr'));
    tbody.lastElementChild!.append(td);
  }
}

/** The shared metrics: each with the targets of either text, and whether one target is stated by both. */
function fillMetrics(list: HTMLUListElement, metrics: SharedMetric[], base: string): void {
  const side = (label: string, targets: SharedMetric['a']) => {
    const p = el('span', 'byline', `${label}: `);
    targets.forEach((t, i) => {
      if (i > 0) p.append('; ');
      p.append(link(`${base}targets/${t.id}/`, t.text));
    });
    return p;
  };
  list.replaceChildren(...metrics.map((m) => {
    const li = el('li');
    li.dataset.metric = m.metric;
    const metric = el('strong', '', m.metric.charAt(0).toUpperCase() + m.metric.slice(1));
    li.append(metric, m.same ? ' (the same target in both)' : '', side('First text', m.a), side('Second text', m.b));
    return li;
  }));
  if (metrics.length === 0) list.append(el('li', 'note', 'The two texts set no target for the same metric.'));
}

/** Starts the compare page; `root` carries `data-base` and `data-bundle` (Pagefind's bundle). */
export async function startCompare(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const { base = '/', bundle = '/pagefind/' } = root.dataset;
  const status = root.querySelector<HTMLElement>('.compare-status')!;
  const params = new URLSearchParams(location.search);
  let pagefind: Promise<Pagefind> | undefined;
  const ids = (['a', 'b'] as const).map((side) => {
    const input = root.querySelector<HTMLInputElement>(`input[name="${side}"]`)!;
    input.value = params.get(side)?.trim() ?? '';
    attachFinder(input, root.querySelector<HTMLUListElement>(`#compare-${side}-choices`)!, () => (pagefind ??= loadPagefind(bundle, base)), base);
    return input.value;
  });
  const [a = '', b = ''] = ids;
  if (!a || !b) {
    status.textContent = a || b ? 'Choose the other text to compare with.' : 'Choose two texts to compare.';
    return;
  }
  const bad = ids.find((id) => !isDocumentId(id));
  if (bad !== undefined) { status.textContent = `“${bad}” is not a text's id; choose a text from the list.`; return; }
  status.textContent = 'Loading the two texts…';
  let texts: [ComparedText, ComparedText];
  try {
    texts = await Promise.all([fetchDocument(a, base, 'a'), fetchDocument(b, base, 'b')]);
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  const [first, second] = texts;
  const entities = sharedEntities(first.entities, second.entities);
  const metrics = sharedMetrics(first.targets, second.targets);
  const shared = new Set(entities.map((e) => e.id));
  fillEntities(root.querySelector<HTMLTableSectionElement>('.compare-entities tbody')!, entities, base);
  fillMetrics(root.querySelector<HTMLUListElement>('.compare-metrics')!, metrics, base);
  fillColumn(root.querySelector<HTMLElement>('[data-side="a"]')!, 'First text', first, shared);
  fillColumn(root.querySelector<HTMLElement>('[data-side="b"]')!, 'Second text', second, shared);
  root.querySelector<HTMLElement>('.compare-shared')!.hidden = false;
  root.querySelector<HTMLElement>('.compare-columns')!.hidden = false;
  status.textContent = `${plural(entities.length, 'entity', 'entities')} and ${plural(metrics.length, 'target metric')} in common.`;
  document.title = `${first.title} and ${second.title} compared · ${document.title.split(' · ').at(-1)}`;
}
