// Host safety, checked in every engine through the same page adapter as
// embed-checks.mjs: a host page's own `#app` is left alone, two embeds of
// one article share nothing, a removed embed leaves nothing behind, attribute
// changes reload, an article id starting with a digit works, and
// `?article=` refuses other sites.
import { DIGIT_ID } from './site.mjs';

const until = async (page, fn, what, ms = 10_000) => {
  for (let t = 0; t < ms; t += 100) {
    if (await page.run(fn)) return;
    await page.wait(100);
  }
  throw new Error(`timed out waiting for ${what}`);
};

const bothLive = () =>
  ['one', 'two'].every((id) => !!document.getElementById(id)?.shadowRoot?.querySelector('.annotated-article[data-live] .article-body'));

export const HOST_SAFETY = {
  "a host page's own #app is left alone, and two embeds of one article share no id": async (open, assert) => {
    const page = await open('/fixtures/host-app.html');
    await until(page, bothLive, 'both embeds');
    const seen = await page.run(() => {
      const hosts = [...document.querySelectorAll('annotated-article')];
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      for (const h of hosts) ids.push(...[...h.shadowRoot.querySelectorAll('[id]')].map((e) => e.id));
      const groups = hosts.flatMap((h) => [...new Set([...h.shadowRoot.querySelectorAll('input[type=radio]')].map((r) => r.name))]);
      return { app: document.getElementById('app').outerHTML, ids, groups };
    });
    assert.equal(seen.app, `<div id="app"><p id="host-app-text">The host page's own app.</p></div>`);
    const twice = seen.ids.filter((id, i) => seen.ids.indexOf(id) !== i);
    assert.ok(seen.ids.length > 60, `ids counted: ${seen.ids.length}`);
    assert.deepEqual(twice, [], 'ids used twice');
    assert.equal(new Set(seen.groups).size, 4, `radio groups: ${seen.groups}`);
    await page.close();
  },

  'two embeds of one article: cards, outside presses, keyboard, Escape and jump links work in each alone': async (open, assert) => {
    const page = await open('/fixtures/host-app.html');
    await until(page, bothLive, 'both embeds');
    const result = await page.run(async () => {
      const [one, two] = ['one', 'two'].map((id) => document.getElementById(id).shadowRoot);
      const wait = async (fn) => {
        for (let t = 0; t < 3000 && !fn(); t += 20) await new Promise((r) => setTimeout(r, 20));
        return fn();
      };
      const press = (el) => {
        const at = el.getBoundingClientRect();
        const init = { bubbles: true, composed: true, pointerType: 'mouse', clientX: at.left + 2, clientY: at.top + 2 };
        el.dispatchEvent(new PointerEvent('pointerdown', init));
        el.click();
      };
      const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
      const out = {};
      const inOne = one.querySelector('.aa-trigger[data-trigger]');
      const inTwo = two.querySelector(`[data-trigger="${inOne.dataset.trigger}"]`);
      out.sameKey = !!inTwo;
      inOne.scrollIntoView({ block: 'center' });
      const listening = window.__leaks().listeners;
      press(inOne);
      out.oneOpens = await wait(() => !!one.querySelector('[role=dialog]'));
      // As a reader's next press would, wait until the open card listens
      // for presses outside it.
      await wait(() => window.__leaks().listeners > listening);
      out.twoStaysShut = !two.querySelector('[role=dialog]');
      // The same trigger in the other viewer is outside the first one.
      inTwo.scrollIntoView({ block: 'center' });
      press(inTwo);
      out.twoOpens = await wait(() => !!two.querySelector('[role=dialog]'));
      out.oneCloses = await wait(() => !one.querySelector('[role=dialog]'));
      // Keyboard in the second: Tab into its card once it is placed on
      // screen (data-placement), as a reader sees it, Escape back to its trigger.
      await wait(() => !!two.querySelector('[role=dialog][data-placement]'));
      key(inTwo, 'Tab');
      out.focusInTwosCard = await wait(() => !!two.activeElement?.closest('[role=dialog]'));
      // From wherever focus is, so that a failed Tab is reported, not thrown.
      key(two.activeElement ?? inTwo, 'Escape');
      out.twoClosed = await wait(() => !two.querySelector('[role=dialog]'));
      out.backOnTwosTrigger = two.activeElement === inTwo;
      out.oneStillShut = !one.querySelector('[role=dialog]');
      // A jump link in the first viewer's card lands in the first viewer.
      const person = [...one.querySelectorAll('[data-trigger]')].find((t) => t.textContent === 'Trump said Thursday night');
      person.scrollIntoView({ block: 'center' });
      press(person);
      await wait(() => !!one.querySelector('.statement'));
      one.querySelectorAll('.statement')[1].click();
      out.jumpedInOne = await wait(() => !!one.activeElement?.matches('[data-trigger][data-flashing]'));
      out.nothingFlashesInTwo = !two.querySelector('[data-flashing]');
      return out;
    });
    assert.deepEqual(result, {
      sameKey: true,
      oneOpens: true,
      twoStaysShut: true,
      twoOpens: true,
      oneCloses: true,
      focusInTwosCard: true,
      twoClosed: true,
      backOnTwosTrigger: true,
      oneStillShut: true,
      jumpedInOne: true,
      nothingFlashesInTwo: true,
    });
    await page.close();
  },

  'a removed embed leaves no listener or timer behind, and works again when added back': async (open, assert) => {
    const page = await open('/fixtures/host-app.html');
    await until(page, bothLive, 'both embeds');
    const result = await page.run(async () => {
      const wait = async (fn) => {
        for (let t = 0; t < 5000 && !fn(); t += 20) await new Promise((r) => setTimeout(r, 20));
        return fn();
      };
      const one = document.getElementById('one');
      const out = { atRest: window.__leaks() };
      // An open card listens to the document and the window; hovering
      // another trigger starts the hover-intent timer.
      const [first, second] = one.shadowRoot.querySelectorAll('.article-body [data-trigger]');
      first.click();
      await wait(() => !!one.shadowRoot.querySelector('[role=dialog]'));
      second.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      // The card's listeners come with the effect after its render, which
      // WebKit once ran after the dialog was already in the page.
      await wait(() => window.__leaks().timers > out.atRest.timers && window.__leaks().listeners >= out.atRest.listeners + 2);
      out.busy = window.__leaks();
      // Yew takes a viewer down in its next scheduler run: poll for rest, then record.
      const atRest = () => JSON.stringify(window.__leaks()) === JSON.stringify(out.atRest);
      one.remove();
      await wait(atRest);
      out.removed = window.__leaks();
      out.emptied = one.shadowRoot.querySelector('.annotated-article') === null;
      document.body.append(one);
      out.back = await wait(() => !!one.shadowRoot.querySelector('.annotated-article[data-live] .article-body'));
      one.shadowRoot.querySelector('.article-body [data-trigger]').click();
      out.cardAgain = await wait(() => !!one.shadowRoot.querySelector('[role=dialog]'));
      one.remove();
      await wait(atRest);
      out.removedAgain = window.__leaks();
      return out;
    });
    const { atRest, busy, removed, removedAgain } = result;
    assert.ok(busy.listeners >= atRest.listeners + 2, `an open card adds listeners (${JSON.stringify(result)})`);
    assert.ok(busy.timers > atRest.timers, `hovering starts a timer (${JSON.stringify(result)})`);
    assert.deepEqual(removed, atRest, 'after removal');
    assert.deepEqual(removedAgain, atRest, 'after the second removal');
    assert.equal(result.emptied, true);
    assert.equal(result.back, true, 'added back, it renders');
    assert.equal(result.cardAgain, true, 'added back, its cards open');
    await page.close();
  },

  'changing src or version reloads the embed': async (open, assert) => {
    const page = await open('/fixtures/host-app.html');
    await until(page, bothLive, 'both embeds');
    await page.run(() => document.getElementById('two').setAttribute('version', 'original'));
    await until(page, () => document.getElementById('two').shadowRoot.querySelector('h1.headline')?.textContent.endsWith('mediation'), 'the original');
    const markers = await page.run(() => document.getElementById('two').shadowRoot.querySelectorAll('.aa-marker').length);
    assert.equal(markers, 0, 'the original has no update markers');
    await page.run(() => document.getElementById('two').setAttribute('src', '/fixtures/digit-article.json'));
    await until(
      page,
      () => !!document.getElementById('two').shadowRoot.querySelector('.annotated-article[data-live] [id*="2025-iran-talks-person-"]'),
      'the article from the new src',
    );
    const one = await page.run(() => document.getElementById('one').shadowRoot.querySelector('h1.headline').textContent);
    assert.ok(one.endsWith('(Updated)'), 'the other embed is untouched');
    await page.close();
  },

  "an article id that starts with a digit: Tab into a card, and its jump links, work in the page's own viewer": async (open, assert) => {
    const page = await open('/embeds/article-viewer/viewer.html?article=/fixtures/digit-article.json');
    await until(page, () => !!document.querySelector('.annotated-article[data-live] .article-body'), 'the viewer');
    const result = await page.run(async () => {
      const wait = async (fn) => {
        for (let t = 0; t < 3000 && !fn(); t += 20) await new Promise((r) => setTimeout(r, 20));
        return fn();
      };
      const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      const out = {};
      // The viewer fetches this article: poll until its trigger is in the page.
      const find = () => [...document.querySelectorAll('.article-body [data-trigger]')].find((t) => t.textContent === 'Trump said Thursday night');
      await wait(() => !!find());
      const trigger = find();
      trigger.focus();
      // Open means placed on screen (data-placement), as a reader sees it, before the Tab.
      out.cardOpens = await wait(() => !!document.querySelector('[role=dialog][data-placement]'));
      key(trigger, 'Tab');
      out.tabEntersCard = await wait(() => !!document.activeElement?.closest('[role=dialog]'));
      document.querySelectorAll('.statement')[0].click();
      out.statementJumps = await wait(() => !!document.activeElement?.matches('.article-body [data-trigger][data-flashing]'));
      const marker = document.querySelector('.aa-marker');
      marker.click();
      await wait(() => !!document.querySelector('.note-link a'));
      document.querySelector('.note-link a').click();
      out.noteJumps = await wait(() => document.activeElement?.id?.startsWith('2025-iran-talks-update-'));
      return out;
    });
    assert.deepEqual(result, { cardOpens: true, tabEntersCard: true, statementJumps: true, noteJumps: true });
    assert.ok(DIGIT_ID.match(/^[0-9]/));
    await page.close();
  },

  '?article= names another site: refused, with a message naming the address': async (open, assert) => {
    let address;
    const page = await open((server) => {
      address = `${server.other}/fixtures/digit-article.json`;
      return `/embeds/article-viewer/viewer.html?article=${encodeURIComponent(address)}`;
    }, { crossOrigin: true });
    await until(page, () => !!document.querySelector('.annotated-article[data-live] .error-panel'), 'the error panel');
    const text = await page.run(() => document.querySelector('.error-panel').textContent);
    assert.ok(text.includes(`does not show articles from ${new URL(address).origin}`), text);
    assert.ok(text.includes(address) && text.includes('AA_ARTICLE_ORIGINS'), text);
    const fetched = await page.run(() => performance.getEntriesByType('resource').some((e) => e.name.includes('digit-article')));
    assert.equal(fetched, false, 'nothing was fetched from the other site');
    await page.close();
  },
};
