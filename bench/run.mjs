// The benchmark: builds nothing itself (./x bench builds the release first),
// serves dist/ with the benchmark's articles, measures in headless Chromium,
// prints a table and writes bench/RESULTS.md. Numbers, not pass/fail: the
// targets are printed beside them.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { synthetic, staticPage } from './generate.mjs';
import { serve } from '../tests/e2e/lib/serve.mjs';
import { launch } from '../tests/e2e/lib/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = `${ROOT}target/bench-site`;
const LOADS = Number(process.env.BENCH_LOADS ?? 21);
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

// The site: the release build, the seed as a static page, synthetic articles.
await rm(SITE, { recursive: true, force: true });
await cp(`${ROOT}dist`, SITE, { recursive: true });
await mkdir(`${SITE}/bench`, { recursive: true });
const css = (await readdir(SITE)).find((f) => f.startsWith('style') && f.endsWith('.css'));
const seed = JSON.parse(await readFile(`${ROOT}assets/articles/iran-us-talks-2025-04-02.json`, 'utf8'));
await writeFile(`${SITE}/bench/static.html`, staticPage(seed, `/${css}`));
// The viewer's own pre-rendered page with every script and preload taken
// out: what the WebAssembly costs the first paint, apart from the page's content.
const built = await readFile(`${SITE}/index.html`, 'utf8');
await writeFile(
  `${SITE}/bench/no-scripts.html`,
  built.replace(/<script(?! type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, ''),
);
for (const n of SIZES) await writeFile(`${SITE}/bench/synthetic-${n}.json`, JSON.stringify(synthetic(n)));

const server = await serve(SITE);
const browser = await launch();
const lines = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};

