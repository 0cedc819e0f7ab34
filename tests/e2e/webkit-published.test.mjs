// The published pages in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver).
import { publishedChecksIn } from './lib/published-checks.mjs';
import { webkit } from './lib/webdriver.mjs';

publishedChecksIn('webkit', webkit);
