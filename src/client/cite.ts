import { type Citations, citations, type CitationSource } from '../lib/citation/index.ts';
import { copyField, copyMessage } from './copy-text.ts';

type CiteField = HTMLTextAreaElement | HTMLInputElement;

/** The paragraph number of a block id or URL hash (`p-5`, `#p-5` → 5). */
const paragraphOf = (id: string): number | undefined => {
  const match = /^#?p-(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
};

/** The document's fields as the panel's data attributes carry them (an attribute absent when unknown). */
function sourceOf(panel: HTMLElement): CitationSource {
  const { id = '', title = '', source, date, url, language = 'en' } = panel.dataset;
  return { id, title, source: source ?? null, date: date ?? null, url: url ?? null, language };
}

/**
 * Enhances the cite panel (CiteThis.astro): an absolute permalink, a copy button per field, and a
 * "Cite" button beside each paragraph's ¶ that fills the panel for that paragraph and opens it below
 * the paragraph. A paragraph in the URL's hash (`#p-5`) is the one cited when the page opens.
 */
export function startCitePanel(root: Document): void {
  const panel = root.querySelector<HTMLDetailsElement>('details.cite[data-id]');
  const scope = panel?.querySelector<HTMLElement>('.cite-scope');
  const status = panel?.querySelector<HTMLElement>('.cite-status');
  const link = panel?.querySelector<HTMLInputElement>('[data-cite-field="permalink"]');
  if (!panel || !scope || !status || !link) return;
  const target = { document: sourceOf(panel), permalink: new URL(link.value, root.baseURI).href };
  const fields = [...panel.querySelectorAll<CiteField>('[data-cite-field]')];
  const home = root.createComment('cite panel');
  panel.before(home);

  const show = (paragraph?: number): void => {
    const forms = citations({ ...target, paragraph });
    for (const field of fields) field.value = forms[field.dataset.citeField as keyof Citations];
    status.textContent = '';
    if (!paragraph) {
      scope.textContent = 'Citing the whole text.';
      return;
    }
    const whole = root.createElement('button');
    whole.type = 'button';
    whole.textContent = 'Cite the whole text';
    whole.addEventListener('click', () => {
      show();
      home.after(panel);
      panel.querySelector('summary')?.focus();
    });
    scope.replaceChildren(`Citing paragraph ${paragraph}. `, whole);
  };

  for (const field of fields) {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'cite-copy';
    const what = field.labels?.[0]?.textContent ?? 'Text';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${what}`);
    button.addEventListener('click', async () => { status.textContent = copyMessage(await copyField(field), what); });
    field.after(button);
  }

  for (const block of root.querySelectorAll<HTMLElement>('.body .block[id]')) {
    const paragraph = paragraphOf(block.id);
    const permalink = block.querySelector(':scope > .permalink');
    if (!paragraph || !permalink) continue;
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'cite-paragraph';
    button.textContent = 'Cite';
    button.setAttribute('aria-label', `Cite paragraph ${paragraph}`);
    button.setAttribute('data-pagefind-ignore', '');
    button.addEventListener('click', () => {
      show(paragraph);
      block.after(panel);
      panel.open = true;
      panel.querySelector('summary')?.focus();
    });
    permalink.after(button);
  }

  const fromHash = (): void => {
    show(paragraphOf(root.location.hash));
    home.after(panel);
  };
  root.defaultView?.addEventListener('hashchange', fromHash);
  fromHash();
}
