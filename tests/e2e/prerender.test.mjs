// The published pages: the built site carries every article, pre-rendered,
// one page per version, readable before (and without) any script: footnote
// and name links work, the version switch links to each version's page;
// each page's head describes the article (Open Graph, Twitter, canonical,
// NewsArticle JSON-LD) and links its W3C Web Annotations; and hydration
// brings a page to life with the same DOM a client-only render makes, no
// console errors and no layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { launch, openViewer, quiet } from './lib/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = `${ROOT}target/prerender-site`;
const ARTICLES = `${ROOT}target/prerender-articles`;
const DIR = '/articles/iran-us-talks-2025-04-02/';
const seedLines = (await readFile(`${ROOT}tests/fixtures/seed-article.txt`, 'utf8')).split('\n');
const latestParagraphs = seedLines.slice(2, 21);
// The original lacks the five paragraphs the two updates added.
const originalParagraphs = latestParagraphs.filter((_, i) => i < 2 || i > 6);

let server, browser;
before(async () => {
  await rm(SITE, { recursive: true, force: true });
  await cp(`${ROOT}dist`, SITE, { recursive: true });
  // A second article, one the full build does not ship with, published over the built
  // site as the build would: markup in every text field, which must stay text.
  await rm(ARTICLES, { recursive: true, force: true });
  await mkdir(ARTICLES, { recursive: true });
  await cp(`${ROOT}assets/articles`, ARTICLES, { recursive: true });
  await cp(`${ROOT}tests/hostile/ok-markup-and-controls-in-every-text-field.json`, `${ARTICLES}/hostile.json`);
  execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', SITE, ARTICLES], { cwd: ROOT, stdio: 'pipe' });
  // The front page without the pre-rendered article: what a client-only render gives.
  const page = await readFile(`${SITE}/index.html`, 'utf8');
  const bare = page.replace(/(<main id="app")[^>]*>[\s\S]*(<\/main>)/, '$1 class="page" data-aa-viewer><p class="boot-message">Loading the article…</p>$2');
  assert.notEqual(bare, page, 'index.html has no pre-rendered #app');
  await writeFile(`${SITE}/client-only.html`, bare);
  server = await serve(SITE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with JavaScript off: what crawlers, reader modes and readers without scripts get. */
async function withoutJs(fn) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

const readArticle = (page) =>
  page.evaluate(() => ({
    headline: document.querySelector('h1.headline')?.textContent,
    paragraphs: [...document.querySelectorAll('.article-body .paragraph')].map((p) => p.textContent),
    updates: [...document.querySelectorAll('.update-entry-note')].map((n) => n.textContent),
    current: [...document.querySelectorAll('.version-modes [aria-current=page]')].map((a) => a.textContent),
    provenance: document.querySelector('.provenance-note')?.textContent ?? null,
  }));

test('without JavaScript the whole article is there, exactly as printed', async () => {
  const got = await withoutJs(async (page) => {
    await page.goto(server.url + '/');
    return readArticle(page);
  });
  assert.equal(got.headline, seedLines[0]);
  assert.deepEqual(got.paragraphs, latestParagraphs);
  assert.deepEqual(got.updates, [seedLines[21].slice(1), seedLines[22].slice(2)]);
  assert.deepEqual(got.current, ['Updated']);
});

test('without JavaScript, markers are footnote links to the updates and back, names link to the people list', async () => {
  await withoutJs(async (page) => {
    await page.goto(server.url + '/');
    const target = () => page.evaluate(() => ({ hash: location.hash, text: document.querySelector(':target')?.textContent ?? null }));
    // The `**` after Trump's comments.
    await page.click('.article-body .aa-marker >> text="**"');
    let t = await target();
    assert.equal(t.hash, '#iran-us-talks-2025-04-02-update-u2');
    assert.match(t.text, /Updated 4\/2 at 11:30pm with Trump comments\./);
    // And back to the passage it marks.
    await page.click(':target a.backlink');
    t = await target();
    assert.match(t.hash, /^#iran-us-talks-2025-04-02-tm\d+-2-0$/);
    assert.equal(t.text, '**');
    // A quote reads as text; its speaker's attribution leads to them in
    // "People in this article".
    assert.equal(await page.$$eval('.article-body a.ann-quote, .article-body a.ann-paraphrase', (els) => els.length), 0);
    await page.click('.article-body a.aa-trigger >> text="he said"');
    t = await target();
    assert.equal(t.hash, '#iran-us-talks-2025-04-02-person-trump');
    assert.match(t.text, /^Donald Trump/);
    // No control pretends to be interactive without the app.
    const fake = await page.$$eval('[role=button], [aria-expanded], [aria-haspopup], .annotated-article button', (els) => els.length);
    assert.equal(fake, 0);
  });
});

test('without JavaScript, the version switch opens each version’s own page', async () => {
  await withoutJs(async (page) => {
    await page.goto(server.url + '/');
    await page.click('.version-modes a >> text=Original');
    assert.equal(new URL(page.url()).pathname, `${DIR}version-original.html`);
    let got = await readArticle(page);
    assert.equal(got.headline, seedLines[0].replace(' (Updated)', ''));
    assert.deepEqual(got.paragraphs, originalParagraphs);
    assert.deepEqual(got.current, ['Original']);
    assert.match(got.provenance, /^Original reconstructed\./);
    await page.click('.version-timeline a >> text=4pm update');
    got = await readArticle(page);
    assert.equal(got.paragraphs.length, latestParagraphs.length - 3);
    await page.click('.version-modes a >> text=What changed');
    assert.equal(new URL(page.url()).pathname, `${DIR}changes.html`);
    assert.equal((await page.$$('.changes-view .change-block.is-added')).length, 5, 'the changes page marks the five paragraphs the updates added');
    await page.click('.version-modes a >> text=Updated');
    assert.equal(new URL(page.url()).pathname, `${DIR}index.html`);
    assert.deepEqual((await readArticle(page)).paragraphs, latestParagraphs);
  });
});

const head = (page) =>
  page.evaluate(() => {
    const meta = (key) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.content ?? null;
    return {
      title: document.title,
      lang: document.documentElement.lang,
      description: meta('description'),
      canonical: document.querySelector('link[rel=canonical]')?.href ?? null,
      og: { type: meta('og:type'), title: meta('og:title'), description: meta('og:description'), site: meta('og:site_name'), published: meta('article:published_time'), modified: meta('article:modified_time') },
      twitter: { card: meta('twitter:card'), title: meta('twitter:title') },
      jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      annotations: document.querySelector('link[rel=alternate][type="application/ld+json"]')?.href ?? null,
    };
  });

test('each page’s head describes its version for search engines, archives and link previews', async () => {
  await withoutJs(async (page) => {
    await page.goto(server.url + '/');
    const front = await head(page);
    const headline = seedLines[0];
    assert.equal(front.title, `${headline} — Diplomatic`);
    assert.equal(front.lang, 'en');
    assert.equal(front.description, seedLines[1]);
    assert.equal(front.canonical, `${server.url}${DIR}index.html`);
    assert.deepEqual(front.og, { type: 'article', title: headline, description: seedLines[1], site: 'Diplomatic', published: '2025-04-02', modified: '2025-04-02T23:30' });
    assert.deepEqual(front.twitter, { card: 'summary', title: headline });
    assert.equal(front.jsonld.length, 1);
    const ld = JSON.parse(front.jsonld[0]);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, headline);
    assert.equal(ld.datePublished, '2025-04-02');
    assert.equal(ld.dateModified, '2025-04-02T23:30');
    assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'Diplomatic' });
    assert.deepEqual(
      ld.workExample.map((v) => [v.version, v.datePublished ?? v.dateModified, v.description ?? null]),
      [
        ['original', '2025-04-02', null],
        ['4pm update', '2025-04-02T16:00', 'Updated 4/2/2025 at 4pm with U.S. official comment.'],
        ['11:30pm update', '2025-04-02T23:30', 'Updated 4/2 at 11:30pm with Trump comments.'],
      ],
    );
    // The original's page describes the original, and says it was reconstructed.
    await page.goto(`${server.url}${DIR}version-original.html`);
    const original = await head(page);
    assert.equal(original.canonical, `${server.url}${DIR}version-original.html`);
    const old = JSON.parse(original.jsonld[0]);
    assert.equal(old.headline, headline.replace(' (Updated)', ''));
    assert.equal(old.datePublished, '2025-04-02');
    assert.equal(old.dateModified, undefined);
    assert.match(old.creativeWorkStatus, /^Reconstructed/);
  });
});

test('the W3C Web Annotation collection says who said what, and each selector finds its words on the page', async () => {
  await withoutJs(async (page) => {
    await page.goto(server.url + '/');
    const { annotations } = await head(page);
    assert.equal(annotations, `${server.url}${DIR}annotations.jsonld`);
    const response = await page.request.get(annotations);
    assert.equal(response.headers()['content-type'], 'application/ld+json; charset=utf-8');
    const collection = await response.json();
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    const items = collection.first.items;
    assert.equal(items.length, collection.total);
    assert.ok(items.length >= 30, `only ${items.length} annotations`);
    const pages = new Map();
    for (const item of items) {
      assert.equal(item.type, 'Annotation');
      const source = new URL(item.target.source, annotations).href;
      if (!pages.has(source)) {
        await page.goto(source);
        pages.set(source, await page.$$eval('.article-body .paragraph', (ps) => ps.map((p) => p.textContent)));
      }
      const { prefix = '', exact, suffix = '' } = item.target.selector;
      const found = pages.get(source).filter((p) => p.includes(prefix + exact + suffix));
      assert.equal(found.length, 1, `${exact} is not on ${source} exactly once`);
    }
    const trump = items.filter((i) => i.body[0].value === 'Donald Trump' && i.body[1].value === 'quote').map((i) => i.target.selector.exact);
    assert.deepEqual(trump.slice(0, 2), ['“I think it’s better if we have direct talks,”', '“I think it goes faster and you understand the other side a lot better than if you go through intermediaries.”']);
  });
});

const settledDom = async (path) => {
  const { page, problems } = await openViewer(browser, server.url + path);
  await page.waitForSelector('.annotated-article[data-live]');
  await quiet(page);
  // The DOM as a string, attributes sorted: hydration keeps the server's
  // attribute order and the client adds its own after. Server HTML writes
  // `checked` as an attribute, the client sets the property: compare which
  // radios are checked instead.
  const html = await page.evaluate(() => {
    const write = (n) => {
      if (n.nodeType === Node.TEXT_NODE) return n.data;
      if (n.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...n.attributes].filter((a) => a.name !== 'checked').map((a) => `${a.name}="${a.value}"`).sort();
      return `<${n.localName} ${attrs.join(' ')}>${[...n.childNodes].map(write).join('')}</${n.localName}>`;
    };
    return {
      markup: write(document.querySelector('.annotated-article')),
      checked: [...document.querySelectorAll('input[type=radio]')].map((i) => i.checked),
    };
  });
  return { page, html, problems };
};

test('hydration gives the same page a client-only render does, with no console errors or warnings and nothing moving', async () => {
  // Before any script: remember the first paragraph and watch for layout shifts.
  const watch = () => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      window.__first = document.querySelector('.article-body .paragraph');
    });
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watch);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // Errors, and warnings too (where a hydration mismatch would show).
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto(server.url + '/');
  await page.waitForSelector('.annotated-article[data-live]');
  await quiet(page);
  const kept = await page.evaluate(() => window.__first !== null && window.__first === document.querySelector('.article-body .paragraph'));
  assert.ok(kept, 'hydration replaced the pre-rendered article instead of adopting it');
  assert.equal(await page.evaluate(() => window.__shift), 0, 'the page moved while coming to life');
  // Alive: the links became controls, and a card opens.
  assert.equal(await page.$eval('.article-body a.aa-trigger', (a) => a.getAttribute('role')), 'button');
  await page.click('text=Trump said Thursday night');
  await page.waitForSelector('[role=dialog]');
  assert.equal(new URL(page.url()).hash, '', 'opening a card followed the no-script link');
  await context.close();
  assert.deepEqual(problems, []);

  const hydrated = await settledDom('/');
  const client = await settledDom('/client-only.html');
  await hydrated.page.close();
  await client.page.close();
  assert.deepEqual(hydrated.problems, []);
  assert.deepEqual(client.problems, []);
  assert.deepEqual(hydrated.html, client.html);
});

