import type { VFile } from 'vfile';
import type { Block, Line } from '../types.ts';
import { lineKey, EDGE_LINES } from './boilerplate.ts';
import { readBody, type Removed } from './body.ts';
import { readFooter, type Footer } from './footer.ts';
import { readHeader, type Header } from './header.ts';
import { logicalLines } from './lines.ts';
import { OWN_NUMBER_LINE } from '../extract/lexicon/document-codes.ts';

/** A text separated from its site chrome. */
export interface Cleaned {
  /** The article body, in order. */
  blocks: Block[];
  header: Header;
  footer: Omit<Footer, 'used' | 'end'>;
  /** Lines left out of the body, with the reason, for review. */
  removed: Removed[];
}

/** Options of the clean stage. */
export interface CleanOptions {
  /** Keys (see `lineKey`) of lines the corpus repeats at document edges. */
  boilerplate?: Set<string>;
  /** The text's logical lines, when the caller has them (see lines.ts); they are used, not copied. */
  lines?: Line[];
}

/** Separates an article from the scraped site chrome around it. */
export function clean(file: VFile, text: string, options: CleanOptions = {}): Cleaned {
  const lines = options.lines ?? logicalLines(text);
  const removed: Removed[] = [];
  const drop = (line: Line, reason: string) => removed.push({ line: line.line, text: line.text, reason });

  const footer = readFooter(lines, text.length);
  lines.slice(footer.end).forEach((l) => drop(l, 'after the article (comments, related links, sources)'));
  const article = lines.slice(0, footer.end);
  const header = readHeader(article);
  const kept: Line[] = [];
  article.forEach((line, i) => {
    // (A line of the page's own number and its fields above the headline is the document's, kept for the instrument it names:
    // "Số: 4638/TB-SGT | Ngày ban hành: 12/03/2030".)
    if (header.used.has(i) && !(header.title?.line !== line.line && OWN_NUMBER_LINE.test(line.text))) return drop(
      line, header.title?.line === line.line || header.alternateTitles.some((t) => t.line.line === line.line) ? 'title' : 'header',
    );
    if (footer.used.has(i)) return drop(line, 'credit');
    const atEdge = i < EDGE_LINES || i >= article.length - EDGE_LINES;
    if (atEdge && options.boilerplate?.has(lineKey(line.text))) return drop(line, 'repeated across documents');
    kept.push(line);
  });
  const blocks = readBody(kept, removed);
  if (blocks.length === 0) {
    const message = file.message('no article text left after cleaning, skipped', { ruleId: 'empty-body', source: 'clean' });
    message.fatal = true;
  }
  removed.sort((a, b) => a.line - b.line);
  const { outlet, url, references, stamp, copyright } = footer;
  return {
    blocks, header, removed,
    footer: { references, ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), ...(stamp ? { stamp } : {}), ...(copyright ? { copyright } : {}) },
  };
}
