import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { allChecks, checkCsv } from '../../src/checks/csvCheck';
import { around, LAND_AROUND, landAt } from '../../src/domain/geography';
import { naturalEarth } from '../../src/domain/naturalEarth';
import { FAR_KM, positionsAcross } from '../../src/checks/strikePositions';
import { regionsAcross, strikesAcross } from '../../src/checks/rowChecks';
import { regionRowSchema } from '../../src/schemas/region';
import { strikeRowSchema } from '../../src/schemas/strike';

const regions = checkCsv('content/data/regions.csv', await readFile('content/data/regions.csv', 'utf8'), regionRowSchema).rows.map((r) => r.data);
const geography = naturalEarth(around(regions.map((r) => r.bounds), LAND_AROUND));

const HEADER =
  'id,status,date,date_note,announced_date,region,lat,lon,position_precision,position_source,strikes,vessels,killed,survivors,presumed_dead,aboard,nationalities,announced_by,source_title,source_outlet,source_url,other_sources,notes';
/** A described row at the given point, in the given region. */
const row = (lat: string, lon: string, region = 'Caribbean') =>
  `3,cited,2025-09-19,,,${region},${lat},${lon},described,~80 nautical miles from Beata island,1,1,3,0,0,,,Trump,Title,AP,https://example.com/a,,`;
const problemsOf = (line: string, areas = regions) =>
  checkCsv('content/data/strikes.csv', `${HEADER}\n${line}`, strikeRowSchema, allChecks(strikesAcross, positionsAcross(areas, geography))).problems;

describe('strike positions against the map', () => {
  test('a point at sea inside its region passes', () => {
    expect(problemsOf(row('16.25', '-71.52'))).toEqual([]);
  });

  test('a position on land is rejected at its line and column, naming the land', () => {
    // Caracas.
    expect(problemsOf(row('10.5', '-66.9'))).toEqual([
      {
        file: 'content/data/strikes.csv',
        line: 2,
        field: 'lat (row 1)',
        message: expect.stringMatching(/^lat 10\.5, lon -66\.9 is on land \(Venezuela\) by Natural Earth's 1:50m coastlines, which the map draws/),
      },
    ]);
  });

  test('a longitude with its sign lost is caught: the Arabian Sea is 13,496 km from the Caribbean (and beyond the land the site keeps)', () => {
    expect(problemsOf(row('16.25', '71.52'))[0].message).toMatch(/^lat 16\.25, lon 71\.52 is 13,496 km outside the row's region, Caribbean/);
  });

  test('a position far outside its region is rejected, saying how far', () => {
    // The right point, filed under the wrong region.
    const [problem] = problemsOf(row('16.25', '-71.52', 'Eastern Pacific'));
    expect(problem).toMatchObject({ line: 2, field: 'lat (row 1)' });
    expect(problem.message).toMatch(/^lat 16\.25, lon -71\.52 is [\d,]+ km outside the row's region, Eastern Pacific \(more than 200 km beyond its edges/);
  });

  test(`a point just outside the edges, within ${FAR_KM} km, passes`, () => {
    // Half a degree east of the Caribbean's eastern edge (-59): about 53 km, in the Atlantic.
    expect(problemsOf(row('13.0', '-58.5'))).toEqual([]);
  });

  test('a region with no row in regions.csv is named', () => {
    expect(problemsOf(row('16.25', '-71.52'), regions.filter((r) => r.region !== 'Caribbean'))).toEqual([
      expect.objectContaining({ field: 'region (row 1)', message: expect.stringMatching(/^Caribbean has no row in content\/data\/regions.csv/) }),
    ]);
  });

  test('every real row passes, and every described or reported point is at sea', async () => {
    const text = await readFile('content/data/strikes.csv', 'utf8');
    const { rows, problems } = checkCsv('content/data/strikes.csv', text, strikeRowSchema, allChecks(strikesAcross, positionsAcross(regions, geography)));
    expect(problems).toEqual([]);
    const points = rows.map((r) => r.data.position).filter((p) => p.precision !== 'region');
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(landAt(geography, [p.lon, p.lat])).toBeUndefined();
  });
});

describe('regions.csv rows', () => {
  const header = 'region,west,south,east,north,gather_lat,gather_lon,note';
  const caribbean = 'Caribbean,-89,8,-59,23,15,-76,';
  const pacific = 'Eastern Pacific,-120,-5,-77,24,9,-97,';
  const problems = (...lines: string[]) => checkCsv('content/data/regions.csv', [header, ...lines].join('\n'), regionRowSchema, regionsAcross).problems;

  test('the real file passes', async () => {
    expect(checkCsv('content/data/regions.csv', await readFile('content/data/regions.csv', 'utf8'), regionRowSchema, regionsAcross).problems).toEqual([]);
  });

  test.each([
    ['an edge out of range', caribbean.replace('-89', '-189'), 'west (row 1)', /expected a longitude .* from -180 to 180/],
    ['edges the wrong way round', caribbean.replace(',8,-59,23,', ',23,-59,8,'), 'north (row 1)', /expected the northern edge above the southern/],
    ['a gathering point outside the edges', caribbean.replace(',15,-76,', ',30,-76,'), 'gather_lat (row 1)', /expected a point inside the region’s edges/],
    ['an unknown region', caribbean.replace('Caribbean,', 'Atlantic,'), 'region (row 1)', /expected one of: Caribbean, Eastern Pacific/],
  ])('%s is named at its line and column', (_, line, field, message) => {
    const found = problems(line, pacific);
    expect(found[0]).toMatchObject({ line: 2, field });
    expect(found[0].message).toMatch(message);
  });

  test('a region missing, or listed twice', () => {
    expect(problems(caribbean)).toEqual([expect.objectContaining({ field: 'region (row 1)', message: expect.stringMatching(/missing: Eastern Pacific$/) })]);
    expect(problems(caribbean, pacific, caribbean)).toEqual([expect.objectContaining({ line: 4, field: 'region (row 3)', message: 'duplicate region: Caribbean has a row already' })]);
  });
});
