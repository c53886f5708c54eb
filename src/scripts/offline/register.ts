/** "1.2 MB" */
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The footer's line: whether this device holds the site for reading offline, and how much it holds. */
async function showReady(status: HTMLElement) {
  const summary = await fetch('/offline.json').then((r) => (r.ok ? (r.json() as Promise<{ bytes: number }>) : null), () => null);
  status.textContent = summary
    ? `Available offline: every page and search, ${megabytes(summary.bytes)} saved on this device.`
    : 'Available offline on this device.';
  status.dataset.state = 'ready';
  status.hidden = false;
}

/** A small notice that a newer version is ready; the page changes only when the reader reloads. */
function offerReload(worker: ServiceWorker) {
  if (document.querySelector('.update-notice')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.append('This site has been updated. ', button);
  document.body.append(notice);
}

/** Registers the service worker, then keeps the footer's status line and the update notice true. */
export async function register(script: string) {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  const registration = await navigator.serviceWorker.register(script);
  const installed = (worker: ServiceWorker) =>
    new Promise<void>((resolve) => {
      const check = () => (worker.state === 'installed' || worker.state === 'activated') && resolve();
      worker.addEventListener('statechange', check);
      check();
    });

  // A worker that installs while another controls this page is a new version: offer it, never swap it in.
  const watch = (worker: ServiceWorker) =>
    installed(worker).then(() => {
      if (navigator.serviceWorker.controller && registration.waiting === worker) offerReload(worker);
    });
  // The check that found it may have run before this code loaded (each navigation checks).
  if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
  else if (registration.installing && navigator.serviceWorker.controller) void watch(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));

  if (!status) return;
  if (registration.active) return showReady(status);
  status.textContent = 'Saving every page and search on this device for reading offline…';
  status.hidden = false;
  const first = registration.installing ?? registration.waiting;
  if (first) await installed(first), await showReady(status);
}
