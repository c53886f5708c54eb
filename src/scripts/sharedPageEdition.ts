// The offline page serves every edition, and so does /404.html where a host sends it for every missing
// address (nginx, Caddy and the Node server send /es/404/ under /es/), each edition's words in a section of
// its own (src/components/SharedPage.astro). For a reader of the Spanish edition (an address under /es/, or
// the edition they chose last), the Spanish section comes first, as the page's heading and title, and the
// furniture around it is in Spanish, as on a source's page.
import { site } from '../i18n/es/pages';
import { EDITION_KEY } from '../i18n/edition';
import { editions, pathIn } from '../site';
import { toSpanish } from './sourceEdition';

/** Whether the reader reads the Spanish edition: the address they asked for is under it, or they chose it last. */
function readsSpanish(doc: Document): boolean {
  if (doc.location.pathname.startsWith(pathIn('es', '/'))) return true;
  try {
    return localStorage.getItem(EDITION_KEY) === 'es';
  } catch {
    return false;
  }
}

export function sharedPageEdition(doc: Document = document) {
  const sections = [...doc.querySelectorAll<HTMLElement>('.shared-page')];
  const spanish = sections.find((section) => section.lang === editions.es.lang);
  const first = sections[0];
  if (!spanish || !first || spanish === first || !readsSpanish(doc)) return;
  // Its language switch leads to each edition's home page, as it did: this page has no address of its own.
  toSpanish(doc, { inPlace: false });
  first.before(spanish);
  // The headings trade levels: the page's one <h1> is now the Spanish one.
  const retag = (heading: Element | null, tag: 'h1' | 'h2') => {
    if (!heading) return;
    const replacement = doc.createElement(tag);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  };
  retag(first.querySelector('h1'), 'h2');
  retag(spanish.querySelector('h2'), 'h1');
  // The links of a section in another language than the page's say so (hreflang), as the built pages' do.
  for (const section of sections) {
    for (const link of section.querySelectorAll('a')) {
      if (section === spanish && link.hreflang === section.lang) link.removeAttribute('hreflang');
      else if (section !== spanish && !link.hreflang) link.hreflang = section.lang;
    }
  }
  doc.title = `${spanish.dataset.title} · ${site.name}`;
}
