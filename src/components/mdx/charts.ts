import EachStrike from './EachStrike.astro';
import StrikeMap from './StrikeMap.astro';
import StrikesOverTime from './StrikesOverTime.astro';
import WhoReported from './WhoReported.astro';

/**
 * Each chart's MDX component, by the name its figure gives (`component` in src/charts/figures.ts): a chart's
 * page shows its figure as the explainer does, with its source line. A new chart adds its component here.
 */
export const CHART_COMPONENTS = { StrikesOverTime, EachStrike, StrikeMap, WhoReported } as const;

/** The component that shows a figure; a figure without one stops the build, naming it. */
export function chartComponent(name: string) {
  const component = (CHART_COMPONENTS as Record<string, (typeof CHART_COMPONENTS)[keyof typeof CHART_COMPONENTS]>)[name];
  if (!component) throw new Error(`charts: the figure of <${name}> has no component in src/components/mdx/charts.ts`);
  return component;
}
