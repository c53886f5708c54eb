/** The line a chart's page gives to cite the chart by. */
import { formatDate } from '../format/dates';

/** A chart's citation: its title, the site, its address and the day of its newest data. */
export function chartCitation({ caption, site, url, asOf }: { caption: string; site: string; url: string; asOf: Date }): string {
  return `“${caption}”. ${site}. ${url} (data as of ${formatDate(asOf)}).`;
}
