import type { HeaderPolicies } from './policies';
import { notFoundPage, patternSource } from './responses';
import type { HostRules } from './rules';

export interface NginxOptions {
  /** The folder the built site is copied to. */
  root: string;
  /** `listen` addresses: "80", "[::]:80", "127.0.0.1:4321". */
  listen: string[];
  /** The host name(s) the site answers to ("_" for any). */
  serverName: string;
  /** Serve the .br files: needs Debian's libnginx-mod-http-brotli-static. */
  brotli: boolean;
  /** The site's folders that hold files but no page ("/cards", foldersWithoutPage()): not found without their slash either. */
  withoutPage?: string[];
}

/** A string as an nginx quoted parameter. nginx reads a backslash in quotes as it is, so only quotes are escaped. */
const quoted = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

/** nginx's `types` block: each type with its extensions. */
function typesBlock(rules: HostRules): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(rules.types)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return [...byType].map(([type, exts]) => `    ${quoted(type)} ${exts.join(' ')};`);
}

/**
 * The nginx configuration of the site: two maps and a complete server block, for the http context (Debian's
 * sites-available/). Everything it does comes from `rules` and from the pages' own policies.
 */
export function nginxConfig(rules: HostRules, policies: HeaderPolicies, options: NginxOptions): string {
  // $uri is the file's path by the time headers are sent: "/x/index.html" for "/x/", the 404 page's ("/404.html") for a 404.
  const csp = [...policies.byFile].map(([file, policy]) => `  ${quoted(file)} ${quoted(policy)};`);
  // The 404 page for any path is the last; each other is its folder's, in a location of its own.
  const everywhere = rules.notFound.at(-1)!.page;
  const notFoundIn = rules.notFound.slice(0, -1).map(
    ({ under, page }) => `  location ${under} {\n    index index.html;\n    error_page 403 =404 ${page};\n    error_page 404 ${page};\n  }`,
  );
  // A location of its own answers 404 with the 404 page of the edition its path is in (a hidden file in an
  // edition's folder: its 404 page's copy for Cloudflare Pages), the server's own where that is the default.
  const notFound = (match: string, path: string) => {
    const page = notFoundPage(rules, path);
    return `  location ${match} {\n${page === everywhere ? '' : `    error_page 404 ${page};\n`}    return 404;\n  }`;
  };
  // nginx redirects any folder asked for without its slash, a page or not: one with no page is not found at once.
  const withoutPage = (options.withoutPage ?? []).map((folder) => notFound(`= ${folder}`, `${folder}/`));
  const hidden = rules.hidden.map((path) => notFound(`^~ ${path}`, path));
  const pathTypes = Object.entries(rules.pathTypes).map(
    ([path, type]) => `  location = ${path} {\n    types { }\n    default_type ${quoted(type)};\n  }`,
  );
  return `# Strikes at Sea in nginx, generated at build from src/host/rules.ts and the built pages: rebuild, do not edit.
# Debian: apt-get install nginx libnginx-mod-http-brotli-static; put this file in /etc/nginx/sites-available/.

# Hash-named files are kept a year; anything else is revalidated on every use.
map $uri $strikes_cache_control {
  default ${quoted(rules.revalidate)};
${rules.immutable.map((p) => `  ${quoted(`~${patternSource(p)}`)} ${quoted(rules.forever)};`).join('\n')}
}

# The language of each page and feed (Content-Language); none (no header) for any other file.
map $uri $strikes_language {
  default "";
${rules.languages.map(({ pattern, language }) => `  ${quoted(`~${patternSource(pattern)}`)} ${quoted(language)};`).join('\n')}
}

# Each page's own Content-Security-Policy, and who may frame it.
map $uri $strikes_csp {
  default ${quoted(policies.fallback)};
${csp.join('\n')}
}

server {
${options.listen.map((address) => `  listen ${address};`).join('\n')}
  server_name ${options.serverName};
  root ${options.root};
  server_tokens off;
  # Redirects say "/sources/x/", not an address with this server's own host and port.
  absolute_redirect off;

  # Text is compressed at build: foo.html.br and foo.html.gz beside foo.html.
  gzip off;
  gzip_static on;
  # Behind a proxy or CDN too (a request with Via): nginx's default sends it the uncompressed file. Safe, as
  # Vary: Accept-Encoding goes with every answer.
  gzip_proxied any;
${options.brotli ? '  brotli_static on;\n' : ''}  gzip_vary on;

  types {
${typesBlock(rules).join('\n')}
  }
  default_type ${quoted(rules.defaultType)};

  add_header Cache-Control $strikes_cache_control always;
  add_header Content-Security-Policy $strikes_csp always;
  add_header Content-Language $strikes_language always;
${Object.entries(rules.headers).map(([name, value]) => `  add_header ${name} ${quoted(value)} always;`).join('\n')}

  # A folder without an index.html is not found either, rather than forbidden.
  error_page 403 =404 ${everywhere};
  error_page 404 ${everywhere};

  # A folder without its slash is redirected (301) to it with the slash, and a/ serves a/index.html.
  location / {
    index index.html;
  }
  # An edition's missing addresses get its own 404 page.
${notFoundIn.join('\n')}
${pathTypes.join('\n')}
${hidden.join('\n')}
${withoutPage.join('\n')}
}
`;
}

/**
 * The main configuration that runs the site's server block as a process of one's own, in `prefix`. `user`:
 * who its workers run as, when started by root (nginx's default, nobody, cannot read a private build folder).
 */
export function nginxMain(prefix: string, site: string, { brotliModule, user }: { brotliModule?: string; user?: string } = {}): string {
  return `# nginx as a process of its own, not the system's service: everything it writes stays in ${prefix}.
${brotliModule ? `load_module ${brotliModule};\n` : ''}${user ? `user ${user};\n` : ''}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events {
  worker_connections 256;
}
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  sendfile on;
  include ${site};
}
`;
}
