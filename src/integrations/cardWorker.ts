import { parentPort, workerData } from 'node:worker_threads';
import { type Drawn, drawCard, drawPng, loadCardFonts } from './socialCards';

// One of CardPool's threads (src/integrations/socialCards.ts): draws the cards and charts it is sent, one at a time.
const fonts = await loadCardFonts();
const { mark } = workerData as { mark: string };
parentPort!.on('message', async ({ id, drawn }: { id: number; drawn: Drawn }) => {
  try {
    const png = 'card' in drawn ? await drawCard(drawn.card, mark, fonts) : drawPng(drawn.svg, fonts, drawn.zoom);
    parentPort!.postMessage({ id, png });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
