/**
 * Citation previews, as a progressive enhancement. A citation is its note's number, linked to the note,
 * which quotes the passage and links to its paragraph; its aria-describedby names the note's parts. The
 * first time a citation is hovered or focused, those words are copied beside it, where CSS shows them
 * while it is hovered or focused. Escape hides them (WCAG 1.4.13) without moving focus or the pointer,
 * until the citation is hovered or focused again.
 *
 * The copy is aria-hidden: assistive technology already reads the same words as the description, and
 * reader views, which drop hidden elements, keep the passage in one place.
 */
export function citationPreviews(doc: Document) {
  const attach = (event: Event) => {
    const cite = (event.target as Element).closest?.<HTMLAnchorElement>('a.cite');
    if (!cite) return;
    const preview = cite.nextElementSibling?.classList.contains('cite-preview') ? (cite.nextElementSibling as HTMLElement) : previewOf(cite, doc);
    if (!preview) return;
    if (!preview.isConnected) cite.after(preview);
    // Once CSS shows it: keep it inside the window, near a citation at the end of a line.
    requestAnimationFrame(() => keepInView(preview));
  };
  doc.addEventListener('pointerover', attach);
  doc.addEventListener('focusin', attach);

  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const wrap of doc.querySelectorAll('.cite-wrap:hover, .cite-wrap:focus-within')) wrap.classList.add('preview-dismissed');
  });
  const reset = (event: Event) => (event.target as Element).closest?.('.cite-wrap')?.classList.remove('preview-dismissed');
  doc.addEventListener('focusout', reset);
  doc.addEventListener('mouseout', reset);
}

/** Moves a shown preview left, as far as it overflows the window on the right, never past its left edge. */
function keepInView(preview: HTMLElement) {
  preview.style.left = '';
  const box = preview.getBoundingClientRect();
  const over = box.right - (document.documentElement.clientWidth - 8);
  if (box.width && over > 0) preview.style.left = `${-Math.min(over, box.left - 8)}px`;
}

/** The words of the note parts a citation is described by, one line each; null if the page lacks them. */
function previewOf(cite: HTMLAnchorElement, doc: Document): HTMLElement | null {
  const parts = (cite.getAttribute('aria-describedby') ?? '').split(/\s+/).flatMap((id) => doc.getElementById(id) ?? []);
  if (parts.length === 0) return null;
  const preview = doc.createElement('span');
  preview.className = 'cite-preview';
  preview.setAttribute('aria-hidden', 'true');
  for (const [i, part] of parts.entries()) {
    const line = doc.createElement('span');
    line.className = i === 0 ? 'cite-preview-source' : 'cite-preview-passage';
    line.textContent = part.textContent;
    preview.append(line);
  }
  return preview;
}