// Records when the first paragraph is in the DOM, and the WebAssembly memory.
// `expect`: words of the headline the page should end up showing (a
// pre-rendered seed article is not the synthetic one asked for).
const INIT = (expect) => {
  window.__aa = {};
  const seen = () => {
    const headline = document.querySelector('h1.headline')?.textContent ?? '';
    if (!window.__aa.visible && headline.includes(expect) && document.querySelector('.article-body .paragraph')) {
      window.__aa.visible = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  document.addEventListener('DOMContentLoaded', seen);
  addEventListener('TrunkApplicationStarted', (e) => (window.__aa.wasm = e.detail?.wasm));
};

async function load(path, expect = 'Iran could agree') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INIT, expect);
  const files = [];
  page.on('response', async (r) => {
    try {
      files.push({ url: r.url(), body: await r.body() });
    } catch {}
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.__aa?.visible, null, { timeout: 60_000 });
  const visible = await page.evaluate(() => window.__aa.visible);
  return { context, page, visible, files };
}

// 1. Transfer.
{
  const { context, files } = await load('/');
  await context.close();
  out(`## Transfer (every file the page loads)\n`);
  out(`| file | raw | gzip | brotli |`);
  out(`|---|---:|---:|---:|`);
  const total = { raw: 0, gzip: 0, br: 0 };
  for (const f of files) {
    const gz = gzipSync(f.body, { level: 9 }).length;
    const br = brotliCompressSync(f.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total.raw += f.body.length;
    total.gzip += gz;
    total.br += br;
    out(`| ${new URL(f.url).pathname.replace(/-[0-9a-f]{16}/, '-…')} | ${kb(f.body.length)} | ${kb(gz)} | ${kb(br)} |`);
  }
  out(`| **total** (target: under 80 KB gzip) | ${kb(total.raw)} | **${kb(total.gzip)}** | ${kb(total.br)} |`);
  out();
}

// 2. Time to article visible, viewer against a static page of the same
// article: when the article's first paragraph is in the DOM, and the first
// contentful paint (which headless Chromium reports coarsely; hence medians).
{
  const viewer = { dom: [], paint: [] };
  const flat = { dom: [], paint: [] };
  const bare = { dom: [], paint: [] };
  for (let i = 0; i < LOADS; i++) {
    for (const [path, list] of [['/', viewer], ['/bench/static.html', flat], ['/bench/no-scripts.html', bare]]) {
      const { context, page, visible } = await load(path);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      list.dom.push(visible);
      list.paint.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
      await context.close();
    }
  }
  const ratio = (key, of = viewer) => (median(of[key]) / median(flat[key])).toFixed(2);
  out(`## Time to article visible (median of ${LOADS} cold loads)\n`);
  out(`| page | in the DOM | first contentful paint | ratio (DOM) | ratio (paint) |`);
  out(`|---|---:|---:|---:|---:|`);
  out(`| static HTML of the same article | ${ms(median(flat.dom))} | ${ms(median(flat.paint))} | 1.00 | 1.00 |`);
  out(`| the viewer's page with its scripts taken out | ${ms(median(bare.dom))} | ${ms(median(bare.paint))} | ${ratio('dom', bare)} | ${ratio('paint', bare)} |`);
  out(`| the viewer, pre-rendered (target: at most 1.5x) | ${ms(median(viewer.dom))} | ${ms(median(viewer.paint))} | **${ratio('dom')}** | **${ratio('paint')}** |`);
  out();
}

// Interaction latency in an open page: the work (script, render, layout)
// and the time until the next frame has painted.
async function latencies(page, action, rounds) {
  return page.evaluate(
    async ({ action, rounds }) => {
      const work = [];
      const paint = [];
      const radios = () => [...document.querySelectorAll('.version-modes input')];
      const step = (i) => {
        if (action === 'switch') radios()[i % 2 === 0 ? 0 : 1].click();
        else if (i % 2 === 0) document.querySelector('.article-body [data-trigger]').click();
        else document.querySelector('.aa-popover .popover-close').click();
      };
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        step(i);
        await new Promise((r) => setTimeout(r, 0));
        void document.body.offsetHeight;
        work.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        paint.push(performance.now() - t0);
      }
      return { work, paint };
    },
    { action, rounds },
  );
}

{
  const { context, page } = await load('/');
  const sw = await latencies(page, 'switch', 40);
  const card = await latencies(page, 'card', 40);
  await context.close();
  out(`## Interaction latency, seed article (median of 40)\n`);
  out(`| interaction | work (script, render, layout) | to next paint |`);
  out(`|---|---:|---:|`);
  out(`| version switch (target: within one frame, 16 ms) | **${ms(median(sw.work))}** | ${ms(median(sw.paint))} |`);
  out(`| card open / close (target: 16 ms) | **${ms(median(card.work))}** | ${ms(median(card.paint))} |`);
  out();
}

// 3. Scaling.
{
  out(`## Scaling: synthetic articles (20 people, two quotes a paragraph, three revisions)\n`);
  out(`| paragraphs | JSON | load to visible | version switch | card open / close |`);
  out(`|---:|---:|---:|---:|---:|`);
  const rows = [];
  for (const n of SIZES) {
    const loads = [];
    let sw, card;
    for (let i = 0; i < 3; i++) {
      const { context, page, visible } = await load(`/?article=/bench/synthetic-${n}.json`, `A synthetic article of ${n} paragraphs`);
      loads.push(visible);
      if (i === 0) {
        sw = await latencies(page, 'switch', n >= 10000 ? 6 : 20);
        card = await latencies(page, 'card', n >= 10000 ? 6 : 20);
      }
      await context.close();
    }
    const bytes = JSON.stringify(synthetic(n)).length;
    rows.push({ n, load: median(loads), sw: median(sw.work), card: median(card.work) });
    out(`| ${n} | ${kb(bytes)} | ${ms(median(loads))} | ${ms(median(sw.work))} | ${ms(median(card.work))} |`);
  }
  const growth = rows.slice(1).map((r, i) => `${rows[i].n}→${r.n}: switch x${(r.sw / Math.max(rows[i].sw, 0.1)).toFixed(1)}`);
  out(`\nGrowth per 10x paragraphs (linear would be x10 or less): ${growth.join(', ')}.`);
  const at1000 = rows.find((r) => r.n === 1000);
  if (at1000) out(`Switch at 1,000 paragraphs: **${ms(at1000.sw)}** (target: under 100 ms).`);
  out();
}

// 4. Memory after many switch and card cycles.
{
  const { context, page } = await load('/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.__aa.wasm?.memory?.buffer.byteLength ?? 0);
    return { heap, wasm };
  };
  const cycles = async (k) => {
    await latencies(page, 'switch', 2 * k);
    await latencies(page, 'card', 2 * k);
  };
  await cycles(10);
  const after10 = await measure();
  await cycles(990);
  const after1000 = await measure();
  await context.close();
  out(`## Memory after switch and card open/close cycles\n`);
  out(`| after | JS heap | WebAssembly memory |`);
  out(`|---|---:|---:|`);
  out(`| 10 cycles | ${kb(after10.heap)} | ${kb(after10.wasm)} |`);
  out(`| 1,000 cycles | ${kb(after1000.heap)} | ${kb(after1000.wasm)} |`);
  out();
}

const version = browser.version();
await browser.close();
await server.close();

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const header = `# Benchmark results\n\nRun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`./x bench\`; Chromium ${version} (headless); ${machine}.\n\n`;
await writeFile(`${ROOT}bench/RESULTS.md`, header + lines.join('\n') + '\n');
console.log(`\nWritten to bench/RESULTS.md`);
