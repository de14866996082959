import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { mostMentionedPerson } from './support/corpus.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The `document#paragraph` of every source link within `scope` on the page. */
async function sourcesOn(page: Page, scope = 'main'): Promise<string[]> {
  return page.locator(`${scope} a.source-link, ${scope} details.speech li > a`).evaluateAll((links) => links.map((a) => {
    const url = new URL((a as HTMLAnchorElement).href);
    return `${url.pathname.replace(/^.*\/documents\//, '').replace(/\/$/, '')}#${url.hash.slice(1)}`;
  }));
}

/** Follows a section's "All …" link from the entity page, then every "Next" link, collecting the sources. */
async function collectSection(page: Page, section: string): Promise<string[]> {
  const all = page.locator(`section[aria-labelledby="${section}-title"] p.more a`);
  if (await all.count() === 0) return sourcesOn(page, `section[aria-labelledby="${section}-title"]`);
  await all.click();
  const found: string[] = [];
  for (let pages = 0; pages < 1000; pages++) {
    found.push(...await sourcesOn(page));
    const next = page.locator('nav.pager a[rel="next"]').first();
    if (await next.count() === 0) break;
    await next.click();
  }
  return found;
}

it('every mention and statement of the most named person is reachable from their page, page by page', async () => {
  const person = await mostMentionedPerson();
  const { page, problems } = await openWatchedPage(browser);

  await page.goto(`${siteUrl}entities/${person.id}/`);
  const mentions = await collectSection(page, 'mentions');
  const expected = person.mentions.map((m) => `${m.document}#${m.paragraph}`);
  expect(mentions.length).toBe(expected.length);
  expect([...mentions].sort()).toEqual([...expected].sort());

  await page.goto(`${siteUrl}entities/${person.id}/`);
  const statements = await collectSection(page, 'statements');
  expect([...statements].sort()).toEqual(person.statements.map((s) => `${s.document}#${s.paragraph}`).sort());
  expect(problems).toEqual([]);
  await page.close();
});
