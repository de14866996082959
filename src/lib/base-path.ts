/** Normalizes a base path to start and end with one slash (`kb/sub` → `/kb/sub/`, empty → `/`). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a site-absolute path (`/documents/x/`) onto a base path (`/kb/sub/`). */
export function joinBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}
