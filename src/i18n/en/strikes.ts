import { formatDate, formatMonth, formatMonthLabel, formatSpanStart } from '../../format/dates';
import { formatNumber, openingCount, plural } from '../../format/numbers';
import { lowerFirst } from '../../format/words';
import { presumedSplit } from '../../schemas/presumedDead';
import type { StrikeCountWords, StrikeWords, TimelineWords } from '../words';
import { browser } from './browser';

/** An outlet as the subject of a sentence: its name, or for the one not identified, "The unidentified outlet", as the explainer calls it. */
const subject = (outlet: string) => (outlet === browser.outletUnknown ? 'The unidentified outlet' : outlet);

/** A strike event in a sentence, of one strike or several: "this strike", "these strikes". */
const thisStrike = (strikes: number) => (strikes > 1 ? 'these strikes' : 'this strike');

/** A strike's counts in English: "3 strikes on 4 vessels", "14 killed, 1 survivor later lost at sea and presumed dead". */
export const counts: StrikeCountWords = {
  strikesAndVessels: (strikes, vessels) => (strikes === vessels ? plural(strikes, 'strike') : `${plural(strikes, 'strike')} on ${plural(vessels, 'vessel')}`),
  toll: (killed, survivors, presumedDead) => {
    const { lost, more } = presumedSplit(survivors, presumedDead);
    const later = `later lost at sea and presumed dead`;
    const survived = !survivors ? '' : `${plural(survivors, 'survivor')}${!lost ? '' : lost === survivors ? ` ${later}` : ` (${lost} ${later})`}`;
    return [`${killed} killed`, survived, more > 0 ? `${more}${lost ? ' more' : ''} presumed dead` : ''].filter(Boolean).join(', ');
  },
  noToll: 'no toll reported; not counted',
  date: (d) => formatDate(d),
  month: (m) => formatMonthLabel(m),
};

