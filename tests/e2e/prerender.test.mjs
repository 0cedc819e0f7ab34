// The pre-rendered page: the built index.html carries the article before
// any script runs (and without JavaScript at all), and hydration brings it
// to life with the same DOM a client-only render makes and no console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { launch, openViewer } from './lib/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = `${ROOT}target/prerender-site`;
const seedLines = (await readFile(`${ROOT}tests/fixtures/seed-article.txt`, 'utf8')).split('\n');

let server, browser;
before(async () => {
  await rm(SITE, { recursive: true, force: true });
  await cp(`${ROOT}dist`, SITE, { recursive: true });
  // The same page without the pre-rendered article: what a client-only render gives.
  const page = await readFile(`${SITE}/index.html`, 'utf8');
  const bare = page.replace(/(<main id="app" class="page">)[\s\S]*(<\/main>)/, '$1<p class="boot-message">Loading the article…</p>$2');
  assert.notEqual(bare, page, 'index.html has no pre-rendered #app');
  await writeFile(`${SITE}/client-only.html`, bare);
  server = await serve(SITE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('without JavaScript the whole article is there, exactly as printed', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  const got = await page.evaluate(() => ({
    headline: document.querySelector('h1.headline')?.textContent,
    paragraphs: [...document.querySelectorAll('.article-body .paragraph')].map((p) => p.textContent),
    updates: [...document.querySelectorAll('.update-entry-note')].map((n) => n.textContent),
  }));
  await context.close();
  assert.equal(got.headline, seedLines[0]);
  assert.deepEqual(got.paragraphs, seedLines.slice(2, 21));
  assert.deepEqual(got.updates, [seedLines[21].slice(1), seedLines[22].slice(2)]);
});

const settledDom = async (path) => {
  const { page, problems } = await openViewer(browser, server.url + path);
  await page.waitForTimeout(500);
  // Server HTML writes `checked` as an attribute, the client sets the
  // property: compare which radios are checked, and the markup without it.
  const html = await page.evaluate(() => ({
    markup: document.querySelector('.annotated-article').outerHTML.replace(/<!--[\s\S]*?-->/g, '').replaceAll(' checked=""', ''),
    checked: [...document.querySelectorAll('input[type=radio]')].map((i) => i.checked),
  }));
  // Alive: a card opens.
  await page.click('text=Trump said Thursday night');
  await page.waitForSelector('[role=dialog]');
  await page.close();
  return { html, problems };
};

test('hydration gives the same page a client-only render does, with no console errors', async () => {
  const hydrated = await settledDom('/');
  const client = await settledDom('/client-only.html');
  assert.deepEqual(hydrated.problems, []);
  assert.deepEqual(client.problems, []);
  assert.deepEqual(hydrated.html, client.html);
});
