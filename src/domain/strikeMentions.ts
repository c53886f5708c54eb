import type { Source } from '../schemas/source';
import type { Strike } from '../schemas/strike';
import { isoDay } from '../format/dates';
import { outletName } from './sources';

/** A paragraph of one of our sources that speaks of a strike. */
export interface Mention {
  /** The strike's id. */
  strike: string;
  /** The source's id, and the paragraph: #p-N of its page. */
  source: string;
  p: number;
  outlet: string;
  published: Date;
  /** Whether that day is inferred, not printed on the article: said beside it, as everywhere. */
  inferred: boolean;
  /** The paragraph's words. */
  text: string;
  /** Why it counts: a claim about the strike (its `event` date), or the source's list of strikes. */
  via: 'claim' | 'listed';
}

/** What mentions are read from: a source, and the words of its numbered paragraphs. */
export interface MentionSource {
  id: string;
  data: Pick<Source, 'outlet' | 'published' | 'claims' | 'strikes'>;
  /** Paragraph N's words are paragraphs[N - 1]. */
  paragraphs: readonly string[];
}

/** A listed strike or paragraph that does not exist: which source, which entry of its `strikes`, and what is wrong. */
export interface MentionProblem {
  source: string;
  index: number;
  field: 'id' | 'p';
  message: string;
}

/**
 * Every paragraph of our sources that speaks of a strike: those holding a claim with the strike's date as
 * its `event`, and those a source lists under `strikes`. Each paragraph counts once per strike; in order of
 * publication, then paragraph.
 */
export function strikeMentions(strikes: readonly Strike[], sources: readonly MentionSource[]): { mentions: Mention[]; problems: MentionProblem[] } {
  const byId = new Map(strikes.map((s) => [s.id, s]));
  const mentions = new Map<string, Mention>();
  const problems: MentionProblem[] = [];
  for (const source of sources) {
    const add = (strike: string, p: number, via: Mention['via']) => {
      const key = `${strike} ${source.id} ${p}`;
      if (!mentions.has(key))
        mentions.set(key, { strike, source: source.id, p, outlet: outletName(source.data), published: source.data.published.date, inferred: Boolean(source.data.published.inferred), text: source.paragraphs[p - 1] ?? '', via });
    };
    for (const claim of source.data.claims)
      if (claim.event) for (const s of strikes) if (isoDay(s.date) === isoDay(claim.event)) add(s.id, claim.p, 'claim');
    source.data.strikes.forEach(({ id, p }, index) => {
      if (!byId.has(id)) problems.push({ source: source.id, index, field: 'id', message: `no strike "${id}" in content/data/strikes.csv` });
      else if (!source.paragraphs[p - 1])
        problems.push({ source: source.id, index, field: 'p', message: `paragraph ${p} does not exist; this source has ${source.paragraphs.length} (p-1 to p-${source.paragraphs.length})` });
      else add(id, p, 'listed');
    });
  }
  const ordered = [...mentions.values()].sort(
    (a, b) => a.published.getTime() - b.published.getTime() || a.source.localeCompare(b.source) || a.p - b.p,
  );
  return { mentions: ordered, problems };
}
