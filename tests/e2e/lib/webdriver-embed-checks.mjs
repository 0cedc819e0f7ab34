// The embedding checks of embed.test.mjs, in an engine driven through
// WebDriver (headless Firefox through geckodriver, WebKit through
// WebKitWebDriver). Firefox cannot make its window narrower than 500 px here, so
// "320 px" is as narrow as it goes; and WebDriver cannot add a script before
// the page's own, so CSP violations are counted from the browser's reports
// to the server (report-uri).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { embedSite, SUBPATH } from './site.mjs';
import { CHECKS } from './embed-checks.mjs';
import { HOST_SAFETY } from './host-safety-checks.mjs';

/** Runs every embedding check in the engine `start()` opens, named `engine`. */
export function embedChecksIn(engine, start) {
  let ff;
  before(async () => (ff = await start()));
  after(async () => ff?.quit());

  const opened = [];

  async function open(path, { width = 1280, height = 900, csp = false, crossOrigin = false } = {}) {
    const server = await embedSite({ csp, crossOrigin });
    opened.push(() => server.close().catch(() => {}));
    await ff.resize(width, height);
    await ff.goto(server.url + (typeof path === 'function' ? path(server) : path));
    return {
      run: (fn, ...args) => ff.run(fn, args),
      frameRun: (fn, ...args) => ff.frameRun('#frame-embed iframe', fn, args),
      resize: (w, h) => ff.resize(w, h),
      wait: (ms) => new Promise((r) => setTimeout(r, ms)),
      cspReports: () => server.posts.filter((p) => p.path === '/csp-report').map((p) => p.body),
      close: async () => {
        await ff.goto('about:blank');
        await server.close().catch(() => {});
      },
    };
  }

  // WebKitGTK's automation now and then loses an interaction on this
  // machine (the same check passes on its own and on the next try): there a
  // failed check runs once more, and says so. Twice failed fails the run.
  const tries = engine === 'webkit' ? 2 : 1;
  for (const [name, check] of Object.entries({ ...CHECKS, ...HOST_SAFETY })) {
    test(`${engine}: ${name}`, async (t) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await check(open, assert, SUBPATH);
          return;
        } catch (e) {
          if (attempt >= tries) throw e;
          // The whole message on one line, so a log shows what differed.
          const why = String(e.message).replace(/\s*\n\s*/g, ' | ').slice(0, 800);
          t.diagnostic(`failed once, tried again: ${why}`);
          console.log(`# ${engine}: "${name}" failed once, tried again: ${why}`);
        } finally {
          for (const close of opened.splice(0)) await close();
        }
      }
    });
  }
}
