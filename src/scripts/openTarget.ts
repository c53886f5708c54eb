/**
 * Opens the `<details>` the address names, on load and as the address's hash changes: a link to a chart's
 * every row (`/charts/who-reported/#who-reported-all`, from the figure elsewhere or from the table's further
 * pages) lands on the table open, not on its closed summary. Without JavaScript the summary is where it lands.
 */
export function openTargetDetails() {
  const open = () => {
    const target = targetOf(location.hash.slice(1));
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  open();
  addEventListener('hashchange', open);
}

/** The element a fragment names, decoded as the browser decodes it; as written where it is not valid escaping ("50%"). */
function targetOf(fragment: string): HTMLElement | null {
  if (!fragment) return null;
  try {
    return document.getElementById(decodeURIComponent(fragment));
  } catch {
    return document.getElementById(fragment);
  }
}
