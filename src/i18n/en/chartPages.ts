import { formatDate } from '../../format/dates';
import type { ChartPageWords } from '../words';

/** The charts' pages, in English. */
export const chartPages: ChartPageWords = {
  listTitle: 'Charts',
  listDescription: 'Every chart of the explainer, each with its own page to share, embed and download it.',
  listIntro: {
    before: 'Every chart of the explainer, drawn from',
    link: 'our data',
    after: '. Each has its own page, to share, embed in another site, cite, or download as SVG, PNG or CSV.',
  },
  dataAsOf: (date) => `data as of ${formatDate(date)}`,
  intro: {
    before: 'A chart from',
    explainer: 'the explainer',
    middle: ', drawn from',
    data: 'our data',
    asOf: (date) => ` as of ${formatDate(date)}. Share it, embed it in your own site, cite it or download it below, or see`,
    all: 'all the charts',
  },
  share: 'Share, embed or download this chart',
  embedHeading: 'Embed this chart',
  embedText:
    'Paste this into a page of your site: the chart keeps up with our data, fits the width it is given, sets its own height and follows the reader’s light or dark setting. Please keep the link back to this page.',
  embedCode: 'Embed code',
  seeEmbed: 'See the embedded chart on its own',
  downloadHeading: 'Download',
  svg: 'the drawing, with its styles, for print or editing',
  png: 'the drawing at twice its size, for slides and posts',
  citeHeading: 'Cite this chart',
  citation: (caption, site, url, asOf) => `“${caption}”. ${site}. ${url} (data as of ${formatDate(asOf)}).`,
  embedBack: 'this chart, its data and sources',
  embedNewTab: 'Opens in a new tab.',
  licenceText: {
    before: 'This chart, its drawings and its data may be reused under',
    after: 'with credit as above; the words it quotes remain their outlets’.',
  },
  allPageTitle: (title, page, pages) => `${title}: every row, page ${page} of ${pages}`,
  allIntro: { before: 'Every row of the chart’s data, a page at a time: the first are under', link: 'the chart', after: '; the CSV below has them all.' },
  allShown: (from, to, total) => `Rows ${from} to ${to} of ${total}.`,
  allPages: (title) => `Pages of every row: ${title}`,
};
