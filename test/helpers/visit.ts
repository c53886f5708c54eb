import type { BrowserContext, Page } from 'playwright-core';

/** What a browser context did while the gates drove it. */
export interface ContextLog {
  /** Every URL the context requested, pages, service workers and blocked requests included. */
  requests: string[];
  /** Requests to any other origin: blocked before they leave the machine, and counted here. */
  offsite: string[];
}

/**
 * Records every request a context makes and blocks any that would leave `origin`, so a page that tries
 * to reach a third party fails the privacy gate instead of reaching it.
 */
export async function guardContext(context: BrowserContext, origin: string): Promise<ContextLog> {
  const log: ContextLog = { requests: [], offsite: [] };
  const isOffsite = (url: string) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin;
  context.on('request', (request) => {
    log.requests.push(request.url());
    if (isOffsite(request.url())) log.offsite.push(request.url());
  });
  await context.route(
    (url) => isOffsite(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  // The page's own report of anything its Content-Security-Policy blocked.
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return log;
}

/** The CSP violations a page has reported since it loaded (needs guardContext). */
export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Waits until the page has had no request in flight for `quietMs` (bounded, so a busy page cannot hang a test). */
export async function settle(page: Page, quietMs = 300, limitMs = 15_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const start = () => ((inFlight += 1), (last = Date.now()));
  const end = () => ((inFlight = Math.max(0, inFlight - 1)), (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  const until = Date.now() + limitMs;
  try {
    while (Date.now() < until && (inFlight > 0 || Date.now() - last < quietMs)) await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** A search box, where a page has one: the gates search with it so the results are checked too. */
export const SEARCH_INPUT = 'input[type="search"], [role="search"] input:not([type="hidden"]), input[name="q"]';

/** A word every source uses, so a search for it has results. */
export const SEARCH_WORD = 'Maduro';

/**
 * Brings a page into the states a reader can reach: every <details> open and, on a page with a search
 * box, results for a search. Returns whether it searched.
 */
export async function exercise(page: Page): Promise<boolean> {
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const search = page.locator(SEARCH_INPUT).first();
  const searched = (await search.count()) > 0 && (await search.isVisible());
  if (searched) await search.fill(SEARCH_WORD);
  // A search box usually waits a moment after typing before it fetches anything.
  await settle(page, searched ? 1_000 : 300);
  return searched;
}
