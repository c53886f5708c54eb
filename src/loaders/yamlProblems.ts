import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFile } from '../checks/frontmatter';
import { yamlProblems } from '../checks/frontmatterCheck';
import { ContentError } from '../checks/problems';
import { readContentText } from './contentText';

/** What Astro gives a glob loader beyond its documented context: how to read each kind of file, by extension. */
type GlobContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * A glob loader whose files' frontmatter mistakes are reported like every other content problem: the file,
 * the line, the field ("frontmatter") and what is wrong (src/checks/frontmatterCheck.ts). Astro's MDX entry
 * type reads the frontmatter with js-yaml before the loader sees the file, and stops the build with that
 * library's words and stack trace; here the file is read again with our YAML reader, which names the line.
 * The entry type itself is wrapped, so the same words reach the editor both when the build or the dev
 * server reads every file and when `npm run dev` reads one file again after an edit (Astro then logs
 * "Failed to reload" and the error's message). A mistake our reader does not see, or any other error, is
 * thrown as it was. A file that is not UTF-8 stops the load too, at its line, even where its frontmatter
 * parses: Astro would show its accents as "�".
 */
export function withYamlProblems(loader: Loader): Loader {
  return {
    ...loader,
    load(context) {
      const root = fileURLToPath(context.config.root);
      const { entryTypes } = context as GlobContext;
      const explained = new Map(
        [...entryTypes].map(([extension, type]) => [extension, { ...type, getEntryInfo: explainYaml(type, root) }] as const),
      );
      return loader.load({ ...context, entryTypes: explained } as GlobContext);
    },
  };
}

function explainYaml(type: ContentEntryType, root: string): ContentEntryType['getEntryInfo'] {
  return async (params) => {
    const file = relative(root, fileURLToPath(params.fileUrl));
    // What Astro could not read as UTF-8 it replaced with U+FFFD; a file may hold that character itself.
    if (params.contents.includes('\uFFFD')) {
      const read = await readContentText(root, file);
      if (read?.problems.length) throw new ContentError(read.problems);
    }
    try {
      return await type.getEntryInfo(params);
    } catch (error) {
      if ((error as { name?: unknown }).name !== 'YAMLException') throw error;
      // Astro read the file as UTF-8, replacing what is not; its bytes say whether it is.
      const read = await readContentText(root, file);
      if (!read) throw error;
      const { text, problems } = read;
      problems.push(...yamlProblems(file, splitFile(text)));
      throw problems.length ? new ContentError(problems) : error;
    }
  };
}
