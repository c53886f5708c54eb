import { parentPort, workerData } from 'node:worker_threads';
import type { CardSpec } from '../cards/cards';
import { drawCard, loadCardFonts } from './socialCards';

// One of CardPool's threads (src/integrations/socialCards.ts): draws the cards it is sent, one at a time.
const fonts = await loadCardFonts();
const { mark } = workerData as { mark: string };
parentPort!.on('message', async ({ id, spec }: { id: number; spec: CardSpec }) => {
  try {
    parentPort!.postMessage({ id, png: await drawCard(spec, mark, fonts) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
