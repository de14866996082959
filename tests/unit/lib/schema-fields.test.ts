import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaFields } from '../../../src/lib/schema-fields.ts';

describe('fields of a JSON Schema, for the data page', () => {
  it('lists nested and union fields with their types and first description', () => {
    const schema = z.array(z.discriminatedUnion('type', [
      z.object({ type: z.literal('a'), name: z.string().describe('The name.'), tags: z.array(z.object({ id: z.number().describe('Tag id.') })) }),
      z.object({ type: z.literal('b'), name: z.string(), note: z.string().nullable().describe('A note.') }),
    ]));
    expect(schemaFields(z.toJSONSchema(schema) as Parameters<typeof schemaFields>[0]).map((f) => [f.path, f.type, f.description])).toEqual([
      ['type', '"a"', ''], ['name', 'string', 'The name.'], ['tags', 'array of object', ''], ['tags[].id', 'number', 'Tag id.'], ['note', 'string | null', 'A note.'],
    ]);
  });
});
