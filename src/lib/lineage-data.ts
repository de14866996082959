import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { LineageNodeSchema, type LineageNode } from '../schemas/lineage.ts';
import { RelationSchema, type Relation } from '../schemas/relation.ts';
import { contentDir } from './content-dir.ts';

/** What build:content wrote about the chain of policy. */
export interface LineageData {
  /** Each instrument in a relation, by entity id, oldest first (content/lineage.json). */
  nodes: Map<string, LineageNode>;
  /** Every relation, by id, with its sources (content/relations.json). */
  relations: Map<string, Relation>;
}

let loaded: LineageData | undefined;

/**
 * The lineage and relations of the build, read and checked once (again on every call in the dev
 * server, where the files change): `lineageData().nodes.get('resolution/57-nq-tw')` gives an
 * instrument's parents and children; lineage.ts walks them into trees.
 */
export function lineageData(): LineageData {
  if (loaded && !import.meta.env?.DEV) return loaded;
  const read = <T>(name: string, schema: z.ZodType<T[]>) => schema.parse(JSON.parse(readFileSync(join(resolve(contentDir()), name), 'utf8')));
  const nodes = read('lineage.json', z.array(LineageNodeSchema));
  const relations = read('relations.json', z.array(RelationSchema));
  loaded = { nodes: new Map(nodes.map((n) => [n.id, n])), relations: new Map(relations.map((r) => [r.id, r])) };
  return loaded;
}
