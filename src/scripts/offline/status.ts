/** The footer's status line, shared by the registration and the whole site's controls. */

/** "1.2 MB" */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The footer's status line, in one of its states: saving, ready or unavailable. */
export function show(status: HTMLElement | null, state: 'saving' | 'ready' | 'unavailable', text: string) {
  if (!status) return;
  status.textContent = text;
  status.dataset.state = state;
  status.hidden = false;
}
