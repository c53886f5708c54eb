import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { CHART_SETTINGS_FILE, CSV_FILES, type CsvFile, readChartSettings, readCsv } from '../../src/checks/dataFiles';

/** The real content/data files, read as the build reads them. */
export async function loadData() {
  const read = async <S extends z.ZodType>(csv: CsvFile<S>) => {
    const { rows, problems } = readCsv(csv, await readFile(csv.file, 'utf8'));
    if (problems.length) throw new Error(JSON.stringify(problems));
    return rows.map((r) => r.data);
  };
  const settings = readChartSettings(CHART_SETTINGS_FILE, await readFile(CHART_SETTINGS_FILE, 'utf8'));
  if (!settings.data) throw new Error(JSON.stringify(settings.problems));
  return {
    strikes: await read(CSV_FILES.strikes),
    reports: await read(CSV_FILES.reportedTotals),
    events: await read(CSV_FILES.keyEvents),
    settings: settings.data,
  };
}
