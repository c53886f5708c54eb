import { type HTMLElement, parse } from 'node-html-parser';

/** A Content-Security-Policy as directive name → its sources. */
export type Policy = Map<string, string[]>;

/** Parses a policy string ("default-src 'none'; img-src 'self'") into its directives. */
export function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The <meta http-equiv="content-security-policy"> elements of a page. */
export const policyMetas = (root: HTMLElement) =>
  root.querySelectorAll('meta[http-equiv]').filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');

/** Sources that keep a policy to this origin and to hashed inline code. 'wasm-unsafe-eval' lets WebAssembly compile, nothing else. */
const SAFE_SOURCE = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|'strict-dynamic'|'wasm-unsafe-eval')$/;

/** Everything that makes a policy allow more than this origin and its own hashed code; [] for a strict one. */
export function policyProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  if (directives.get('default-src')?.join(' ') !== "'none'")
    problems.push(`default-src must be 'none', so that anything not allowed by name is blocked`);
  for (const name of ['script-src', 'style-src'])
    if (!directives.has(name)) problems.push(`${name} is missing, so default-src 'none' blocks the site's own ${name.slice(0, -4)}s`);
  for (const [name, sources] of directives)
    for (const source of sources)
      if (!SAFE_SOURCE.test(source)) problems.push(`${name} allows ${source}: only 'self', 'none' and hashes are allowed`);
  return problems;
}

/**
 * Elements that fetch or run something: a policy in a <meta> governs only what comes after it. A JSON-LD
 * block is data that no browser runs, so it may come first.
 */
const GOVERNED = 'script:not([type="application/ld+json"]), style, link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], img, iframe, object';

/** Problems with how a built page sets its policy: there must be one meta policy, ahead of what it governs. */
export function pagePolicyProblems(html: string): string[] {
  const root = parse(html);
  const metas = policyMetas(root);
  if (metas.length !== 1) return [`expected one <meta http-equiv="content-security-policy">, found ${metas.length}`];
  const [meta] = metas;
  const problems = policyProblems(meta.getAttribute('content') ?? '');
  const all = root.querySelectorAll('*');
  const first = root.querySelector(GOVERNED);
  if (first && all.indexOf(first) < all.indexOf(meta)) problems.push(`<${first.rawTagName}> comes before the policy, which does not govern it`);
  return problems;
}

/** Inline event handlers (onclick="…") and javascript: URLs in a page, each as "<tag attr>". */
export function inlineHandlers(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*'))
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`<${element.rawTagName} ${name}>`);
      else if (/^\s*javascript:/i.test(value)) found.push(`<${element.rawTagName} ${name}="${value.slice(0, 40)}">`);
    }
  return found;
}
