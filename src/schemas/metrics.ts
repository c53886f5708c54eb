/** The figures a source can report, with how to read and print each. */
export const metrics = {
  strikes: { label: 'Strikes', unit: 'strikes' },
  vessels: { label: 'Vessels hit', unit: 'vessels' },
  killed: { label: 'People killed', unit: 'people' },
  survivors: { label: 'Survivors', unit: 'people' },
  troops: { label: 'US troops deployed', unit: 'troops' },
  bounty_usd: { label: 'US reward for Maduro', unit: 'US dollars' },
  cocaine_transit_share_pct: { label: 'Share of cocaine transiting Venezuela', unit: '%' },
  days_without_strike: { label: 'Days without a reported strike', unit: 'days' },
  call_minutes: { label: 'Length of the phone call', unit: 'minutes' },
  amnesty_associates: { label: 'Associates in Maduro’s reported amnesty request', unit: 'people' },
  ultimatum_days: { label: 'Reported ultimatum to leave Venezuela', unit: 'days' },
  airlines_suspended: { label: 'Airlines that cancelled flights to Venezuela', unit: 'airlines' },
} as const;

export type Metric = keyof typeof metrics;
export const metricNames = Object.keys(metrics) as [Metric, ...Metric[]];

/**
 * A metric's label with its unit where the label does not already say it: "Length of the phone call
 * (minutes)", "US reward for Maduro (US dollars)", but "People killed" and "Days without a reported strike".
 */
export function labelWithUnit({ label, unit }: { label: string; unit: string }): string {
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const inLabel = new Set(wordsOf(label));
  return wordsOf(unit).every((word) => inLabel.has(word)) ? label : `${label} (${unit})`;
}

/** Words a source puts before a figure; "exact" when it puts none. */
export const qualifiers = ['exact', 'at least', 'more than', 'less than', 'about', 'approximately', 'nearly'] as const;
export type Qualifier = (typeof qualifiers)[number];
