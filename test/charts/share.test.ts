import { describe, expect, test } from 'vitest';
import { EMBED_MESSAGE, embedSnippet } from '../../src/charts/share';

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://example.org/charts/x/embed/', title: 'Deaths "so far" & <strikes>', height: 512.4 });

  test('is an iframe of the embed page, full width, with a title and a height to start with', () => {
    expect(snippet.split('\n')[0]).toBe(
      '<iframe src="https://example.org/charts/x/embed/" title="Deaths &quot;so far&quot; &amp; &lt;strikes>" width="100%" height="512" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>',
    );
  });

  test('takes a height only from the embed’s origin, in its own message, for the frame that sent it', () => {
    const script = snippet.split('\n')[1]!;
    expect(script).toContain('e.origin!=="https://example.org"');
    expect(script).toContain(`d.type!=="${EMBED_MESSAGE}"`);
    expect(script).toContain('f.contentWindow===e.source');
  });
});
