import { readFile } from 'node:fs/promises';
import { checkCsv } from '../../src/checks/csvCheck';
import { keyEventRowSchema } from '../../src/schemas/keyEvent';
import { reportedTotalRowSchema } from '../../src/schemas/reportedTotal';
import { strikeRowSchema } from '../../src/schemas/strike';

/** The real content/data tables, parsed as the build parses them. */
export async function loadData() {
  const read = async <S extends Parameters<typeof checkCsv>[2]>(file: string, schema: S) => {
    const { rows, problems } = checkCsv(file, await readFile(file, 'utf8'), schema);
    if (problems.length) throw new Error(JSON.stringify(problems));
    return rows.map((r) => r.data);
  };
  return {
    strikes: await read('content/data/strikes.csv', strikeRowSchema),
    reports: await read('content/data/reported-totals.csv', reportedTotalRowSchema),
    events: await read('content/data/events.csv', keyEventRowSchema),
  };
}
