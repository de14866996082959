/**
 * A minimal HTML builder and serializer for the document bodies: elements with attributes and
 * text, every text and attribute value escaped. Written here rather than with hast-util-to-html
 * because the bodies of 10,000 texts took 3.5 s there and take a tenth of that here, and the
 * bodies use a handful of tags with plain attributes, nothing that needs a general serializer.
 */

/** A node: an element, or text (a string). */
export type HtmlNode = HtmlElement | string;

/** An element with its attributes (absent or undefined ones are left out; `true` is a bare attribute) and children. */
export interface HtmlElement {
  tag: string;
  attributes: Record<string, string | true | undefined>;
  children: HtmlNode[];
}

/** An element. */
export const h = (tag: string, attributes: HtmlElement['attributes'] = {}, children: HtmlNode[] = []): HtmlElement => ({ tag, attributes, children });

const TEXT = /[&<>]/g;
const ATTRIBUTE = /[&"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text escaped for an element's content: `&`, `<` and `>` become references. */
export const escapeText = (text: string): string => (text.includes('&') || text.includes('<') || text.includes('>')
  ? text.replace(TEXT, (c) => ENTITIES[c]!)
  : text);
/** Text escaped for a double-quoted attribute value: `&` and `"` become references. */
export const escapeAttribute = (text: string): string => (text.includes('&') || text.includes('"') ? text.replace(ATTRIBUTE, (c) => ENTITIES[c]!) : text);

const NAME = /^[a-z][a-z0-9-]*$/;
/** Names already checked against NAME (the same few tags and attributes recur on every page). */
const checked = new Set<string>();
const isName = (name: string) => checked.has(name) || (NAME.test(name) && checked.add(name) !== undefined);

/** Serializes nodes to HTML. Tag and attribute names must be plain lowercase names (they come from code, never from a text). */
export function toHtml(nodes: readonly HtmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeText(node);
      continue;
    }
    if (!isName(node.tag)) throw new Error(`not a tag name: ${node.tag}`);
    out += `<${node.tag}`;
    const { attributes } = node;
    for (const name of Object.keys(attributes)) {
      const value = attributes[name];
      if (value === undefined) continue;
      if (!isName(name)) throw new Error(`not an attribute name: ${name}`);
      out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
    }
    out += `>${toHtml(node.children)}</${node.tag}>`;
  }
  return out;
}
