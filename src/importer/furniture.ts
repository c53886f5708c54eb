import { isoDay } from '../format/dates';
import type { Source } from '../schemas/source';

/** A kind of page furniture, as `removed` lists it. */
export type FurnitureKind = Source['removed'][number]['kind'];

/**
 * The rules that tell page furniture from article text, all in one place. Each rule looks at one
 * trimmed line; the first that matches names its kind. Kinds that come as a box of several lines
 * (a cookie banner, a row of links) are listed as one `removed` entry; the others one line each.
 */
export const BOX_KINDS: ReadonlySet<FurnitureKind> = new Set([
  'cookie-banner',
  'donation-appeal',
  'navigation',
  'gallery-label',
  'subscribe-prompt',
]);

// A line a donation appeal is made of asks for money and speaks to the reader (we/you, or an order).
const MONEY = /\b(donat(e|es|ion|ions|ing)|contribut(e|ion|ions)|support (our|us|independent|[\w -]{0,40}journalism)|stand with|become a (member|patron|supporter)|patreon|paypal|chip in|buy us a coffee)\b/i;
const TO_THE_READER = /\b(we|we’ve|we've|our|us|you|your)\b|^(support|donate|give|help|join|fuel|be|stand|become|chip)\b|!\s*$/i;

/** True for a line that asks the reader for money. */
export const isAppealLine = (line: string) => MONEY.test(line) && TO_THE_READER.test(line);

/** How many other lines may stand between two lines of one donation appeal. */
export const APPEAL_GAP = 5;

const NAV_WORDS = new Set(
  'close menu search home share print email e-mail newsletter newsletters x twitter facebook instagram youtube whatsapp telegram linkedin tiktok threads bluesky reddit rss copy link login log in sign skip to content comments'
    .split(' '),
);
const onlyWords = (line: string, words: ReadonlySet<string>) => {
  const tokens = line.toLowerCase().split(/[\s|·•/]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => words.has(t));
};
const GALLERY_WORDS = new Set('photo photos bigphoto gallery video videos image images watch listen play slideshow'.split(' '));

/** One rule: the kind it finds and whether a line is of that kind. */
interface LineRule {
  kind: FurnitureKind;
  test: (line: string) => boolean;
}

/** Per-line rules, tried in order. Lines longer than a sentence or two are never furniture by these. */
export const LINE_RULES: readonly LineRule[] = [
  {
    kind: 'cookie-banner',
    test: (l) =>
      /\b(uses|use) cookies\b|\bcookie (policy|settings|preferences|consent)\b|\baccept (all )?cookies\b|^accept( all)?\s*!?$|^buttons=\(|\bgdpr\b/i.test(l),
  },
  {
    kind: 'related-link',
    test: (l) => /^(also read|read also|read more|see also|related( articles?| stories| news)?|more on this|recommended( for you)?|you may also like|don['’]t miss)\b\s*[:|–-]/i.test(l),
  },
  {
    kind: 'subscribe-prompt',
    test: (l) => /^(subscribe|sign up|get our newsletter|join our newsletter)\b|\bsubscribe (now|today|to our|for free)\b|\bsign up for (our|the) newsletter\b/i.test(l),
  },
  { kind: 'navigation', test: (l) => onlyWords(l, NAV_WORDS) || /^more from\b/i.test(l) || /^(skip to (main )?content|back to top)$/i.test(l) },
  { kind: 'gallery-label', test: (l) => onlyWords(l, GALLERY_WORDS) || /^\d{1,3}\s*(\/|of)\s*\d{1,3}$/i.test(l) },
  { kind: 'dateline', test: (l) => parseDateline(l) !== undefined },
  {
    kind: 'credit',
    test: (l) =>
      /^special (for|to) .{2,60}$/i.test(l) ||
      /^[A-Z]{1,5}(\/[A-Z]{1,5})+$/.test(l) ||
      /^(written|reporting|additional reporting|editing|edited|translated|compiled) by .{2,80}$/i.test(l) ||
      bylineOf(l) !== undefined,
  },
];

/** The author's name in a credit line such as "By Jane Doe", or undefined. */
export function bylineOf(line: string): string | undefined {
  const match = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})$/u.exec(line);
  return match?.[1];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string) => {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  const full = 'january february march april may june july august september october november december'.split(' ')[i];
  return i >= 0 && (full.startsWith(word.toLowerCase().replace(/\.$/, '')) || word.toLowerCase() === 'sept') ? i + 1 : 0;
};
const PREFIX = String.raw`^(?:(?:published|updated|posted|last updated)(?: on)?:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?`;
const TIME = String.raw`(?:[\s,|–-]+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,5})?(?:[+-]\d{1,2}(?::?\d{2})?)?)?))?\s*$`;
const DATES: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [new RegExp(`${PREFIX}([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})${TIME}`, 'i'), (m) => [+m[3], monthOf(m[1]), +m[2]]],
  [new RegExp(`${PREFIX}(\\d{1,2}) ([A-Za-z]{3,9})\\.?,? (\\d{4})${TIME}`, 'i'), (m) => [+m[3], monthOf(m[2]), +m[1]]],
  [new RegExp(`${PREFIX}(\\d{4})-(\\d{2})-(\\d{2})${TIME}`, 'i'), (m) => [+m[1], +m[2], +m[3]]],
];

/** A line that is only a date, and maybe a time: "December 01, 2025 11:59 AM GMT+03:00". */
export function parseDateline(line: string): { date: string; time?: string } | undefined {
  for (const [pattern, parts] of DATES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const [year, month, day] = parts(match);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (!month || date.getUTCDate() !== day) return undefined;
    const time = match[match.length - 1];
    return { date: isoDay(date), ...(time ? { time: time.trim() } : {}) };
  }
  return undefined;
}

/** The first per-line rule a line matches. */
export function lineKind(line: string): FurnitureKind | undefined {
  return LINE_RULES.find((rule) => rule.test(line))?.kind;
}

/** A masthead: the outlet's name alone, or followed by its tagline ("Orinoco Tribune – News and …"). */
export function isMasthead(line: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const name = outlet.toLowerCase();
  const text = line.toLowerCase();
  return text === name || (text.startsWith(name) && /^\s*[–—|:-]\s/.test(line.slice(outlet.length)));
}

// A photo credit at the end of a line marks it as a caption even when it is printed once.
const PHOTO_CREDIT =
  /(\((?:[\p{L}.]+\s)*(?:File\s)?Photo(?:\s*\/[^)]*)?\)|\bPhoto(?:graph)?:\s*[^.]{2,80}\.?|\bGetty Images\.?|\((?:AP|AFP|Reuters|EPA|Getty)[^)]*\))\s*$/iu;

/** True for a line that ends in a photo credit: "(AFP Photo)", "Photo: Jesus Vargas/Getty Images." */
export const hasPhotoCredit = (line: string) => PHOTO_CREDIT.test(line);

/** How many lines may stand between a caption and its second printing. */
export const CAPTION_GAP = 8;

/** Line endings that end a sentence; a headline or subheading ends without one. */
export const endsSentence = (line: string) => /[.,;:!]$/.test(line.replace(/[”"’'»)\]]+$/, ''));

/** A headline or subheading starts as a sentence does: with a capital, a figure or a quote mark. */
export const startsLikeHeadline = (line: string) => /^[\p{Lu}\p{N}‘“"'¿¡]/u.test(line);

/** True for a line in Title Case: a headline, where the text around it is sentences. */
export function isTitleCase(line: string): boolean {
  const words = line
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length >= 4 && w !== w.toUpperCase());
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 5 && capitalised.length / words.length >= 0.8;
}
