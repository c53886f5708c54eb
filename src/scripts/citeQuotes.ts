/**
 * Lets a reader dismiss a citation's quoted passage with Escape (WCAG 1.4.13) without moving focus or
 * the pointer; the passage shows again the next time the citation is hovered or focused.
 */
export function dismissableQuotes(doc: Document) {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const wrap of doc.querySelectorAll('.cite-wrap:hover, .cite-wrap:focus-within')) wrap.classList.add('quote-dismissed');
  });
  const reset = (event: Event) => (event.target as Element).closest?.('.cite-wrap')?.classList.remove('quote-dismissed');
  doc.addEventListener('focusout', reset);
  doc.addEventListener('mouseout', reset);
}
