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

/**
 * Waits until a page has run the code it runs by itself. The last to load is the service worker's
 * registration, after the page's load event, and it always writes the footer's offline status; a chart's
 * embed, which has no service worker, says whether it is framed once its script has run.
 */
export const loadedByItself = (page: Page) => page.waitForSelector('[data-offline-status][data-state], html[data-embed]', { state: 'attached' });

/** A search box, where a page has one: the gates search with it so the results are checked too. */
export const SEARCH_INPUT = 'input[type="search"], [role="search"] input:not([type="hidden"]), input[name="q"]';

/** A word every source uses, so a search for it has results. */
export const SEARCH_WORD = 'Maduro';

/**
 * Brings a page into the states a reader can reach: every <details> open, the offline status line
 * written and, on a page with a search box, results for a search. Returns whether it searched.
 */
export async function exercise(page: Page): Promise<boolean> {
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await loadedByItself(page);
  // The search page's own box where there is one (the header's would lay its panel over the page's filters).
  const primary = page.locator('[data-search-primary]');
  const search = (await primary.count()) > 0 ? primary.first() : page.locator(SEARCH_INPUT).first();
  const searched = (await search.count()) > 0 && (await search.isVisible());
  if (!searched) return false;
  await search.fill(SEARCH_WORD);
  // Done when a status line counts the results for the word (the header's box and the search page each have
  // one), in the page's language: "6 results for Maduro", "6 resultados para «Maduro»".
  await page.waitForFunction(
    (word) => [...document.querySelectorAll('[role="status"]')].some((status) => new RegExp(`^\\d+ \\S+ \\S+ [“«]?${word}[”»]?$`).test(status.textContent ?? '')),
    SEARCH_WORD,
  );
  return true;
}
