import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { drawIcon } from '../../src/integrations/appIcons';
import { ALL_ICONS, APP_ICONS, tileColour, TOUCH_ICON } from '../../src/webapp/icons';
import { ROOT } from '../helpers/site';

const mark = await readFile(join(ROOT, 'public/favicon.svg'), 'utf8');
const tile = tileColour(mark).match(/[0-9a-f]{2}/gi)!.map((h) => Number.parseInt(h, 16));

/** The RGBA of each pixel of an icon, with its distance from the centre as a share of the width. */
function pixelsOf(icon: (typeof ALL_ICONS)[number]) {
  const { width, height, pixels } = drawIcon(mark, icon);
  return Array.from({ length: width * height }, (_, i) => {
    const [x, y] = [(i % width) + 0.5, Math.floor(i / width) + 0.5];
    return { rgba: [...pixels.subarray(i * 4, i * 4 + 4)], distance: Math.hypot(x - width / 2, y - height / 2) / width };
  });
}

test.each(ALL_ICONS)('$file is drawn from public/favicon.svg at $size × $size px', (icon) => {
  const { width, height } = drawIcon(mark, icon);
  expect([width, height]).toEqual([icon.size, icon.size]);
});

test.each(APP_ICONS.filter((i) => i.purpose === 'maskable'))(
  '$file keeps the drawing inside the circle a launcher may crop to (40% of the width from the centre), the mark’s colour outside it',
  (icon) => {
    const pixels = pixelsOf(icon);
    // Anti-aliased edges differ by a little from the tile's colour; the drawing is white.
    const isTile = ({ rgba }: { rgba: number[] }) => rgba[3] === 255 && rgba.slice(0, 3).every((c, i) => Math.abs(c - tile[i]!) <= 2);
    expect(pixels.filter((p) => p.distance > 0.4).every(isTile)).toBe(true);
    expect(pixels.filter((p) => p.distance <= 0.4 && p.rgba.slice(0, 3).every((c) => c > 250)).length).toBeGreaterThan(icon.size);
  },
);

test('the icon of purpose any keeps the mark’s clear corners; the home-screen icon of iOS has none', () => {
  expect(pixelsOf(APP_ICONS[0]!)[0]!.rgba[3]).toBe(0);
  expect(pixelsOf(TOUCH_ICON).every((p) => p.rgba[3] === 255)).toBe(true);
});
