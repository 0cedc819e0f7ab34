// The embedding checks, written once against a small page adapter so the
// same assertions run in Chromium (Playwright) and Firefox (WebDriver):
//   open(path, { width, height, csp }) → { run(fn, ...args), frameRun(fn, ...args),
//     resize(w, h), wait(ms), cspReports(), close() }
// `run` evaluates `fn` in the host page, `frameRun` in the iframe's page.

const until = async (page, fn, what, ms = 8000) => {
  for (let t = 0; t < ms; t += 100) {
    if (await page.run(fn)) return;
    await page.wait(100);
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** Waits until the viewer in the iframe runs: its page is pre-rendered, so
 * the article shows (and the iframe sizes) before the controls exist. */
const frameLive = (page) =>
  until({ run: page.frameRun, wait: page.wait }, () => !!document.querySelector('.annotated-article[data-live] .article-body'), 'the viewer in the iframe');

/** The iframe is there and the direct embed runs (its links are controls). */
const embedsReady = () => {
  const frame = document.querySelector('#frame-embed iframe');
  const latest = document.querySelector('#direct-latest')?.shadowRoot?.querySelector('.annotated-article[data-live] h1.headline');
  return !!(frame && latest);
};

const frameHeights = () => {
  const frame = document.querySelector('#frame-embed iframe');
  return frame.getBoundingClientRect().height;
};
const contentHeight = () => document.documentElement.getBoundingClientRect().height;

async function heightsMatch(page, assert, label) {
  let frame = 0;
  let content = -100;
  for (let t = 0; t < 5000; t += 100) {
    frame = await page.run(frameHeights);
    content = await page.frameRun(contentHeight);
    if (Math.abs(frame - content) <= 3) break;
    await page.wait(100);
  }
  assert.ok(Math.abs(frame - content) <= 3, `${label}: iframe ${frame}px, content ${content}px`);
  return frame;
}

const HEADLINE = 'Iran could agree to direct talks with U.S. if progress in indirect mediation (Updated)';

/** Switches the viewer in the iframe to the original and waits until a
 * reader sees it (its headline, without "(Updated)"), so that the heights
 * compared next are the original's, not the latest's still on screen. */
async function showOriginalInFrame(page) {
  await page.frameRun(() => document.querySelector('.version-modes input').click());
  const original = () => (document.querySelector('h1.headline')?.textContent ?? '').endsWith('indirect mediation');
  await until({ run: page.frameRun, wait: page.wait }, original, 'the original in the iframe');
}

export const CHECKS = {
  'each embed renders the article': async (open, assert) => {
    const page = await open('/');
    await until(page, embedsReady, 'the embeds');
    const direct = await page.run(() => document.querySelector('#direct-latest').shadowRoot.querySelector('h1.headline').textContent);
    assert.equal(direct, HEADLINE);
    await page.run(() => document.querySelector('#direct-original').scrollIntoView());
    await until(page, () => !!document.querySelector('#direct-original').shadowRoot?.querySelector('.article-body'), 'the lazy embed');
    const original = await page.run(() => {
      const s = document.querySelector('#direct-original').shadowRoot;
      return { headline: s.querySelector('h1.headline').textContent, markers: s.querySelectorAll('.aa-marker').length };
    });
    assert.deepEqual(original, { headline: HEADLINE.replace(' (Updated)', ''), markers: 0 }, 'version="original" opens the original');
    let inFrame;
    for (let t = 0; t < 8000 && inFrame !== HEADLINE; t += 100) {
      inFrame = await page.frameRun(() => document.querySelector('h1.headline')?.textContent ?? null);
      await page.wait(100);
    }
    assert.equal(inFrame, HEADLINE);
    await page.close();
  },

  'the iframe is as tall as its content, after a version switch and at 320 px': async (open, assert) => {
    const page = await open('/');
    await until(page, embedsReady, 'the embeds');
    const first = await heightsMatch(page, assert, 'on load');
    await frameLive(page);
    await showOriginalInFrame(page);
    const original = await heightsMatch(page, assert, 'after switching to the original');
    assert.ok(original < first - 100, `the original is shorter (${original} vs ${first})`);
    await page.resize(320, 700);
    const narrow = await heightsMatch(page, assert, 'at 320 px');
    assert.ok(narrow > original, 'a narrow column is taller');
    await page.close();
  },

  'embeds served from another origin than the host page work the same': async (open, assert) => {
    const page = await open('/cross-origin.html', { crossOrigin: true });
    await until(page, embedsReady, 'the cross-origin embeds');
    const src = await page.run(() => document.querySelector('#frame-embed iframe').src);
    assert.ok(src.startsWith('http://localhost:'), `the iframe is on another origin: ${src}`);
    await heightsMatch(page, assert, 'cross-origin iframe');
    const direct = await page.run(() => document.querySelector('#direct-latest').shadowRoot.querySelector('h1.headline').textContent);
    assert.equal(direct, HEADLINE);
    await page.close();
  },

  'a page that already uses Pym.js sizes the iframe with no new code': async (open, assert) => {
    const page = await open('/pym.html');
    await until(page, () => !!document.querySelector('#frame-embed iframe'), 'the Pym iframe');
    const first = await heightsMatch(page, assert, 'Pym, on load');
    assert.ok(first > 1000, `the Pym iframe grew to its content (${first}px)`);
    await frameLive(page);
    await showOriginalInFrame(page);
    const original = await heightsMatch(page, assert, 'Pym, after a version switch');
    assert.ok(original < first);
    await page.close();
  },

  'keyboard inside a direct embed: focus opens a card, Tab enters it, Escape returns': async (open, assert) => {
    const page = await open('/');
    await until(page, embedsReady, 'the embeds');
    const result = await page.run(async () => {
      const shadow = document.querySelector('#direct-latest').shadowRoot;
      // Polls for what a reader would see, for up to three seconds.
      const wait = async (fn) => {
        for (let t = 0; t < 3000 && !fn(); t += 20) await new Promise((r) => setTimeout(r, 20));
        return fn();
      };
      const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
      const trigger = shadow.querySelector('.aa-trigger[data-trigger]');
      trigger.focus();
      await wait(() => trigger.getAttribute('aria-expanded') === 'true' && shadow.querySelector('[role=dialog]'));
      const opened = trigger.getAttribute('aria-expanded');
      key(trigger, 'Tab');
      const inCard = await wait(() => !!shadow.activeElement?.closest('[role=dialog]'));
      key(shadow.activeElement, 'Escape');
      const closed = await wait(() => !shadow.querySelector('[role=dialog]'));
      return { opened, inCard, closed, back: shadow.activeElement === trigger };
    });
    assert.deepEqual(result, { opened: 'true', inCard: true, closed: true, back: true });
    await page.close();
  },

  'a speaker card opens inside a direct embed, above the host page and unclipped': async (open, assert) => {
    const page = await open('/');
    await until(page, embedsReady, 'the embeds');
    // The iframe above grows to its content: only then is the page laid out.
    await frameLive(page);
    await heightsMatch(page, assert, 'the iframe above the embed');
    const result = await page.run(async () => {
      const host = document.querySelector('#direct-latest');
      const trigger = [...host.shadowRoot.querySelectorAll('[data-trigger]')].find((t) => t.textContent === 'Trump said Thursday night');
      trigger.scrollIntoView({ block: 'center' });
      trigger.click();
      // Until the card is open, placed (it is measured before it shows) and
      // done with its entrance animation, which moves it.
      for (let t = 0; t < 3000; t += 20) {
        const open = host.shadowRoot.querySelector('[role=dialog][data-placement]');
        const still = open && open.getAnimations().every((a) => a.playState !== 'running');
        if (still && getComputedStyle(open).visibility === 'visible') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const card = host.shadowRoot.querySelector('[role=dialog]');
      if (!card) return { open: false };
      const r = card.getBoundingClientRect();
      const style = getComputedStyle(card);
      // What is on top at the card's centre and corners: the card (seen from
      // the page as its host element), not the site's header or promo.
      const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 4, r.top + 4], [r.right - 4, r.bottom - 4]];
      const onTop = points.map(([x, y]) => {
        const el = document.elementFromPoint(x, y);
        return el === host && host.shadowRoot.elementFromPoint(x, y)?.closest('[role=dialog]') === card;
      });
      return {
        open: true,
        visible: style.visibility === 'visible' && style.display !== 'none',
        inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        onTop,
        name: card.querySelector('.card-name')?.textContent,
      };
    });
    assert.deepEqual(result, { open: true, visible: true, inside: true, onTop: [true, true, true], name: 'Donald Trump' });
    await page.close();
  },

  "the host page's styles are unchanged by the viewer": async (open, assert) => {
    const page = await open('/');
    const snapshot = () =>
      [...document.querySelectorAll('.host-para, .site-header, .sidebar button, h1')].map((el) => {
        const s = getComputedStyle(el);
        return [el.className || el.tagName, s.color, s.fontFamily, s.fontSize, s.margin, s.textAlign, s.backgroundColor].join(' | ');
      });
    const before = await page.run(snapshot);
    await until(page, embedsReady, 'the embeds');
    // The viewer's own stylesheet is in: had it leaked, it would show now.
    await until(page, () => !!document.querySelector('#direct-latest').shadowRoot.querySelector('link[rel=stylesheet]')?.sheet, "the viewer's stylesheet");
    const after = await page.run(snapshot);
    assert.deepEqual(after, before);
    assert.ok(before.some((s) => s.includes('rgb(122, 0, 0)')), 'the host paragraph keeps its own colour');
    await page.close();
  },

  'a lazy embed below the fold loads its WebAssembly only when it nears the viewport': async (open, assert) => {
    const page = await open('/lazy.html', { width: 1280, height: 800 });
    // The element is set up (its placeholder shows), and an observer of our
    // own, made after the element's, has had its first answer: so has the
    // element's, which would have loaded the viewer had the embed been near.
    await until(page, () => !!document.querySelector('#lazy').shadowRoot?.textContent.includes('Loading'), 'the placeholder');
    await page.run(
      () =>
        new Promise((done) => {
          const seen = new IntersectionObserver(() => (seen.disconnect(), done()));
          seen.observe(document.querySelector('#lazy'));
        }),
    );
    const wasm = () => page.run(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
    const early = await page.run(() => !!document.querySelector('#lazy').shadowRoot?.querySelector('.article-body'));
    assert.equal(early, false, 'rendered before it was near');
    assert.equal(await wasm(), 0, 'fetched the WebAssembly before it was near');
    await page.run(() => document.querySelector('#lazy').scrollIntoView());
    await until(page, () => !!document.querySelector('#lazy').shadowRoot?.querySelector('.article-body'), 'the lazy embed');
    assert.equal(await wasm(), 1);
    await page.close();
  },

  'under a strict Content-Security-Policy the host page and the viewer load with no violations': async (open, assert) => {
    for (const path of ['/', '/embeds/article-viewer/']) {
      const page = await open(path, { csp: true });
      if (path === '/') {
        await until(page, embedsReady, 'the embeds');
        await page.run(() => {
          const host = document.querySelector('#direct-latest');
          host.shadowRoot.querySelector('[data-trigger]').click();
        });
      } else {
        await until(page, () => !!document.querySelector('.annotated-article[data-live] .article-body'), 'the viewer');
        await page.run(() => document.querySelector('[data-trigger]').click());
      }
      // A violation on purpose, after the viewer's work: once its report is
      // in, the browser has reported (so the check can see a report at all),
      // and any violation of the viewer's would have come before it.
      await page.run(() => {
        const img = document.createElement('img');
        img.src = 'http://127.0.0.1:9/csp-control.png';
        document.body.append(img);
      });
      const control = (r) => r.includes('127.0.0.1:9');
      for (let t = 0; t < 10_000 && !page.cspReports().some(control); t += 100) await page.wait(100);
      assert.ok(page.cspReports().some(control), `${path}: the control violation was never reported`);
      const reports = page.cspReports().filter((r) => !control(r));
      assert.deepEqual(reports, [], `${path}: the browser reported ${reports.join(', ')}`);
      await page.close();
    }
  },
};
