import { sourceHref } from '../domain/sources';
import { absolute } from './graph';

/** The data page, where the dataset is described in full. */
export const DATA_PATH = '/data/';

/** The dataset's node id, by which an article that cites the data names it. */
export const datasetId = (site: URL) => `${absolute(DATA_PATH, site)}#dataset`;

/** The node id of a source's copy: the same on its own page and wherever it is cited. */
export const sourceArticleId = (id: string, site: URL) => `${absolute(sourceHref(id), site)}#article`;
