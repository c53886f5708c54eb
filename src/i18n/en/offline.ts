import type { OfflineWords } from '../offline';

/** The footer's line on the offline copy, and the notice of a new version, in English: loaded by itself on every page (src/scripts/offline/register.ts). */
export const offline: OfflineWords = {
  locale: 'en-GB',
  storage: (size) => `Offline reading is not available: this device has no room for the ${size ?? 'files'} it needs. Every page works while you are online.`,
  download: 'Offline reading is not available yet: a file of the site could not be downloaded. It will be tried again on your next visit.',
  changed: 'Offline reading is not available yet: the site was updated while it was being saved. It will be tried again on your next visit.',
  blocked: 'Offline reading is not available: this browser does not let the site save pages on this device.',
  saving: 'Saving the explainer and search on this device for reading offline…',
  savingSavesData: 'Your browser asks to save data: pages are kept for reading offline as you open them.',
  updated: 'This site has been updated. ',
  reload: 'Reload',
  later: 'Not now',
};
