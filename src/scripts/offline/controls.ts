/**
 * The footer's controls for the whole site, loaded once the service worker serves: a button to save it
 * (with its size, worked out at build), its progress while it downloads, and a button to remove it once
 * saved; and the status line saying what is saved. Before it first says so on the page a visit lands on
 * with data saver on, the worker keeps the files that page loaded (keepLoaded).
 */
import { offlineControlsWords } from '../../i18n/offlineControls';
import { archiveSaved, clearUnfinished, coreSaved, removeArchive, saveArchive } from './archive';
import { type FailureReason, type KeepLoaded, type OfflineSummary, savesData, summary } from './offlineCopy';
import { reasonOf } from './saving';
import type { Show } from './register';

/** In the page's language: a source's page may switch edition in place, and the controls follow (`archiveControls`). */
let words = offlineControlsWords();
/** "1.2 MB", "1,2 MB": in the page's language (as register.ts writes it; this chunk imports no code from it). */
const megabytes = (bytes: number) => `${new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;

/** Why the whole site could not be saved; the core and the pages read stay. */
const archiveFailed = (reason: FailureReason, size: string) => (reason === 'storage' ? words.failed.storage(size) : words.failed[reason]);

/** What this site's saved files take on this device, as the browser counts it. */
const used = async () => (await navigator.storage?.estimate().catch(() => undefined))?.usage;

/**
 * The footer's controls for the whole site: a button to save it (with its size, worked out at build),
 * its progress while it downloads, and a button to remove it once saved.
 */
function archiveControls(show: Show, controls: HTMLElement, status: HTMLElement | null, site: OfflineSummary) {
  const button = (text: string, action: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    element.addEventListener('click', () => ((element.dataset.pressed = 'yes'), action()), { once: true });
    return element;
  };
  const note = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

  // What this device holds, as its caches say, not as the browser's data saver is set now: the worker
  // read that setting when it saved this version, and the reader may have changed it since.
  const showState = async (failed?: string): Promise<number> => {
    await clearUnfinished(site.version);
    const whole = await archiveSaved(site.version);
    // A summary written before data saver's part was counted has no `dataSaver`: its worker saved the core whole.
    const core = whole || site.dataSaver === undefined || (await coreSaved(site.version, site.core.files));
    const bytes = (await used()) ?? (core ? site.core.bytes : site.dataSaver.bytes) + (whole ? site.archive.bytes : 0);
    show(status, 'ready', () =>
      whole ? words.whole(megabytes(bytes)) : core ? words.core(megabytes(bytes)) : savesData() ? words.savesData(megabytes(bytes)) : words.pagesOnly(megabytes(bytes)),
    );
    // Saving the whole site downloads the archive, and the rest of the core where the worker saved only part of it.
    const toSave = site.archive.bytes + (core ? 0 : site.core.bytes - site.dataSaver.bytes);
    controls.dataset.archive = whole ? 'saved' : 'none';
    const text = whole ? words.remove : words.save(megabytes(toSave));
    controls.hidden = false;
    // The same button, not yet pressed, stays as it is (the footer read again as the space is freed): one
    // put in its place would take its focus, and a screen reader would announce it out of nowhere.
    const shown = controls.querySelector('button');
    if (!failed && controls.children.length === 1 && shown?.textContent === text && !shown.dataset.pressed) return bytes;
    const next = button(text, whole ? remove : () => void save(toSave));
    const failure = failed ? note(failed) : undefined;
    if (failure) {
      // Heard with the button, where focus goes: a failure shown beside it alone would not be.
      failure.id = 'offline-failed';
      next.setAttribute('aria-describedby', failure.id);
    }
    // Focus stays in the controls as they change (the button pressed is replaced), not lost to the page.
    const focused = controls.contains(document.activeElement);
    controls.replaceChildren(...(failure ? [failure] : []), next);
    if (focused) next.focus();
    return bytes;
  };

  // The browser frees a removed copy's space once nothing holds it, when the service worker next stops
  // (idle, after about 30 s): until then the figure cannot fall. It is read again until it does, for two minutes at most.
  const untilFreed = async (shown: number) => {
    for (let tries = 0; tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      // The reader may be saving it again by now: the footer is that download's.
      if (controls.dataset.archive !== 'none') return;
      if (((await used()) ?? shown) < shown - site.archive.bytes / 2) return void (await showState());
    }
  };

  // A removal that fails says so beside the button, which stays to try again: where this version's copy is still there.
  const remove = () =>
    void removeArchive().then(
      () => showState().then(untilFreed),
      async () => showState((await archiveSaved(site.version)) ? words.failed.remove : undefined),
    );

  const save = async (bytes: number) => {
    const progress = document.createElement('progress');
    progress.max = bytes;
    progress.value = 0;
    const label = note(words.saving);
    label.id = 'offline-progress-label';
    progress.setAttribute('aria-labelledby', label.id);
    controls.dataset.archive = 'saving';
    // The button pressed goes: its focus goes to the progress's label, then to the button that follows it.
    const focused = controls.contains(document.activeElement);
    label.tabIndex = -1;
    controls.replaceChildren(label, progress);
    if (focused) label.focus();
    try {
      await saveArchive(site.version, (done, total) => {
        progress.max = total.bytes;
        progress.value = done.bytes;
        label.textContent = words.progress(done.files, total.files, megabytes(done.bytes), megabytes(total.bytes));
      });
      await showState();
    } catch (error) {
      await showState(archiveFailed(reasonOf(error), megabytes(bytes)));
    }
  };
  // A source's page switched to the other edition in place (src/scripts/sourceEdition.ts): the words follow;
  // a download under way goes on, its progress written in the new words.
  new MutationObserver(() => {
    words = offlineControlsWords();
    if (controls.dataset.archive !== 'saving') void showState();
  }).observe(document.documentElement, { attributeFilter: ['lang'] });
  return showState;
}

/** How long the page waits for the worker to keep the files it loaded (keepLoaded). */
const KEEP_WAIT = 10_000;

/**
 * Asks the worker to keep, as read, the scripts and styles this page loaded itself (every one of `/_astro/`
 * that it fetched, this code among them), and resolves once it has, or after KEEP_WAIT. For the page a visit
 * lands on with data saver on (src/scripts/offline/register.ts): no worker served it, and the worker saved no
 * scripts, so offline it would open without them.
 */
export function keepLoaded(registration: ServiceWorkerRegistration): Promise<unknown> {
  const worker = registration.active;
  if (!worker) return Promise.resolve();
  const paths = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/_astro/'))
    .map((url) => url.pathname);
  const channel = new MessageChannel();
  const kept = new Promise((resolve) => {
    channel.port1.onmessage = resolve;
    setTimeout(resolve, KEEP_WAIT);
  });
  const message: KeepLoaded = { type: 'KEEP_LOADED', paths: [...new Set(paths)] };
  worker.postMessage(message, [channel.port2]);
  return kept;
}

/** The footer says the site is saved, what it holds, and offers the whole site. */
export async function showReady(status: HTMLElement | null, show: Show) {
  const site = await summary();
  const controls = document.querySelector<HTMLElement>('[data-offline-controls]');
  if (site && controls && 'caches' in window) return archiveControls(show, controls, status, site)();
  show(status, 'ready', () => words.readyUnknown);
}
