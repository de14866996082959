/** A field of a dataset, for the data page: dotted path, JSON type and description. */
export interface Field {
  path: string;
  type: string;
  description: string;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};

/** Lists the fields of a JSON Schema (array items, nested objects, union members merged), first description wins. */
export function schemaFields(schema: JsonSchema, prefix = ''): Field[] {
  const fields = new Map<string, Field>();
  const visit = (node: JsonSchema, path: string) => {
    for (const part of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) visit(part, path);
    if (node.items) visit(node.items, path ? `${path}[]` : path);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const key = path ? `${path}.${name}` : name;
      const known = fields.get(key);
      const type = describeType(child);
      if (!known) fields.set(key, { path: key, type, description: child.description ?? '' });
      else if (!known.description && child.description) known.description = child.description;
      visit(child, key);
    }
  };
  visit(schema, prefix);
  return [...fields.values()];
}

function describeType(node: JsonSchema): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.includes('array') && node.items) return `array of ${describeType(node.items)}`;
  const members = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].map(describeType);
  return [...types, ...members].join(' | ') || 'any';
}
