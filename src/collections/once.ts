/**
 * Values made once per build. A build loads the pages' code afresh, so what is kept here lasts that build;
 * the dev server, whose content changes between requests, makes each value afresh every time.
 */

/** A value made once per build. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}

/** A value made once per build for each key (a card's name, an edition's locale). */
export function oncePerKey<T>(make: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (key) => {
    if (import.meta.env.DEV) return make(key);
    let value = made.get(key);
    if (!value) made.set(key, (value = make(key)));
    return value;
  };
}
