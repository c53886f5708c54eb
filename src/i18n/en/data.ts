import { formatDate, formatSpanStart } from '../../format/dates';
import { plural } from '../../format/numbers';
import { keyEventColumns } from '../../schemas/keyEvent';
import { outletColumns } from '../../schemas/outlet';
import { placeColumns } from '../../schemas/place';
import { regionColumns } from '../../schemas/region';
import { reportedTotalColumns } from '../../schemas/reportedTotal';
import { strikeColumns } from '../../schemas/strike';
import { EDITORIAL_TEAM } from '../../site';
import type { ChartSourceWords, DataWords, FeedWords, SearchWords, SharedPageWords } from '../words';

/** Each column's description, as its schema gives it. */
const described = (shape: Record<string, { description?: string }>) => Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, schema.description ?? '']));

/** The data page, in English. */
export const data: DataWords = {
  title: 'The data',
  description: 'The strike data behind the charts: every event and every reported total, with their sources, to download.',
  intro: 'The charts on this site are drawn from the tables below when the site is built. Every strike, total and event names the report it was read from; download them to check our sums or make your own.',
  onThisPage: 'On this page',
  datasets: {
    strikes: { title: 'Strike events' },
    regions: {
      title: 'Regions',
      about:
        'The sea area of each region, in degrees: the map’s extent, and what each strike’s position is checked against (a position must be at sea, by the coastlines the map draws, and within 200 km of its region). Each row also gives the point where the map gathers the strikes known only by their region.',
    },
    places: {
      title: 'Places the map names',
      about: 'Countries, seas, and the places a described position is measured from, each at a point in degrees. The map prints a name only where it fits.',
    },
    'reported-totals': {
      title: 'Reported totals',
      about:
        'The running totals of strikes, vessels, deaths and survivors that outlets printed on a given day, as they printed them ("at least 46"). These are claims, not facts: the charts, and the table below figure by figure, set each beside the sum of the strike events announced by that day. The download adds the figures our source articles report, linked to their paragraphs.',
    },
    events: {
      title: 'Key events on the timeline and the charts',
      about: 'The dated events the timeline lists, a few of which the charts mark, each with the source paragraph or report that gives it. Where our sources give no day for an event, it is marked on the day they first reported it, and its note says so.',
    },
    outlets: {
      title: 'Outlets by their sites',
      about: 'The name of the outlet behind each site that carries further reports of a strike, as a strike’s page names them. A site not listed is named by its address.',
    },
  },
  strikesAbout: (first, cited, unconfirmed) =>
    `One row per US strike event on boats in the Caribbean and eastern Pacific from ${formatDate(first)}: ${plural(cited, 'announced event')} and ${plural(unconfirmed, 'unconfirmed claim')}, kept out of every sum. Each row cites the report it was read from (official announcements as reported by news outlets, or Airwars) and lists further reports (Just Security's timeline among them), with caveats in its notes.`,
  columnsCount: (n) => `${n} columns`,
  download: (file) => `Download ${file}`,
  columns: {
    strikes: described(strikeColumns.shape),
    regions: described(regionColumns.shape),
    places: described(placeColumns.shape),
    'reported-totals': described(reportedTotalColumns.shape),
    events: described(keyEventColumns.shape),
    outlets: described(outletColumns.shape),
  },
  allStrikes: 'Every strike event',
  allStrikesAbout: {
    before: 'Citations in the explainer link to these rows, and each event’s number to',
    link: 'its own page',
    after: '. Counts are as announced; see each row’s notes for caveats.',
  },
  strikePageLink: (id) => `Event ${id}: its page`,
  position: (precision, point) => (precision === 'region' ? 'region only' : `${precision}: ${point}`),
  allReports: 'Every reported total',
  allEvents: 'Every key event',
  allEventsAbout:
    'The timeline lists these days, and the chart of strikes over time marks those it can keep apart. Where our sources give no date for an event, the note says which day is marked and why.',
  charts: 'The charts',
  licence: 'Licence',
  licenceText: {
    before: 'The rows record facts reported by the outlets cited in each row. Our selection and arrangement may be reused under',
    after: 'with attribution to this site; quoted words remain the outlets’.',
  },
  strikesCaption: (rows) => `Strike events, ${rows} rows`,
  reportsCaption: (rows) => `Totals as outlets printed them, ${rows} rows`,
  eventsCaption: (rows) => `Key events, ${rows} rows`,
  strikeColumns: ['Event', 'Date', 'Region', 'Position', 'Strikes', 'Vessels', 'Killed', 'Survivors', 'Presumed dead', 'Source and notes'],
  reportColumns: ['Reported on', 'Outlet', 'Strikes', 'Vessels', 'Killed', 'Survivors', 'Notes', 'Against the strike data'],
  eventColumns: ['Date', 'Event', 'Where it is reported', 'Note', 'On the chart'],
  onChart: (marked) => (marked ? 'marked' : 'timeline only'),
  unconfirmed: ' (unconfirmed)',
  to: 'to',
  sourceParagraph: (source, p) => `${source}, paragraph ${p}`,
  report: (outlet) => `report by ${outlet}`,
};

