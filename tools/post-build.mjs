// Trunk post-build hook (Trunk.toml): publishes the articles and makes
// the build embeddable.
// 1. Replaces Trunk's inline start-up module with one start-up script file
//    (assets/boot.js and assets/start.js), so the page runs under a strict
//    Content-Security-Policy (script-src 'self') and starts the viewer once
//    parsed, so the pre-rendered article paints first; replaces Trunk's
//    preloads with hints the browser actually uses (bench/RESULTS.md, "Levers").
// 1a. Minifies the glue and the stylesheet (esbuild, tools/package.json),
//     and shortens the names the WebAssembly imports from the glue
//     (tools/short-imports.mjs).
// 1b. Publishes every article in assets/articles (src/bin/prerender.rs).
// 1c. Builds the lean app the published pages load (the `site` feature).
// 2. Writes embed.js (the <annotated-article> custom element) and
//    embed-frame.js (a tiny iframe resizer for pages without Pym.js) with the
//    build's hashed file names filled in. Their own names stay fixed, so a
//    host page can link them; they are small and should be cached briefly.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { shortenImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const files = await readdir(dir);
const find = (re) => {
  const f = files.find((n) => re.test(n));
  if (!f) throw new Error(`post-build: no file matching ${re} in ${dir}`);
  return f;
};
const glue = find(/^annotated-article-[0-9a-f]+\.js$/);
const wasm = find(/^annotated-article-[0-9a-f]+_bg\.wasm$/);
const css = find(/^style-[0-9a-f]+\.css$/);
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
// Subresource Integrity for a file the page links with `integrity`.
const integrity = (s) => `sha384-${createHash('sha384').update(s).digest('base64')}`;

