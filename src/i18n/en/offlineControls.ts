import { formatNumber, plural } from '../../format/numbers';
import type { OfflineControlsWords } from '../offlineControls';

/** The footer's controls for the whole site, in English. */
export const controls: OfflineControlsWords = {
  locale: 'en-GB',
  whole: (size) => `Available offline: every page and search, ${size} saved on this device.`,
  core: (size) => `Available offline: the explainer, search and each page you open, ${size} saved on this device. Other pages need a connection.`,
  savesData: (size) => `Your browser asks to save data, so only the pages you open are kept for reading offline (${size} on this device).`,
  pagesOnly: (size) => `Only the pages you open are kept for reading offline (${size} on this device).`,
  readyUnknown: 'Available offline on this device.',
  remove: 'Remove the saved copy of the whole site',
  save: (size) => `Save the whole site for offline reading (${size})`,
  saving: 'Saving the whole site…',
  progress: (files, of, size, total) => `Saving the whole site: ${plural(files, 'file')} of ${formatNumber(of)}, ${size} of ${total}…`,
  failed: {
    storage: (size) => `The whole site could not be saved: this device has no room for its ${size}.`,
    download: 'The whole site could not be saved: a file did not download. Nothing of it was kept; try again when the connection is better.',
    changed: 'The whole site could not be saved: the site was updated meanwhile. Reload the page, then try again.',
    remove: 'The saved copy could not be removed. Try again; if it is still there, you can clear this site’s data in your browser’s settings.',
  },
};
