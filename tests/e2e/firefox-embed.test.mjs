// The embedding checks in headless Firefox (through geckodriver).
import { embedChecksIn } from './lib/webdriver-embed-checks.mjs';
import { firefox } from './lib/webdriver.mjs';

embedChecksIn('firefox', firefox);