// 1. The start-up script: assets/boot.js, then assets/start.js with the
// build's file names, as one classic script at the end of the body. It runs
// before the first paint (boot.js must) and starts the viewer once the page
// is parsed (start.js), so the pre-rendered article paints first.
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>[\s\S]*?<\/script>\s*/;
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
const assets = new URL('../assets/', import.meta.url);
const startParts = [await readFile(new URL('boot.js', assets), 'utf8'), await readFile(new URL('start.js', assets), 'utf8')];
/** Writes the start-up script of the build made of `glueFile` and `wasmFile`; returns its tag. */
async function startScript(glueFile, wasmFile) {
  const filled = startParts.map((part) => part.replaceAll('__GLUE__', glueFile).replaceAll('__WASM__', wasmFile)).join('\n');
  const { code } = await transform(filled, { loader: 'js', minify: true });
  const name = `start-${hash(code)}.js`;
  await writeFile(join(dir, name), code);
  return `<script src="${base}${name}" integrity="${integrity(code)}"></script>`;
}
const START_TAG = /<script src="[^"]*\/start-[0-9a-f]+\.js" integrity="[^"]*"><\/script>/;
const started = inline.test(html);
if (started) {
  // Fetch the glue and the WebAssembly at once, not after the parse and a
  // chain of round trips (start-up script, glue, WebAssembly): on the phone
  // profile the glue otherwise arrived about when the WebAssembly did
  // (bench/RESULTS.md); the WebAssembly at low priority, so that a server
  // which honours priorities sends the stylesheet first. The hints match
  // the requests they stand for (module scripts and the glue's `fetch()` are
  // CORS requests with same-origin credentials, hence `crossorigin`; no
  // `integrity`, which the fetch lacks: Trunk's own preloads carried it, and
  // Chromium warned), so the browser uses them instead of fetching again.
  const hints =
    `<link rel="modulepreload" href="${base}${glue}">\n` +
    `<link rel="preload" href="${base}${wasm}" as="fetch" type="application/wasm" crossorigin fetchpriority="low">\n`;
  html = html
    .replace(inline, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '')
    .replace('</head>', `${hints}</head>`)
    .replace('</body>', `${await startScript(glue, wasm)}\n</body>`);
  await writeFile(indexPath, html);
}

// 1a. Minifies the wasm-bindgen glue and the stylesheet (Trunk minifies
// neither in a way the publishing step can read), keeping their names; the
// stylesheet's `integrity` in the page follows its new content. The
// WebAssembly and its glue get short names for the imports between them.
{
  const glueFile = join(dir, glue);
  const glueMin = await transform(await readFile(glueFile, 'utf8'), { loader: 'js', format: 'esm', minify: true });
  const short = shortenImports(await readFile(join(dir, wasm)), glueMin.code);
  await writeFile(glueFile, short.glue);
  await writeFile(join(dir, wasm), short.wasm);
  const cssFile = join(dir, css);
  const cssMin = await transform(await readFile(cssFile, 'utf8'), { loader: 'css', minify: true });
  await writeFile(cssFile, cssMin.code);
  const sri = integrity(cssMin.code);
  const page = await readFile(indexPath, 'utf8');
  const linked = new RegExp(`(<link[^>]*href="[^"]*${css.replace('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!linked.test(page)) throw new Error(`post-build: index.html does not link ${css} with an integrity hash`);
  await writeFile(indexPath, page.replace(linked, `$1${sri}$2`));
}

// 1b. The article itself, pre-rendered into the page by Yew's server-side
// renderer, so it is readable before (and without) the WebAssembly.
execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', dir, fileURLToPath(new URL('../assets/articles/', import.meta.url))], { stdio: 'inherit' });

// 1c. The published pages' own build: the app with the `site` feature,
// which reads only the article its page was built with (checked in 1b) and
// leaves out the JSON reader, the validator, `?article=` and the embedding
// API, about 24 KB gzip less (src/article/page_data.rs). Every page that
// carries a pre-rendered article loads it instead of Trunk's build, which
// viewer.html (`?article=`, where boot.js sends such addresses) and the
// embeds keep. Built with Trunk's tools and settings (Trunk.toml, index.html).
if (started) {
  const release = process.env.TRUNK_PROFILE !== 'debug';
  const root = fileURLToPath(new URL('..', import.meta.url));
  const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const cargoArgs = ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'annotated-article', '--features', 'site'];
  execFileSync('cargo', release ? [...cargoArgs, '--release'] : cargoArgs, { stdio: 'inherit', cwd: root });
  const out = join(dir, '.site');
  await mkdir(out, { recursive: true });
  const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'annotated-article.wasm');
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-name', 'site', '--out-dir', out, built], { stdio: 'inherit' });
  const siteWasmFile = join(out, 'site_bg.wasm');
  if (release) {
    // Trunk's own wasm-opt settings for the full build, from index.html:
    // one home for what both builds are optimised with.
    const source = await readFile(join(root, 'index.html'), 'utf8');
    const params = (/data-wasm-opt-params="([^"]*)"/.exec(source)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int'];
    execFileSync('wasm-opt', ['-Oz', ...features, ...params, siteWasmFile, '-o', siteWasmFile], { stdio: 'inherit' });
  }
  const siteMin = (await transform(await readFile(join(out, 'site.js'), 'utf8'), { loader: 'js', format: 'esm', minify: true })).code;
  const { glue: siteGlueCode, wasm: siteWasmBytes } = shortenImports(await readFile(siteWasmFile), siteMin);
  const tag = createHash('sha256').update(siteGlueCode).update(siteWasmBytes).digest('hex').slice(0, 16);
  const siteGlue = `annotated-article-site-${tag}.js`;
  const siteWasm = `annotated-article-site-${tag}_bg.wasm`;
  await writeFile(join(dir, siteGlue), siteGlueCode);
  await writeFile(join(dir, siteWasm), siteWasmBytes);
  await rm(out, { recursive: true, force: true });
  const siteStart = await startScript(siteGlue, siteWasm);
  const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  let switched = 0;
  for (const page of pages) {
    const file = join(dir, page);
    const text = await readFile(file, 'utf8');
    if (!text.includes('class="annotated-article"')) continue;
    const swapped = text
      .replaceAll(`"${base}${glue}"`, `"${base}${siteGlue}"`)
      .replaceAll(`"${base}${wasm}"`, `"${base}${siteWasm}"`)
      .replace(START_TAG, siteStart);
    if (!swapped.includes(siteStart)) throw new Error(`post-build: ${page} does not start the app as index.html did`);
    await writeFile(file, swapped);
    switched++;
  }
  console.log(`post-build: ${switched} published page(s) load the site build (${siteWasm})`);
}

// 2. The embedding scripts.
const source = new URL('../assets/embed/', import.meta.url);
for (const name of ['embed.js', 'embed-frame.js']) {
  const template = await readFile(new URL(name, source), 'utf8');
  const filled = template.replaceAll('__GLUE__', glue).replaceAll('__WASM__', wasm).replaceAll('__CSS__', css);
  await writeFile(join(dir, name), filled);
}
