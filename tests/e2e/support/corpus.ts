import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type DocumentData, DocumentSchema } from '../../../src/schemas/document.ts';
import { type Entity, EntitySchema, type Person } from '../../../src/schemas/entity.ts';
import { type Event, EventSchema } from '../../../src/schemas/event.ts';
import { type LineageNode, LineageNodeSchema } from '../../../src/schemas/lineage.ts';
import { type Target, TargetSchema } from '../../../src/schemas/target.ts';

/** The metadata of every generated document (content/documents.json), validated. */
export async function readDocuments(): Promise<DocumentData[]> {
  return z.array(DocumentSchema).parse(JSON.parse(await readFile('content/documents.json', 'utf8')));
}

/** Every entity with all its mentions, roles and statements, from the open data the build wrote (content/data/entities.json), validated. */
export async function readEntities(): Promise<Entity[]> {
  return z.array(EntitySchema).parse(JSON.parse(await readFile('content/data/entities.json', 'utf8')));
}

/** The person named most often (ties by id), for tests that follow one person through the site. */
export async function mostMentionedPerson(): Promise<Person> {
  const people = (await readEntities()).filter((e): e is Person => e.type === 'person');
  const [first] = people.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
  if (!first) throw new Error('No person in content/data/entities.json');
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

/** Every instrument in a relation, with its parents, children and other relations (content/lineage.json), validated. */
export async function readLineage(): Promise<LineageNode[]> {
  return z.array(LineageNodeSchema).parse(JSON.parse(await readFile('content/lineage.json', 'utf8')));
}
