import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { CITE } from '../markdown/cites';
import { QUOTE } from '../markdown/quotes';
import { CHARTS, chartProps } from '../schemas/chartProps';
import { propProblems } from './props';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Each chart's component, by name, with its figure's default id. */
const CHART_ID_OF: ReadonlyMap<string, string> = new Map(Object.values(CHARTS).map((chart) => [chart.component, chart.id]));

/**
 * The components each kind of our prose may use: what its page gives `<Content components={…}>`. The
 * explainer (src/pages/[...lang]/index.astro) cites, quotes in translation and shows the charts; our pages
 * about the site (src/pages/about.astro) cite. A new component is added here and on its page.
 */
export const PAGE_COMPONENTS = {
  explainer: [CITE, QUOTE, ...CHART_ID_OF.keys()],
  pages: [CITE],
} as const satisfies Record<string, readonly string[]>;

/** Which kind of our prose a file is, from its path: `content/pages/…` or the explainer. */
export const pageKindOf = (page: string): keyof typeof PAGE_COMPONENTS => (/(^|\/)content\/pages\//.test(page) ? 'pages' : 'explainer');

/** A component in MDX that is written wrong, with where. */
export interface ComponentProblem {
  node: Jsx;
  message: string;
}

const listed = (names: readonly string[]) => names.map((name) => `<${name}>`).join(', ');

/** A chart component's props as written, or what is wrong with how they are written. */
function chartAttributes(node: Jsx, name: string): { props: Record<string, string>; problems: string[] } {
  const props: Record<string, string> = {};
  const problems: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') problems.push(`<${name}> takes plain props, not {...spread}`);
    else if (typeof attribute.value !== 'string') problems.push(`<${name}> ${attribute.name}: expected a quoted value, like ${attribute.name}="…"`);
    else props[attribute.name] = attribute.value;
  }
  return { props, problems };
}

/**
 * Every component in a page of our prose that its page does not render as written: a component the page
 * does not have (`<Chart />`, `<Strikemap />`), and a chart's unknown or wrong prop (`<StrikeMap captoin="…" />`)
 * or content between its tags, and two figures with one id. Without this, the build stops on such a page with no file and no line.
 * `<Cite>` and `<Quote>` have their own checks (src/markdown/cites.ts, quotes.ts); lower-case names are HTML.
 *
 * @param lineOffset - what to add to the tree's lines to get the file's, for the lines messages name.
 */
export function componentProblems(tree: Root, page: string, lineOffset = 0): ComponentProblem[] {
  const kind = pageKindOf(page);
  const allowed: readonly string[] = PAGE_COMPONENTS[kind];
  const problems: ComponentProblem[] = [];
  // Each figure's id is its anchor and its drawings' prefix: one per page.
  const figures = new Map<string, number | undefined>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const { name } = node;
    // A fragment (<>…</>) or an HTML element.
    if (!name || !/^[A-Z]/.test(name)) return;
    if (!allowed.includes(name)) {
      const where = kind === 'pages' ? 'a page about the site' : 'the explainer';
      problems.push({ node, message: `unknown component <${name}>: ${where} may use ${listed(allowed)}. To show a "<" as text, write &lt;` });
      return;
    }
    const id = CHART_ID_OF.get(name);
    if (id === undefined) return;
    const { props, problems: written } = chartAttributes(node, name);
    const wrong = [...written, ...propProblems(name, chartProps(id), props)];
    problems.push(...wrong.map((message) => ({ node, message })));
    const figure = props.id ?? id;
    const line = node.position && node.position.start.line + lineOffset;
    if (!wrong.length && figures.has(figure))
      problems.push({ node, message: `<${name}> id: "${figure}" is already the id of the figure on line ${figures.get(figure) ?? '?'}: give this one its own, like id="${figure}-2"` });
    else figures.set(figure, line);
    if (node.children.length) problems.push({ node, message: `<${name}> takes nothing between its tags: write it as <${name} />, with its caption in caption="…"` });
  });
  return problems;
}
