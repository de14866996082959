import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { emitMdx } from '../../../src/pipeline/emit.ts';
import type { Block } from '../../../src/pipeline/types.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';

const HOSTILE = [
  '{alert(1)} and {process.exit()}',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  'import fs from "node:fs"',
  'export const title = "pwned"',
  '<Para id="p-99">forged</Para> <!-- comment --> &lt;b&gt; &amp;',
  '# not a heading * not emphasis * _ [link](javascript:alert(1)) ![img](x.png)',
  '---',
  '1. not a list | a | table |',
];

const data = { id: 'x', title: 'T: "quoted" {x} <y>', alternateTitles: [{ text: '---\nevil: true', lang: 'vi' }] } as unknown as DocumentData;
const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);

/** Every node of a tree, depth first. */
function walk(node: Node): Node[] {
  const children = (node as { children?: Node[] }).children ?? [];
  return [node, ...children.flatMap(walk)];
}

describe('MDX emitted from hostile text', () => {
  const blocks: Block[] = HOSTILE.map((text, i) => ({ kind: i % 2 ? 'caption' : 'paragraph', text, line: i + 1, start: 0, end: text.length }));
  blocks.push({ kind: 'heading', text: '{heading} <h1>', line: 9, start: 0, end: 1 });
  blocks.push({ kind: 'list', text: 'a', items: ['{item}', '<li>x</li>'], line: 10, start: 0, end: 1 });
  const mdx = emitMdx(data, blocks);
  const tree = parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''));

  it('contains no expression, import, export or foreign JSX after parsing', () => {
    const types = new Set(walk(tree).map((n) => n.type));
    for (const type of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'link', 'image', 'emphasis', 'table']) {
      expect(types.has(type), type).toBe(false);
    }
    const jsx = walk(tree).filter((n) => n.type.startsWith('mdxJsx')).map((n) => (n as unknown as { name: string }).name);
    expect(jsx).toEqual([...blocks.map((b) => ({ paragraph: 'Para', caption: 'Caption', heading: 'Heading', list: 'Para' })[b.kind])]);
  });

  it('gives back every text exactly, as text', () => {
    const texts = tree.children.map((block) => walk(block).filter((n) => n.type === 'text').map((n) => (n as unknown as { value: string }).value).join('|'));
    expect(texts).toEqual([...HOSTILE, '{heading} <h1>', '{item}|<li>x</li>']);
  });

  it('gives every block a sequential paragraph id', () => {
    const ids = tree.children.map((n) => (n as unknown as { attributes: { name: string; value: string }[] }).attributes.find((a) => a.name === 'id')?.value);
    expect(ids).toEqual(blocks.map((_, i) => `p-${i + 1}`));
  });

  it('writes frontmatter values JSON-encoded, so they cannot end the frontmatter or add keys', () => {
    const frontmatter = mdx.split('\n---\n')[0]!;
    expect(frontmatter.split('\n')).toEqual(['---', 'id: "x"', 'title: "T: \\"quoted\\" {x} <y>"', 'alternateTitles: [{"text":"---\\nevil: true","lang":"vi"}]']);
  });
});

describe('MDX emitted with entity links', () => {
  const text = 'Minister {Nguyen Van A} met <b>To Lam</b> today.';
  const block: Block = { kind: 'paragraph', text, line: 1, start: 0, end: text.length };
  const start = text.indexOf('{Nguyen');
  const links = [{ start, end: start + '{Nguyen Van A}'.length, entity: 'person/nguyen-van-a' }, { start: text.indexOf('To Lam'), end: text.indexOf('To Lam') + 6, entity: 'person/to-lam' }];
  const mdx = emitMdx(data, [block], [{ links, speaker: 'person/to-lam' }]);
  const tree = parse(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const nodes = walk(tree);

  it('wraps each linked stretch in an M element naming the entity, the text still escaped', () => {
    const mentions = nodes.filter((n) => (n as unknown as { name?: string }).name === 'M') as unknown as { attributes: { value: string }[]; children: { value: string }[] }[];
    expect(mentions.map((m) => [m.attributes[0]!.value, m.children[0]!.value])).toEqual([['person/nguyen-van-a', '{Nguyen Van A}'], ['person/to-lam', 'To Lam']]);
    expect(nodes.some((n) => n.type.includes('Expression') || n.type === 'html')).toBe(false);
  });

  it('keeps the whole text, in order, around the links', () => {
    expect(nodes.filter((n) => n.type === 'text').map((n) => (n as unknown as { value: string }).value).join('')).toBe(text);
  });

  it('marks the paragraph with its speaker, and where their words start', () => {
    expect(mdx).toContain('<Para id="p-1" speaker="person/to-lam" speakerStarts="true">');
  });
});

describe('MDX emitted for a speech', () => {
  const blocks: Block[] = ['Intro.', 'First.', 'A photo.', 'Second.', 'Reply.', 'Third.'].map((text, i) => ({
    kind: text === 'A photo.' ? 'caption' : 'paragraph', text, line: i + 1, start: 0, end: text.length,
  }));
  const speakers = [undefined, 'person/a', undefined, 'person/a', 'person/b', 'person/a'];
  const mdx = emitMdx(data, blocks, speakers.map((speaker) => ({ speaker })));
  const opening = (n: number) => new RegExp(`<(?:Para|Caption) id="p-${n}"[^>]*>`).exec(mdx)?.[0];

  it('says where each speaker\'s run of paragraphs starts, across photo captions', () => {
    expect([1, 2, 3, 4, 5, 6].map(opening)).toEqual([
      '<Para id="p-1">',
      '<Para id="p-2" speaker="person/a" speakerStarts="true">',
      '<Caption id="p-3">',
      '<Para id="p-4" speaker="person/a">',
      '<Para id="p-5" speaker="person/b" speakerStarts="true">',
      '<Para id="p-6" speaker="person/a" speakerStarts="true">',
    ]);
  });
});
