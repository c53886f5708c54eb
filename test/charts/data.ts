import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { CHART_SETTINGS_FILE, CSV_FILES, type CsvFile, readChartSettings, readCsv } from '../../src/checks/dataFiles';
import { around, LAND_AROUND } from '../../src/domain/geography';
import { naturalEarth } from '../../src/domain/naturalEarth';
import { GLOSSARY_FILES, glossaryEdition, readGlossary } from '../../src/checks/glossaryCheck';
import type { Edition } from '../../src/i18n/words';

/** The real content/data files, read as the build reads them. */
export async function loadData() {
  const read = async <S extends z.ZodType, N extends z.ZodType>(csv: CsvFile<S, N>) => {
    const needed = csv.needs && (await readFile(csv.needs.csv.file, 'utf8'));
    const { rows, problems } = readCsv(csv, await readFile(csv.file, 'utf8'), needed);
    if (problems.length) throw new Error(JSON.stringify(problems));
    return rows.map((r) => r.data);
  };
  const settings = readChartSettings(CHART_SETTINGS_FILE, await readFile(CHART_SETTINGS_FILE, 'utf8'));
  if (!settings.data) throw new Error(JSON.stringify(settings.problems));
  const regions = await read(CSV_FILES.regions);
  return {
    strikes: await read(CSV_FILES.strikes),
    reports: await read(CSV_FILES.reportedTotals),
    events: await read(CSV_FILES.keyEvents),
    settings: settings.data,
    regions,
    places: await read(CSV_FILES.places),
    outlets: await read(CSV_FILES.outlets),
    geography: naturalEarth(around(regions.map((r) => r.bounds), LAND_AROUND)),
  };
}

/** The Spanish edition, with the real glossary (content/data/glossary.es.yml); a word it lacks fails the test that needs it. */
export async function spanishEdition(): Promise<Edition> {
  const file = GLOSSARY_FILES.es!;
  const { data, problems } = readGlossary(file, await readFile(file, 'utf8'));
  if (!data) throw new Error(JSON.stringify(problems));
  return glossaryEdition('es', file, data);
}
