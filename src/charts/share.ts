/**
 * The code another site pastes to embed a chart, and the message the embed sends it. No imports: the
 * embed page's script (src/scripts/embedHeight.ts) reads the message's name from here, and should load
 * nothing else.
 */

/** The message an embedded chart sends the page that frames it, whenever its height changes. */
export const EMBED_MESSAGE = 'strikes-at-sea:embed-height';

/**
 * The HTML another site pastes to embed a chart: an iframe of its embed page, full width and as tall as
 * `height` until the chart says how tall it is, and a few lines of script that set the iframe's height
 * from the messages its page sends (only from the embed's origin and its own frame), so that the chart
 * is never cut off nor followed by a gap, at any width. Without the script the iframe keeps `height`.
 */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const origin = new URL(src).origin;
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_MESSAGE)})return;` +
      `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`,
  ].join('\n');
}
