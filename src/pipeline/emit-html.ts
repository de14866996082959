import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { headingTag, permalinkLabel } from '../lib/permalink.ts';
import { blockId } from './block-id.ts';
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

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The ¶ link of a block, as the site's Permalink component draws it. */
const permalink = (id: string) => el('a', { className: ['permalink'], href: `#${id}`, ariaLabel: permalinkLabel(id), dataPagefindIgnore: '' }, [text('¶')]);

/** A block's text with its mentions as links to their entities. */
function inline(value: string, links: readonly InlineLink[], offset: number, to: HtmlLinks): ElementContent[] {
  return segments(value, links, offset).map((s) => (s.entity
    ? el('a', { className: ['mention'], href: to.entityHref(s.entity), dataEntity: s.entity, ariaDescribedBy: [to.previewId(s.entity)] }, [text(s.text)])
    : text(s.text)));
}

/** One body block as HTML elements: the same markup the site's Para, Heading and Caption components give. */
function blockElement(block: Block, n: number, depth: number, annotation: BlockAnnotations, to: HtmlLinks): Element {
  const id = blockId(n);
  const { links = [], speaker, speakerStarts } = annotation;
  const lang = block.lang;
  const content = (): ElementContent[] => {
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
    return el('div', { className: ['block', 'block-heading'], id, lang }, [...children, permalink(id)]);
  }
  if (block.kind === 'caption') {
    const credit = block.credit ? [el('span', { className: ['credit'] }, [text(`Photo: ${block.credit}`)])] : [];
    return el('figure', { className: ['block', 'block-caption'], id, lang }, [el('figcaption', {}, [...content(), ...credit]), permalink(id)]);
  }
  const name = speaker && speakerStarts ? to.speakerName(speaker) : undefined;
  const label = speaker && name
    ? [el('p', { className: ['speaker-label'], dataPagefindIgnore: '' }, [text('Words of '), el('a', { href: to.entityHref(speaker) }, [text(name)])])]
    : [];
  return el('div', { className: ['block'], id, lang, dataSpeaker: speaker }, [...label, ...content(), permalink(id)]);
}

/**
 * A document's body as an HTML fragment, built as a syntax tree and serialized, so that source
 * text is always escaped: nothing in a text can become markup or script. Each block carries its
 * permalink id (`p-N`); mentions link to their entities.
 */
export function emitHtml(blocks: readonly Block[], annotations: readonly BlockAnnotations[], to: HtmlLinks): string {
  const depths = headingDepths(blocks);
  const marked = markSpeakerRuns(blocks, annotations);
  const children = blocks.map((block, i) => blockElement(block, i + 1, depths[i]!, marked[i]!, to));
  return toHtml({ type: 'root', children });
}
