/** One link target in a printed page's list of links: its number and absolute URL. */
export interface PrintNote {
  n: number;
  url: string;
}

/**
 * Numbers link targets for print footnotes in order of first appearance; a URL linked again keeps its
 * number, so that a person named twenty times is one note. Returns each link's number and the notes.
 */
export function numberLinks(urls: readonly string[]): { numbers: number[]; notes: PrintNote[] } {
  const byUrl = new Map<string, number>();
  const numbers = urls.map((url) => {
    let n = byUrl.get(url);
    if (n === undefined) byUrl.set(url, (n = byUrl.size + 1));
    return n;
  });
  return { numbers, notes: [...byUrl].map(([url, n]) => ({ n, url })) };
}
