// Debian's Chromium, headless, driven by playwright-core (which cannot
// download a browser here, and needs none).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens `url` and waits until the viewer is running (showing the article or an error panel). */
export async function openViewer(browser, url, { width = 1280, height = 900, ...options } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, ...options });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  // Pre-rendered pages show the article before the app runs; wait until it
  // has taken over, or a test would race the switch from links to controls.
  await page.waitForSelector('.annotated-article[data-live] :is(.article-body, .error-panel)');
  return { page, problems };
}

/** Waits until the page is still: no change to the DOM for five animation
 * frames in a row (at most five seconds), rather than for a fixed time. */
export function quiet(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        let calm = 0;
        const started = performance.now();
        const seen = new MutationObserver(() => (calm = 0));
        seen.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const frame = () => {
          calm += 1;
          if (calm >= 5 || performance.now() - started > 5000) {
            seen.disconnect();
            done();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Waits until no animation runs in the page (a card's entrance, say). */
export function stillAnimations(page) {
  return page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}
