import { literal } from '../format/pattern';
import type { HostRules } from './rules';

/** A path pattern ("/_astro/*") as an anchored regular expression source: `*` is any run of characters. */
export const patternSource = (pattern: string) => `^${pattern.split('*').map(literal).join('.*')}$`;

/** Whether a URL path matches a path pattern. */
export const matches = (pattern: string, path: string) => new RegExp(patternSource(pattern)).test(path);

/** A file's extension without its dot, lower case: "js" for "/_astro/a.B1.js"; "" for none. */
export const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** The Cache-Control a response for this URL path carries. */
export const cacheControl = (rules: HostRules, path: string) =>
  rules.immutable.some((pattern) => matches(pattern, path)) ? rules.forever : rules.revalidate;

/** The Content-Type of the file at this URL path. */
export const contentType = (rules: HostRules, path: string) =>
  rules.pathTypes[path] ?? rules.types[extensionOf(path)] ?? rules.defaultType;

/** Whether a file at this path is compressed at build (and so may be sent as .br or .gz). */
export const isCompressed = (rules: HostRules, path: string) => rules.compressed.includes(extensionOf(path));

/** Who may frame the page at this URL path ("/charts/x/embed/"), as CSP sources. */
export const frameSources = (rules: HostRules, path: string) =>
  rules.frameAncestors.find(({ pattern }) => matches(pattern, path))?.sources ?? rules.frameDefault;

/** The language of the file at this path (Content-Language), or undefined where it is in no one language. */
export const contentLanguage = (rules: HostRules, path: string) => rules.languages.find(({ pattern }) => matches(pattern, path))?.language;

/** The page sent, with status 404, for this URL path when it names no file. */
export const notFoundPage = (rules: HostRules, path: string) => (rules.notFound.find(({ under }) => path.startsWith(under)) ?? rules.notFound.at(-1)!).page;

/** Whether this URL path is in a folder that is never served. */
export const isHidden = (rules: HostRules, path: string) => rules.hidden.some((folder) => path.startsWith(folder));
