import type { BlockContent, Paragraph, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { DocumentData } from '../schemas/document.ts';
import type { Block } from './types.ts';

/** Id of the nth body block (1-based): the paragraph permalink anchor. */
export const blockId = (n: number) => `p-${n}`;

const serializer = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/** The syntax tree of one body block: a component carrying the id, around ordinary Markdown nodes. */
export function blockNode(block: Block, n: number, headingDepth = 2): MdxJsxFlowElement {
  const attributes = [attribute('id', blockId(n))];
  if (block.lang) attributes.push(attribute('lang', block.lang));
  let name = 'Para';
  let child: BlockContent;
  switch (block.kind) {
    case 'heading':
      name = 'Heading';
      child = { type: 'heading', depth: headingDepth as 2, children: [{ type: 'text', value: block.text }] };
      break;
    case 'caption':
      name = 'Caption';
      if (block.credit) attributes.push(attribute('credit', block.credit));
      child = paragraph(block.text);
      break;
    case 'list':
      child = {
        type: 'list', ordered: false, spread: false,
        children: (block.items ?? [block.text]).map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
      };
      break;
    default:
      child = paragraph(block.text);
  }
  return { type: 'mdxJsxFlowElement', name, attributes, children: block.text ? [child] : [] };
}

/**
 * Serializes a document to MDX: frontmatter as YAML with every value JSON-encoded (JSON is
 * YAML), then the body as a syntax tree, so that source text is always escaped and can never
 * become markup, expressions or imports.
 */
export function emitMdx(data: DocumentData, blocks: Block[]): string {
  const frontmatter = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n');
  let depth = 2;
  const children: RootContent[] = blocks.map((block, i) => {
    if (block.kind === 'heading') depth = /^\d{1,2}[.)]\s/.test(block.text) && i > 0 && blocks.slice(0, i).some((b) => b.kind === 'heading' && !/^\d{1,2}[.)]\s/.test(b.text)) ? 3 : 2;
    return blockNode(block, i + 1, depth);
  });
  const body = serializer.stringify({ type: 'root', children });
  return `---\n${frontmatter}\n---\n\n${body}`;
}
