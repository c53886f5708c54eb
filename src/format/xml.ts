const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for XML (the feed, SVG and HTML alike), in content or in a double-quoted attribute value. */
export const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
