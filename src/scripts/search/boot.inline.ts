// Every page's search loader, inlined (see astro.config.mjs): it holds only two addresses, so a page
// that is only read requests no script. The box's code loads when the reader focuses the box.
import boxScript from './header.ts?lazy';
import highlightScript from './highlight.ts?lazy';

const form = document.querySelector<HTMLFormElement>('[data-search-box]')!;
const input = form.querySelector('input')!;
if (/Mac|iPhone|iPad/.test(navigator.userAgent)) form.querySelector('kbd')!.textContent = '⌘ K';
input.addEventListener('focus', () => import(/* @vite-ignore */ boxScript).then((m) => m.attach(form)), { once: true });
addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return;
  event.preventDefault();
  (document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input).focus();
});
// Opened from a search result: mark the words it matched.
if (/[?&]highlight=/.test(location.search)) import(/* @vite-ignore */ highlightScript).then((m) => m.highlight());
