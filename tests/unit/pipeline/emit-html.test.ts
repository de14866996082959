import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { emitHtml, type HtmlLinks } from '../../../src/pipeline/emit-html.ts';
import { toHtml, h } from '../../../src/pipeline/html.ts';
import type { Block } from '../../../src/pipeline/types.ts';

const HOSTILE = [
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '{alert(1)} &lt;b&gt; &amp; & " \' <!-- comment --> ]]>',
  '<div class="block" id="p-99">forged</div></p></div>',
  '\u2028 <svg onload=alert(1)>',
];

const links: HtmlLinks = {
  entityHref: (entity) => `../../entities/${entity}/`,
  previewId: (entity) => `preview-${entity.replace('/', '-')}`,
  speakerName: () => 'Name "with" <quotes> & such',
};

/** Every element of a tree, depth first. */
function elements(node: Root | RootContent): Element[] {
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...('children' in node ? node.children.flatMap(elements) : [])];
}

/** The text of an element, as a browser reads it. */
const text = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');

describe('the HTML body emitted from hostile text', () => {
  const blocks: Block[] = HOSTILE.map((value, i) => ({ kind: i % 2 ? 'caption' : 'paragraph', text: value, credit: i % 2 ? '<b>credit</b>' : undefined, line: i + 1, start: 0, end: value.length }));
  blocks.push({ kind: 'heading', text: '<h1>heading</h1>', line: 9, start: 0, end: 1 });
  blocks.push({ kind: 'list', text: '<li>x</li>\n"item"', items: ['<li>x</li>', '"item"'], line: 10, start: 0, end: 1 });
  const html = emitHtml(blocks, blocks.map((b) => ({ speaker: 'person/x', links: [{ start: 0, end: Math.min(8, b.text.length), entity: 'person/x' }] })), links);
  const tree = fromHtml(html, { fragment: true });

  it('parses to our own elements only: no script, image, svg or forged block', () => {
    const tags = new Set(elements(tree).map((e) => e.tagName));
    expect([...tags].sort()).toEqual(['a', 'div', 'figcaption', 'figure', 'h2', 'li', 'p', 'span', 'ul']);
    const ids = elements(tree).flatMap((e) => (e.properties.id ? [String(e.properties.id)] : []));
    expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6']);
    expect(elements(tree).every((e) => Object.keys(e.properties).every((k) => !k.startsWith('on')))).toBe(true);
  });

  it('keeps every text exactly as written, with its mentions linked', () => {
    const blockTexts = elements(tree).filter((e) => e.properties.id).map((block) => block.children
      .filter((c): c is Element => c.type === 'element' && ['p', 'h2', 'ul', 'figcaption'].includes(c.tagName) && !(c.properties.className as string[] | undefined)?.includes('speaker-label'))
      .map((c) => (c.tagName === 'ul' ? c.children.map(text).join('\n') : text(c))).join(''));
    expect(blockTexts.slice(0, 4)).toEqual(HOSTILE.map((t, i) => (i % 2 ? `${t}Photo: <b>credit</b>` : t)));
    expect(blockTexts[4]).toBe('<h1>heading</h1>');
    expect(blockTexts[5]).toBe('<li>x</li>\n"item"');
    const mention = elements(tree).find((e) => e.tagName === 'a' && e.properties.dataEntity === 'person/x')!;
    expect(mention.properties.href).toBe('../../entities/person/x/');
    expect(text(mention)).toBe(HOSTILE[0]!.slice(0, 8));
  });

  it('names the speaker where their words start, escaped', () => {
    const labels = elements(tree).filter((e) => (e.properties.className as string[] | undefined)?.includes('speaker-label'));
    expect(labels.map(text)).toEqual(['Words of Name "with" <quotes> & such']);
  });
});

describe('the HTML serializer', () => {
  it('escapes text and attribute values, leaves undefined attributes out, and refuses names that are not plain', () => {
    expect(toHtml([h('a', { href: '"><script>', title: undefined, hidden: true }, ['<b> & "'])])).toBe('<a href="&quot;><script>" hidden>&lt;b&gt; &amp; "</a>');
    expect(() => toHtml([h('a onclick', {})])).toThrow(/not a tag name/);
    expect(() => toHtml([h('a', { 'on click': 'x' })])).toThrow(/not an attribute name/);
  });
});
