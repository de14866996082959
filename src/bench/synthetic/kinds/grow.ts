import type { TextContext } from '../context.ts';

/** A generator of one or more body lines. */
export type Part = (ctx: TextContext) => string | string[];

/** Appends parts drawn by weight until the body holds `chars` characters. */
export function grow(ctx: TextContext, body: string[], chars: number, parts: [Part, number][]): string[] {
  const total = parts.reduce((s, [, w]) => s + w, 0);
  let size = body.reduce((s, l) => s + l.length + 1, 0);
  while (size < chars) {
    let roll = ctx.rng.next() * total;
    const part = parts.find(([, w]) => (roll -= w) < 0)?.[0] ?? parts[0]![0];
    const out = part(ctx);
    for (const line of typeof out === 'string' ? [out] : out) {
      body.push(line);
      size += line.length + 1;
    }
  }
  return body;
}
