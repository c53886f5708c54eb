import { ALIASES_FILE, readAliases } from '../checks/aliasCheck';
import { yamlFileLoader } from './yamlFile';

/** Search's alias groups (content/search/aliases.yml) as a collection of one entry, `aliases`: `{ groups }`. */
export const aliasesLoader = (file = ALIASES_FILE) =>
  yamlFileLoader({
    file,
    id: 'aliases',
    read: (file, text) => {
      const { problems, groups } = readAliases(file, text);
      return { problems, data: groups && { groups: groups.map(({ names, note }) => ({ names, note })) } };
    },
  });
