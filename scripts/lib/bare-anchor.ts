import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A trivial component for the anchor's MDX: the element with its id and children, nothing else. */
const component = (tag: string) => `---\nconst { id } = Astro.props;\n---\n<${tag} id={id}><slot /></${tag}>\n`;

const FILES: Record<string, string> = {
  'astro.config.mjs': [
    "import mdx from '@astrojs/mdx';",
    "import { defineConfig } from 'astro/config';",
    "export default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });",
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "const docs = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/docs', "
      + "generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry) }) });",
    'export const collections = { docs };',
  ].join('\n'),
  'src/pages/[...id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Para from '../components/Para.astro';",
    "import Heading from '../components/Heading.astro';",
    "import Caption from '../components/Caption.astro';",
    "import M from '../components/M.astro';",
    "export async function getStaticPaths() { return (await getCollection('docs')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }",
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>'
      + '<body><h1>{entry.data.title}</h1><Content components={{ Para, Heading, Caption, M }} /></body></html>',
  ].join('\n'),
  'src/components/Para.astro': component('div'),
  'src/components/Heading.astro': component('div'),
  'src/components/Caption.astro': component('figure'),
  'src/components/M.astro': '---\nconst { to } = Astro.props;\n---\n<a href={`/entities/${to}/`}><slot /></a>\n',
};

/**
 * Writes the bare-Astro anchor of the benchmark: the same documents as MDX, rendered by one page
 * with trivial components, the way an Astro site renders content by default. It must sit inside
 * the project, so that its imports resolve from the project's node_modules.
 */
export async function writeAnchor(dir: string, documents: { id: string; mdx: string }[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  for (const doc of documents) {
    const path = join(dir, 'src/docs', `${doc.id}.mdx`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, doc.mdx);
  }
}
