import type { ImageObject } from 'schema-dts';
import type { ChartSpec } from '../charts/figures';
import { DATA_LICENCE, SITE_LANGUAGE, SITE_NAME } from '../site';
import { absolute } from './graph';
import { datasetId } from './ids';
import { us } from './organization';

/**
 * A chart's page (`path`, "/charts/<id>/"): the chart as an image of ours (its PNG, with the SVG as another
 * encoding, beside the page), described by its summary and drawn from our dataset, whose node the data page
 * describes in full; reusable under our licence, whose terms its page states.
 */
export function chartImage(chart: ChartSpec, { path, site, inLanguage = SITE_LANGUAGE }: { path: string; site: URL; inLanguage?: string }): ImageObject {
  const page = absolute(path, site);
  // The drawings sit beside the page, in its edition's words: /es/charts/<id>/ draws /es/charts/<id>.png.
  const drawing = (extension: string) => absolute(`${path.replace(/\/$/, '')}.${extension}`, site);
  return {
    '@type': 'ImageObject',
    '@id': `${page}#chart`,
    name: chart.title,
    caption: chart.caption,
    description: chart.summary,
    url: page,
    mainEntityOfPage: page,
    contentUrl: drawing('png'),
    encodingFormat: 'image/png',
    encoding: { '@type': 'MediaObject', contentUrl: drawing('svg'), encodingFormat: 'image/svg+xml' },
    inLanguage,
    creator: us(site),
    creditText: SITE_NAME,
    license: DATA_LICENCE.url,
    acquireLicensePage: page,
    isBasedOn: { '@id': datasetId(site) },
  };
}
