import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// Astro's own name for the module, so that this test fails if a new Astro renames it and the plugin stops applying.
import { RESOLVED_DATA_STORE_VIRTUAL_ID } from '../../node_modules/astro/dist/content/consts.js';
import { asciiContentStore, asciiLiterals } from '../../src/integrations/asciiContentStore';

/** The store's module as Astro's content plugin writes it (vite-plugin-content-virtual-mod.js). */
const storeModule = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

/** What a module of the form `export default <expression>` exports. */
const exported = (code: string): unknown => new Function(`return ${code.replace(/^export default /, '')}`)();

const ASCII = /^[\0-\x7f]*$/;

describe('asciiLiterals(code)', () => {
  test('the same strings, written in ASCII, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const code = asciiLiterals(JSON.stringify(text));
        expect(code).toMatch(ASCII);
        expect(exported(`export default ${code}`)).toBe(text);
      }),
    );
  });

  test('escapes each character outside ASCII, and leaves ASCII as it is', () => {
    expect(asciiLiterals('"‘Café’ 😀 \\n"')).toBe('"\\u2018Caf\\u00e9\\u2019 \\ud83d\\ude00 \\n"');
    expect(asciiLiterals('export default JSON.parse("{\\"a\\":1}")')).toBe('export default JSON.parse("{\\"a\\":1}")');
  });
});

describe('asciiContentStore(): the content store module, in ASCII', () => {
  const plugin = asciiContentStore();
  const transform = plugin.transform as { filter: { id: RegExp }; handler: (code: string, id: string) => { code: string } };

  test('is one of the site’s Vite plugins', async () => {
    const { default: config } = await import('../../astro.config.mjs');
    expect((config.vite?.plugins ?? []).map((p) => (p as { name?: string }).name)).toContain(plugin.name);
  });

  test('applies to Astro’s content store module and to no other', () => {
    expect(transform.filter.id.test(RESOLVED_DATA_STORE_VIRTUAL_ID)).toBe(true);
    expect(transform.filter.id.test('astro:data-layer-content')).toBe(false);
    expect(transform.filter.id.test('/site/src/pages/index.astro')).toBe(false);
  });

  test('the store it exports is the same, accents, quotes and emoji included', () => {
    const store = { sources: [['turkiye-today', { title: 'Venezuela’s Maduro', html: '<p id="p-1">“Ataque” — 😀 \u2028</p>' }]] };
    const { code } = transform.handler(storeModule(store), RESOLVED_DATA_STORE_VIRTUAL_ID);
    expect(code).toMatch(ASCII);
    expect(exported(code)).toEqual(store);
  });
});
