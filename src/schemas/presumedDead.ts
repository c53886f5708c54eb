/**
 * A strike's presumed dead, split as its words tell them: its survivors first, later lost at sea (27 October),
 * then those lost at sea from the start (30 December). `lost` of the survivors, `more` besides them.
 */
export function presumedSplit(survivors: number, presumedDead: number): { lost: number; more: number } {
  const lost = Math.min(survivors, presumedDead);
  return { lost, more: presumedDead - lost };
}
