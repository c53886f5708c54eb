/** "The Independent (AP)" → "the-independent-ap": lower case, ASCII letters and digits, joined by hyphens. */
export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
