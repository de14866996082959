import { joinBase } from './base-path.ts';

/** Prefixes a site-absolute path with the configured base path, so links work under any sub-path. */
export const withBase = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** URL of a document page; ids may contain `/` for subfolders. */
export const documentPath = (id: string): string => withBase(`/documents/${id}/`);
/** URL of an entity page (`person/to-lam` → `/entities/person/to-lam/`). */
export const entityPath = (id: string): string => withBase(`/entities/${id}/`);
