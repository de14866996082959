import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_HEADER_ONLY, CSP_META } from '../../../src/lib/csp.ts';

/** The Content-Security-Policy lines of public/_headers. */
const headerLines = (): string[] =>
  readFileSync('public/_headers', 'utf8').split('\n').filter((l) => /^\s+Content-Security-Policy:/.test(l)).map((l) => l.split(': ')[1]!.trim());

describe('Content-Security-Policy', () => {
  it('sends the same policy in public/_headers as in every page, plus what only a header can say', () => {
    expect(headerLines()).toEqual([CSP_HEADER]);
    expect(CSP_HEADER.startsWith(`${CSP_META}; `)).toBe(true);
  });

  it('leaves out of the meta tag the directives browsers ignore there', () => {
    for (const [name] of CSP_HEADER_ONLY) expect(CSP_META).not.toContain(name);
    expect(CSP_META).not.toMatch(/report-uri|report-to|sandbox|frame-ancestors/);
  });

  it('allows no inline script or style, no eval but WebAssembly, and no other origin', () => {
    expect(CSP_META).not.toContain("'unsafe-inline'");
    expect(CSP_META).not.toContain("'unsafe-eval'");
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).not.toMatch(/https?:|\bdata:|\*/);
  });
});
