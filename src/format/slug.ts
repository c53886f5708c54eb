import { slug as githubSlug } from 'github-slugger';

/**
 * "Türkiye Today" → "turkiye-today", "Caliber.az (citing US media)" → "caliber-az-citing-us-media": GitHub's
 * slugs (letters of any script, lower case, joined by hyphens), with accents dropped from letters first and
 * any run of punctuation read as a space, so that ids made from names stay as they were written.
 */
export const slug = (text: string) =>
  githubSlug(
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