/** The strikes' list and pages, in English. */
export const strikes: StrikeWords = {
  ...counts,
  everyStrike: 'Every strike',
  listTitle: (region, month) => `Strikes${region ? ` in ${region}` : ''}${month ? `, ${formatMonth(month)}` : ''}`,
  listDescription: (title) => `${title}: each strike on its own page, with where it was, who was aboard and every report of it.`,
  listStandfirst: (events, unconfirmed) =>
    `${plural(events, 'strike event')}${unconfirmed > 0 ? `, ${unconfirmed} of them unconfirmed` : ''}, newest first. Each has its own page: where it was, who was aboard, what each report says, and any paragraphs of our sources that speak of it.`,
  filters: { label: 'Filter the strikes', region: 'Region', month: 'Month', allRegions: 'All regions', allMonths: 'All months' },
  filterCount: (counted, unconfirmed) => (unconfirmed ? `${formatNumber(counted)} + ${formatNumber(unconfirmed)} unconfirmed` : formatNumber(counted)),
  listUnconfirmed: 'unconfirmed, not counted',
  listPosition: (precision) => `Position: ${lowerFirst(precision)}.`,
  listSource: 'Source:',
  summary: (date, where, what) => `${formatDate(date)}, in ${where}: ${what}.`,
  claimWhat: 'a US strike claimed but never confirmed, and not counted',
  countedWhat: (strikes, vessels, announced, later) =>
    `${plural(strikes, 'US strike')} on ${vessels === 1 ? 'a vessel' : plural(vessels, 'vessel')}, ${announced}, as the US announced${later ? `; ${later}` : ''}`,
  presumedLater: (survivors, presumedDead) => {
    const { lost, more } = presumedSplit(survivors, presumedDead);
    const they = lost === survivors ? (lost === 1 ? 'the survivor was' : `the ${lost} survivors were`) : `${lost} of the survivors ${lost === 1 ? 'was' : 'were'}`;
    return [lost ? `${they} later lost at sea and presumed dead` : '', more > 0 ? `${more}${lost ? ' more' : ''} presumed dead by a later count` : '']
      .filter(Boolean)
      .join('; ');
  },
  facts: {
    date: 'Date',
    announced: 'Announced',
    dated: 'How it was dated',
    region: 'Region',
    strikes: 'Strikes',
    vessels: 'Vessels',
    killed: 'Killed',
    // Every hit of the event counted: on 2 September two people who survived the first hit were reported
    // killed by a second, and the row counts no survivors; "Survivors 0" beside that account read as a contradiction.
    survivors: 'Survivors of the event',
    presumedDead: 'Presumed dead',
    aboard: 'People aboard',
    announcedBy: 'Announced by',
  },
  event: (id) => `event ${id}`,
  unconfirmedNotice: {
    strong: 'Unconfirmed.',
    text: 'No report confirms this strike: it is listed because it was claimed, and it is not counted in any total on this site.',
  },
  where: 'Where',
  who: 'Who was aboard, as reported',
  notReported: 'Not reported.',
  notRecorded: 'Not recorded in our data.',
  whatReportsSay: 'What the reports say, and where they differ',
  reportsAgree: 'The reports we read agree, as far as they go.',
  reports: 'The reports',
  readFrom: 'Taken from',
  titleKind: {
    described: 'its headline not recorded, in our words',
    fromAddress: 'its headline as its web address spells it',
    carried: (by, site) => `${by} headline as carried by ${site}`,
  },
  alsoReportedBy: 'Also reported by:',
  factsFrom: { before: 'These are our strike data’s figures, taken from', link: 'the reports listed below' },
  presumedDeadMeans: '“Presumed dead” counts people lost at sea and never found, apart from those killed.',
  dataRow: { before: 'This strike event has', link: (id) => `a row of its own in our strike data (event ${id})`, middle: ', which you can', download: 'download as CSV', after: '.' },
  inOurSources: 'In our sources',
  noMentions: (strikes) => `None of our sources speaks of ${thisStrike(strikes)} in particular.`,
  mention: (outlet, published, p, inferred) => `${outlet}, ${formatDate(published)}${inferred ? ' (date inferred)' : ''}, paragraph ${p}`,
  onTheCharts: 'On the charts',
  prevNext: 'Strikes, in date order',
  here: {
    wholeChart: 'the whole chart, with its data',
    mapLinks: 'Each strike on this map:',
    mapCaption: (where) => `On the map of ${where}`,
    mapTitle: (name) => `${name} on the map`,
    mapDesc: (name, where, position) => `${name}, picked out among the strikes in ${where}. ${position}.`,
    eachCaption: 'Among every strike, by date and region',
    eachTitle: (name) => `${name} among every strike`,
    eachDesc: (name, toll) =>
      `${name}, picked out among every strike event, each sized by its deaths${toll ? `: ${toll}` : '. This claim is unconfirmed and not counted'}.`,
    overTimeCaption: 'In the running totals',
    overTimeTitle: (name) => `${name} in the running totals of deaths and strikes`,
    overTimeDesc: (day, counted, strikes) =>
      `The running totals of deaths and strikes, with a line at ${formatDate(day)}, the day of ${thisStrike(strikes)}${counted}.`,
    whoCaption: 'Against the tolls outlets reported',
    whoTitle: (name) => `${name} against the death tolls outlets reported`,
    whoDesc: (day, announced, strikes, grouped) =>
      `The death tolls outlets reported, against the deaths announced by each day, with a line at ${formatDate(day)}, ${announced ? `the day ${thisStrike(strikes)} ${strikes > 1 ? 'were' : 'was'} announced` : `the day of ${thisStrike(strikes)}`}.` +
      (grouped
        ? ` Its ${formatNumber(grouped.tolls)} tolls are drawn as ${formatNumber(grouped.groups)} marks: those of one ${grouped.period}, of one kind of verdict and in one band of ${grouped.band} deaths are one mark, its area showing how many.`
        : ''),
    counted: (toll) => `: ${toll}`,
    uncounted: ', unconfirmed and not counted',
  },
};

/** The timeline, in English. */
export const timeline: TimelineWords = {
  title: 'Timeline',
  description: 'The strikes, the key events and the publication of each of our sources, in order, each with what it rests on.',
  standfirst: (entries) =>
    `${formatNumber(entries)} dated entries, month by month: every strike, the key events our sources report, and the day each source was published. Each says what it rests on; where a day is inferred rather than printed, it says how.`,
  folded: (perDay, sources) =>
    `Where more than ${perDay} sources were published on one day, the timeline shows ${perDay} of them and links to the rest in the list of sources, which has all ${formatNumber(sources)}.`,
  kinds: { event: 'Event', strike: 'Strike', source: 'Source published', more: 'Sources published' },
  from: '',
  to: 'to',
  spanStart: (from, to) => formatSpanStart(from, to),
  source: 'Source:',
  span: (label, end) => `${label}, to ${formatDate(end)}`,
  // A count opening a heading is in words: "Three strikes in the eastern Pacific".
  strike: (strikes, where, toll) => `${strikes === 1 ? 'Strike' : openingCount(strikes, 'strike')} in ${where}: ${toll}`,
  claimedStrike: (where) => `Claimed strike in ${where}, unconfirmed and not counted`,
  publishes: (outlet) => `${subject(outlet)} publishes`,
  publishesUntitled: (outlet) => `${subject(outlet)} publishes an article; our copy has no headline, so we call it:`,
  moreSources: (count) => `${formatNumber(count)} more ${count === 1 ? 'source' : 'sources'} published that day, in the list of sources`,
  strikeRow: (id, outlet) => `event ${id} of our strike data, from ${outlet}`,
  asPublished: (outlet) => `${outlet}, the article as published`,
  dated: 'Dated:',
  inferred: 'Date inferred:',
  announced: (d) => `Announced ${formatDate(d)}.`,
};
