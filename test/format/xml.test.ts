import { expect, test } from 'vitest';
import { escapeXml } from '../../src/format/xml';

test('escapeXml(text) keeps text text, in content and in double-quoted attributes', () => {
  expect(escapeXml('Task & Purpose <b>"at least" 83</b>')).toBe('Task &amp; Purpose &lt;b&gt;&quot;at least&quot; 83&lt;/b&gt;');
  expect(escapeXml("Venezuela’s 'closed' airspace")).toBe("Venezuela’s 'closed' airspace");
});
