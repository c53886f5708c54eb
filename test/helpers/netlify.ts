/**
 * What Netlify sends for a path, from `_redirects` (docs.netlify.com, "Redirects and rewrites"): the first
 * rule whose source matches (a trailing `*` matching the rest; a trailing slash either way), followed only
 * where no file answers the path (shadowing), unless forced (`!`); else the file; else `/404.html`, as 404.
 */
export function netlifyResponse(files: ReadonlySet<string>, redirects: string, path: string): { status: number; file?: string; location?: string } {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const trim = (p: string) => p.replace(/\/$/, '');
  for (const line of redirects.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [from, to, code = '301'] = line.trim().split(/\s+/) as [string, string, string?];
    const matched = from.endsWith('*') ? path.startsWith(from.slice(0, -1)) : trim(path) === trim(from);
    if (!matched || (files.has(file) && !code.endsWith('!'))) continue;
    const status = Number.parseInt(code, 10);
    return status >= 300 && status < 400 ? { status, location: to } : { status, file: to };
  }
  return files.has(file) ? { status: 200, file } : { status: 404, file: '/404.html' };
}
