// The published pages in headless Firefox (through geckodriver).
import { publishedChecksIn } from './lib/published-checks.mjs';
import { firefox } from './lib/webdriver.mjs';

publishedChecksIn('firefox', firefox);
