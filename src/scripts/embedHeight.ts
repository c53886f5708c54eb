import { EMBED_MESSAGE } from '../charts/share';

/**
 * An embedded chart tells the page that frames it how tall it is, first and whenever that changes (the
 * frame's width changes, the wide drawing replaces the narrow one, fonts load), so that the embed code
 * (src/charts/share.ts) sizes the frame to it. Nothing is sent when the page is not framed.
 */
export function reportHeight(root: HTMLElement = document.documentElement) {
  // Said on the page, for its styles and tests: whether it is framed, once its script has run.
  root.dataset.embed = window.parent === window ? 'alone' : 'framed';
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}
