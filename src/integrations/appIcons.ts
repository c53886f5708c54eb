import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { ALL_ICONS, type AppIcon, iconHref, iconSvg, MARK_PATH } from '../webapp/icons';

/** An icon drawn from the mark's SVG at its size: its pixels (RGBA), and `asPng()`. */
export function drawIcon(mark: string, icon: AppIcon) {
  // The mark has no text, so no font is loaded.
  return new Resvg(iconSvg(mark, icon), { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render();
}

/**
 * App icons: after the pages are written, draws each icon of src/webapp/icons.ts from the site's mark
 * (public/favicon.svg, as built) into dist/icons/. List it before offline(), which precaches them.
 */
export default function appIcons(): AstroIntegration {
  return {
    name: 'strikes:app-icons',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const mark = await readFile(join(site, MARK_PATH), 'utf8').catch(() => {
          throw new Error(`app icons: public${MARK_PATH} is missing; every app icon is drawn from it`);
        });
        await mkdir(join(site, 'icons'), { recursive: true });
        for (const icon of ALL_ICONS) await writeFile(join(site, iconHref(icon)), drawIcon(mark, icon).asPng());
        logger.info(`App icons: ${ALL_ICONS.map((i) => `${i.file} (${i.size} px)`).join(', ')}`);
      },
    },
  };
}
