// A static file server for the built site (dist/) on a free loopback port,
// so end-to-end checks load the viewer over HTTP as a reader would; with
// `gzip`, as a production server or CDN sends it (the benchmark's phone
// profile: its bandwidth must see the bytes a reader downloads). Compressed
// bodies are cached, so compressing never counts in a measurement.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.jsonld', '.svg']);

/** Serves `root`; `headers(path)` may add response headers; with `gzip`,
 * text and WebAssembly go gzip-compressed (level 9) where the browser
 * accepts it; POSTed bodies (CSP reports) are kept in `posts`. Returns
 * { url, posts, close }. */
export async function serve(root, { headers = () => ({}), gzip = false } = {}) {
  const base = resolve(root);
  const posts = [];
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      posts.push({ path: req.url, body });
      res.writeHead(204).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const head = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) };
      if (gzip && COMPRESS.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${body.length}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        head['content-encoding'] = 'gzip';
        head.vary = 'accept-encoding';
      }
      head['content-length'] = body.length;
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, posts, close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    }) };
}
