import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths, downloadDrawing } from '../../../collections/charts';

// A chart's SVG download, in each edition's words: the page's wide drawing with its styles in it
// (src/charts/standalone.ts), its title above and how to cite it below. src/integrations/socialCards.ts
// draws its PNG beside it, at twice its size.
export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(downloadDrawing(props.chart, props.locale), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
