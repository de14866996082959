import http from 'node:http';
import { expect, inject, it } from 'vitest';

const siteUrl = new URL(inject('siteUrl'));

/** Sends a GET with the path exactly as given (no URL normalization) and returns status and body. */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: siteUrl.hostname, port: siteUrl.port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

it('the server answers 404 outside the base path and never serves files outside the built folder', async () => {
  for (const path of ['/', '/documents/', '/kb/other/', `${siteUrl.pathname}../../package.json`, `${siteUrl.pathname}%2e%2e/%2e%2e/package.json`, `${siteUrl.pathname}..%2f..%2fpackage.json`]) {
    const { status, body } = await rawGet(path);
    expect(status, path).toBe(404);
    expect(body, path).not.toContain('"dependencies"');
  }
});

it('the server redirects a folder without its trailing slash and types Pagefind files', async () => {
  const redirect = await fetch(new URL('documents', siteUrl), { redirect: 'manual' });
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get('location')).toBe(`${siteUrl.pathname}documents/`);
  const entry = await fetch(new URL('pagefind/pagefind-entry.json', siteUrl));
  expect(entry.headers.get('content-type')).toMatch(/^application\/json/);
  const wasm = await fetch(new URL('pagefind/wasm.en.pagefind', siteUrl));
  expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
});
