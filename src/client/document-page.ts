import { entityIdOf } from '../lib/compare/compare-url.ts';
import type { NamedEntity, StatedTarget } from '../lib/compare/shared.ts';

/**
 * Reads a built document page, fetched from the site itself, into what the compare page shows:
 * the title, the date and outlet line, the body ready to be placed in another page, the entities
 * of its "Named in this text" list and the targets of its "Targets stated in this text" list.
 * The pages are the data: no per-document file is written for comparing.
 */
export interface ComparedText {
  id: string;
  /** The document page's path. */
  url: string;
  title: string;
  /** Date and outlet, as the page's facts show them. */
  about: string;
  /** The body, links made to work from any page, ids prefixed so two bodies can share a page. */
  body: HTMLElement;
  entities: NamedEntity[];
  targets: StatedTarget[];
}

/** Elements a body never has; dropped all the same, so that nothing fetched can load or run. */
const UNSAFE = 'script, style, iframe, object, embed, form, link, meta';

/** Makes a fetched body safe and placeable: links absolute to the site, ids prefixed, no handlers. */
function placeBody(body: HTMLElement, pageUrl: URL, prefix: string): HTMLElement {
  for (const node of body.querySelectorAll(UNSAFE)) node.remove();
  for (const node of [body, ...body.querySelectorAll<HTMLElement>('*')]) {
    for (const attr of [...node.attributes]) if (attr.name.startsWith('on')) node.removeAttribute(attr.name);
    // The preview cards these point at live on the document page only.
    node.removeAttribute('aria-describedby');
    if (node.id) node.id = `${prefix}-${node.id}`;
    const href = node.getAttribute('href');
    if (href !== null) {
      const url = new URL(href, pageUrl);
      node.setAttribute('href', url.origin === location.origin ? `${url.pathname}${url.hash}` : '#');
    }
  }
  return document.importNode(body, true);
}

/** The "Named in this text" list: each entity link, its name and its count "(4)". */
function namedEntities(page: Document): NamedEntity[] {
  return [...page.querySelectorAll<HTMLAnchorElement>('.named li > a')].flatMap((a) => {
    const id = entityIdOf(a.getAttribute('href') ?? '');
    const count = Number(/\d+/.exec(a.parentElement?.querySelector('.count')?.textContent ?? '')?.[0] ?? 0);
    return id ? [{ id, name: a.textContent?.trim() ?? id, count }] : [];
  });
}

/** The "Targets stated in this text" list. */
function statedTargets(page: Document): StatedTarget[] {
  return [...page.querySelectorAll<HTMLElement>('.document-targets li[data-target]')].map((li) => ({
    id: li.dataset.target!,
    metric: li.dataset.metric ?? '',
    text: li.querySelector('.target-text')?.textContent?.trim() ?? '',
  }));
}

/** Fetches and reads the page of document `id`; throws with the reason when it cannot. */
export async function fetchDocument(id: string, base: string, prefix: string): Promise<ComparedText> {
  const url = new URL(`${base}documents/${id}/`, location.href);
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(response.status === 404 ? `There is no text with the id “${id}”.` : `The text “${id}” did not load (HTTP ${response.status}).`);
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const body = page.querySelector<HTMLElement>('article.document .body');
  if (!body) throw new Error(`The page of “${id}” has no text.`);
  const about = [...page.querySelectorAll('.meta > div')]
    .filter((row) => /^(Date|Outlet)$/.test(row.querySelector('dt')?.textContent?.trim() ?? ''))
    .map((row) => row.querySelector('dd time, dd')?.textContent?.trim() ?? '')
    .filter(Boolean).join(' · ');
  return {
    id,
    url: url.pathname,
    title: page.querySelector('article.document h1')?.textContent?.trim() ?? id,
    about,
    body: placeBody(body, url, prefix),
    entities: namedEntities(page),
    targets: statedTargets(page),
  };
}
