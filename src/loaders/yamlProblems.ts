import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFile } from '../checks/frontmatter';
import { yamlProblems } from '../checks/frontmatterCheck';
import { ContentError } from '../checks/problems';
import { utf8Text } from '../checks/utf8';

/**
 * A glob loader whose files' frontmatter mistakes are reported like every other content problem: the file,
 * the line, the field ("frontmatter") and what is wrong (src/checks/frontmatterCheck.ts). Astro's MDX entry
 * type reads the frontmatter with js-yaml before the loader sees the file, and stops the build with that
 * library's words and stack trace; here the file is read again with our YAML reader, which names the line.
 * A mistake our reader does not see, or any other error, stops the build as it was thrown.
 */
export function withYamlProblems(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      try {
        return await loader.load(context);
      } catch (error) {
        // js-yaml's error, as Astro's MDX entry type throws it, carries the file's path as `id`.
        const { name, id: path } = error as { name?: unknown; id?: unknown };
        if (name !== 'YAMLException' || typeof path !== 'string') throw error;
        const file = relative(fileURLToPath(context.config.root), path);
        const bytes = await readFile(path).catch(() => undefined);
        if (!bytes) throw error;
        const { text, problems } = utf8Text(file, bytes);
        problems.push(...yamlProblems(file, splitFile(text)));
        throw problems.length ? new ContentError(problems) : error;
      }
    },
  };
}