test('a published page whose article data was taken out stays readable as published and tells the developer why', async () => {
  const html = await readFile(`${SITE}/index.html`, 'utf8');
  const damaged = html.replace(/<script type="application\/json" id="aa-article">[\s\S]*?<\/script>/, '');
  assert.notEqual(damaged, html, 'index.html carries its article data');
  await writeFile(`${SITE}/no-data.html`, damaged);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && /no article data/.test(m.text()) });
  await page.goto(server.url + '/no-data.html');
  // The warning comes from the WebAssembly's start, once it has run.
  assert.match((await warned).text(), /publish it again with `\.\/x build`/);
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  assert.equal(await page.$('.annotated-article[data-live]'), null, 'the viewer went live without its data');
  assert.deepEqual((await readArticle(page)).paragraphs, latestParagraphs);
  assert.equal(await page.$eval('.article-body a.aa-trigger', (a) => a.getAttribute('role')), null, 'a link became a control');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a version’s page comes to life as that version, and switches from there', async () => {
  const { page, problems } = await openViewer(browser, `${server.url}${DIR}version-original.html`);
  await page.waitForSelector('.annotated-article[data-live]');
  assert.deepEqual((await readArticle(page)).paragraphs, originalParagraphs);
  assert.equal(await page.$eval('.version-modes input:checked', (i) => i.parentElement.textContent.trim()), 'Original');
  await page.click('.version-modes label >> text=Updated');
  await page.waitForFunction((n) => document.querySelectorAll('.article-body .paragraph').length === n, latestParagraphs.length);
  assert.equal(new URL(page.url()).pathname, `${DIR}version-original.html`, 'switching reloaded the page');
  await page.close();
  assert.deepEqual(problems, []);
});

