import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs; Playwright cannot download a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and nothing that reaches beyond this machine. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Starts headless Chromium with nothing that reaches beyond this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Chromium with a profile of its own in `profile` (a folder): a browser that can install a site, which a
 * private context (every context of launchBrowser()) cannot.
 */
export function launchWithProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS });
}
