import { describe, expect, test } from 'vitest';
import { bylineOf, endsSentence, hasPhotoCredit, isAppealLine, isMasthead, isTitleCase, lineKind, parseDateline, startsLikeHeadline } from '../../src/importer/furniture';

describe('lineKind(line)', () => {
  test.each([
    ['Our website uses cookies to enhance your experience. Learn More', 'cookie-banner'],
    ['buttons=(Accept !) days=(20)', 'cookie-banner'],
    ['Accept !', 'cookie-banner'],
    ['Also Read: Kerala MLA on the Run as Police Launch Manhunt', 'related-link'],
    ['Read more: Venezuela closes its airspace', 'related-link'],
    ['Subscribe to our newsletter', 'subscribe-prompt'],
    ['Sign up for our newsletter to get the latest news', 'subscribe-prompt'],
    ['Close', 'navigation'],
    ['newsletters Newsletters', 'navigation'],
    ['X Instagram Youtube', 'navigation'],
    ['More From Türkiye Today', 'navigation'],
    ['Photo', 'gallery-label'],
    ['BigPhoto', 'gallery-label'],
    ['3 / 12', 'gallery-label'],
    ['December 01, 2025 11:59 AM GMT+03:00', 'dateline'],
    ['Updated: 2 Dec 2025', 'dateline'],
    ['Special for Orinoco Tribune by staff', 'credit'],
    ['OT/JRE/SH', 'credit'],
    ['By Jane Doe', 'credit'],
    ['Reporting by Jane Doe; editing by John Roe', 'credit'],
  ])('%j is %s', (line, kind) => expect(lineKind(line)).toBe(kind));

  test.each([
    'The company said its website uses encryption.',
    'Also, the Pentagon read the statement aloud.',
    'Millions subscribe to the channel, which reported the strike.',
    'Photo evidence of the strike was not released.',
    'By land, the operations would begin very soon, Trump said.',
    'Thousands attend his public events nearly daily.',
    'Growing internal support for Maduro',
    'May 2025 was a turning point.',
  ])('%j is article text', (line) => expect(lineKind(line)).toBeUndefined());
});

describe('isAppealLine(line)', () => {
  test.each([
    'Support Groundbreaking Anti-Imperialist Journalism: Stand with Orinoco Tribune!',
    'Fuel our truth-telling: Every contribution strengthens independent media.',
    'Be the difference: DONATE now to keep radical journalism alive!',
    'Donate to support our reporting.',
  ])('%j asks for money', (line) => expect(isAppealLine(line)).toBe(true));

  test.each([
    'The donation was made to the campaign in 2024, records show.',
    'Even anti-Chavista politicians have expressed support for any strategy aimed at defending the homeland.',
    'His contribution to the talks was limited, officials said.',
  ])('%j is article text', (line) => expect(isAppealLine(line)).toBe(false));
});

describe('parseDateline(line)', () => {
  test.each([
    ['December 01, 2025 11:59 AM GMT+03:00', { date: '2025-12-01', time: '11:59 AM GMT+03:00' }],
    ['Dec. 1, 2025', { date: '2025-12-01' }],
    ['Monday, 1 December 2025', { date: '2025-12-01' }],
    ['Published: 2025-11-30 08:15', { date: '2025-11-30', time: '08:15' }],
    ['Sept 2, 2025', { date: '2025-09-02' }],
  ])('%j → %o', (line, parsed) => expect(parseDateline(line)).toEqual(parsed));

  test.each(['February 30, 2025', 'Mayday 5, 2025', 'On December 1, 2025 Trump said', '12/01/2025'])('%j is not one', (line) =>
    expect(parseDateline(line)).toBeUndefined(),
  );
});

describe('isMasthead(line, outlet)', () => {
  test('the outlet name alone or with its tagline', () => {
    expect(isMasthead('Orinoco Tribune – News and opinion pieces about Venezuela and beyond', 'Orinoco Tribune')).toBe(true);
    expect(isMasthead('ORINOCO TRIBUNE', 'Orinoco Tribune')).toBe(true);
    expect(isMasthead('Orinoco Tribune reported on Friday that…', 'Orinoco Tribune')).toBe(false);
    expect(isMasthead('Orinoco Tribune – News', undefined)).toBe(false);
  });
});

describe('hasPhotoCredit(line)', () => {
  test.each([
    'US President Donald Trump speaks to the press aboard Air Force One. (AFP Photo)',
    'Maduro in Caracas on January 10, 2025. (AFP File Photo)',
    'Maduro dances during a march. Photo: Jesus Vargas/Getty Images.',
    'A boat in the Caribbean. (AP Photo/Matias Delacroix)',
  ])('%j ends in a credit', (line) => expect(hasPhotoCredit(line)).toBe(true));

  test('article text does not', () => {
    expect(hasPhotoCredit('The Pentagon released a photo of the strike.')).toBe(false);
  });
});

describe('headline shapes', () => {
  test('endsSentence(line) looks past closing quotes', () => {
    expect(endsSentence('He said “very soon.”')).toBe(true);
    expect(endsSentence('Recent actions include:')).toBe(true);
    expect(endsSentence('Reports of ‘kill order’ spark outcry')).toBe(false);
  });

  test('isTitleCase(line) tells a headline of another article from a subheading', () => {
    expect(isTitleCase('President Maduro: ‘No Foreign Threat Will Intimidate Venezuela’ (+US Secretary of War)')).toBe(true);
    expect(isTitleCase('Growing internal support for Maduro')).toBe(false);
    expect(isTitleCase('Venezuela Appeals To OPEC For Support')).toBe(false);
  });

  test('bylineOf(line) reads the name from "By …"', () => {
    expect(bylineOf('By Jane Doe')).toBe('Jane Doe');
    expect(bylineOf('By land, the operations would begin')).toBeUndefined();
  });
});

describe('startsLikeHeadline(line)', () => {
  test.each(['Growing internal support', '21 strikes at sea', '‘Kill order’ reports', '“We will act”'])('%j does', (line) =>
    expect(startsLikeHeadline(line)).toBe(true),
  );
  test.each(['import { x } from "y"', 'export default 1', '- a bullet', '{braces}'])('%j does not', (line) =>
    expect(startsLikeHeadline(line)).toBe(false),
  );
});
