import type { CreativeWork, Event, IdReference, ItemList, Place, WebPage } from 'schema-dts';
import { isoDay } from '../format/dates';
import { headlineOf } from '../domain/reportTitles';
import type { StrikeList, StrikePage } from '../domain/strikePages';
import { strikeHref, strikeName } from '../domain/strikePages';
import { ENGLISH, type Edition } from '../i18n/words';
import { SITE_LANGUAGE } from '../site';
import { absolute } from './graph';
import { datasetId, sourceArticleId } from './ids';
import { us } from './organization';

/**
 * Where the strike was, as far as the reports say: the sea area always, and coordinates only where a report
 * gives them. A point worked out from a description is ours, not a report's, so it is given in words.
 */
function placeOf({ strike, region, position }: StrikePage): Place {
  const { position: p } = strike;
  return {
    '@type': 'Place',
    name: region,
    description: position.text,
    ...(p.precision === 'reported' && { geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon } }),
  };
}

/**
 * A strike that reports confirm, as what schema.org calls an event: something that happened at a time and
 * place. Its day is the one the reports give; its place is the region (see placeOf). An unconfirmed claim is
 * not described as an event, as it may not have happened.
 */
function strikeEvent(page: StrikePage, site: URL): Event | undefined {
  if (page.strike.status !== 'cited') return undefined;
  return {
    '@type': 'Event',
    '@id': `${absolute(page.href, site)}#strike`,
    name: page.title,
    description: page.summary,
    startDate: isoDay(page.strike.date),
    location: placeOf(page),
    url: absolute(page.href, site),
  };
}

/** A report the row was read from, or another report of the strike, by its address. */
const report = (url: string, name?: string): CreativeWork => ({ '@type': 'CreativeWork', url, ...(name && { name }) });

/**
 * A strike's page: ours, about the strike (an event where confirmed), based on our data and on every report
 * its row names, and citing each of our sources whose paragraphs it quotes.
 */
export function strikeWebPage(page: StrikePage, site: URL, inLanguage = SITE_LANGUAGE): (WebPage | Event)[] {
  const url = absolute(page.href, site);
  const event = strikeEvent(page, site);
  const { source } = page.strike;
  const quoted = [...new Set(page.mentions.map((m) => m.source))];
  const webPage: WebPage = {
    '@type': 'WebPage',
    '@id': url,
    url,
    name: page.title,
    description: page.summary,
    inLanguage,
    publisher: us(site),
    ...(event && { about: { '@id': event['@id'] as string } }),
    isBasedOn: [{ '@id': datasetId(site) }, report(source.url, headlineOf(source.title)), ...page.reports.map((r) => report(r.href))],
    ...(quoted.length > 0 && { citation: quoted.map((id): IdReference => ({ '@id': sourceArticleId(id, site) })) }),
  };
  return event ? [webPage, event] : [webPage];
}

/** A view of the list of strikes as a list of their pages (in its edition), in the order shown (newest first). */
export function strikeItemList(list: StrikeList, site: URL, edition: Edition = ENGLISH): ItemList {
  return {
    '@type': 'ItemList',
    '@id': `${absolute(list.href, site)}#strikes`,
    name: list.title,
    itemListOrder: 'https://schema.org/ItemListOrderDescending',
    numberOfItems: list.strikes.length,
    itemListElement: list.strikes.map((s, i) => ({ '@type': 'ListItem', position: i + 1, url: absolute(strikeHref(s.id, edition.locale), site), name: strikeName(s, edition) })),
  };
}
