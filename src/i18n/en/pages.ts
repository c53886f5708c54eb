import { SITE_DESCRIPTION, SITE_SHORT_NAME } from '../../site';
import { formatNumber, plural } from '../../format/numbers';
import { browser } from './browser';
import type { ExplainerWords, LedgerWords, PagerWords, SiteWords, SourceWords } from '../words';

/** The words of the link to search on the shared pages, and of the installed app's shortcut to it. */
const SEARCH_EVERY_SOURCE = 'Search every source';

/** Every page's shell, in English. */
export const site: SiteWords = {
  name: 'Strikes at Sea',
  description: SITE_DESCRIPTION,
  nav: { '/': 'Explainer', '/strikes/': 'Strikes', '/timeline/': 'Timeline', '/sources/': 'Sources', '/ledger/': 'Ledger', '/data/': 'Data' },
  navLabel: 'Main',
  englishOnly: 'in English',
  pageInEnglish: 'page in English',
  skipLink: 'Skip to content',
  languages: 'Language',
  footer:
    'explains the US strikes on boats in the Caribbean and eastern Pacific from September 2025 and the Trump–Maduro phone call of November 2025, from news articles by outlets that see these events very differently. Every figure links to the paragraph it comes from.',
  allSources: 'All sources',
  about: 'About us, and how we correct mistakes',
  feedTitle: 'new sources and updates',
  searchEverySource: SEARCH_EVERY_SOURCE,
  app: {
    shortName: SITE_SHORT_NAME,
    shortcuts: {
      search: { name: SEARCH_EVERY_SOURCE, shortName: 'Search', description: 'Search the sources, word for word, and the explainer.' },
      data: { name: 'The data', shortName: 'Data', description: 'Every strike event and reported total, with their sources, to download.' },
    },
  },
};

/** The explainer's page, in English. */
export const explainer: ExplainerWords = {
  by: 'By',
  team: 'the Strikes at Sea editorial team',
  published: 'Published',
  minutesRead: (minutes) => `${minutes} minute read`,
  updated: 'Updated',
  log: 'Updates and corrections',
  citations: (count) => ({ before: `${count} citations to`, sources: 'the sources', and: 'and', data: 'the data' }),
  contents: 'Contents',
  logHeading: 'Updates and corrections',
  noChanges: 'No changes since publication.',
  kinds: { correction: 'Correction', update: 'Update' },
  firstPublished: 'First published',
  notesHeading: 'Notes: every passage cited',
  notesAbout: 'Each note quotes the paragraph of a source that the citations marked with its number point to, from the source’s own text, or names the row of our data they point to.',
  strikePage: 'the strike’s page: who was aboard, what each report says',
  paragraph: (n) => `paragraph ${n}`,
  note: (n) => `Note ${n}`,
  backToCitation: (note) => `Note ${note}: back to its citation`,
  backToCitationOf: (note, letter) => `Note ${note}: back to citation ${letter}`,
};

/** The sources' pages, in English. */
export const sources: SourceWords = {
  outletUnknown: browser.outletUnknown,
  listTitle: 'Sources',
  listDescription: 'The news articles this explainer is built from, newest first, each kept word for word.',
  listIntro: (count) =>
    `The ${formatNumber(count)} news articles this site is built from, newest first. Each is kept word for word, with only page furniture removed, and each paragraph has a number you can link to. The summaries are ours.`,
  otherReports: {
    before: 'These are the articles kept here. The figures of each strike come from further reports, US announcements and news reports, each named in ',
    link: 'our strike data',
    after: ', row by row.',
  },
  listPageTitle: (page, pages) => `Sources, page ${page} of ${pages}`,
  listShown: (from, to, total) => `Sources ${from} to ${to} of ${total}, newest first.`,
  listPages: 'Pages of the list of sources',
  newer: 'Newer sources',
  older: 'Older sources',
  dateInferred: '(date inferred)',
  titleOurs: 'the title is ours',
  published: 'Published',
  inferred: 'inferred',
  outlet: 'Outlet',
  notIdentified: 'Not identified',
  describesItself: 'which describes itself as',
  byline: 'Byline',
  original: 'Original',
  originalUnknown: 'The address of the original page is not known.',
  headline: 'Headline',
  headlineOurs: 'Our copy has no headline; the title above is ours.',
  headlineFromAddress: 'Our copy has no headline; the title above is ours, in the words of the article’s web address.',
  summary: 'Our summary',
  nothingRemoved: 'Nothing was removed from our copy of the text',
  removed: (count) => `What we removed: ${plural(count, 'piece')} of page furniture`,
  // Where nothing was removed, it does not say that page furniture was.
  keptWordForWord: (anyRemoved) =>
    anyRemoved ? `The article's text is kept word for word. Only page furniture was dropped, exactly as listed here.` : `The article's text is kept word for word, as we received it.`,
  removedKinds: {
    'cookie-banner': 'Cookie banner',
    'donation-appeal': 'Donation appeal',
    'related-link': 'Link to another article',
    'duplicate-caption': 'Photo caption printed twice',
    navigation: 'Site navigation',
    masthead: 'Masthead',
    'gallery-label': 'Photo gallery label',
    dateline: 'Date line (kept as the publication date)',
    credit: 'Credit line',
    'subscribe-prompt': 'Subscription or newsletter prompt',
  },
  article: 'The article',
  inLanguage: 'in English, as published',
  claimsNone: 'This article reports no figures that we track.',
  claimsCaption: 'Figures this article reports',
  claimsColumns: ['Figure', 'What', 'As of', 'Where'],
  inSingleStrike: (day) => `in the single strike of ${day}`,
  inPartOfStrike: (day) => `(some of the toll of the strike of ${day})`,
  paragraphLink: (n) => `Paragraph ${n}`,
  captionLabel: 'Photo caption:',
  citedIn: 'Cited in the explainer',
  citedInParagraph: (paragraph) => `Cited in the explainer: paragraph ${paragraph}`,
  alsoCited: (place, paragraph) => `Cited in the explainer: citation ${place} of paragraph ${paragraph}`,
};

/** The figure ledger, in English. */
export const ledger: LedgerWords = {
  title: 'The figure ledger',
  description: 'Each figure we track in the sources, beside what the strike data gives for the same day, with a line on each difference.',
  intro: {
    before: 'Each figure we track in our sources (the strikes and their toll, and the other counts the story turns on), grouped by what it counts, beside what',
    link: 'our strike data',
    after:
      'gives for the same day, with a line on each difference. It is built from each source’s figures when the site is built: adding a source adds its rows. Each row links to the paragraph the figure comes from.',
  },
  meta: {
    before: 'For strikes and deaths, “the data” is the sum of the strikes that had been announced by the day the figure describes, or, for a figure about one strike, that strike’s count. The',
    link: 'explainer',
    after: 'says why the tolls differ.',
    anchor: 'why-the-death-toll-differs',
  },
  label: 'The figure ledger',
  tableLabel: (group) => `The ledger: ${group}`,
  paragraphWord: 'paragraph',
  columns: ['Source', 'Figure', 'As of', 'The data', 'How they compare'],
  pageTitle: (heading, page, pages) => `The figure ledger: ${heading}, page ${page} of ${pages}`,
  rowsShown: (from, to, total) => `Rows ${from} to ${to} of ${total}, oldest first.`,
  pagesLabel: (heading) => `Pages of the ledger: ${heading}`,
  wholeLedger: 'The ledger’s first page: every kind of figure',
};

export const pager: PagerWords = {
  pageLink: (page) => `Page ${page}`,
  earlierRows: 'Earlier rows',
  laterRows: 'Later rows',
};
