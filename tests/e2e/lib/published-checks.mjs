// The published pages in an engine driven through WebDriver (Firefox,
// WebKit; Chromium has its own, fuller checks in prerender.test.mjs): the
// pre-rendered front page and a version's own page come to life as what
// they show, the links turn into controls, and a card opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const seedLines = (await readFile(`${ROOT}tests/fixtures/seed-article.txt`, 'utf8')).split('\n');
const latest = seedLines.slice(2, 21);

/** Runs the checks in the engine `start()` opens, named `engine`. */
export function publishedChecksIn(engine, start) {
  let ff, server;
  before(async () => {
    server = await serve(`${ROOT}dist`);
    ff = await start();
  });
  after(async () => {
    await ff?.quit();
    await server?.close();
  });

  /** Waits until the viewer runs, then reads what a reader sees. */
  const alive = () =>
    new Promise((done, fail) => {
      const started = Date.now();
      const look = () => {
        const root = document.querySelector('.annotated-article[data-live]');
        if (!root) return Date.now() - started > 10000 ? fail(new Error('the viewer never came to life')) : setTimeout(look, 50);
        done({
          paragraphs: [...root.querySelectorAll('.article-body .paragraph')].map((p) => p.textContent),
          checked: root.querySelector('.version-modes input:checked')?.parentElement.textContent.trim() ?? null,
          triggerRole: root.querySelector('.article-body a.aa-trigger')?.getAttribute('role') ?? null,
          failure: document.body.textContent.includes('stopped working'),
        });
      };
      look();
    });

  test(`${engine}: the pre-rendered front page hydrates into the working viewer`, async () => {
    await ff.goto(server.url + '/');
    const got = await ff.run(alive);
    assert.deepEqual(got, { paragraphs: latest, checked: 'Updated', triggerRole: 'button', failure: false });
    const card = await ff.run(
      () =>
        new Promise((done) => {
          [...document.querySelectorAll('.aa-trigger')].find((t) => t.textContent === 'Trump said Thursday night').click();
          const started = Date.now();
          const look = () => {
            const name = document.querySelector('[role=dialog] .card-name')?.textContent ?? null;
            if (name === null && Date.now() - started < 5000) return setTimeout(look, 50);
            done({ name, hash: location.hash });
          };
          look();
        }),
    );
    assert.deepEqual(card, { name: 'Donald Trump', hash: '' });
  });

  test(`${engine}: a version’s own page hydrates as that version`, async () => {
    await ff.goto(server.url + '/articles/iran-us-talks-2025-04-02/version-original.html');
    const got = await ff.run(alive);
    assert.deepEqual(got, { paragraphs: latest.filter((_, i) => i < 2 || i > 6), checked: 'Original', triggerRole: 'button', failure: false });
  });
}
