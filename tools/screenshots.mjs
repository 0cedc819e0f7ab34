// The README's pictures (the viewer with a card open, and the calm reading
// before and after), from a release
// build: `node tools/screenshots.mjs [dist]` (after `./x build`; uses the
// end-to-end checks' Chromium). "Before" is the reader's switch "Mark every
// quote and paraphrase" turned on, which draws the text as every version
// before the calm reading did.
import { serve } from '../tests/e2e/lib/serve.mjs';
import { launch, openViewer, quiet } from '../tests/e2e/lib/browser.mjs';

const dist = process.argv[2] ?? new URL('../dist/', import.meta.url).pathname;
const out = new URL('../docs/', import.meta.url).pathname;
const server = await serve(dist);
const browser = await launch();
try {
  const { page } = await openViewer(browser, server.url + '/', { width: 900, height: 760 });
  const shoot = async (name) => {
    await page.evaluate(() => document.querySelector('.article-body .paragraph:nth-child(5)').scrollIntoView({ block: 'start' }));
    await page.mouse.move(1, 1);
    await quiet(page);
    await page.screenshot({ path: `${out}${name}.png` });
  };
  await shoot('calm-after');
  await page.click('.aa-statement-switch input');
  await page.waitForFunction(() => !document.querySelector('.aa-quiet'));
  await shoot('calm-before');
  await page.close();
  // The README's first picture: a card open in the calm reading.
  const card = (await openViewer(browser, server.url + '/', { width: 1100, height: 950 })).page;
  await card.click('text=an Iranian source tells Diplomatic');
  await card.waitForSelector('[role=dialog][data-placement]');
  await card.mouse.move(1, 1);
  await quiet(card);
  await card.screenshot({ path: `${out}screenshot.png` });
} finally {
  await browser.close();
  await server.close();
}
