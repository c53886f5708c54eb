import type { ImageObject } from 'schema-dts';
import type { ChartSpec } from '../charts/figures';
import { SITE_LANGUAGE, SITE_NAME } from '../site';
import { absolute } from './graph';
import { datasetId } from './ids';
import { us } from './organization';

/**
 * A chart's page: the chart as an image of ours (its PNG, with the SVG as another encoding), described by
 * its summary and drawn from our dataset, whose node the data page describes in full.
 */
export function chartImage(chart: ChartSpec, { path, site, inLanguage = SITE_LANGUAGE }: { path: string; site: URL; inLanguage?: string }): ImageObject {
  const page = absolute(path, site);
  return {
    '@type': 'ImageObject',
    '@id': `${page}#chart`,
    name: chart.title,
    caption: chart.caption,
    description: chart.summary,
    url: page,
    mainEntityOfPage: page,
    contentUrl: absolute(`/charts/${chart.id}.png`, site),
    encodingFormat: 'image/png',
    encoding: { '@type': 'MediaObject', contentUrl: absolute(`/charts/${chart.id}.svg`, site), encodingFormat: 'image/svg+xml' },
    inLanguage,
    creator: us(site),
    creditText: SITE_NAME,
    isBasedOn: { '@id': datasetId(site) },
  };
}
