import { slug as githubSlug } from 'github-slugger';

/**
 * "Türkiye Today" → "turkiye-today", "The Independent (AP)" → "the-independent-ap": GitHub's heading slugs,
 * with accents dropped from letters first and runs of hyphens (where punctuation stood between spaces) made one.
 */
export const slug = (text: string) =>
  githubSlug(text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