/** Search, as the build writes it, in English. */
export const search: SearchWords = {
  title: 'Search',
  description: 'Search every source, word for word, and the explainer, down to the paragraph.',
  standfirst:
    'Search finds a word or a phrase in every source, word for word, and in the explainer. Each result opens the paragraph it was found in. After one visit, search also works offline.',
  label: 'Search every source and the explainer',
  button: 'Search',
  boxLabel: 'Search the site',
  boxPlaceholder: 'Search the site',
  noscript: {
    before: 'Search needs JavaScript, which is off in this browser. Every source can still be read: here they are by outlet and date, and',
    link: 'the list of sources',
    after: 'has them newest first with a summary of each.',
  },
  noscriptMany: {
    before: 'Search needs JavaScript, which is off in this browser. Every source can still be read:',
    link: 'the list of sources',
    after: 'has them all, newest first, with a summary of each, a hundred to a page.',
  },
  sort: 'Sort',
  sortOrders: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
  more: 'More results',
  refine: 'Filters and sort',
};

/** What each chart's figure says of its data, in English. */
export const chartSources: ChartSourceWords = {
  strikesOverTime: {
    source: 'Source: our table of strike events as announced by US officials and reported by the outlets named in each row (',
    strikeData: 'the strike data',
    marked: 'Marked events:',
    reportLink: (outlet) => `report by ${outlet}`,
    spanEnd: (id) => `its end, strike event ${id}`,
    spanEndRow: (id) => `its end, strike event ${id} in the table above`,
    when: (date, end) => (end ? `${formatSpanStart(date, end)} to ${formatDate(end)}` : formatDate(date)),
  },
  eachStrike: {
    before: 'Source:',
    link: 'our table of strike events',
    after: ', each row citing the report it was read from. Circle area is proportional to the deaths announced; dashed circles are claims never matched to a strike.',
  },
  strikeMap: {
    before: 'Source:',
    link: 'our table of strike events',
    coastlines: '; coastlines from',
    naturalEarth: 'Natural Earth',
    after: '(1:50m, public domain). Circle area is proportional to the deaths announced.',
  },
  whoReported: {
    before: 'Sources:',
    totals: 'reported totals',
    middle: ', each row citing the report it was read from; our source articles’ own figures come from their pages; the sums from',
    strikes: 'our table of strike events',
    after: ', counting each strike from the day it was announced.',
  },
};

/** The pages every edition shares, in English. */
export const shared: SharedPageWords = {
  notFoundTitle: 'Page not found',
  notFoundDescription: 'There is no page at this address on Strikes at Sea.',
  notFoundHeading: 'There is no page at this address',
  notFoundText:
    'The address may be mistyped, or the page may have moved. Every source and every figure of the site can be reached from these pages, and search covers the text of every source.',
  offlineTitle: 'Not saved for offline reading',
  offlineDescription: 'This page is not on this device, and the network cannot be reached.',
  offlineHeading: 'This page is not saved on this device',
  offlineText:
    'You seem to be offline, and the page you asked for is not one this device keeps. After a first visit this device keeps the explainer, search and the site’s main pages, and then each page you open; other pages are read online, unless you save the whole site for offline reading (the button at the foot of any page). The page will load once you are back online.',
  offlineNow: 'What you can read now, offline:',
};

/** The feed, in English. */
export const feed: FeedWords = {
  subtitle: 'New sources, and updates to the explainer of the US strikes on boats and the Trump–Maduro call.',
  kinds: { correction: 'Correction', update: 'Update' },
  logTitle: (kind, day, title, n) => `${kind} of ${formatDate(day)} (no. ${n}): ${title}`,
  author: EDITORIAL_TEAM.name,
  whatChanged: (day) => `What changed on ${formatDate(day)}:`,
  firstPublished: (day) => `First published ${formatDate(day)}.`,
  readExplainer: 'Read the explainer',
  everyChange: 'every update and correction',
  everyChangeFirst: 'Every update and correction',
  theExplainer: 'the explainer',
  readArticle: 'Read the article, kept word for word',
  dateInferred: 'date inferred',
};
