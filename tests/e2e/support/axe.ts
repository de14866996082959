import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** axe-core's browser bundle, injected into the page under test rather than fetched from the site. */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe rule a page breaks, with where: enough to find the element without rerunning axe. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements, with a snippet of each element's HTML. */
  nodes: string[];
}

/**
 * A browser context for axe runs. It bypasses the page's Content-Security-Policy, which would
 * otherwise refuse the inline script Playwright injects axe with; the site's own scripts still run.
 */
export function axeContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true });
}

/**
 * Runs every axe rule (WCAG 2.x A and AA, best practices) on the page as it is now, scripts run and
 * whatever the test has opened, and returns what it breaks, of any impact.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }> }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)}`),
    }));
  });
}
