// Accessibility gates on the built viewer (dist/), in headless Chromium:
// zero axe-core violations of the WCAG 2.2 A and AA rules in every state,
// a keyboard-only walk through every control, and no clipping or sideways
// scrolling at 320 px or with text zoomed to 200%. Run by ./x test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serve } from './lib/serve.mjs';
import { launch, openViewer, quiet, stillAnimations } from './lib/browser.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The pre-rendered page as a reader without JavaScript has it: none of
 * the page's scripts load (axe still can, which it could not with
 * JavaScript switched off altogether). */
async function withoutScripts(url, width) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.route(/\.(js|wasm)$/, (route) => route.abort());
  await page.goto(url);
  assert.equal(await page.$('.annotated-article[data-live]'), null, 'the viewer ran');
  return page;
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((tags) => globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
}

const STATES = [
  ['the latest version', '/', null],
  ['the original', '/#v=original', null],
  ['the 4pm update', '/#v=u1', null],
  ['the changes view', '/#v=changes', null],
  ['a speaker card open', '/', (p) => p.click('text=Trump said Thursday night')],
  ['an anonymous source card open', '/', (p) => p.click('text=an Iranian source tells Diplomatic')],
  ['an update note open', '/', (p) => p.click('.aa-marker >> nth=0')],
  ['a card opened from the people list', '/', (p) => p.click('.people-list button >> nth=0')],
  [
    'every statement marked, a card open from a quote',
    '/',
    async (p) => {
      await p.click('.aa-statement-switch input');
      await p.click('.article-body .aa-trigger >> text="“They wanted to use intermediaries,”"');
    },
  ],
  ['a card open from a quote in the calm reading', '/', (p) => p.click('.article-body .aa-quiet >> text="“They wanted to use intermediaries,”"')],
  ['the error panel for a missing file', '/?article=missing.json', null],
  ['the error panel for a refused address', '/?article=javascript:alert(1)', null],
  // What readers without JavaScript get: the pre-rendered pages, all links.
  ['the page without JavaScript', '/', 'no-js'],
  ['the original’s own page without JavaScript', '/articles/iran-us-talks-2025-04-02/version-original.html', 'no-js'],
  ['the changes page without JavaScript', '/articles/iran-us-talks-2025-04-02/changes.html', 'no-js'],
];

for (const width of [1280, 320]) {
  for (const [name, path, act] of STATES) {
    test(`axe: ${name} at ${width} px has no WCAG 2.2 A/AA violations`, async () => {
      const page = act === 'no-js' ? await withoutScripts(server.url + path, width) : (await openViewer(browser, server.url + path, { width, height: 800 })).page;
      if (act && act !== 'no-js') {
        await act(page);
        await page.waitForSelector('[role=dialog][data-placement]');
        await stillAnimations(page);
      }
      const violations = await axe(page);
      await page.close();
      assert.deepEqual(violations, [], violations.join('\n'));
    });
  }
}

test('the page loads with no errors in the console', async () => {
  const { page, problems } = await openViewer(browser, server.url + '/');
  await page.click('text=Trump said Thursday night');
  await page.click('.version-switch label >> text=Original');
  await page.close();
  assert.deepEqual(problems, []);
});

/** A short description of the focused element, for readable failures. */
const describeFocus = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const inPopover = !!el.closest('.aa-popover');
  const key = el.getAttribute('data-trigger') ?? el.getAttribute('href') ?? el.id ?? '';
  const radio = el.matches('input[type=radio]') ? `radio:${el.name}:${el.parentElement.textContent.trim()}` : '';
  return { key: radio || `${el.tagName.toLowerCase()}#${key}:${el.textContent.trim().slice(0, 30)}`, inPopover };
};

test('keyboard: Tab reaches every trigger, marker and control in reading order', async () => {
  const { page } = await openViewer(browser, server.url + '/');
  // What a keyboard user should meet, in document order (one stop per radio group).
  const expected = await page.evaluate(() => {
    const seen = new Set();
    return [...document.querySelectorAll('.annotated-article [tabindex="0"], .annotated-article button, .annotated-article a[href]:not([tabindex="-1"]), .annotated-article input[type=radio], .annotated-article input[type=checkbox]')]
      .filter((el) => !el.closest('.aa-popover'))
      .filter((el) => {
        if (!el.matches('input[type=radio]')) return true;
        if (seen.has(el.name)) return false;
        seen.add(el.name);
        return true;
      })
      .map((el) => {
        if (el.matches('input[type=radio]')) {
          const checked = document.querySelector(`input[name="${el.name}"]:checked`);
          return `radio:${el.name}:${checked.parentElement.textContent.trim()}`;
        }
        return `${el.tagName.toLowerCase()}#${el.getAttribute('data-trigger') ?? el.getAttribute('href') ?? el.id ?? ''}:${el.textContent.trim().slice(0, 30)}`;
      });
  });
  assert.ok(expected.length > 20, `only ${expected.length} focusable controls found`);
  // The calm reading: at most 30 stops from the top to the article's end.
  const inArticle = await page.evaluate(() => {
    const last = [...document.querySelectorAll('.article-body .paragraph')].pop();
    return [...document.querySelectorAll('a[href]:not([tabindex="-1"]), button, input, [tabindex="0"]')]
      .filter((el) => !el.closest('.aa-popover') && !(el.matches('input[type=radio]') && !el.checked))
      .filter((el) => el === last || last.compareDocumentPosition(el) & (Node.DOCUMENT_POSITION_PRECEDING | Node.DOCUMENT_POSITION_CONTAINED_BY)).length;
  });
  assert.ok(inArticle <= 30, `${inArticle} tab stops before the end of the article`);
  const reached = [];
  let popoverStops = 0;
  for (let i = 0; i < 2000 && reached.length < expected.length; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(describeFocus);
    if (!f) break;
    if (f.inPopover) {
      popoverStops++;
      continue;
    }
    if (reached[reached.length - 1] !== f.key) reached.push(f.key);
  }
  await page.close();
  assert.deepEqual(reached, expected);
  assert.ok(popoverStops > 0, 'Tab never entered an open card');
});

