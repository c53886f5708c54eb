import type { Graph, Thing } from 'schema-dts';

/** A page's structured data as one JSON-LD document: its nodes in one @graph, under schema.org's context. */
export const graphOf = (nodes: readonly Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': nodes });

/** JSON for a <script type="application/ld+json">: every "<" is written \u003c, so no text (a source's headline) can end the script. */
export const jsonLdText = (graph: Graph) => JSON.stringify(graph).replaceAll('<', '\\u003c');

/** A path on the site as an absolute address: structured data is read away from the page. */
export const absolute = (path: string, site: URL) => new URL(path, site).href;
