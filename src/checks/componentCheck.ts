import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { CITE, CITE_PROPS } from '../markdown/cites';
import { writtenProps } from '../markdown/jsxProps';
import { QUOTE } from '../markdown/quotes';
import { CHARTS, chartProps } from '../schemas/chartProps';
import { localeOfExplainer } from '../schemas/explainer';
import { defaultLocale } from '../site';
import { propProblems } from './props';

/** Each chart's component, by name, with its figure's default id. */
const CHART_ID_OF: ReadonlyMap<string, string> = new Map(Object.values(CHARTS).map((chart) => [chart.component, chart.id]));
const CHART_NAMES = Object.values(CHARTS).map((chart) => chart.component);

/**
 * The components each kind of our prose may use: what its page gives `<Content components={…}>`
 * (src/components/mdx/pageComponents.ts, which must name the same). The English explainer cites and shows
 * the charts; a translation of it also quotes the English with `<Quote>`; our pages about the site cite.
 */
export const PAGE_COMPONENTS = {
  explainer: [CITE, ...CHART_NAMES],
  translation: [CITE, QUOTE, ...CHART_NAMES],
  pages: [CITE],
} as const;

type PageKind = keyof typeof PAGE_COMPONENTS;

/** Which kind of our prose a file is, from its path: `content/pages/…`, a translation of the explainer, or the explainer. */
export const pageKindOf = (page: string): PageKind =>
  /(^|\/)content\/pages\//.test(page) ? 'pages' : localeOfExplainer(page) === defaultLocale ? 'explainer' : 'translation';

const WHERE: Record<PageKind, string> = { explainer: 'the explainer', translation: 'a translation of the explainer', pages: 'a page about the site' };

/** A component or piece of MDX code that is written wrong, with where. */
export interface ComponentProblem {
  node: Node;
  message: string;
}

const listed = (names: readonly string[]) => names.map((name) => `<${name}>`).join(', ');

/** What is wrong with a piece of MDX code in our prose, which is text, components and comments only. */
const CODE: Partial<Record<string, string>> = {
  mdxjsEsm: 'import/export line: the page gives its components, so none is imported; to show the word as text, write &#105;mport at the line start',
  mdxFlowExpression: 'curly braces are MDX code: to show "{" or "}" as text, write &#123; or &#125;; a comment is {/* … */}',
  mdxTextExpression: 'curly braces are MDX code: to show "{" or "}" as text, write &#123; or &#125;; a comment is {/* … */}',
};

/** An MDX comment, `{/* … *\/}`: the one kind of code our prose may hold, for its editors. */
const isComment = (node: Node) => /^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value?: string }).value ?? '');

/** HTML elements whose names are a component's in lower case: `<cite>` with words and without `<Cite>`'s props is the HTML element, not a misspelt `<Cite>`. */
const HTML_NAMES = new Set(['cite']);

/**
 * Everything in a page of our prose that its page would not render as written, or would render only by
 * failing with no file and no line: a component the page does not have (`<Chart />`, `<Strikemap />`), a
 * component written in lower case (`<strikeMap />`, which would be an empty HTML element), a chart's unknown
 * or wrong prop (`<StrikeMap captoin="…" />`), a chart inside a sentence or with words between its tags,
 * two figures with one id, and MDX code (`{…}` other than a comment, `import`). `<Cite>` and `<Quote>` have their own checks
 * (src/markdown/cites.ts, quotes.ts); other lower-case names are HTML.
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
    const code = CODE[node.type];
    if (code && !isComment(node)) problems.push({ node, message: code });
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const { name } = node;
    // A fragment (<>…</>).
    if (!name) return;
    // An HTML element; a name with a dot (<charts.Map>) is code, and an unknown component below.
    if (/^[a-z]/.test(name) && !name.includes('.')) {
      const meant = allowed.find((component) => component.toLowerCase() === name.toLowerCase());
      // <cite> names a work (<cite>The New York Times</cite>); one with <Cite>'s props, or empty, is a misspelt <Cite>, which would cite nothing.
      const html = HTML_NAMES.has(name) && node.children.length > 0 && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && CITE_PROPS.includes(a.name));
      if (meant && !html) problems.push({ node, message: `<${name}> is an HTML element, not a component: did you mean <${meant}>? A component's name starts with a capital letter` });
      return;
    }
    if (!allowed.includes(name)) {
      problems.push({ node, message: `unknown component <${name}>: ${WHERE[kind]} may use ${listed(allowed)}. To show a "<" as text, write &lt;` });
      return;
    }
    const id = CHART_ID_OF.get(name);
    if (id === undefined) return;
    const { props, problems: written } = writtenProps(node, name);
    const wrong = [...written, ...propProblems(name, chartProps(id), props)];
    if (node.type === 'mdxJsxTextElement') wrong.push(`<${name}> is inside a sentence: a figure stands on a line of its own, with a blank line before and after`);
    if (node.children.length) wrong.push(`<${name}> takes nothing between its tags: write it as <${name} />, with its caption in caption="…"`);
    problems.push(...wrong.map((message) => ({ node, message })));
    const figure = props.id ?? id;
    const line = node.position && node.position.start.line + lineOffset;
    if (figures.has(figure))
      problems.push({ node, message: `<${name}> id: "${figure}" is already the id of the figure on line ${figures.get(figure) ?? '?'}: give this one its own, like id="${figure}-2"` });
    else figures.set(figure, line);
  });
  return problems;
}
