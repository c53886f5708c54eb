import type { Words } from '../words';
import { charts } from './charts';
import { figures } from './figures';
import { metrics } from '../../schemas/metrics';

/** Every word of the English edition that the code writes. */
export const en: Words = { charts, figures, metrics };
