import { addDays } from '../../src/format/dates';
import type { ReportedTotal } from '../../src/schemas/reportedTotal';

/**
 * n made-up reports, as a large archive gathers them: the real rows' figures moved across the campaign's
 * months (up to two weeks from each real row's) and off by a few deaths, by "Outlet 1" to "Outlet n", one in
 * four from one of our sources. Deterministic: the same n gives the same reports.
 */
export function manyReports(real: readonly ReportedTotal[], n: number): ReportedTotal[] {
  const withDeaths = real.filter((r) => r.killed);
  return Array.from({ length: n }, (_, i) => {
    const base = withDeaths[i % withDeaths.length]!;
    const shift = ((i * 7) % 29) - 14;
    return {
      ...base,
      asOf: addDays(base.asOf, shift),
      outlet: `Outlet ${i + 1}`,
      killed: { ...base.killed!, value: Math.max(1, base.killed!.value + ((i * 3) % 7) - 3 + Math.round(shift / 4)) },
      source: { ...base.source, ...(i % 4 === 0 && { sourceId: `outlet-${i + 1}`, p: 1 }) },
    };
  });
}
