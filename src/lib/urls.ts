import { joinBase } from './base-path.ts';

/** Prefixes a site-absolute path with the configured base path, so links work under any sub-path. */
export const withBase = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** URL of a document page; ids may contain `/` for subfolders. */
export const documentPath = (id: string): string => withBase(`/documents/${id}/`);
/** URL of an entity page (`person/to-lam` → `/entities/person/to-lam/`). */
export const entityPath = (id: string): string => withBase(`/entities/${id}/`);
/** URL of a paragraph on a document page (`#p-N`). */
export const paragraphPath = (document: string, paragraph: string): string => `${documentPath(document)}#${paragraph}`;
/** URL of the index page of one entity type (`/entities/person/`). */
export const entityTypePath = (type: string): string => withBase(`/entities/${type}/`);
/** Id of the hidden preview card of an entity on a document page (`person/to-lam` → `preview-person-to-lam`). */
export const previewId = (entity: string): string => `preview-${entity.replace('/', '-')}`;
/** URL of an event or milestone page. */
export const eventPath = (id: string): string => withBase(`/events/${id}/`);
/** URL of a target page. */
export const targetPath = (id: string): string => withBase(`/targets/${id}/`);
/** URL of page n of the document listing (`/documents/`, then `/documents/page/2/`). */
export const documentListPath = (n: number): string => withBase(n <= 1 ? '/documents/' : `/documents/page/${n}/`);
/** URL of page n of the index of one entity type (`/entities/person/`, then `/entities/person/page/2/`). */
export const entityTypePagePath = (type: string, n: number): string => withBase(n <= 1 ? `/entities/${type}/` : `/entities/${type}/page/${n}/`);
/** URL of page n of the timeline's list (`/timeline/`, then `/timeline/page/2/`). */
export const timelinePagePath = (n: number): string => withBase(n <= 1 ? '/timeline/' : `/timeline/page/${n}/`);
/** URL of page n of the target ledger (`/targets/`, then `/targets/page/2/`). */
export const ledgerPagePath = (n: number): string => withBase(n <= 1 ? '/targets/' : `/targets/page/${n}/`);
/** URL of page n of the stated figures (`/targets/facts/1/` …). */
export const factsPagePath = (n: number): string => withBase(`/targets/facts/${n}/`);
/** URL of the lineage page, at an item of its list when given (`#lineage-plan-58-kh-ubnd`). */
export const lineagePath = (anchor?: string): string => withBase('/lineage/') + (anchor ? `#${anchor}` : '');
