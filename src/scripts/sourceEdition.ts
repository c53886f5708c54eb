// A source's page in the reader's edition: the furniture around the article in Spanish, the article as published.
import { figures, metrics } from '../i18n/es/figures';
import { markName } from '../i18n/es/charts';
import { search } from '../i18n/es/data';
import { site, sources } from '../i18n/es/pages';
import { EDITION_KEY } from '../i18n/edition';
import { furnitureWords } from '../i18n/sourcePage';
import { editions, NAV, navHref, pathIn, SITE_NAME } from '../site';

const ES = editions.es.lang;

/**
 * Every word of the page's furniture in Spanish, its links to the Spanish pages, and `lang="es"` on all but
 * the article. The language switch marks Spanish as this page's; `inPlace`, its English link is this page
 * too (a source's page, written in English on its next load), otherwise its links are left as they lead.
 */
export function toSpanish(doc: Document = document, { inPlace = true } = {}) {
  const root = doc.documentElement;
  const words = furnitureWords({ site, sources, search, figures, metrics, markName, intl: editions.es.intl });
  // Looked for before the furniture below is marked Spanish too: a source may have no summary of ours in Spanish.
  const spanishSummary = doc.querySelector('.facts dt[lang="es"]:not([data-w])');
  for (const el of doc.querySelectorAll<HTMLElement>('[data-w]')) {
    const say = words[el.dataset.w!];
    if (!say) continue;
    const text = say(el.dataset.arg ?? el.getAttribute('datetime') ?? '');
    // A word this browser cannot give (a country's name, without Intl's names of regions) stays as the page printed it.
    if (!text) continue;
    // A link back from a paragraph (src/components/SourceBlock.astro) has no text, so that the paragraph's is
    // the article's alone: its name changes, and the label CSS draws (data-label), after its arrow (data-mark),
    // which is its name or words of their own (data-label-w).
    if (el.hasAttribute('aria-label')) {
      el.setAttribute('aria-label', text);
      const drawn = el.dataset.labelW ? words[el.dataset.labelW]?.('') : text;
      if (el.dataset.mark) el.dataset.label = `${el.dataset.mark} ${drawn ?? text}`;
    } else el.textContent = text;
    el.lang = ES;
  }
  // Our notes in Spanish, where the source's file gives them (src/components/EditionNote.astro).
  for (const spanish of doc.querySelectorAll<HTMLElement>('[data-spanish]')) {
    spanish.hidden = false;
    const english = spanish.previousElementSibling as HTMLElement | null;
    if (english?.hasAttribute('data-english')) english.hidden = true;
  }
  // The links back lead to the Spanish explainer (its citations are numbered as the English one's) and strike pages.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a.backlink')) link.setAttribute('href', pathIn('es', link.pathname) + link.hash);
  root.lang = ES;
  // Our summary in Spanish stands beside the English one: the Spanish reader needs only theirs.
  const summary = doc.querySelector<HTMLElement>('[data-w="summary"]');
  if (summary && spanishSummary) {
    summary.hidden = true;
    (summary.nextElementSibling as HTMLElement).hidden = true;
  }
  // A source's page gives its title as the Spanish edition names the source (the outlet, and whether the title is ours).
  const title = doc.querySelector<HTMLElement>('[data-title-es]')?.dataset.titleEs;
  doc.title = title ? `${title} · ${site.name}` : doc.title.replace(` · ${SITE_NAME}`, ` · ${site.name}`);
  const set = (selector: string, text: string, href?: string) =>
    doc.querySelectorAll<HTMLAnchorElement>(selector).forEach((el) => {
      el.textContent = text;
      if (href) el.setAttribute('href', href);
    });
  set('.skip-link', site.skipLink);
  set('.site-header .site-name', site.name, pathIn('es', '/'));
  doc.querySelector('.site-header nav:not(.language-switch)')?.setAttribute('aria-label', site.navLabel);
  for (const href of NAV) set(`.site-header nav:not(.language-switch) a[href="${href}"]`, site.nav[href]!, navHref('es', href));
  doc.querySelector('.language-switch')?.setAttribute('aria-label', site.languages);
  // Found as a reader sees it (the search form), not by the data attribute search's own code hooks onto:
  // that code loads only once the reader searches.
  const form = doc.querySelector<HTMLFormElement>('.site-header form[role="search"]');
  if (form) {
    form.setAttribute('action', pathIn('es', '/search/'));
    form.setAttribute('aria-label', search.boxLabel);
    set('label[for="site-search"]', search.boxLabel);
    form.querySelector('input')?.setAttribute('placeholder', search.boxPlaceholder);
    form.querySelectorAll('button[type="submit"]').forEach((button) => (button.textContent = search.button));
  }
  set('.site-footer p:first-child', `${site.name} ${site.footer}`);
  set('.site-footer a[href="/sources/"]', site.allSources, pathIn('es', '/sources/'));
  set('.site-footer a[href="/about/"]', site.about);
  // The about page has one copy, in English, as the Spanish edition's footer says.
  doc.querySelector('.site-footer a[href="/about/"]')?.setAttribute('hreflang', 'en');
  // The language switch: Spanish is this page now; English is this page with its furniture in English.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
    const current = link.dataset.languageSwitch === 'es';
    if (inPlace) link.setAttribute('href', doc.location.pathname);
    if (current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  root.dataset.edition = 'es';
  root.dataset.swapped = '';
}

/** Remember the reader's choice of edition, as every page does on reading (src/components/EditionMemory.astro). */
function remember(locale: string) {
  try {
    localStorage.setItem(EDITION_KEY, locale);
  } catch {
    // Storage may be off: the choice holds for this page only.
  }
}

/** On a source's page: the furniture in Spanish for a reader of the Spanish edition, and a language switch that changes it in place. */
export function sourceEdition(doc: Document = document) {
  if (doc.documentElement.dataset.edition === 'es') toSpanish(doc);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')) {
    link.addEventListener('click', (event) => {
      // A link opened in a new tab or window goes where it says.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      const locale = link.dataset.languageSwitch!;
      remember(locale);
      if (locale === 'es' && !doc.documentElement.hasAttribute('data-swapped')) {
        event.preventDefault();
        toSpanish(doc);
      }
      // English: the link leads to this page, which the next load writes in English.
    });
  }
}
