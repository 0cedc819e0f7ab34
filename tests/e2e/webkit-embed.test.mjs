// The embedding checks in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver).
import { embedChecksIn } from './lib/webdriver-embed-checks.mjs';
import { webkit } from './lib/webdriver.mjs';

embedChecksIn('webkit', webkit);
