import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLOURS, MANIFEST_PATH, manifestPath, webManifest } from '../../src/webapp/manifest';
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

describe('webManifest("es"): the Spanish edition’s app', () => {
  const manifest = webManifest('es');

  test('is an app of its own, in Spanish, starting at the Spanish home page, and reaching the whole site', () => {
    expect(manifest).toMatchObject({ id: '/es/', start_url: '/es/', scope: '/', lang: 'es', name: 'Ataques en el mar', short_name: 'Ataques' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.description).toMatch(/^Una explicación con fuentes /);
    expect(manifest.id).not.toBe(webManifest().id);
  });

  test('offers its shortcuts in Spanish, to the Spanish search and data pages; the rest is the English app’s', () => {
    expect(manifest.shortcuts.map((s) => [s.short_name, s.url])).toEqual([
      ['Buscar', '/es/search/'],
      ['Datos', '/es/data/'],
    ]);
    const english = webManifest();
    for (const key of ['scope', 'display', 'dir', 'categories', 'theme_color', 'background_color', 'color_scheme_dark', 'icons'] as const) expect(manifest[key], key).toEqual(english[key]);
  });

  test('is served beside the Spanish pages', () => {
    expect([MANIFEST_PATH, manifestPath('es')]).toEqual(['/manifest.webmanifest', '/es/manifest.webmanifest']);
  });
});

test("the app's colours are the page's background in each scheme, as src/styles/global.css sets --bg", async () => {
  const css = await readFile(join(ROOT, 'src/styles/global.css'), 'utf8');
  const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{3,8})/gi)].map((m) => m[1]!.toLowerCase());
  expect(dark).toBeDefined();
  expect(css.indexOf('prefers-color-scheme: dark')).toBeLessThan(css.lastIndexOf('--bg:'));
  expect([COLOURS.light.background, COLOURS.light.theme, COLOURS.dark.background, COLOURS.dark.theme]).toEqual([light, light, dark, dark]);
});
