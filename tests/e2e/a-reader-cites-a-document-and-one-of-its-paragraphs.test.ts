import { parse } from '@retorquere/bibtex-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { sortByDate } from '../../src/lib/sort-documents.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { CslDataSchema } from '../helpers/csl-data-schema.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { readDocuments } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let cited: DocumentData;
beforeAll(async () => {
  browser = await launchBrowser();
  const [first] = sortByDate((await readDocuments()).map((data) => ({ data })));
  if (!first) throw new Error('No documents in content/documents.json');
  cited = first.data;
});
afterAll(async () => { await browser?.close(); });

const pageUrl = () => `${siteUrl}documents/${cited.id}/`;
/** The value of one field of the cite panel (`text`, `bibtex`, `csl`, `permalink`). */
const field = (page: Page, name: string) => page.locator(`[data-cite-field="${name}"]`).inputValue();

/** Checks that the panel cites the document at `url`, in every form, and that BibTeX and CSL-JSON read back. */
async function expectCitation(page: Page, url: string, paragraph?: number) {
  expect(await field(page, 'permalink')).toBe(url);
  const text = await field(page, 'text');
  expect(text).toContain(`“${cited.title}`);
  if (cited.source) expect(text).toContain(cited.source);
  expect(text.endsWith(`Policy Texts, ${url}.`)).toBe(true);
  expect(text.includes(`para. ${paragraph}.`)).toBe(paragraph !== undefined);

  const library = parse(await field(page, 'bibtex'), { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries[0]?.fields).toMatchObject({ title: cited.title, url, ...(cited.date ? { date: cited.date } : {}) });
  const [item] = CslDataSchema.parse(JSON.parse(await field(page, 'csl')));
  expect(item).toMatchObject({ type: 'article-newspaper', title: cited.title, URL: url });
}

it('the page carries the document\'s citation without script', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl());
  await page.getByText('Cite this text').click();
  await expectCitation(page, new URL(pageUrl()).pathname);
  expect(await page.locator('.cite-paragraph').count()).toBe(0);
  await context.close();
});

it('the cite panel cites the whole text, then a paragraph below it, then the whole text again', async () => {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(pageUrl());
  await expectCitation(page, pageUrl());

  await page.locator('#p-3').hover();
  await page.getByRole('button', { name: 'Cite paragraph 3', exact: true }).click();
  expect(await page.locator('#cite').evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
  expect(await page.locator('#p-3 + #cite').count()).toBe(1);
  expect(await page.locator('.cite-scope').textContent()).toContain('Citing paragraph 3.');
  await expectCitation(page, `${pageUrl()}#p-3`, 3);

  await page.getByRole('button', { name: 'Cite the whole text' }).click();
  expect(await page.locator('.body #cite').count()).toBe(0);
  await expectCitation(page, pageUrl());
  expect(problems).toEqual([]);
  await page.close();
});

it('a paragraph in the URL\'s hash is the one cited', async () => {
  const page = await browser.newPage();
  await page.goto(`${pageUrl()}#p-2`);
  await expectCitation(page, `${pageUrl()}#p-2`, 2);
  await page.close();
});

it('the copy button puts the text on the clipboard', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
  const page = await context.newPage();
  await page.goto(pageUrl());
  await page.getByText('Cite this text').click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect.poll(() => page.locator('.cite-status').textContent()).toBe('BibTeX copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field(page, 'bibtex'));
  await context.close();
});

/** In every page of a context: no Clipboard API, and the text each copy event copies kept in `window.copied`. */
function withoutClipboardApi() {
  delete (Object.getPrototypeOf(navigator) as { clipboard?: unknown }).clipboard;
  document.addEventListener('copy', () => {
    const field = document.activeElement as HTMLTextAreaElement | HTMLInputElement;
    (window as { copied?: string }).copied = field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  });
}

it('without the Clipboard API, the copy command copies the selected text', async () => {
  const context = await browser.newContext();
  await context.addInitScript(withoutClipboardApi);
  const page = await context.newPage();
  await page.goto(pageUrl());
  expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
  await page.getByText('Cite this text').click();
  await page.getByRole('button', { name: 'Copy Permalink' }).click();
  await expect.poll(() => page.locator('.cite-status').textContent()).toBe('Permalink copied.');
  expect(await page.evaluate(() => (window as { copied?: string }).copied)).toBe(pageUrl());
  await context.close();
});

it('when the copy command fails too, the text is left selected and the reader is told to press Ctrl+C', async () => {
  const context = await browser.newContext();
  await context.addInitScript(withoutClipboardApi);
  await context.addInitScript(() => { document.execCommand = () => false; });
  const page = await context.newPage();
  await page.goto(pageUrl());
  await page.getByText('Cite this text').click();
  await page.getByRole('button', { name: 'Copy Citation (Chicago style)' }).click();
  await expect.poll(() => page.locator('.cite-status').textContent()).toContain('press Ctrl+C');
  const selected = await page.evaluate(() => {
    const active = document.activeElement as HTMLTextAreaElement;
    return active.value.slice(active.selectionStart, active.selectionEnd);
  });
  expect(selected).toBe(await field(page, 'text'));
  await context.close();
});
