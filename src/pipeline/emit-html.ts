import { headingTag, permalinkLabel } from '../lib/permalink.ts';
import { blockId } from './block-id.ts';
import { h as el, toHtml, type HtmlElement, type HtmlNode } from './html.ts';
import { headingDepths, markSpeakerRuns, segments } from './body-layout.ts';
import type { BlockAnnotations, InlineLink } from './emit.ts';
import type { Block } from './types.ts';

/** How the body links out: where an entity's page is, its preview card's id, and a speaker's name. */
export interface HtmlLinks {
  /** URL of an entity page from the document page (relative, so that it works under any base path). */
  entityHref: (entity: string) => string;
  /** Id of the entity's hidden preview card on the page. */
  previewId: (entity: string) => string;
  /** Name of the person whose words a run of paragraphs is. */
  speakerName: (entity: string) => string | undefined;
}

/** The ¶ link of a block, as the site's Permalink component draws it. */
const permalink = (id: string) => el('a', { class: 'permalink', href: `#${id}`, 'aria-label': permalinkLabel(id), 'data-pagefind-ignore': '' }, ['¶']);

/** A block's text with its mentions as links to their entities. */
function inline(value: string, links: readonly InlineLink[], offset: number, to: HtmlLinks): HtmlNode[] {
  return segments(value, links, offset).map((s) => (s.entity
    ? el('a', { class: 'mention', href: to.entityHref(s.entity), 'data-entity': s.entity, 'aria-describedby': to.previewId(s.entity) }, [s.text])
    : s.text));
}

/** One body block as HTML elements: the same markup the site's Para, Heading and Caption components give. */
function blockElement(block: Block, n: number, depth: number, annotation: BlockAnnotations, to: HtmlLinks): HtmlElement {
  const id = blockId(n);
  const { links = [], speaker, speakerStarts } = annotation;
  const lang = block.lang;
  const content = (): HtmlNode[] => {
    if (!block.text) return [];
    if (block.kind === 'list') {
      let offset = 0;
      return [el('ul', {}, (block.items ?? [block.text]).map((item) => {
        const li = el('li', {}, inline(item, links, offset, to));
        offset += item.length + 1;
        return li;
      }))];
    }
    return [el('p', {}, inline(block.text, links, 0, to))];
  };
  if (block.kind === 'heading') {
    const children = block.text ? [el(headingTag(depth), {}, inline(block.text, links, 0, to))] : [];
    return el('div', { class: 'block block-heading', id, lang }, [...children, permalink(id)]);
  }
  if (block.kind === 'caption') {
    const credit = block.credit ? [el('span', { class: 'credit' }, [`Photo: ${block.credit}`])] : [];
    return el('figure', { class: 'block block-caption', id, lang }, [el('figcaption', {}, [...content(), ...credit]), permalink(id)]);
  }
  const name = speaker && speakerStarts ? to.speakerName(speaker) : undefined;
  const label = speaker && name
    ? [el('p', { class: 'speaker-label', 'data-pagefind-ignore': '' }, ['Words of ', el('a', { href: to.entityHref(speaker) }, [name])])]
    : [];
  return el('div', { class: 'block', id, lang, 'data-speaker': speaker }, [...label, ...content(), permalink(id)]);
}

/**
 * A document's body as an HTML fragment, built as a tree and serialized (html.ts), so that source
 * text is always escaped: nothing in a text can become markup or script. Each block carries its
 * permalink id (`p-N`); mentions link to their entities.
 */
export function emitHtml(blocks: readonly Block[], annotations: readonly BlockAnnotations[], to: HtmlLinks): string {
  const depths = headingDepths(blocks);
  const marked = markSpeakerRuns(blocks, annotations);
  const children = blocks.map((block, i) => blockElement(block, i + 1, depths[i]!, marked[i]!, to));
  return toHtml(children);
}
