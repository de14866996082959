import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { type DocumentData, DocumentSchema } from '../../../src/schemas/document.ts';
import { type Entity, EntitySchema, type Person } from '../../../src/schemas/entity.ts';
import { type Event, EventSchema } from '../../../src/schemas/event.ts';
import { type Target, TargetSchema } from '../../../src/schemas/target.ts';

const CONTENT_DIR = 'content/documents';

/** The frontmatter of every generated document under content/documents, validated. */
export async function readDocuments(): Promise<DocumentData[]> {
  const files = (await readdir(CONTENT_DIR, { recursive: true })).filter((f) => f.endsWith('.mdx'));
  return Promise.all(
    files.sort().map(async (file) => {
      const text = await readFile(path.join(CONTENT_DIR, file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
      return DocumentSchema.parse(parse(frontmatter));
    }),
  );
}

/** Every entity in content/entities.json, validated. */
export async function readEntities(): Promise<Entity[]> {
  return z.array(EntitySchema).parse(JSON.parse(await readFile('content/entities.json', 'utf8')));
}

/** The person named most often (ties by id), for tests that follow one person through the site. */
export async function mostMentionedPerson(): Promise<Person> {
  const people = (await readEntities()).filter((e): e is Person => e.type === 'person');
  const [first] = people.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  if (!first) throw new Error('No person in content/entities.json');
  return first;
}

/** Every event and milestone in content/events.json, validated. */
export async function readEvents(): Promise<Event[]> {
  return z.array(EventSchema).parse(JSON.parse(await readFile('content/events.json', 'utf8')));
}

/** Every target in content/targets.json, validated. */
export async function readTargets(): Promise<Target[]> {
  return z.array(TargetSchema).parse(JSON.parse(await readFile('content/targets.json', 'utf8')));
}
