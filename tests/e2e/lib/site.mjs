// The embedding test site: the demo host pages (examples/host) at the root
// and a build of the viewer under the sub-path /embeds/article-viewer/ (as a
// newsroom would deploy it), optionally behind a strict CSP.
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SUBPATH = '/embeds/article-viewer/';
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export async function embedSite({ csp = false } = {}) {
  const site = `${ROOT}target/e2e-site${csp ? '-csp' : ''}`;
  await rm(site, { recursive: true, force: true });
  await mkdir(`${site}${SUBPATH}`, { recursive: true });
  await cp(`${ROOT}examples/host`, site, { recursive: true });
  await cp(`${ROOT}target/dist-subpath`, `${site}${SUBPATH}`, { recursive: true });
  await mkdir(`${site}/vendor`, { recursive: true });
  await cp(`${ROOT}tests/e2e/node_modules/pym.js/dist/pym.v1.min.js`, `${site}/vendor/pym.v1.min.js`);
  // Violations are reported to the server, so any browser's can be counted.
  return serve(site, { headers: () => (csp ? { 'content-security-policy': `${CSP}; report-uri /csp-report` } : {}) });
}
