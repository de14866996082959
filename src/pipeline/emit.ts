import type { BlockContent, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { DocumentData } from '../schemas/document.ts';
import { blockId } from './block-id.ts';
import { headingDepths, markSpeakerRuns, segments } from './body-layout.ts';
import type { Block } from './types.ts';


const serializer = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** A linked stretch of a block's text: offsets in the block's text and the entity it names. */
export interface InlineLink {
  start: number;
  end: number;
  entity: string;
}

/** What a block carries besides its text: links to entities, and the speaker whose words it is. */
export interface BlockAnnotations {
  links?: InlineLink[];
  speaker?: string;
  /** Whether the speaker's words start here (the previous paragraph was someone else's, or nobody's). */
  speakerStarts?: boolean;
}

/** Text with its linked stretches as `<M to="type/slug">` elements, the rest as escaped text. */
export function inline(text: string, links: InlineLink[] = [], offset = 0): PhrasingContent[] {
  return segments(text, links, offset).map((s): PhrasingContent => (s.entity
    ? { type: 'mdxJsxTextElement', name: 'M', attributes: [attribute('to', s.entity)], children: [{ type: 'text', value: s.text }] }
    : { type: 'text', value: s.text }));
}

const paragraph = (text: string, links?: InlineLink[], offset = 0): Paragraph => ({ type: 'paragraph', children: inline(text, links, offset) });

/** The syntax tree of one body block: a component carrying the id, around ordinary Markdown nodes. */
export function blockNode(block: Block, n: number, headingDepth = 2, annotations: BlockAnnotations = {}): MdxJsxFlowElement {
  const { links = [], speaker, speakerStarts } = annotations;
  const attributes = [attribute('id', blockId(n))];
  if (block.lang) attributes.push(attribute('lang', block.lang));
  if (speaker) attributes.push(attribute('speaker', speaker));
  if (speaker && speakerStarts) attributes.push(attribute('speakerStarts', 'true'));
  let name = 'Para';
  let child: BlockContent;
  switch (block.kind) {
    case 'heading':
      name = 'Heading';
      child = { type: 'heading', depth: headingDepth as 2, children: inline(block.text, links) };
      break;
    case 'caption':
      name = 'Caption';
      if (block.credit) attributes.push(attribute('credit', block.credit));
      child = paragraph(block.text, links);
      break;
    case 'list': {
      let offset = 0;
      child = {
        type: 'list', ordered: false, spread: false,
        children: (block.items ?? [block.text]).map((item) => {
          const node = { type: 'listItem' as const, spread: false, children: [paragraph(item, links, offset)] };
          offset += item.length + 1;
          return node;
        }),
      };
      break;
    }
    default:
      child = paragraph(block.text, links);
  }
  return { type: 'mdxJsxFlowElement', name, attributes, children: block.text ? [child] : [] };
}

/**
 * Serializes a document to MDX: frontmatter as YAML with every value JSON-encoded (JSON is
 * YAML), then the body as a syntax tree, so that source text is always escaped and can never
 * become markup, expressions or imports.
 */
export function emitMdx(data: DocumentData, blocks: Block[], annotations: BlockAnnotations[] = []): string {
  const frontmatter = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n');
  const depths = headingDepths(blocks);
  const marked = markSpeakerRuns(blocks, annotations);
  const children: RootContent[] = blocks.map((block, i) => blockNode(block, i + 1, depths[i], marked[i]));
  const body = serializer.stringify({ type: 'root', children });
  return `---\n${frontmatter}\n---\n\n${body}`;
}
