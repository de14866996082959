/** The paragraph number of a block id (`p-12` → `12`); the id itself when it does not follow that pattern. */
export const blockNumber = (id: string): string => /^p-(\d+)$/.exec(id)?.[1] ?? id;

/** Accessible name of a block's permalink: "Link to paragraph 12". */
export const permalinkLabel = (id: string): string => `Link to paragraph ${blockNumber(id)}`;

/** The heading element for a depth, clamped to h2–h4 (the page title is the only h1). */
export const headingTag = (depth: number): 'h2' | 'h3' | 'h4' => (depth <= 2 ? 'h2' : depth === 3 ? 'h3' : 'h4');