test('keyboard: every trigger and marker opens with Enter and Space and closes with Escape, focus always visible', async () => {
  const { page } = await openViewer(browser, server.url + '/');
  const triggers = (sel) => page.$$eval(sel, (els) => [...new Set(els.map((e) => e.getAttribute('data-trigger')))]);
  // The calm reading's triggers, then, with every statement marked, the rest.
  const calm = await triggers('[data-trigger]:not(.aa-quiet)');
  const quiet = await triggers('.aa-quiet[data-trigger]');
  assert.ok(calm.length > 30 && quiet.length > 20, `${calm.length} triggers, ${quiet.length} quiet`);
  for (const key of [...calm, 'switch', ...quiet]) {
    if (key === 'switch') {
      await page.click('.aa-statement-switch input');
      await page.waitForFunction(() => !document.querySelector('.aa-quiet'));
      continue;
    }
    const sel = `[data-trigger="${key}"]`;
    // Arrive by keyboard: Shift+Tab back from the next stop, so focus is "visible".
    await page.focus(sel);
    await page.keyboard.press('Escape');
    for (const press of ['Enter', ' ']) {
      await page.keyboard.press(press);
      const open = await page.$eval(sel, (e) => e.getAttribute('aria-expanded'));
      assert.equal(open, 'true', `${key}: ${press === ' ' ? 'Space' : press} did not open it`);
      assert.ok(await page.$('[role=dialog]'), `${key}: no dialog`);
      await page.keyboard.press('Escape');
      const closed = await page.$eval(sel, (e) => e.getAttribute('aria-expanded'));
      assert.equal(closed, 'false', `${key}: Escape did not close it`);
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-trigger'));
      assert.equal(focused, key, `${key}: focus left the trigger after Escape`);
    }
    const outline = await page.$eval(sel, (e) => {
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
    assert.ok(outline, `${key}: no visible focus outline`);
  }
  await page.close();
});

test('touch: every trigger and marker in the text has a hit area of at least 24 × 24 px on a 390 px phone, the text unmoved', async () => {
  const { page } = await openViewer(browser, server.url + '/', { width: 390, height: 844 });
  const lines = () => page.$$eval('.article-body .paragraph', (ps) => ps.map((p) => p.getBoundingClientRect().height));
  const before = await lines();
  const misses = await page.evaluate(async () => {
    const out = [];
    for (const el of document.querySelectorAll('.article-body .aa-trigger, .article-body .aa-marker')) {
      el.scrollIntoView({ block: 'center' });
      // Each line box of a trigger that wraps is its own target.
      for (const r of el.getClientRects()) {
        if (r.width < 1) continue;
        const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
        const half = 11.5; // a 23 px square around the centre: a 24 px target, less rounding
        const hits = [
          [cx, cy - half],
          [cx, cy + half],
          [cx - half, cy],
          [cx + half, cy],
        ].every(([x, y]) => {
          const hit = document.elementFromPoint(x, y);
          return hit === el || el.contains(hit);
        });
        if (!hits) out.push(`${el.textContent.trim().slice(0, 30)}: ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
  assert.deepEqual(misses, [], `targets under 24 × 24 px:\n${misses.join('\n')}`);
  // What makes the area (padding, a marker's ::after) does not move the lines.
  await page.addStyleTag({ content: '.aa-trigger { padding-block: 0 !important } .aa-marker::after { content: none !important }' });
  assert.deepEqual(await lines(), before);
  await page.close();
});

async function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const wide = doc.scrollWidth - doc.clientWidth;
    const clipped = [...document.querySelectorAll('.annotated-article *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden')
      .filter((el) => !el.closest('.visually-hidden') && !el.matches('input'))
      .map((el) => el.className || el.tagName);
    return { wide, clipped };
  });
}

for (const [name, width, zoom] of [
  ['a 320 px screen', 320, '100%'],
  ['text zoomed to 200% on a 640 px screen', 640, '200%'],
  ['text zoomed to 200% on a 1280 px screen', 1280, '200%'],
]) {
  test(`no sideways scrolling or clipped text on ${name}`, async () => {
    for (const path of ['/', '/#v=changes']) {
      const { page } = await openViewer(browser, server.url + path, { width, height: 800 });
      await page.evaluate((z) => (document.documentElement.style.fontSize = z), zoom);
      await quiet(page);
      const before = await overflow(page);
      assert.equal(before.wide, 0, `${path}: the page scrolls sideways by ${before.wide}px`);
      assert.deepEqual(before.clipped, [], `${path}: clipped`);
      if (path === '/') {
        await page.click('text=Trump said Thursday night');
        await page.waitForSelector('[role=dialog][data-placement]');
        const card = await page.$eval('[role=dialog]', (c) => {
          const r = c.getBoundingClientRect();
          return { left: r.left, right: r.right, width: innerWidth };
        });
        assert.ok(card.left >= 0 && card.right <= card.width + 0.5, `card outside the screen: ${JSON.stringify(card)}`);
        const open = await overflow(page);
        assert.equal(open.wide, 0, 'an open card makes the page scroll sideways');
      }
      await page.close();
    }
  });
}
