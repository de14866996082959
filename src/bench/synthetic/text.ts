import type { Rng } from './prng.ts';

/** A slot value: a fixed string, or a function drawn each time the slot is used. */
export type Slot = string | number | (() => string);
/** Values for the `{slot}` markers of a template. */
export type Slots = Record<string, Slot>;

/** Vietnamese written without diacritics: "Trần Văn Hải" → "Tran Van Hai". */
export function ascii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A file-name slug of the first words of a text. */
export function slugOf(text: string, maxWords = 8): string {
  const words = ascii(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  return words.slice(0, maxWords).join('-') || 'text';
}

/**
 * Fills a template: `[a|b|c]` becomes one of its choices, then `{name}` the value of that slot.
 * Choices may hold slots; they do not nest.
 */
export function fill(template: string, slots: Slots, rng: Rng): string {
  const chosen = template.replace(/\[([^[\]]*)\]/g, (_, body: string) => rng.pick(body.split('|')));
  return chosen.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`Unknown slot {${key}} in template "${template}".`);
    return typeof value === 'function' ? value() : String(value);
  });
}

/** The text with its first letter in upper case. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A number with thousands separators: 15345 → "15,345". */
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
