// The embedding test site: the demo host pages (examples/host) at the root
// and a build of the viewer under the sub-path /embeds/article-viewer/ (as a
// newsroom would deploy it), optionally behind a strict CSP.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SUBPATH = '/embeds/article-viewer/';
export const DIGIT_ID = '2025-iran-talks';
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** With `crossOrigin`, the viewer is served by a second server (another
 * origin, with CORS), and /cross-origin.html embeds it from there. */
export async function embedSite({ csp = false, crossOrigin = false } = {}) {
  const site = `${ROOT}target/e2e-site${csp ? '-csp' : ''}`;
  await rm(site, { recursive: true, force: true });
  await mkdir(`${site}${SUBPATH}`, { recursive: true });
  await cp(`${ROOT}examples/host`, site, { recursive: true });
  await cp(`${ROOT}target/dist-subpath`, `${site}${SUBPATH}`, { recursive: true });
  // Test-only host pages, and the built-in article under an id that starts with a digit.
  await cp(`${ROOT}tests/e2e/fixtures`, `${site}/fixtures`, { recursive: true });
  const seed = JSON.parse(await readFile(`${ROOT}assets/articles/iran-us-talks-2025-04-02.json`, 'utf8'));
  await writeFile(`${site}/fixtures/digit-article.json`, JSON.stringify({ ...seed, id: DIGIT_ID }));
  await mkdir(`${site}/vendor`, { recursive: true });
  await cp(`${ROOT}tests/e2e/node_modules/pym.js/dist/pym.v1.min.js`, `${site}/vendor/pym.v1.min.js`);
  // Violations are reported to the server, so any browser's can be counted.
  const host = await serve(site, { headers: () => (csp ? { 'content-security-policy': `${CSP}; report-uri /csp-report` } : {}) });
  if (!crossOrigin) return host;
  const viewer = await serve(site, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  const viewerBase = viewer.url.replace('127.0.0.1', 'localhost');
  const page = await readFile(`${site}/index.html`, 'utf8');
  await writeFile(`${site}/cross-origin.html`, page.replaceAll('"/embeds/article-viewer/', `"${viewerBase}/embeds/article-viewer/`));
  return { ...host, other: viewerBase, close: async () => (await host.close(), await viewer.close()) };
}
