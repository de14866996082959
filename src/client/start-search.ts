/** The constructor Pagefind's `pagefind-ui.js` puts on `window`. */
type PagefindUIConstructor = new (options: Record<string, unknown>) => { triggerSearch(term: string): void };

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}

/**
 * Starts Pagefind's default UI in `element` (which carries `data-base` and `data-bundle`), runs the
 * query from `?q=` and keeps `?q=` in step with the search box so a search can be linked to.
 * No autofocus: the skip link stays the first Tab stop, as on every page.
 */
export function startSearch(element: HTMLElement | null): void {
  if (!element || !window.PagefindUI) return;
  const { base = '/', bundle } = element.dataset;
  const query = new URLSearchParams(location.search).get('q')?.trim();
  const ui = new window.PagefindUI({
    element,
    baseUrl: base,
    bundlePath: bundle,
    showSubResults: true,
    showImages: false,
  });
  if (query) ui.triggerSearch(query);
  element.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'text') return;
    const url = new URL(location.href);
    if (event.target.value.trim()) url.searchParams.set('q', event.target.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
}
