import { createIndex, close } from 'pagefind';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
const site = process.argv[2];
const t0 = performance.now();
const { index } = await createIndex({});
const r = await index!.addDirectory({ path: site });
const t1 = performance.now();
const { files } = await index!.getFiles();
const t2 = performance.now();
console.log('dir', r.page_count, ((t1 - t0) / 1000).toFixed(2), 'getFiles', ((t2 - t1) / 1000).toFixed(2), files.length);
await index!.deleteIndex();
// stripped
const all: string[] = [];
async function walk(d: string) { for (const e of await readdir(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) await walk(p); else if (e.name.endsWith('.html')) all.push(p); } }
await walk(site);
const t3 = performance.now();
const { index: i2 } = await createIndex({});
let n = 0, bytes = 0;
await Promise.all(all.map(async (p) => { const s = await readFile(p, 'utf8'); if (!s.includes('data-pagefind-body')) return; bytes += s.length; const res = await i2!.addHTMLFile({ sourcePath: relative(site, p), content: s }); n++; }));
const t4 = performance.now();
const f2 = await i2!.getFiles();
const t5 = performance.now();
console.log('html', n, bytes, ((t4 - t3) / 1000).toFixed(2), 'getFiles', ((t5 - t4) / 1000).toFixed(2), f2.files.length);
await close();
