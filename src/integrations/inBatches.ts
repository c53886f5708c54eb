/**
 * `fn` over `items`, `size` at a time, results in order: at 10,000 sources a build has 20,000 files, more
 * than a process may hold open, and compressing them all at once held 22 GB.
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return results;
}
