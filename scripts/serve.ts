/**
 * A small dependency-free static server for a built site, for previews and end-to-end tests.
 * Usage: node scripts/serve.ts   (PORT, default 4321; OUT_DIR, default dist; BASE_PATH, default /)
 */
import { open, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
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

const isDirectory = async (file: string) => (await stat(file).catch(() => null))?.isDirectory() ?? false;

/**
 * Sends a file with its length, or returns false when it is not a readable file. The file is opened
 * before the headers go out, so a failure to open it is still a clean error response; once streaming,
 * `pipeline` closes the file when the client goes away and cuts the response if a read fails, so that
 * no request is left hanging and no file stays open (`.pipe()` did neither).
 */
async function sendFile(file: string, status: number, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (!handle) return false;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return false;
    res.writeHead(status, { 'content-type': contentType(file), 'content-length': info.size });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await pipeline(handle.createReadStream({ autoClose: false }), res).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
    return true;
  } finally {
    await handle.close();
  }
}

async function handle(root: string, base: string, req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveRequest(root, base, url.pathname);
  if (file && (await sendFile(file, 200, req, res))) return;
  if (file && !url.pathname.endsWith('/') && (await isDirectory(file))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  if (await sendFile(path.join(root, '404.html'), 404, req, res)) return;
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(req.method === 'HEAD' ? undefined : 'Not found');
}

/** Serves the built folder `dir` under `base` on 127.0.0.1; port 0 picks a free port. */
export function serve(dir: string, { base = '/', port = 0 }: { base?: string; port?: number } = {}): Promise<Server> {
  const server = http.createServer((req, res) => {
    handle(dir, base, req, res).catch((cause: unknown) => {
      console.error(new Error(`Failed to serve ${req.url}.`, { cause }));
      // Headers already sent: cut the connection, so that the client sees a failed request rather than waiting for the rest.
      if (res.headersSent) res.destroy();
      else res.writeHead(500).end();
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
