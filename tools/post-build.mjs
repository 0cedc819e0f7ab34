// Trunk post-build hook (Trunk.toml): publishes the articles and makes
// the build embeddable.
// 1. Moves Trunk's inline start-up script into its own file, so the page
//    runs under a strict Content-Security-Policy (script-src 'self'), and
//    starts it from the end of the page once parsed, so the pre-rendered
//    article paints first; replaces Trunk's preloads with hints the browser
//    actually uses (bench/RESULTS.md, "Levers").
// 1a. Minifies the glue and the stylesheet (esbuild, tools/package.json).
// 1b. Publishes every article in assets/articles (src/bin/prerender.rs).
// 2. Writes embed.js (the <annotated-article> custom element) and
//    embed-frame.js (a tiny iframe resizer for pages without Pym.js) with the
//    build's hashed file names filled in. Their own names stay fixed, so a
//    host page can link them; they are small and should be cached briefly.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// 1. The start-up script.
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const name = `init-${hash(match[1])}.js`;
  await writeFile(join(dir, name), match[1].trim() + '\n');
  const base = process.env.TRUNK_PUBLIC_URL ?? '/';
  // The page is readable as it arrives (pre-rendered): start the viewer
  // once the page is parsed, so that it never holds back the first paint of
  // the article.
  const start = `const start = () => import('${base}${name}');\n` +
    `if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true });\nelse start();\n`;
  const startName = `start-${hash(start)}.js`;
  await writeFile(join(dir, startName), start);
  // But fetch the glue and the WebAssembly at once, not after the parse and
  // a chain of round trips (start, init, glue, WebAssembly); the WebAssembly
  // at low priority, so that a server which honours priorities sends the
  // stylesheet first. The hints match the requests they stand for (module
  // scripts and the glue's `fetch()` are CORS requests with same-origin
  // credentials, hence `crossorigin`; no `integrity`, which the fetch lacks:
  // Trunk's own preloads carried it, and Chromium warned), so the browser
  // uses them instead of fetching again.
  const hints =
    `<link rel="modulepreload" href="${base}${glue}">\n` +
    `<link rel="preload" href="${base}${wasm}" as="fetch" type="application/wasm" crossorigin fetchpriority="low">\n`;
  html = html
    .replace(inline, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '')
    .replace('</head>', `${hints}</head>`)
    .replace('</body>', `<script src="${base}${startName}" async></script>\n</body>`);
  await writeFile(indexPath, html);
}

// 1a. Minifies the wasm-bindgen glue and the stylesheet (Trunk minifies
// neither in a way the publishing step can read), keeping their names; the
// stylesheet's `integrity` in the page follows its new content.
{
  const { transform } = await import('esbuild');
  const glueFile = join(dir, glue);
  const glueMin = await transform(await readFile(glueFile, 'utf8'), { loader: 'js', format: 'esm', minify: true });
  await writeFile(glueFile, glueMin.code);
  const cssFile = join(dir, css);
  const cssMin = await transform(await readFile(cssFile, 'utf8'), { loader: 'css', minify: true });
  await writeFile(cssFile, cssMin.code);
  const sri = `sha384-${createHash('sha384').update(cssMin.code).digest('base64')}`;
  const page = await readFile(indexPath, 'utf8');
  const linked = new RegExp(`(<link[^>]*href="[^"]*${css.replace('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!linked.test(page)) throw new Error(`post-build: index.html does not link ${css} with an integrity hash`);
  await writeFile(indexPath, page.replace(linked, `$1${sri}$2`));
}

// 1b. The article itself, pre-rendered into the page by Yew's server-side
// renderer, so it is readable before (and without) the WebAssembly.
execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', dir, fileURLToPath(new URL('../assets/articles/', import.meta.url))], { stdio: 'inherit' });

// 2. The embedding scripts.
const source = new URL('../assets/embed/', import.meta.url);
for (const name of ['embed.js', 'embed-frame.js']) {
  const template = await readFile(new URL(name, source), 'utf8');
  const filled = template.replaceAll('__GLUE__', glue).replaceAll('__WASM__', wasm).replaceAll('__CSS__', css);
  await writeFile(join(dir, name), filled);
}