test('an article not built into the app is published, hydrated from the page, and its markup stays text', async () => {
  const path = '/articles/hostile/index.html';
  const noJs = await withoutJs(async (page) => {
    await page.goto(server.url + path);
    return page.evaluate(() => ({ headline: document.querySelector('h1.headline')?.textContent, title: document.title }));
  });
  assert.match(noJs.headline, /^Head2 <script>window.__pwned=1<\/script><img src=x onerror="window.__pwned=1">&amp;&lt;b&gt;/);
  assert.match(noJs.title, /^Head2 <script>/);
  // Hydrated from the JSON in the page, the same as a client-only render of the same file.
  const hydrated = await settledDom(path);
  const client = await settledDom(`${path}?article=article.json`);
  for (const { page } of [hydrated, client]) {
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.close();
  }
  assert.deepEqual(hydrated.problems, []);
  assert.deepEqual(client.problems, []);
  assert.deepEqual(hydrated.html, client.html);
});

test('viewer.html, for articles named in the address, never shows the built-in article in their place', async () => {
  const path = '/viewer.html?article=articles/hostile/article.json';
  const noJs = await withoutJs(async (page) => {
    await page.goto(server.url + path);
    return page.evaluate(() => ({ article: !!document.querySelector('.annotated-article'), text: document.querySelector('#app').innerText }));
  });
  assert.equal(noJs.article, false);
  assert.match(noJs.text, /needs JavaScript and WebAssembly/);
  const { page, problems } = await openViewer(browser, server.url + path);
  assert.match(await page.$eval('h1.headline', (h) => h.textContent), /^Head2 <script>/);
  await page.close();
  assert.deepEqual(problems, []);
});

