import type { HeaderPolicies } from './policies';
import { pathOfFile, policyOfFile } from './policies';
import { contentLanguage, patternSource } from './responses';
import type { HostRules } from './rules';

export interface CaddyOptions {
  /** The site address: "example.org" (HTTPS, certificates managed by Caddy) or "http://127.0.0.1:4321". */
  address: string;
  /** The folder the built site is copied to. */
  root: string;
  /** Global options block lines, for a Caddy of one's own ("admin off"); none for a shared one. */
  global?: string[];
}

/**
 * The Caddyfile's site address for a site served at `site`: its host for HTTPS (certificates managed by
 * Caddy), or `http://` and its host for plain HTTP, which Caddy would otherwise serve over HTTPS with a
 * certificate of its own (an IP address's too, such as 127.0.0.1:4321, the address without SITE_URL).
 */
export const caddyAddress = (site: URL) => (site.protocol === 'https:' ? site.host : `http://${site.host}`);

/** A string as a Caddyfile quoted token. Caddy reads a backslash in quotes as it is, so only quotes are escaped. */
const quoted = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

/** One regular expression for several path patterns. */
const anyOf = (patterns: string[]) => `^(${patterns.map((p) => patternSource(p).slice(1, -1)).join('|')})$`;

/**
 * The Caddyfile of the site, for Caddy 2.6 or later (Debian's `caddy`). Everything it does comes from `rules`
 * and from the pages' own policies.
 */
export function caddyfile(rules: HostRules, policies: HeaderPolicies, options: CaddyOptions): string {
  const immutable = anyOf(rules.immutable);
  // Caddy's {path} is the address asked for: a page is listed under its folder ("/x/") and its file.
  const csp = [...policies.byFile].flatMap(([file, policy]) =>
    [...new Set([pathOfFile(file), file])].map((path) => `\t\t${quoted(path)} ${quoted(policy)}`),
  );
  const types = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(rules.types)) types.set(type, [...(types.get(type) ?? []), `*.${ext}`]);
  // A path with a type of its own is left out of its extension's matcher: the two would both set the header.
  const exact = Object.keys(rules.pathTypes);
  const except = exact.length ? `\n\t\tnot path ${exact.join(' ')}` : '';
  const typeLines = [...types].flatMap(([type, globs], i) => [
    `\t@type${i} {\n\t\tpath ${globs.join(' ')}${except}\n\t}`,
    `\theader @type${i} Content-Type ${quoted(type)}`,
  ]);
  const pathTypeLines = Object.entries(rules.pathTypes).flatMap(([path, type], i) => [
    `\t@pathType${i} path ${path}`,
    `\theader @pathType${i} Content-Type ${quoted(type)}`,
  ]);
  // Each edition's 404 page for its folder, the last for any path: in order, as the first that matches is sent.
  // A regular expression, as Caddy's `path` ignores case where nginx's `location` and the Node server do not.
  const notFoundLines = rules.notFound.flatMap(({ under, page }, i) => [
    `\t\t@notFound${i} {\n\t\t\texpression {err.status_code} in [403, 404]${under === '/' ? '' : `\n\t\t\tpath_regexp ${quoted(patternSource(`${under}*`))}`}\n\t\t}`,
    `\t\thandle @notFound${i} {`,
    `\t\t\trewrite * ${page}`,
    '\t\t\timport strikes_headers',
    `\t\t\theader Cache-Control ${quoted(rules.revalidate)}`,
    `\t\t\theader Content-Type ${quoted(rules.types.html!)}`,
    `\t\t\theader Content-Security-Policy ${quoted(policyOfFile(policies, page))}`,
    `\t\t\theader Content-Language ${quoted(contentLanguage(rules, page) ?? 'en')}`,
    '\t\t\tfile_server {\n\t\t\t\tprecompressed br gzip\n\t\t\t\tstatus 404\n\t\t\t}',
    '\t\t}',
  ]);
  // Caddy's {path} is the address asked for: a page's pattern ("/es/*.html") matches its folder ("/es/x/") too.
  // Each matcher leaves out the paths an earlier pattern took, so the first that matches wins, as in nginx.
  const languagePaths = (pattern: string) => (pattern.endsWith('.html') ? [pattern, pattern.replace(/(index)?\.html$/, '').replace(/\*$/, '*/')] : [pattern]);
  const languageLines = rules.languages.flatMap(({ pattern, language }, i) => {
    const earlier = rules.languages.slice(0, i).flatMap((r) => languagePaths(r.pattern));
    return [
      `\t@language${i} {\n\t\tpath ${languagePaths(pattern).join(' ')}${earlier.length ? `\n\t\tnot path ${earlier.join(' ')}` : ''}\n\t}`,
      `\theader @language${i} Content-Language ${quoted(language)}`,
    ];
  });
  return `# Strikes at Sea in Caddy, generated at build from src/host/rules.ts and the built pages: rebuild, do not edit.
${options.global ? `{\n${options.global.map((line) => `\t${line}`).join('\n')}\n}\n\n` : ''}(strikes_headers) {
	header {
${Object.entries(rules.headers).map(([name, value]) => `\t\t${name} ${quoted(value)}`).join('\n')}
	}
}

${options.address} {
	root * ${options.root}
	import strikes_headers

	# Hash-named files are kept a year; anything else is revalidated on every use.
	@immutable path_regexp ${quoted(immutable)}
	header @immutable Cache-Control ${quoted(rules.forever)}
	@revalidate not path_regexp ${quoted(immutable)}
	header @revalidate Cache-Control ${quoted(rules.revalidate)}

	# Each page's own Content-Security-Policy, and who may frame it.
	map {path} {strikes_csp} {
		default ${quoted(policies.fallback)}
${csp.join('\n')}
	}
	header Content-Security-Policy {strikes_csp}

	# The language of each page and feed (Content-Language), by the file it serves; none for any other file.
${languageLines.join('\n')}

${typeLines.join('\n')}
${pathTypeLines.join('\n')}

	# A folder without its slash is redirected (301) to it with the slash; a/ serves a/index.html.
	@folder {
		not path */
		file {path}/index.html
		expression {query} == ""
	}
	redir @folder {path}/ 301
	@folderWithQuery {
		not path */
		file {path}/index.html
		expression {query} != ""
	}
	redir @folderWithQuery {path}/?{query} 301

	@hidden path ${rules.hidden.map((folder) => `${folder}*`).join(' ')}
	error @hidden 404

	# Text is compressed at build: foo.html.br and foo.html.gz beside foo.html. Any response for such a file
	# varies with Accept-Encoding, the plain one too (set once the file server has added its own).
	@compressed path ${rules.compressed.map((ext) => `*.${ext}`).join(' ')} */
	header @compressed {
		Vary Accept-Encoding
		defer
	}
	file_server {
		precompressed br gzip
	}

	handle_errors {
${notFoundLines.join('\n')}
	}
}
`;
}
