import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { TIMELINE_DAY_SOURCES, timeline, type TimelineEntry, type TimelineSource } from '../../src/domain/timeline';
import { outletName } from '../../src/domain/sources';
import { sourceSchema } from '../../src/schemas/source';
import { loadData, spanishEdition } from '../charts/data';

const { strikes, events, settings } = await loadData();
/** How an entry says it was dated, as the page reads it. */
const dated = (e: TimelineEntry | undefined) => e?.dated && [e.dated.label, e.dated.note, e.dated.announced].filter(Boolean).join(' ');
const dir = 'content/sources';
const sources: TimelineSource[] = await Promise.all(
  (await readdir(dir)).map(async (name) => ({ id: name.replace(/\.mdx$/, ''), data: sourceSchema.parse(splitFile(await readFile(`${dir}/${name}`, 'utf8')).data) })),
);

describe('timeline(events, strikes, sources, settings.regions)', () => {
  const months = timeline(events, strikes, sources, settings.regions);
  const entries = months.flatMap((m) => m.entries);

  test('holds every key event, every strike and every source, once', () => {
    // The first strike is one entry, marked with the key event: the event is told by the strike's own report.
    expect(entries).toHaveLength(events.length - 1 + strikes.length + sources.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.filter((e) => e.date.getTime() === Date.UTC(2025, 8, 2)).map((e) => [e.id, e.marks])).toEqual([['strike-1', 'First strike']]);
    expect(entries.filter((e) => e.marks)).toHaveLength(1);
  });

  test('only a key event that says it is a strike (events.csv’s strike) is merged; another on that day, cited to the same report, is an entry of its own', () => {
    const [first] = events.filter((e) => e.label === 'First strike');
    expect(first!.strike).toBe('1');
    const other = { ...first!, label: 'Ford passes Gibraltar', strike: undefined };
    const list = timeline([first!, other], strikes, [], settings.regions).flatMap((m) => m.entries);
    expect(list.filter((e) => e.kind === 'event').map((e) => e.title)).toEqual(['Ford passes Gibraltar']);
    expect(list.filter((e) => e.marks).map((e) => [e.id, e.marks])).toEqual([['strike-1', 'First strike']]);
  });

  test('groups by month, in date order', () => {
    expect(months.map((m) => m.label)).toEqual(['September 2025', 'October 2025', 'November 2025', 'December 2025']);
    const days = entries.map((e) => e.date.getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const m of months) for (const e of m.entries) expect(e.date.toISOString().slice(0, 7)).toBe(m.month);
  });

  test('cites each entry: a source paragraph, a data row or a report', () => {
    for (const e of entries) expect(e.cite?.href, e.id).toMatch(/^(\/sources\/[^/]+\/#(p-\d+|text)|\/data\/#strike-\w+|https:\/\/.+)$/);
    const call = entries.find((e) => e.title === 'Call, dated by Indian Witness')!;
    expect(call.cite).toEqual({ label: 'Indian Witness, paragraph 2', href: '/sources/indian-witness-2025-12-03/#p-2', external: false });
    // The call's confirmations, which the chart leaves to the timeline.
    const confirmed = entries.find((e) => e.title === 'Maduro confirms the call')!;
    expect(confirmed.cite).toEqual({ label: 'Indian Witness, paragraph 1', href: '/sources/indian-witness-2025-12-03/#p-1', external: false });
    // A span that starts on a strike's day follows it: the pause after the strike of 15 November.
    const ids = entries.map((e) => e.id);
    const pause = entries.find((e) => e.title.startsWith('No strike reported'))!;
    expect(ids.indexOf(pause.id)).toBe(ids.indexOf('strike-18') + 1);
    // Its source speaks of the pause until it wrote; its end, 4 December, is the strike our data has that day.
    expect(pause.cite).toMatchObject({ label: 'Orinoco Tribune, paragraph 8', href: '/sources/orinoco-tribune-2025-11-28/#p-8' });
    expect(pause.endCite).toEqual({ label: 'its end, strike event 19', href: '/strikes/19/', external: false });
    expect(entries.filter((e) => e.endCite)).toEqual([pause]);
    // A report on another site is named by its outlet, not its address.
    const [first] = events.filter((e) => e.label === 'First strike');
    const alone = timeline([{ ...first!, report: { url: 'https://bnonews.com/another-report', outlet: 'BNO News' } }], [], [], settings.regions).flatMap((m) => m.entries);
    expect(alone[0]!.cite).toMatchObject({ label: 'BNO News', href: 'https://bnonews.com/another-report', external: true });
  });

  test('links each strike to its page, and says when its date is inferred or announced later', () => {
    const claim = entries.find((e) => e.id === 'strike-4a')!;
    expect(claim).toMatchObject({ href: '/strikes/4a/', unconfirmed: true, title: 'Claimed strike in the Caribbean, unconfirmed and not counted' });
    expect(dated(claim)).toMatch(/^Dated: Trump said on 5 October 2025 'we did another one last night'/);
    expect(dated(entries.find((e) => e.id === 'strike-17'))).toMatch(/Announced 14 November 2025\.$/);
    expect(entries.find((e) => e.id === 'strike-11')!.title).toBe('Three strikes in the eastern Pacific: 14 killed, 1 survivor later lost at sea and presumed dead');
    expect(entries.find((e) => e.id === 'strike-1')!.title).toBe('Strike in the Caribbean: 11 killed');
  });

  test('says how an inferred publication date was worked out', () => {
    const unnamed = entries.find((e) => e.id === 'source-unidentified-outlet-2025-11-28')!;
    expect(dated(unnamed)).toMatch(/^Date inferred: Our copy carries no date/);
    expect(entries.find((e) => e.id === 'source-turkiye-today-2025-12-01')!.dated).toBeUndefined();
  });

  test('a span says when it ends', () => {
    expect(entries.some((e) => e.title === 'No strike reported, to 4 December 2025')).toBe(true);
  });

  test('quotes a source’s headline as published, and never passes off our own title (titleFrom: editors) as the outlet’s', () => {
    // The outlet we could not identify is the subject of its sentence as the explainer names it.
    const subject = (source: (typeof sources)[number]) => (source.data.outlet.name ? outletName(source.data) : 'The unidentified outlet');
    expect(entries.find((e) => e.id === 'source-unidentified-outlet-2025-11-28')!.title).toMatch(/^The unidentified outlet publishes/);
    for (const source of sources) {
      const entry = entries.find((e) => e.id === `source-${source.id}`)!;
      if (source.data.titleFrom === 'editors') {
        expect(entry).toMatchObject({ title: `${subject(source)} publishes an article; our copy has no headline, so we call it:`, ourTitle: { text: source.data.title, lang: 'en' } });
        expect(entry.quote).toBeUndefined();
      } else {
        expect(entry).toMatchObject({ title: `${subject(source)} publishes`, quote: source.data.title });
        expect(entry.ourTitle).toBeUndefined();
      }
    }
    expect(sources.filter((s) => s.data.titleFrom === 'editors').map((s) => s.id).sort()).toEqual(['indian-witness-2025-12-03', 'orinoco-tribune-2025-11-28']);
  });
});

describe('timeline(…, edition): in Spanish', async () => {
  const es = await spanishEdition();
  const months = timeline(events, strikes, sources, settings.regions, es);
  const entries = months.flatMap((m) => m.entries);
  const byId = (id: string) => entries.find((e) => e.id === id)!;

  test('the same entries, its months named in Spanish', () => {
    expect(entries.map((e) => e.id)).toEqual(timeline(events, strikes, sources, settings.regions).flatMap((m) => m.entries.map((e) => e.id)));
    expect(months.map((m) => m.label)).toEqual(['Septiembre de 2025', 'Octubre de 2025', 'Noviembre de 2025', 'Diciembre de 2025']);
  });

  test('each strike in Spanish, agreeing with its counts, and linked to its Spanish page and row', () => {
    expect(byId('strike-11')).toMatchObject({
      title: 'Tres ataques en el Pacífico oriental: 14 personas muertas, 1 sobreviviente desaparecido luego en el mar y dado por muerto',
      href: '/es/strikes/11/',
      cite: { href: '/es/data/#strike-11', label: expect.stringMatching(/^episodio 11 de nuestros datos de ataques, tomado de /) },
    });
    expect(byId('strike-4a')).toMatchObject({ href: '/es/strikes/4a/', title: 'Supuesto ataque en el Caribe, no confirmado y no contado' });
    // The data's note stays in English, after our Spanish label.
    expect(byId('strike-4a').dated).toMatchObject({ label: 'Cómo se fechó:', note: expect.stringMatching(/^Trump said on 5 October 2025/) });
    expect(byId('strike-4a').dated).not.toHaveProperty('translated');
    // Unless the glossary translates it, a note of a few words that many rows share.
    expect(byId('strike-20').dated).toMatchObject({ label: 'Cómo se fechó:', note: 'la fecha que da el anuncio.', translated: true });
    expect(byId('strike-1').dated).toMatchObject({ note: 'ataque y anuncio el mismo día.', translated: true });
    expect(byId('strike-17').dated?.announced).toBe('Anunciado el 14 de noviembre de 2025.');
    // Event 11 is three strikes, announced the day after: the Spanish agrees with them.
    expect(byId('strike-11').dated?.announced).toBe('Anunciados el 28 de octubre de 2025.');
  });

  test('a source’s inferred date is explained in Spanish where its file gives our note in Spanish, and marked so; otherwise in English', () => {
    const id = 'unidentified-outlet-2025-11-28';
    expect(byId(`source-${id}`).dated).toEqual({ label: 'Fecha deducida:', note: expect.stringMatching(/^Nuestra copia no lleva fecha\./), translated: true });
    const untranslated = sources.map((s) => (s.id === id ? { ...s, data: { ...s.data, published: { ...s.data.published, es: undefined } } } : s));
    const english = timeline(events, strikes, untranslated, settings.regions, es).flatMap((m) => m.entries).find((e) => e.id === `source-${id}`)!;
    expect(english.dated).toEqual({ label: 'Fecha deducida:', note: expect.stringMatching(/^Our copy carries no date\./) });
  });

  test('events by their Spanish names, sources by their titles as published', () => {
    expect(entries.some((e) => e.title === 'Sin ataques informados, hasta el 4 de diciembre de 2025')).toBe(true);
    expect(entries.find((e) => e.title === 'Llamada, fechada por Indian Witness')!.cite?.label).toBe('Indian Witness, párrafo 2');
    const source = byId('source-turkiye-today-2025-12-01');
    expect(source.title).toMatch(/ publica$/);
    expect(source.quote).toBe(sources.find((s) => s.id === 'turkiye-today-2025-12-01')!.data.title);
    // Our own title of a source that had none is ours to translate, and is not quoted.
    const untitled = sources.find((s) => s.id === 'indian-witness-2025-12-03')!;
    expect(byId('source-indian-witness-2025-12-03')).toMatchObject({
      title: 'Indian Witness publica un artículo; nuestra copia no tiene titular, así que lo llamamos:',
      ourTitle: { text: untitled.data.es!.title, lang: 'es' },
    });
    expect(byId('source-indian-witness-2025-12-03').quote).toBeUndefined();
    // An outlet we could not identify is said so in Spanish.
    expect(byId('source-unidentified-outlet-2025-11-28')).toMatchObject({ title: 'El medio no identificado publica', cite: { label: 'Medio no identificado, el artículo tal como se publicó' } });
  });
});

describe('timeline(…): a day with more sources than it shows', async () => {
  const es = await spanishEdition();
  // 150 reports on 1 October, 100 on 30 September, 2 on 29 September: newest first, after the real sources
  // published since, 30 September begins on the list's second page.
  const reports = (day: string, n: number): TimelineSource[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `report-${day}-${i + 1}`,
      data: { title: `Report ${i + 1} of ${day}`, outlet: { name: `Outlet ${i + 1}` }, published: { date: new Date(`${day}T00:00:00Z`) } },
    }));
  const many = [...reports('2025-10-01', 150), ...reports('2025-09-30', 100), ...reports('2025-09-29', 2)];
  const entries = timeline(events, strikes, [...sources, ...many], settings.regions).flatMap((m) => m.entries);
  const onDay = (day: string) => entries.filter((e) => e.date.toISOString().startsWith(day) && (e.kind === 'source' || e.kind === 'more'));

  test(`shows ${TIMELINE_DAY_SOURCES} of the day's sources, then one entry for the rest, which says how many`, () => {
    const day = onDay('2025-10-01');
    expect(day.map((e) => e.kind)).toEqual([...Array(TIMELINE_DAY_SOURCES).fill('source'), 'more']);
    expect(day.slice(0, -1).map((e) => e.id)).toEqual(['source-report-2025-10-01-1', 'source-report-2025-10-01-2', 'source-report-2025-10-01-3']);
    expect(day.at(-1)).toMatchObject({ id: 'more-2025-10-01', title: '147 more sources published that day, in the list of sources' });
    expect(day.at(-1)!.cite).toBeUndefined();
    expect(onDay('2025-09-29').map((e) => e.kind)).toEqual(['source', 'source']);
  });

  test('leads to the page of the list of sources where the day begins, at the day', () => {
    const newer = sources.filter((s) => s.data.published.date > new Date('2025-10-01T00:00:00Z')).length;
    expect(newer + 150).toBeGreaterThanOrEqual(100);
    expect(newer + 150).toBeLessThan(200);
    expect(entries.find((e) => e.id === 'more-2025-10-01')!.href).toBe(`${newer < 100 ? '/sources/' : '/sources/page/2/'}#day-2025-10-01`);
    expect(entries.find((e) => e.id === 'more-2025-09-30')!.href).toBe('/sources/page/2/#day-2025-09-30');
    const spanish = timeline(events, strikes, [...sources, ...many], settings.regions, es).flatMap((m) => m.entries);
    expect(spanish.find((e) => e.id === 'more-2025-09-30')).toMatchObject({ href: '/es/sources/page/2/#day-2025-09-30', title: 'Otras 97 fuentes publicadas ese día, en la lista de fuentes' });
  });

  test("accounts for every source once: shown, or counted in its day's entry", () => {
    const shown = entries.filter((e) => e.kind === 'source').length;
    const counted = entries.filter((e) => e.kind === 'more').reduce((n, e) => n + Number(e.title.match(/^\d+/)![0]), 0);
    expect(shown + counted).toBe(sources.length + many.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // Two full days of three shown and one more, and a day of two; the first strike and its key event one entry.
    expect(entries).toHaveLength(events.length - 1 + strikes.length + sources.length + 2 * (TIMELINE_DAY_SOURCES + 1) + 2);
  });
});
