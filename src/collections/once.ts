/**
 * Values made once per build. A build loads the pages' code afresh, so what is kept here lasts that build.
 * The dev server keeps them too, for as long as the content and code they were made from: it evaluates
 * again every module that imports `astro:content` (and the modules that import those) once Astro has stored
 * a change to any content file, and every importer of a changed file of `src/`, so a change starts them
 * afresh (a content change tested in test/integrations/devSearch.test.ts). Not a file of `src/` that the
 * browser loads too: Astro leaves the server's copy as it was (withastro/astro#15021), as it did before
 * values were kept. Made afresh for every request, they cost each page of a 1,000-source archive about two
 * seconds in the dev server (every source's blocks parsed again).
 */

/** A value made once per build. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** A value made once per build for each key (a card's name, an edition's locale). */
export function oncePerKey<T>(make: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (key) => {
    let value = made.get(key);
    if (!value) made.set(key, (value = make(key)));
    return value;
  };
}
