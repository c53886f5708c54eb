import type { PAGE_COMPONENTS } from '../../checks/componentCheck';
import Cite from './Cite.astro';
import { CHART_COMPONENTS } from './charts';
import Link from './Link.astro';
import Quote from './Quote.astro';

/**
 * What each page of our prose gives its MDX (`<Content components={…}>`): the components that
 * src/checks/componentCheck.ts lets its kind of page use, by the same names (the types below say so, and
 * `astro check` holds them to it). The explainer's page serves the English and its translations alike.
 */
export const EXPLAINER_COMPONENTS = { Cite, Quote, ...CHART_COMPONENTS };
export const ABOUT_COMPONENTS = { Cite };

/** What our prose's Markdown elements become, on every page of it: a link that says the language it leads to. */
export const PROSE_ELEMENTS = { a: Link };

/** True where two unions of names are the same, never otherwise: a component given but not checked, or checked but not given, fails the type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
type Names<K extends keyof typeof PAGE_COMPONENTS> = (typeof PAGE_COMPONENTS)[K][number];
export const explainerNamesAgree: Same<keyof typeof EXPLAINER_COMPONENTS, Names<'explainer'> | Names<'translation'>> = true;
export const aboutNamesAgree: Same<keyof typeof ABOUT_COMPONENTS, Names<'pages'>> = true;
