// Test support: headless Chromium from Debian's `chromium` package through playwright-core (nothing downloaded), for
// the tests that render a report or a chart and look at it.
import { type Browser, chromium } from 'playwright-core'

/** Launches /usr/bin/chromium headless, offline-minded (no background networking, updates or sync). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
