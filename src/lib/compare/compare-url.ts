/**
 * A document id as it may appear in a compare URL: the path under /documents/ (subfolders allowed),
 * no `..`, no empty segment, so fetching `documents/<id>/` can never leave that folder.
 */
export function isDocumentId(id: string): boolean {
  return /^[A-Za-z0-9_-][\w.-]*(?:\/[\w.-]+)*$/.test(id) && !id.split('/').some((part) => part === '.' || part === '..');
}

/** The document id of a document page's URL or path under the base (`/kb/documents/a/b/` → `a/b`), or null. */
export function documentIdOf(url: string, base: string): string | null {
  const path = new URL(url, 'http://x').pathname;
  const prefix = `${base}documents/`;
  if (!path.startsWith(prefix)) return null;
  const id = path.slice(prefix.length).replace(/\/$/, '');
  return isDocumentId(id) ? id : null;
}

/** The entity id of a link to an entity page (`/kb/entities/person/to-lam/` or `../../entities/person/to-lam/` → `person/to-lam`), or null. */
export function entityIdOf(href: string): string | null {
  const m = /(?:^|\/)entities\/([a-z]+\/[a-z0-9-]+)\/?(?:[?#].*)?$/.exec(href);
  return m ? m[1]! : null;
}

/** The search part of a compare URL (`?a=…&b=…`), empty ids left out. */
export function compareSearch(a: string, b: string): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  const text = params.toString();
  return text ? `?${text}` : '';
}
