/**
 * A small dependency-free static server for a built site, for previews and end-to-end tests.
 * Usage: node scripts/serve.ts   (PORT, default 4321; OUT_DIR, default dist; BASE_PATH, default /)
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { normalizeBase } from '../src/lib/base-path.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Content type of a file by its extension; Pagefind's `.pf_*` and `.pagefind` files are binary. */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A running server: its URL (base path included) and a way to stop it. */
export interface Server {
  /** e.g. `http://127.0.0.1:4321/kb/sub/`. */
  url: string;
  /** Stops accepting connections and resolves once the server is closed. */
  close: () => Promise<void>;
}

/**
 * Maps a request path to a file under `root`: null when it is outside the base path or the folder.
 * The base path without its trailing slash maps to `root` itself, which the caller redirects.
 */
export function resolveRequest(root: string, base: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const prefix = normalizeBase(base);
  const rootDir = path.resolve(root);
  if (decoded.includes('\0')) return null;
  if (decoded === prefix.slice(0, -1)) return rootDir;
  if (!decoded.startsWith(prefix)) return null;
  const relative = path.posix.normalize(`/${decoded.slice(prefix.length)}`);
  const file = path.join(rootDir, relative);
  if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return null;
  return relative.endsWith('/') ? path.join(file, 'index.html') : file;
}

const isFile = async (file: string) => (await stat(file).catch(() => null))?.isFile() ?? false;
const isDirectory = async (file: string) => (await stat(file).catch(() => null))?.isDirectory() ?? false;

async function handle(root: string, base: string, req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveRequest(root, base, url.pathname);
  if (file && (await isFile(file))) {
    res.writeHead(200, { 'content-type': contentType(file) });
    if (req.method === 'HEAD') return res.end();
    return createReadStream(file).pipe(res);
  }
  if (file && !url.pathname.endsWith('/') && (await isDirectory(file))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  const notFound = path.join(root, '404.html');
  const has404 = await isFile(notFound);
  res.writeHead(404, { 'content-type': has404 ? contentType(notFound) : 'text/plain; charset=utf-8' });
  if (req.method === 'HEAD') return res.end();
  return has404 ? createReadStream(notFound).pipe(res) : res.end('Not found');
}

/** Serves the built folder `dir` under `base` on 127.0.0.1; port 0 picks a free port. */
export function serve(dir: string, { base = '/', port = 0 }: { base?: string; port?: number } = {}): Promise<Server> {
  const server = http.createServer((req, res) => {
    handle(dir, base, req, res).catch((cause: unknown) => {
      console.error(new Error(`Failed to serve ${req.url}.`, { cause }));
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}${normalizeBase(base)}`,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}

if (import.meta.main) {
  const dir = process.env.OUT_DIR || 'dist';
  const port = Number(process.env.PORT || 4321);
  serve(dir, { base: process.env.BASE_PATH, port })
    .then(({ url }) => console.log(`Serving ${dir} at ${url} (Ctrl+C to stop)`))
    .catch((cause: unknown) => {
      console.error(new Error(`Failed to start the server on port ${port}.`, { cause }));
      process.exitCode = 1;
    });
}
