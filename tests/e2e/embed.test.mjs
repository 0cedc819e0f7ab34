// Embedding on a news site's page (examples/host, hostile CSS), with the
// viewer built under a sub-path: the iframe embed and two direct
// <annotated-article> embeds render, the iframe follows its content's
// height, cards open unclipped inside an embed, the host's styles are
// untouched, lazy embeds wait, and a strict CSP reports no violation.
// Chromium here; tests/e2e/firefox-embed.test.mjs runs the same checks in Firefox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { embedSite, SUBPATH } from './lib/site.mjs';
import { launch } from './lib/browser.mjs';
import { CHECKS } from './lib/embed-checks.mjs';
import { HOST_SAFETY } from './lib/host-safety-checks.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

// Whatever a check opened, closed even when it fails.
const opened = [];

/** A page adapter the shared checks drive (Playwright here, WebDriver in Firefox). */
async function open(path, { width = 1280, height = 900, csp = false, crossOrigin = false } = {}) {
  const server = await embedSite({ csp, crossOrigin });
  const page = await browser.newPage({ viewport: { width, height } });
  opened.push(async () => {
    await page.close().catch(() => {});
    await server.close().catch(() => {});
  });
  const violations = [];
  await page.exposeFunction('__violation', (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto(server.url + (typeof path === 'function' ? path(server) : path));
  return {
    run: (fn, ...args) => page.evaluate(fn, args),
    frameRun: (fn, ...args) => page.frames()[1].evaluate(fn, args),
    resize: (w, h) => page.setViewportSize({ width: w, height: h }),
    wait: (ms) => page.waitForTimeout(ms),
    // Both what the page saw and what the browser reported to the server.
    cspReports: () => [...violations, ...server.posts.filter((p) => p.path === '/csp-report').map((p) => p.body)],
    close: async () => {
      await page.close().catch(() => {});
      await server.close().catch(() => {});
    },
  };
}

for (const [name, check] of Object.entries({ ...CHECKS, ...HOST_SAFETY })) {
  test(`chromium: ${name}`, async () => {
    try {
      await check(open, assert, SUBPATH);
    } finally {
      for (const close of opened.splice(0)) await close();
    }
  });
}
