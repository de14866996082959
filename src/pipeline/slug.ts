/** Folds a string to lowercase ASCII letters and digits joined by dashes (Vietnamese đ → d). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A document's id from its path under the input folder: `seeds/Báo A/x_1.txt` → `bao-a/x-1`.
 * Ids are URL paths, so each folder stays a segment.
 */
export function documentId(path: string, root = 'seeds'): string {
  const prefix = `${root.replace(/\/+$/, '')}/`;
  const relative = (path.startsWith(prefix) ? path.slice(prefix.length) : path).replace(/\.txt$/i, '');
  return relative.split('/').map((segment) => slugify(segment) || 'text').join('/');
}
