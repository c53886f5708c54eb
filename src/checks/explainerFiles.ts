import { defaultLocale, locales } from '../site';
import type { Problem } from './problems';

/** The explainer's files: the English at content/explainer/index.mdx, each translation at content/explainer/<locale>/index.mdx. */
export const EXPLAINER_FILES = locales.map((locale) => `content/explainer/${locale === defaultLocale ? '' : `${locale}/`}index.mdx`);

/** Our pages about the site that the build makes a page of by name (content/pages/about.mdx is /about/). */
export const PAGE_FILES = ['content/pages/about.mdx'];

/**
 * A file in content/explainer/ that is not one of the explainer's: a copy kept beside it ("index-old.mdx",
 * "index copy.mdx") or a translation under another name would be published as a page of its own, and
 * its citations checked against a review file it does not have. Named once, whatever it holds.
 */
export const strayExplainerProblem = (file: string): Problem | undefined =>
  EXPLAINER_FILES.includes(file)
    ? undefined
    : {
        file,
        line: 1,
        field: 'file',
        message: `not a page of the explainer, which is ${EXPLAINER_FILES.join(' and ')}: move this file out of content/ (a copy here is published as a page of its own)`,
      };
