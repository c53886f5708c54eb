import { type HTMLElement, parse } from 'node-html-parser';
import config from '../../astro.config.mjs';
import { ROOT } from './site';

/** What Astro's MDX integration asks of the configured Markdown processor (see @astrojs/mdx). */
interface MdxProcessor {
  createMdxRenderer(
    shared: { gfm: boolean; smartypants: boolean; syntaxHighlight: false },
    mdx: { optimize: boolean; srcDir: URL; sourcemap: boolean },
  ): Promise<{ process(content: string, path: string, frontmatter: object): Promise<{ code: string }> }>;
}

/** The MDX renderer of the build: astro.config.mjs's own processor, with its remark plugins. */
const renderer = (config.markdown!.processor as unknown as MdxProcessor).createMdxRenderer(
  { gfm: false, smartypants: false, syntaxHighlight: false },
  { optimize: false, srcDir: new URL('src/', `file://${ROOT}`), sourcemap: false },
);

type Node = { html: string };
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const Fragment = Symbol('Fragment');
const childHtml = (children: unknown): string =>
  [children].flat(Infinity).map((c) => (c == null || c === false ? '' : typeof c === 'object' ? (c as Node).html : escape(String(c)))).join('');

/** A stand-in for astro/jsx-runtime that renders straight to HTML, escaping text as Astro does. */
function jsx(type: unknown, props: Record<string, unknown>): Node {
  if (type === Fragment) return { html: childHtml(props.children) };
  if (typeof type === 'function') return type(props) as Node;
  const attributes = Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => ` ${name}="${escape(String(value)).replace(/"/g, '&quot;')}"`)
    .join('');
  return { html: `<${String(type)}${attributes}>${childHtml(props.children)}</${String(type)}>` };
}

/** Runs the module the MDX compiler wrote, with the runtime above in place of Astro's. */
function run(code: string): (props: object) => Node {
  const body = code
    .replace(/^import \{(.*)\} from "astro\/jsx-runtime";$/m, (_, names: string) => `const {${names.replace(/ as /g, ': ')}} = runtime;`)
    .replace(/^export default function MDXContent/m, 'return function MDXContent')
    .replace(/^export (const|function) /gm, '$1 ');
  return new Function('runtime', body)({ jsx, jsxs: jsx, Fragment });
}

/**
 * A source's MDX text as a reader sees it on its page: compiled by the build's MDX pipeline (as a file in
 * content/sources/, so its paragraphs are numbered) and rendered to HTML. Returns the text of each
 * numbered block and heading in reading order, without the paragraph number or the "Photo caption:"
 * label, and the HTML. Throws what the build would throw.
 */
export async function renderSource(mdx: string): Promise<{ blocks: string[]; html: string }> {
  const { code } = await (await renderer).process(mdx, `${ROOT}content/sources/property-test.mdx`, {});
  const html = run(code)({}).html;
  const blocks = parse(html)
    .querySelectorAll('.para, h1, h2, h3, h4, h5, h6')
    .map((block: HTMLElement) => {
      block.querySelectorAll('.para-link, .caption-label').forEach((label) => label.remove());
      // Trimmed: a caption's words follow its label after a space, and a loose list item's paragraph sits
      // between line breaks. No line of an article starts or ends with a space (the importer trims them).
      return block.text.trim();
    });
  return { blocks, html };
}
