// Types only, the controls by address, and the page's words: this script, on every page, loads no other chunk.
import { type OfflineWords, offlineWords } from '../../i18n/offline';
import controlsScript from './controls.ts?lazy';
import type { FailureReason, OfflineSummary, SaveFailed } from './offlineCopy';

/** "1.2 MB", "1,2 MB": in the page's language. */
const megabytes = (bytes: number, { locale }: Pick<OfflineWords, 'locale'>) =>
  `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;

/** Whether the reader has asked the browser to save data (as offlineCopy.ts's savesData, which the worker uses). */
const savesData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** What the offline copy holds, from the build's summary (SUMMARY_FILE), or null when it cannot be read. */
const summary = () => fetch('/offline.json').then((r) => (r.ok ? (r.json() as Promise<OfflineSummary>) : null), () => null);

/** The footer's status line as last written, to write again should the page's language change. */
let lastShown: (() => void) | undefined;
/** The update notice's words, to write again should the page's language change. */
let noticeWords: (() => void) | undefined;

/** The footer's status line, in one of its states: saving, ready or unavailable; its words in the page's language. */
function show(status: HTMLElement | null, state: 'saving' | 'ready' | 'unavailable', text: () => string) {
  if (!status) return;
  lastShown = () => {
    status.textContent = text();
    status.dataset.state = state;
  };
  lastShown();
}
export type Show = typeof show;

/** The footer's line when this device holds no copy, by why not, with the copy's size where known. */
function unavailable(words: OfflineWords, reason: FailureReason | 'blocked', bytes: number | undefined): string {
  return reason === 'storage' ? words.storage(bytes === undefined ? undefined : megabytes(bytes, words)) : words[reason];
}

/**
 * The footer says the site is saved, and offers the whole site (its code loads only then); first, given the
 * registration of a page no worker served, the worker keeps what the page loaded (keepLoaded, in that code).
 */
const showReady = (status: HTMLElement | null, keep?: ServiceWorkerRegistration) =>
  import(/* @vite-ignore */ controlsScript).then(async (m: typeof import('./controls')) => {
    if (keep) await m.keepLoaded(keep);
    return m.showReady(status, show);
  });

/** How long the update notice is shown before its message is written in it, for a screen reader to announce. */
const SAY_AFTER = 250;

/**
 * A small notice that a newer version is ready; the page changes only when the reader reloads. "Not now"
 * puts it away for this page, and gives focus back to where the reader came to it from.
 */
function offerReload(registration: ServiceWorkerRegistration) {
  if (document.querySelector('.update-notice')) return;
  const button = (onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  };
  const reload = button(() => {
    reload.disabled = true;
    // The version waiting now: a newer one may have installed since the notice showed, and the one before discarded.
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  let from: HTMLElement | undefined;
  const root = document.documentElement.style;
  // While it shows, the page scrolls what takes focus clear of it, however many lines it wraps to (WCAG 2.4.11).
  const pad = () => (root.scrollPaddingBottom = `${notice.offsetHeight + 24}px`);
  const later = button(() => {
    notice.remove();
    noticeWords = undefined;
    removeEventListener('resize', pad);
    root.scrollPaddingBottom = '';
    (from?.isConnected ? from : document.querySelector<HTMLElement>('main'))?.focus();
  });
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.addEventListener('focusin', ({ relatedTarget }) => {
    if (relatedTarget instanceof HTMLElement && !notice.contains(relatedTarget)) from = relatedTarget;
  });
  const message = document.createTextNode('');
  // A status is announced when its words change, not when it comes with them: the notice is added with its
  // buttons' words alone, and its message follows once the page has shown it (WCAG 4.1.3).
  let said = false;
  // In the page's language, again when a source's page is switched to the other edition in place.
  noticeWords = () => {
    const words = offlineWords();
    [reload.textContent, later.textContent] = [words.reload, words.later];
    if (said) message.data = words.updated;
    pad();
  };
  notice.append(message, reload, later);
  document.body.append(notice);
  noticeWords();
  addEventListener('resize', pad);
  setTimeout(() => {
    said = true;
    if (notice.isConnected) noticeWords?.();
  }, SAY_AFTER);
}

/** Resolves true once `worker` has reached `state` (or beyond), false if it was discarded first. */
function reaches(worker: ServiceWorker, state: 'installed' | 'activated'): Promise<boolean> {
  const order = ['installing', 'installed', 'activating', 'activated'];
  return new Promise((resolve) => {
    const check = () => {
      if (worker.state === 'redundant') resolve(false);
      else if (order.indexOf(worker.state) >= order.indexOf(state)) resolve(true);
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/** Registers the service worker, then keeps the footer's status line, its controls and the update notice true. */
export async function register(script: string) {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  const sw = navigator.serviceWorker;
  const controlled = Boolean(sw.controller);
  // A source's page switched to the other edition in place (src/scripts/sourceEdition.ts): the line follows.
  new MutationObserver(() => (lastShown?.(), noticeWords?.())).observe(document.documentElement, { attributeFilter: ['lang'] });
  // Why the site could not be saved, once the worker has said so.
  let told: SaveFailed | undefined;
  /** The footer says the site is not saved, and why (with its size, when known). */
  const showUnavailable = async (guess: FailureReason | 'blocked') => {
    const bytes = told?.bytes ?? (await summary())?.core.bytes;
    const reason = told?.reason ?? guess;
    show(status, 'unavailable', () => unavailable(offlineWords(), reason, bytes));
  };
  let registered: ServiceWorkerRegistration | undefined;
  // A device with a saved version keeps it when a newer one fails, so the footer says nothing of it
  // (this page may be the first visit's, which no worker controls).
  sw.addEventListener('message', (event: MessageEvent<SaveFailed | undefined>) => {
    if (event.data?.type !== 'OFFLINE_FAILED' || sw.controller || registered?.active) return;
    told = event.data;
    void showUnavailable(told.reason);
  });
  sw.startMessages();
  // Another version took over (this tab's Reload, or another tab's): this page and its search index must
  // come from it together, so reload.
  sw.addEventListener('controllerchange', () => controlled && location.reload());

  const registration = await sw.register(script).catch(() => undefined);
  if (!registration) return showUnavailable('blocked');
  registered = registration;
  // A worker that installs while another controls this page is a new version: offer it, never swap it in.
  const watch = (worker: ServiceWorker) =>
    reaches(worker, 'installed').then((ok) => ok && sw.controller && registration.waiting === worker && offerReload(registration));
  // The check that found it may have run before this code loaded (each navigation checks).
  if (registration.waiting && sw.controller) offerReload(registration);
  else if (registration.installing && sw.controller) void watch(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
  // A reader back online may have missed a version published meanwhile.
  addEventListener('online', () => void registration.update().catch(() => undefined));

  // The page a visit lands on loaded its files before a worker served it: with data saver on, the worker saved
  // none of its scripts, so they are kept before the footer says what is saved (saving, meanwhile).
  const keep = !controlled && savesData() ? registration : undefined;
  const saving = () => show(status, 'saving', () => (savesData() ? offlineWords().savingSavesData : offlineWords().saving));
  if (registration.active) {
    if (keep) saving();
    return showReady(status, keep);
  }
  const first = registration.installing ?? registration.waiting;
  // A registration with no worker at all is one whose install has just failed.
  if (!first) return showUnavailable('download');
  saving();
  // Ready only once it serves: until then, a page opened offline would not be there.
  if (await reaches(first, 'activated')) return showReady(status, keep);
  // Discarded: unless the worker has said why, the likeliest reason is a download that failed.
  await showUnavailable('download');
}
