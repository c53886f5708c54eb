import { defineCollection } from 'astro:content';
import { sourcesLoader } from './loaders/sources';
import { sourceSchema } from './schemas/source';

/** The five (and any further) news articles, one MDX file each in content/sources/. */
const sources = defineCollection({ loader: sourcesLoader(), schema: sourceSchema });

export const collections = { sources };
