import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** A component as MDX parses it, in a paragraph or on a line of its own. */
export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * A component's props as an editor wrote them: each quoted value by name, and, in the order they are
 * written, what is wrong with the others. Our components take text only, so a `{...spread}` or a value in
 * `{…}` is a problem, named with the component and the prop.
 *
 * @param unknown - what is wrong with a prop the component does not take, by its name; undefined where it
 *   takes it. A prop it does not take is named before how its value is written.
 */
export function writtenProps(
  node: Jsx,
  component: string,
  unknown: (prop: string) => string | undefined = () => undefined,
): { props: Record<string, string>; problems: string[] } {
  const props: Record<string, string> = {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`<${component}> takes plain props, not {...spread}`);
      continue;
    }
    const { name, value } = attribute;
    const notTaken = unknown(name);
    const twice = seen.has(name);
    seen.add(name);
    // JSX keeps the last of a prop given twice, silently: p="2" p="3" cites paragraph 3.
    if (twice) problems.push(`<${component}> ${name}: given twice; keep one`);
    else if (notTaken) problems.push(`<${component}> ${name}: ${notTaken}`);
    else if (typeof value !== 'string') problems.push(`<${component}> ${name}: expected a quoted value, like ${name}="…"`);
    else props[name] = value;
  }
  return { props, problems };
}
