/**
 * Synthetic sources for the benchmark: ~800-word articles in the shape of content/sources/, made from
 * the real articles' sentences, with made-up names (so the vocabulary grows with the count, as a real
 * archive's does) and claims whose quotes sit in the paragraphs they cite. Seeded: the same i gives the
 * same file.
 */

/** Words that may stand in a synthetic article without MDX or Markdown reading them as markup. */
const PLAIN = /^[\p{L}\p{N} ,.'’‘"“”()%$–—:;?!/-]+$/u;

/** The sentences of the real sources' paragraphs that are plain text and of article length. */
export function corpusSentences(mdxFiles: string[]): string[] {
  const sentences = new Set<string>();
  for (const raw of mdxFiles) {
    const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const line of body.split('\n')) {
      if (!line.trim() || /^[<#\-\d]/.test(line)) continue;
      for (const s of line.trim().split(/(?<=[.!?”])\s+(?=[A-Z“])/))
        if (s.length >= 40 && s.length <= 320 && PLAIN.test(s)) sentences.add(s);
    }
  }
  return [...sentences];
}

/** A small seeded generator (mulberry32): the benchmark's input is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

const SYLLABLES = ['ar', 'be', 'ca', 'do', 'el', 'fa', 'gu', 'ha', 'in', 'jo', 'ka', 'lo', 'ma', 'ne', 'or', 'pa', 'qui', 'ra', 'so', 'ta', 'um', 've', 'ya', 'zu'];
const COUNTRIES = ['Venezuela', 'Colombia', 'Trinidad and Tobago', 'United States', 'Mexico', 'Türkiye', 'India', 'Spain', 'Brazil'];
const PAPERS = ['Herald', 'Tribune', 'Times', 'Post', 'Daily', 'Observer', 'Chronicle', 'Gazette'];
const HEADINGS = ['What officials said', 'The strikes at sea', 'A call between leaders', 'Reaction in the region', 'What comes next'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const integer = new Intl.NumberFormat('en-US');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A made-up proper name, two to three syllables, capitalised. */
const nameFrom = (r: ReturnType<typeof random>) => {
  const word = Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
};

interface Claim {
  metric: string;
  value: number;
  qualifier?: string;
  p: number;
  quote: string;
}

/** Synthetic source number i (from 0): its file name and its MDX text. */
export function syntheticSource(i: number, sentences: string[]): { file: string; text: string } {
  const r = random(i + 1);
  const day = new Date(Date.UTC(2025, 8, 5) + (i % 117) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const outlet = `The ${nameFrom(r)} ${r.pick(PAPERS)}`;
  const place = nameFrom(r);
  const person = `${nameFrom(r)} ${nameFrom(r)}`;
  const filler = (min: number) => {
    let text = '';
    while (words(text) < min) text += `${text ? ' ' : ''}${r.pick(sentences)}`;
    return text;
  };

  // Figures grow with the date, as a campaign's running totals do.
  const weeks = Math.floor((i % 117) / 7);
  const strikes = 3 + weeks * 2 + r.int(0, 2);
  const killed = strikes * 4 - r.int(0, 6);
  const troops = 10_000 + 500 * weeks;
  const claims: Claim[] = [];
  const blocks: string[] = [];
  // Captions, paragraphs and list items are numbered (#p-N); headings are not.
  let numbered = 0;
  const paragraph = (text: string, ...found: Omit<Claim, 'p'>[]) => {
    blocks.push(text);
    numbered += 1;
    claims.push(...found.map((c) => ({ ...c, p: numbered })));
  };

  paragraph(`<Caption>A patrol boat off ${place} on ${date}, in a photo released by ${person}. (${outlet} Photo)</Caption>`);
  paragraph(
    `${place} — U.S. forces have carried out ${strikes} strikes on boats since early September, killing at least ${killed} people, ${person} told reporters on ${r.pick(DAYS)}. ${filler(30)}`,
    { metric: 'strikes', value: strikes, quote: `carried out ${strikes} strikes` },
    { metric: 'killed', value: killed, qualifier: 'at least', quote: `killing at least ${killed} people` },
  );
  for (let n = 0; n < 3; n++) paragraph(filler(60));
  blocks.push(`## ${r.pick(HEADINGS)}`);
  paragraph(
    `The deployment in the region now numbers more than ${integer.format(troops)} troops, according to figures cited by ${outlet}. ${filler(35)}`,
    { metric: 'troops', value: troops, qualifier: 'more than', quote: `more than ${integer.format(troops)} troops` },
  );
  paragraph('Recent developments reported in the region include:');
  for (let n = 0; n < 3; n++) paragraph(`- ${filler(12)}`);
  if (r.next() < 0.6) {
    const survivors = r.int(0, 3);
    paragraph(`Officials in ${nameFrom(r)} said the latest strike left ${survivors} survivors. ${filler(30)}`, {
      metric: 'survivors',
      value: survivors,
      quote: `left ${survivors} survivors`,
    });
  }
  while (words(blocks.join(' ')) < 780) paragraph(filler(60));

  // List items stand in one block, so they are written on consecutive lines.
  const body = blocks.join('\n\n').replace(/\n\n(?=- )/g, '\n');
  const yaml = [
    '---',
    `title: ${JSON.stringify(`${place} strikes: ${r.pick(sentences).split(' ').slice(0, 8).join(' ')}`)}`,
    'outlet:',
    `  name: ${JSON.stringify(outlet)}`,
    `  country: ${JSON.stringify(r.pick(COUNTRIES))}`,
    'published:',
    `  date: ${date}`,
    `summary: ${JSON.stringify(`A synthetic article for the benchmark, number ${i + 1}, from ${outlet}.`)}`,
    'claims:',
    ...claims.flatMap((c) => [
      `  - metric: ${c.metric}`,
      `    value: ${c.value}`,
      ...(c.qualifier ? [`    qualifier: ${c.qualifier}`] : []),
      `    p: ${c.p}`,
      `    quote: ${JSON.stringify(c.quote)}`,
    ]),
    '---',
  ];
  const slug = outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  return { file: `${slug}-${String(i + 1).padStart(4, '0')}-${date}.mdx`, text: `${yaml.join('\n')}\n\n${body}\n` };
}
