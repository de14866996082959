/**
 * The site's Content-Security-Policy. Every page runs under it: scripts and styles only from the
 * site's own files (no inline script, no inline style, no `eval`), WebAssembly allowed for
 * Pagefind's search engine (`'wasm-unsafe-eval'`), and nothing fetched from another origin.
 * One policy for every page, so that a host can send the same header for the whole site
 * (public/_headers, README's nginx snippet); Astro's own `security.csp` hashes inline code per
 * page instead, which a static header file cannot follow.
 */

/** Directives that work in a `<meta http-equiv>` policy. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * Directives a browser ignores in a `<meta>` policy (and warns about): only a response header can
 * forbid framing (`frame-ancestors`) or ask for reports (`report-uri`, `report-to`).
 */
export const CSP_HEADER_ONLY: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

const join = (directives: readonly (readonly [string, string])[]): string => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as every page's `<meta http-equiv="Content-Security-Policy">` states it. */
export const CSP_META = join(CSP_DIRECTIVES);

/** The same policy as a `Content-Security-Policy` response header, with what only a header can say. */
export const CSP_HEADER = join([...CSP_DIRECTIVES, ...CSP_HEADER_ONLY]);
