/**
 * The footer's controls for the whole site, loaded once the service worker serves: a button to save it
 * (with its size, worked out at build), its progress while it downloads, and a button to remove it once
 * saved; and the status line saying what is saved.
 */
import { plural } from '../../format/numbers';
import { archiveSaved, clearUnfinished, removeArchive, saveArchive } from './archive';
import { type FailureReason, type OfflineSummary, savesData, summary } from './offlineCopy';
import { reasonOf } from './saving';
import type { Show } from './register';

/** "1.2 MB" */
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Why the whole site could not be saved; the core and the pages read stay. */
const ARCHIVE_FAILED: Record<FailureReason, (size: string) => string> = {
  storage: (size) => `The whole site could not be saved: this device has no room for its ${size}.`,
  download: () => 'The whole site could not be saved: a file did not download. Nothing of it was kept; try again when the connection is better.',
  changed: () => 'The whole site could not be saved: the site was updated meanwhile. Reload the page, then try again.',
};

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
export async function showReady(status: HTMLElement | null, show: Show) {
  const site = await summary();
  const controls = document.querySelector<HTMLElement>('[data-offline-controls]');
  if (site && controls && 'caches' in window) return archiveControls(show, controls, status, site)();
  show(status, 'ready', 'Available offline on this device.');
}
