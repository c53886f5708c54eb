import { type Document, LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';

/** What to do about a YAML mistake an editor makes often, after the reader's own words. */
const HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: ': a value that holds a colon and a space (": ") must be in double quotes',
  TAB_AS_INDENT: ': indent with spaces, as the lines around it are',
};

/** An MDX or Markdown file split into its YAML frontmatter and its body, with line numbers kept. */
export interface SplitFile {
  /** The parsed YAML document (null when the file has no frontmatter). */
  doc: Document | null;
  /** YAML syntax errors, each with the file line it is on. */
  yamlErrors: { line: number; message: string }[];
  /** The frontmatter as plain data. */
  data: unknown;
  /** The text after the closing `---`. */
  body: string;
  /** Lines before the body: add to a body line to get the file line. */
  bodyLineOffset: number;
  /** File line of a field path, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A YAML document with the file line of each of its fields, as frontmatter or as a file of its own. */
export type YamlText = Pick<SplitFile, 'doc' | 'yamlErrors' | 'data' | 'lineOf'>;

/** Parses YAML that starts on line `firstLine` of its file, keeping the line of every field. */
export function readYaml(text: string, firstLine = 1): YamlText & { doc: Document } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // A field's line is its key's, where the editor reads the field (a value may start on the lines
  // below it); a missing field falls back to its parent's.
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
      const key = path[depth - 1];
      const at = isMap(parent)
        ? parent.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key)?.key
        : isSeq(parent)
          ? parent.items[Number(key)]
          : undefined;
      if (isNode(at) && at.range) return toFileLine(at.range[0]);
    }
    // A field missing at the top is reported on the file's first line.
    return 1;
  };
  // A tab where YAML wants spaces misreads every line after it: the tab alone is the mistake, and the errors that
  // follow from it (with advice about quotes that does not apply) would only hide it.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const yamlErrors = [
    // One mistake may be reported at several columns of its line: named once.
    ...(tabs.length ? tabs : doc.errors)
      .map((e) => ({ line: toFileLine(e.pos[0]), message: `${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}${HINTS[e.code] ?? ''}` }))
      .filter((e, i, all) => all.findIndex((other) => other.line === e.line && other.message === e.message) === i),
    // A tag (`!foo "…"`) this reader passes by, Astro's refuses: our files hold plain values.
    ...doc.warnings
      .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
      .map((w) => ({ line: toFileLine(w.pos[0]), message: `${w.message.split('\n')[0]!}: a value here is plain text, a number, a date, a list or fields; remove the tag` })),
  ];
  let data: unknown;
  if (!yamlErrors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      // Anchors (&a) that aliases (*a) repeat past what the reader will expand.
      yamlErrors.push({ line: firstLine, message: `${(error as Error).message}: write each value out rather than repeating it with &anchors and *aliases` });
    }
  }
  return { doc, yamlErrors, data, lineOf };
}

export function splitFile(raw: string): SplitFile {
  const match = FENCE.exec(raw);
  if (!match) {
    return { doc: null, yamlErrors: [], data: undefined, body: raw, bodyLineOffset: 0, lineOf: () => 1 };
  }
  // The YAML starts on file line 2, after the opening fence.
  return { ...readYaml(match[1]!, 2), body: raw.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}
