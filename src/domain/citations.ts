import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shortOutlet } from '../charts/whoReported';
import { reportedTotalRowSchema } from '../schemas/reportedTotal';
import { sourceSchema } from '../schemas/source';
import { strikeRowSchema } from '../schemas/strike';
import type { CitationIndex } from '../markdown/cites';
import { reviewFileOf } from '../checks/citationReview';
import { checkCsv } from '../checks/csvCheck';
import { formatDay } from '../format/dates';
import { splitFile } from '../checks/frontmatter';
import { outletName } from './sources';
import { blocksOf } from '../markdown/sourceText';
import { reportedTotalId } from '../checks/rowChecks';

/**
 * Reads what citations resolve against straight from the content files under `root`: each source's
 * outlet, date and numbered paragraphs, and the ids of the data rows. The collections' own checks
 * report any problem in these files; here a file that fails them is simply left out.
 */
export function loadCitationIndex(root: string): CitationIndex {
  const sources: CitationIndex['sources'] = new Map();
  const dir = join(root, 'content/sources');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const { data, body } = splitFile(readFileSync(join(dir, name), 'utf8'));
    const parsed = sourceSchema.safeParse(data);
    if (!parsed.success) continue;
    try {
      sources.set(name.replace(/\.mdx$/, ''), { outlet: outletName(parsed.data), published: parsed.data.published.date, blocks: blocksOf(body) });
    } catch {
      // A source whose text does not parse is reported by its own loader.
    }
  }
  const csv = <S extends Parameters<typeof checkCsv>[2]>(file: string, schema: S) =>
    checkCsv(file, readFileSync(join(root, file), 'utf8'), schema).rows.map((r) => r.data);
  const strikes = csv('content/data/strikes.csv', strikeRowSchema);
  const reports = csv('content/data/reported-totals.csv', reportedTotalRowSchema);
  return {
    sources,
    rows: {
      strikes: new Map(strikes.map((s) => [s.id, { label: `Strike data, ${formatDay(s.date)}` }])),
      'reported-totals': new Map(reports.map((r) => [reportedTotalId(r), { label: `${shortOutlet(r.outlet)}, ${formatDay(r.asOf)}` }])),
    },
  };
}

/** The text of an explainer page's review file (`page` from the project root), or undefined where it has none. */
export const loadReviewText = (root: string, page: string) => {
  const file = join(root, reviewFileOf(page));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
