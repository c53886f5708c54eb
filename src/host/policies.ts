import { frameSources } from './responses';
import type { HostRules } from './rules';

/** A built page and the Content-Security-Policy its <meta> carries. */
export interface PagePolicy {
  /** The file, as a URL path: "/sources/x/index.html", "/404.html". */
  file: string;
  /** The content of the page's <meta http-equiv="content-security-policy">. */
  meta: string;
}

/** The Content-Security-Policy header of every response. */
export interface HeaderPolicies {
  /** The header of every response not listed in `byFile`: the policy most pages carry. */
  fallback: string;
  /** Pages whose header differs from `fallback`, by file ("/sources/x/index.html"). */
  byFile: Map<string, string>;
}

/** The URL path a file is served at: "/sources/x/index.html" is "/sources/x/". */
export const pathOfFile = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * A page's header policy: the directives of its own <meta> policy, word for word, and `frame-ancestors`,
 * which a <meta> cannot carry. The browser enforces both: as they agree, the page runs exactly as its
 * <meta> says, and no other site may frame it.
 */
export function headerPolicy(meta: string, frame: string): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d && !/^frame-ancestors\b/i.test(d));
  return [...directives, `frame-ancestors ${frame}`].join('; ');
}

/**
 * Each page's header policy, grouped: the one most pages share is sent with every response (styles,
 * scripts and the service worker included), and a page whose own differs gets its own.
 */
export function headerPolicies(rules: HostRules, pages: PagePolicy[]): HeaderPolicies {
  const byPage = new Map(pages.map(({ file, meta }) => [file, headerPolicy(meta, frameSources(rules, pathOfFile(file)))]));
  const counts = new Map<string, number>();
  for (const policy of byPage.values()) counts.set(policy, (counts.get(policy) ?? 0) + 1);
  // The most common; among equals the first in code-point order, so that a build gives one answer.
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  const fallback = ranked[0]?.[0] ?? headerPolicy("default-src 'none'", rules.frameDefault);
  const byFile = new Map([...byPage].filter(([, policy]) => policy !== fallback).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { fallback, byFile };
}

/** The policy header of the response that sends this file. */
export const policyOfFile = (policies: HeaderPolicies, file: string) => policies.byFile.get(file) ?? policies.fallback;
