// Just enough of the W3C WebDriver protocol to drive headless Firefox
// through geckodriver and WebKit through WebKitGTK's WebKitWebDriver
// (MiniBrowser, under a virtual X display: it has no headless mode).
// Playwright cannot drive Debian's builds of either.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

export function firefox({ width = 1280, height = 900 } = {}) {
  return session({
    command: [process.env.GECKODRIVER ?? 'geckodriver', '--log', 'error'],
    port: (p) => ['--port', String(p)],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { args: ['-headless', `--width=${width}`, `--height=${height}`] } },
  });
}

/** WebKit: `MINIBROWSER` is the browser WebKitWebDriver starts (Debian's
 * libwebkit2gtk-4.1-0 ships it; ./x finds it). */
export function webkit() {
  const binary = process.env.MINIBROWSER;
  if (!binary) throw new Error('MINIBROWSER is not set: run the WebKit checks through ./x test');
  return session({
    command: ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', process.env.WEBKITWEBDRIVER ?? 'WebKitWebDriver'],
    port: (p) => [`--port=${p}`],
    capabilities: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
  });
}

async function session({ command, port: portArgs, capabilities }) {
  const port = await freePort();
  const [program, ...args] = command;
  // Its own process group, so quitting ends the driver and what it started.
  const driver = spawn(program, [...args, ...portArgs(port)], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  let created;
  for (let i = 0; i < 100 && !created; i++) {
    try {
      created = await call('POST', '/session', {
        capabilities: { alwaysMatch: capabilities },
      });
    } catch (e) {
      if (i === 99) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const s = `/session/${created.sessionId}`;
  const run = async (fn, args) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()}).apply(null, arguments[0]))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e) }));`;
    const out = await call('POST', `${s}/execute/async`, { script, args: [args] });
    if (out?.error) throw new Error(out.error);
    return out?.ok;
  };
  return {
    version: created.capabilities.browserVersion,
    goto: (url) => call('POST', `${s}/url`, { url }),
    run,
    async frameRun(selector, fn, args) {
      const el = await call('POST', `${s}/element`, { using: 'css selector', value: selector });
      await call('POST', `${s}/frame`, { id: el });
      try {
        return await run(fn, args);
      } finally {
        await call('POST', `${s}/frame/parent`, {});
      }
    },
    resize: (w, h) => call('POST', `${s}/window/rect`, { width: w, height: h }),
    async quit() {
      await call('DELETE', s).catch(() => {});
      try {
        process.kill(-driver.pid);
      } catch {
        driver.kill();
      }
    },
  };
}
