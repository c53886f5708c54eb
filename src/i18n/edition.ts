import { defaultLocale, locales } from '../site';

/** Where the browser keeps the edition the reader reads (localStorage): a source's page, which has one copy, follows it. */
export const EDITION_KEY = 'strikes-edition';

/**
 * The script at the start of every page's <body>, run before the page is drawn. A page that has a
 * counterpart in another edition remembers its own; a source's page (`data-editions="follow"` on <html>)
 * marks itself with the reader's edition, so that its furniture is hidden until src/scripts/sourceEdition.ts
 * has written it in that edition, never drawn in English first; a page in one language for every reader
 * (`data-editions="none"`: the about page, the 404 and offline pages) leaves the choice as it is.
 */
export const EDITION_SCRIPT = `try{var h=document.documentElement,m=h.getAttribute("data-editions"),e=localStorage.getItem(${JSON.stringify(EDITION_KEY)});if(!m)localStorage.setItem(${JSON.stringify(EDITION_KEY)},h.lang);else if(m=="follow"&&${JSON.stringify(locales.filter((l) => l !== defaultLocale))}.indexOf(e)>=0)h.dataset.edition=e}catch(_){}`;

/** The edition script's hash, as a Content-Security-Policy allows it ("sha256-…"): worked out once, not for every page. */
const hash = crypto.subtle.digest('SHA-256', new TextEncoder().encode(EDITION_SCRIPT)).then(
  (digest) => `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}` as const,
);
export const editionScriptHash = (): Promise<`sha256-${string}`> => hash;
