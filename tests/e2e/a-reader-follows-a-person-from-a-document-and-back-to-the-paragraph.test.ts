import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { mostMentionedPerson, readDocuments } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('a reader follows a person link from a document to the person page and back to the paragraph', async () => {
  const person = await mostMentionedPerson();
  // The person page opens with the newest texts' mentions: take the first in the newest text that names them.
  const newestFirst = (await readDocuments()).filter((d) => d.date).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  const newest = newestFirst.find((d) => person.mentions.some((m) => m.document === d.id))!;
  const mention = person.mentions.find((m) => m.document === newest.id)!;
  const documentUrl = `${siteUrl}documents/${mention.document}/`;
  const { page, problems } = await openWatchedPage(browser);

  await page.goto(documentUrl);
  const link = page.locator(`#${mention.paragraph} a.mention[data-entity="${person.id}"]`).first();
  expect(await link.textContent()).toBe(mention.text);
  await link.click();
  await page.waitForURL(`${siteUrl}entities/${person.id}/`);
  expect(await page.locator('h1').textContent()).toBe(person.name);
  expect(await page.locator('#roles-title').count()).toBe(person.roles.length > 0 ? 1 : 0);

  const back = page.locator(`blockquote[cite$="documents/${mention.document}/#${mention.paragraph}"] + a.source-link`).first();
  await back.click();
  await page.waitForURL(`${documentUrl}#${mention.paragraph}`);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(mention.paragraph);
  expect(await page.locator(`:target a.mention[data-entity="${person.id}"]`).count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await page.close();
});