test('a keyboard reader who reached the page’s links before the app woke keeps focus in the same place', async () => {
  // Each case: how many Tabs from the top, and what should have focus once the app runs.
  const cases = [
    [1, 'radio:Original'],
    [5, 'radio:4pm update'],
    [7, 'trigger'],
  ];
  for (const [tabs, want] of cases) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let release;
    const held = new Promise((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url + '/');
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    const before = await page.evaluate(() => document.activeElement.textContent.trim());
    release();
    await page.waitForSelector('.annotated-article[data-live]');
    await quiet(page);
    const after = await page.evaluate(() => {
      const el = document.activeElement;
      if (el.matches('input[type=radio]')) return `radio:${(el.parentElement.querySelector('.timeline-name') ?? el.parentElement).textContent.trim()}`;
      if (el.matches('.aa-trigger[role=button]')) return 'trigger';
      return el.tagName;
    });
    await page.close();
    assert.equal(after, want, `${tabs} Tab(s) reached “${before}”, but once the app ran focus was on ${after}`);
  }
});

test('published pages load the lean site build; one asked for another article sends the reader to viewer.html and the full build', async () => {
  const builds = (html) => [...new Set(html.match(/annotated-article(?:-site)?-[0-9a-f]{12,16}_bg\.wasm/g))];
  const front = builds(await readFile(`${SITE}/index.html`, 'utf8'));
  const version = builds(await readFile(`${SITE}${DIR}version-original.html`, 'utf8'));
  const viewer = builds(await readFile(`${SITE}/viewer.html`, 'utf8'));
  assert.equal(front.length, 1);
  assert.match(front[0], /^annotated-article-site-/);
  assert.deepEqual(version, front);
  assert.equal(viewer.length, 1);
  assert.doesNotMatch(viewer[0], /-site-/);

  // A relative address is read against the page that was asked, as before.
  const wasm = [];
  const page = await browser.newPage();
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).pathname.slice(1)));
  await page.goto(`${server.url}${DIR}version-original.html?article=../hostile/article.json`);
  await page.waitForSelector('.annotated-article[data-live] .article-body');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/viewer.html');
  assert.equal(url.searchParams.get('article'), '/articles/hostile/article.json');
  assert.match(await page.$eval('h1.headline', (h) => h.textContent), /^Head2 <script>/);
  assert.ok(wasm.includes(viewer[0]), `the full build was loaded: ${wasm}`);
  await page.close();
});

test('a published page fetches four files until it is live, each once: the stylesheet, one start-up script, the glue, the WebAssembly', async () => {
  // Fewer files than the browser's six connections to a host over HTTP/1.1,
  // so none waits for another to finish (bench/RESULTS.md, "Levers").
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.annotated-article[data-live]');
  const files = fetched.filter((p) => p !== '/' && !/\/favicon-[0-9a-f]+\.svg$/.test(p));
  assert.deepEqual(
    files.map((p) => p.replace(/-[0-9a-f]{12,16}(?=[._])/, '-…')).sort(),
    ['/annotated-article-site-….js', '/annotated-article-site-…_bg.wasm', '/start-….js', '/style-….css'],
    `fetched: ${fetched}`,
  );
  await page.close();
});
