import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLOURS, webManifest } from '../../src/webapp/manifest';
import { ROOT } from '../helpers/site';

describe('webManifest()', () => {
  const manifest = webManifest();

  test('installs the whole site: it starts at the home page, within its scope, in a window of its own', () => {
    expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone', name: 'Strikes at Sea' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  test('has icons at 192 and 512 px, each as it is and maskable', () => {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']);
    expect(new Set(manifest.icons.map((i) => i.type))).toEqual(new Set(['image/png']));
  });

  test('offers shortcuts to search and to the data, both within its scope', () => {
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/search/', '/data/']);
  });

  test('has the colours of each scheme: the light ones, and the dark ones under color_scheme_dark', () => {
    expect([manifest.theme_color, manifest.background_color]).toEqual([COLOURS.light.theme, COLOURS.light.background]);
    expect(manifest.color_scheme_dark).toEqual({ theme_color: COLOURS.dark.theme, background_color: COLOURS.dark.background });
  });
});

test("the app's colours are the page's background in each scheme, as src/styles/global.css sets --bg", async () => {
  const css = await readFile(join(ROOT, 'src/styles/global.css'), 'utf8');
  const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{3,8})/gi)].map((m) => m[1]!.toLowerCase());
  expect(dark).toBeDefined();
  expect(css.indexOf('prefers-color-scheme: dark')).toBeLessThan(css.lastIndexOf('--bg:'));
  expect([COLOURS.light.background, COLOURS.light.theme, COLOURS.dark.background, COLOURS.dark.theme]).toEqual([light, light, dark, dark]);
});
