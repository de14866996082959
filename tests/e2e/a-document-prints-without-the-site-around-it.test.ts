import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { readDocuments } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  // The longest text: the most paragraphs and links.
  const [document] = (await readDocuments()).sort((a, b) => b.blockCount - a.blockCount);
  await page.goto(`${siteUrl}documents/${document!.id}/`);
  await page.emulateMedia({ media: 'print' });
});
afterAll(async () => { await browser?.close(); });

it('hides the header, navigation, footer, skip link, search and cite panel, and keeps the text', async () => {
  for (const selector of ['.skip-link', '.site-header', 'nav', '.site-footer', '#cite', '.compare-link', '.named']) {
    expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
  }
  expect(await page.locator('.search-form').count()).toBe(0);
  expect(await page.locator('article.document h1').isVisible()).toBe(true);
  expect(await page.locator('.document .body .block').first().isVisible()).toBe(true);
});

it('numbers every paragraph "¶ N" with N its permalink\'s number', async () => {
  const blocks = await page.locator('.document .body .block').evaluateAll((els) => els.map((el) => {
    const mark = el.querySelector(':scope > .permalink')!;
    const before = getComputedStyle(mark, '::before');
    const box = mark.getBoundingClientRect();
    return {
      id: el.id, parent: el.parentElement!.className, content: before.content, counter: getComputedStyle(el).counterIncrement,
      shown: getComputedStyle(mark).opacity === '1' && getComputedStyle(mark).visibility === 'visible' && box.width > 0 && box.left >= 0,
    };
  }));
  expect(blocks.length).toBeGreaterThan(5);
  // The counter counts the body's blocks in order, so it prints N exactly when the blocks are p-1 … p-N in order, all in the body.
  expect(blocks.map((b) => b.id)).toEqual(blocks.map((_, i) => `p-${i + 1}`));
  for (const block of blocks) {
    expect(block).toMatchObject({ parent: 'body', content: '"¶ " counter(block)', counter: 'block 1', shown: true });
  }
});

it('prints each link of the text with a note number and lists their full URLs at the end, one per target', async () => {
  const links = await page.locator('article.document a[href]:not(.permalink):not([href^="#"])').evaluateAll((els) => els
    .filter((a) => !a.closest('#cite, [hidden]'))
    .map((a) => ({ href: (a as HTMLAnchorElement).href, note: a.nextElementSibling?.classList.contains('print-note') ? a.nextElementSibling.textContent : null })));
  expect(links.length).toBeGreaterThan(3);
  const notes = await page.locator('.print-links li').evaluateAll((els) => els.map((li) => ({ n: (li as HTMLLIElement).value, url: li.textContent })));
  expect(await page.locator('.print-links').isVisible()).toBe(true);
  expect(new Set(notes.map((n) => n.url)).size).toBe(notes.length);
  for (const link of links) {
    expect(link.note).toMatch(/^\[\d+\]$/);
    const n = Number(link.note!.slice(1, -1));
    expect(notes.find((note) => note.n === n)?.url, link.href).toBe(link.href);
    expect(link.href.startsWith(new URL(siteUrl).origin) || /^https?:\/\//.test(link.href)).toBe(true);
  }
});

it('shows no note marks or list of links on screen, and the page prints to a PDF', async () => {
  await page.emulateMedia({ media: 'screen' });
  expect(await page.locator('.print-links').isVisible()).toBe(false);
  expect(await page.locator('.print-note').first().isVisible()).toBe(false);
  expect(await page.locator('.site-header').isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
