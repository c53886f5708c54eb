import { defaultLocale, locales } from '../site';

/** Where the browser keeps the edition the reader reads (localStorage): a source's page, which has one copy, follows it. */
export const EDITION_KEY = 'strikes-edition';

/**
 * The script in every page's <head>, run before the page is drawn: a page of an edition remembers it; a
 * source's page (`data-one-copy` on <html>) marks itself with the reader's edition, so that its furniture is
 * hidden until src/scripts/sourceEdition.ts has written it in that edition, and never shown in English first.
 */
export const EDITION_SCRIPT = `try{var h=document.documentElement,e=localStorage.getItem(${JSON.stringify(EDITION_KEY)});if(!h.hasAttribute("data-one-copy"))localStorage.setItem(${JSON.stringify(EDITION_KEY)},h.lang);else if(${JSON.stringify(locales.filter((l) => l !== defaultLocale))}.indexOf(e)>=0)h.dataset.edition=e}catch(_){}`;
