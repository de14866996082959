import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { type DocumentData, DocumentSchema } from '../../../src/schemas/document.ts';

const CONTENT_DIR = 'content/documents';

/** The frontmatter of every generated document under content/documents, validated. */
export async function readDocuments(): Promise<DocumentData[]> {
  const files = (await readdir(CONTENT_DIR, { recursive: true })).filter((f) => f.endsWith('.mdx'));
  return Promise.all(
    files.sort().map(async (file) => {
      const text = await readFile(path.join(CONTENT_DIR, file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
      return DocumentSchema.parse(parse(frontmatter));
    }),
  );
}
