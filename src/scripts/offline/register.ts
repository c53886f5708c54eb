import { plural } from '../../format/numbers';
import { archiveSaved, clearUnfinished, removeArchive, saveArchive } from './archive';
import { type FailureReason, type OfflineSummary, SUMMARY_FILE, type SaveFailed } from './offlineCopy';
import { reasonOf } from './saving';

/** "1.2 MB" */
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The footer's line when this device holds no copy, by why not. */
const UNAVAILABLE: Record<FailureReason | 'blocked', (size: string) => string> = {
  storage: (size) => `Offline reading is not available: this device has no room for the ${size} it needs. Every page works while you are online.`,
  download: () => 'Offline reading is not available yet: a file of the site could not be downloaded. It will be tried again on your next visit.',
  changed: () => 'Offline reading is not available yet: the site was updated while it was being saved. It will be tried again on your next visit.',
  blocked: () => 'Offline reading is not available: this browser does not let the site save pages on this device.',
};

/** Why the whole site could not be saved; the core and the pages read stay. */
const ARCHIVE_FAILED: Record<FailureReason, (size: string) => string> = {
  storage: (size) => `The whole site could not be saved: this device has no room for its ${size}.`,
  download: () => 'The whole site could not be saved: a file did not download. Nothing of it was kept; try again when the connection is better.',
  changed: () => 'The whole site could not be saved: the site was updated meanwhile. Reload the page, then try again.',
};

/** Whether the reader has asked the browser to save data: then nothing is downloaded unasked. */
const savesData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** The footer's status line, in one of its states: saving, ready or unavailable. */
function show(status: HTMLElement | null, state: 'saving' | 'ready' | 'unavailable', text: string) {
  if (!status) return;
  status.textContent = text;
  status.dataset.state = state;
  status.hidden = false;
}

/** What the offline copy holds, from the build's summary, or null when it cannot be read. */
const summary = () => fetch(`/${SUMMARY_FILE}`).then((r) => (r.ok ? (r.json() as Promise<OfflineSummary>) : null), () => null);

/** What this site's saved files take on this device, as the browser counts it. */
const used = async () => (await navigator.storage?.estimate().catch(() => undefined))?.usage;

/**
 * The footer's controls for the whole site: a button to save it (with its size, worked out at build),
 * its progress while it downloads, and a button to remove it once saved.
 */
function archiveControls(controls: HTMLElement, status: HTMLElement | null, site: OfflineSummary) {
  const button = (text: string, action: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    element.addEventListener('click', action, { once: true });
    return element;
  };
  const note = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

  const showState = async (failed?: string) => {
    await clearUnfinished(site.version);
    const whole = await archiveSaved(site.version);
    const bytes = (await used()) ?? site.core.bytes + (whole ? site.archive.bytes : 0);
    show(
      status,
      'ready',
      whole
        ? `Available offline: every page and search, ${megabytes(bytes)} saved on this device.`
        : savesData()
          ? `Your browser asks to save data, so only the pages you open are kept for reading offline (${megabytes(bytes)} on this device).`
          : `Available offline: the explainer, search and each page you open, ${megabytes(bytes)} saved on this device. Other sources need a connection.`,
    );
    controls.dataset.archive = whole ? 'saved' : 'none';
    controls.replaceChildren(
      ...(failed ? [note(failed)] : []),
      whole
        ? button('Remove the saved copy of the whole site', () => void removeArchive(site.version).then(() => showState()))
        : button(`Save the whole site for offline reading (${megabytes(site.archive.bytes)})`, () => void save()),
    );
    controls.hidden = false;
  };

  const save = async () => {
    const progress = document.createElement('progress');
    progress.max = site.archive.bytes;
    progress.value = 0;
    const label = note('Saving the whole site…');
    label.id = 'offline-progress-label';
    progress.setAttribute('aria-labelledby', label.id);
    controls.dataset.archive = 'saving';
    controls.replaceChildren(label, progress);
    try {
      await saveArchive(site.version, (done, list) => {
        progress.max = list.bytes;
        progress.value = done.bytes;
        label.textContent = `Saving the whole site: ${plural(done.files, 'file')} of ${list.files.length.toLocaleString('en')}, ${megabytes(done.bytes)} of ${megabytes(list.bytes)}…`;
      });
      await showState();
    } catch (error) {
      await showState(ARCHIVE_FAILED[reasonOf(error)](megabytes(site.archive.bytes)));
    }
  };
  return showState;
}

/** The footer says the site is saved, what it holds, and offers the whole site. */
async function showReady(status: HTMLElement | null) {
  const site = await summary();
  const controls = document.querySelector<HTMLElement>('[data-offline-controls]');
  if (site && controls && 'caches' in window) return archiveControls(controls, status, site)();
  show(status, 'ready', 'Available offline on this device.');
}

/** A small notice that a newer version is ready; the page changes only when the reader reloads. */
function offerReload(worker: ServiceWorker) {
  if (document.querySelector('.update-notice')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.append('This site has been updated. ', button);
  document.body.append(notice);
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
  // Why the site could not be saved, once the worker has said so.
  let told: SaveFailed | undefined;
  /** The footer says the site is not saved, and why (with its size, when known). */
  const showUnavailable = async (guess: FailureReason | 'blocked') => {
    const bytes = told?.bytes ?? (await summary())?.core.bytes;
    show(status, 'unavailable', UNAVAILABLE[told?.reason ?? guess](bytes === undefined ? 'files' : megabytes(bytes)));
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
    reaches(worker, 'installed').then((ok) => ok && sw.controller && registration.waiting === worker && offerReload(worker));
  // The check that found it may have run before this code loaded (each navigation checks).
  if (registration.waiting && sw.controller) offerReload(registration.waiting);
  else if (registration.installing && sw.controller) void watch(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
  // A reader back online may have missed a version published meanwhile.
  addEventListener('online', () => void registration.update().catch(() => undefined));

  if (registration.active) return showReady(status);
  const first = registration.installing ?? registration.waiting;
  // A registration with no worker at all is one whose install has just failed.
  if (!first) return showUnavailable('download');
  show(
    status,
    'saving',
    savesData() ? 'Your browser asks to save data: pages are kept for reading offline as you open them.' : 'Saving the explainer and search on this device for reading offline…',
  );
  // Ready only once it serves: until then, a page opened offline would not be there.
  if (await reaches(first, 'activated')) return showReady(status);
  // Discarded: unless the worker has said why, the likeliest reason is a download that failed.
  await showUnavailable('download');
}
