// Just enough of the W3C WebDriver protocol to drive headless Firefox
// through geckodriver (Playwright cannot drive Debian's Firefox).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

export async function firefox({ width = 1280, height = 900 } = {}) {
  const port = await freePort();
  const driver = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(port), '--log', 'error'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  let session;
  for (let i = 0; i < 100 && !session; i++) {
    try {
      session = await call('POST', '/session', {
        capabilities: { alwaysMatch: { browserName: 'firefox', 'moz:firefoxOptions': { args: ['-headless', `--width=${width}`, `--height=${height}`] } } },
      });
    } catch (e) {
      if (i === 99) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const s = `/session/${session.sessionId}`;
  const run = async (fn, args) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()}).apply(null, arguments[0]))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e) }));`;
    const out = await call('POST', `${s}/execute/async`, { script, args: [args] });
    if (out?.error) throw new Error(out.error);
    return out?.ok;
  };
  return {
    version: session.capabilities.browserVersion,
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
      driver.kill();
    },
  };
}
