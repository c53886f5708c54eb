import type { Vocabulary } from './schemaOrg';

/** An expanded JSON-LD node: its id, its types and its properties by full IRI. */
export type ExpandedNode = Record<string, unknown> & { '@id'?: string; '@type'?: string[] };

const SCHEMA = 'http://schema.org/';

/** Every node object in an expanded document, nested ones included (value objects are not nodes). */
export function nodesOf(expanded: unknown): ExpandedNode[] {
  const found: ExpandedNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object' || '@value' in value) return;
    found.push(value as ExpandedNode);
    for (const [key, inner] of Object.entries(value)) if (!key.startsWith('@')) visit(inner);
  };
  visit(expanded);
  return found;
}

/**
 * What schema.org does not allow in an expanded node: a type that is no class of it, or a property that
 * is no property of it or not declared for any of the node's types (or the types above them). A
 * property's "-input" or "-output" annotation (query-input on a SearchAction) stands for the property.
 */
export function vocabularyProblems(node: ExpandedNode, { classes, properties }: Vocabulary): string[] {
  const problems: string[] = [];
  const types = (node['@type'] ?? []).map((t) => t.replace(SCHEMA, ''));
  for (const type of types) if (!classes.has(type)) problems.push(`${node['@id'] ?? 'a node'}: ${type} is not a schema.org type`);
  const lineage = new Set(types.flatMap((t) => [...(classes.get(t) ?? [])]));
  for (const key of Object.keys(node)) {
    if (key.startsWith('@')) continue;
    const name = key.replace(SCHEMA, '').replace(/-(input|output)$/, '');
    const property = key.startsWith(SCHEMA) ? properties.get(name) : undefined;
    if (!property) problems.push(`${node['@id'] ?? types.join()}: ${key} is not a schema.org property`);
    else if (lineage.size > 0 && ![...property.domain].some((d) => lineage.has(d))) problems.push(`${types.join()}: ${name} is not a property of it`);
  }
  return problems;
}

/** The values of a property of an expanded node: "@value"s and "@id"s as strings, nodes as they are. */
export function valuesOf(node: ExpandedNode, property: string): unknown[] {
  const values = (node[`${SCHEMA}${property}`] as Record<string, unknown>[] | undefined) ?? [];
  return values.map((v) => ('@value' in v ? v['@value'] : Object.keys(v).length === 1 && '@id' in v ? v['@id'] : v));
}

/** The one value of a property, as a string (or undefined). */
export const valueOf = (node: ExpandedNode, property: string) => valuesOf(node, property)[0] as string | undefined;

/** Whether a node is of a schema.org type, or of a type below it. */
export const isA = (node: ExpandedNode, type: string, { classes }: Vocabulary) =>
  (node['@type'] ?? []).some((t) => classes.get(t.replace(SCHEMA, ''))?.has(type));
