// Short names for the calls from the WebAssembly into its glue.
//
// wasm-bindgen names every function the WebAssembly imports from its glue
// after the JavaScript it wraps plus a hash (`__wbg_setAttribute_2f1c…`):
// about 170 names, each spelled twice, once in the WebAssembly's import
// section and once as a key of the glue's import object, and the hashes do
// not compress. Renaming both sides alike (a, b, …, in import order) changes
// nothing the browser runs and sends 5.4 KB gzip less (bench/byte-levers.md).
//
// Only an import from the glue's own module (`…_bg.js`) whose name appears
// exactly once in the glue, as a whole identifier, is renamed: that one
// place is its key. Anything else is left as it was.

const SECTION_IMPORT = 2;
// The module wasm-bindgen's glue provides (`./annotated-article_bg.js`).
const GLUE_MODULE = /_bg\.js$/;
const KIND = { func: 0, table: 1, memory: 2, global: 3, tag: 4 };

/** Renames the imports `wasm` (bytes) takes from the module its glue
 * (`glue`, JavaScript source) provides. Returns both, changed together, and
 * how many names were shortened. Throws on bytes that are not WebAssembly. */
export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  const reader = new Reader(bytes);
  const magic = reader.take(8);
  if (!equal(magic, [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])) throw new Error('short-imports: not a WebAssembly module (version 1)');
  const out = [magic];
  let renamed = new Map();
  while (!reader.done()) {
    const id = reader.byte();
    const size = reader.leb();
    const body = reader.take(size);
    if (id !== SECTION_IMPORT) {
      out.push(Uint8Array.of(id), leb(size), body);
      continue;
    }
    const section = renameImports(body, glue);
    renamed = section.renamed;
    out.push(Uint8Array.of(id), leb(section.bytes.length), section.bytes);
  }
  let text = glue;
  for (const [from, to] of renamed) text = text.replace(identifier(from), to);
  return { wasm: concat(out), glue: text, renamed: renamed.size };
}

function renameImports(body, glue) {
  const reader = new Reader(body);
  const count = reader.leb();
  const entries = [];
  for (let i = 0; i < count; i++) {
    const module = reader.name();
    const field = reader.name();
    const start = reader.at;
    const kind = reader.byte();
    if (kind === KIND.func) reader.leb();
    else if (kind === KIND.table) {
      reader.byte();
      reader.limits();
    } else if (kind === KIND.memory) reader.limits();
    else if (kind === KIND.global) reader.take(2);
    else if (kind === KIND.tag) {
      reader.byte();
      reader.leb();
    } else throw new Error(`short-imports: import ${module}.${field} has an unknown kind ${kind}`);
    entries.push({ module, field, description: body.subarray(start, reader.at) });
  }
  if (!reader.done()) throw new Error('short-imports: the import section has bytes after its last import');
  // Names the glue spells once: the keys of its import object.
  const once = (name) => (glue.match(new RegExp(identifier(name).source, 'g')) ?? []).length === 1;
  const taken = new Set(entries.map((e) => e.field));
  const renamed = new Map();
  let next = 0;
  const shortName = () => {
    for (;;) {
      const name = base52(next++);
      // Keys of one object: a variable of the same name elsewhere in the
      // glue is no clash, another import's name would be.
      if (!taken.has(name)) return name;
    }
  };
  for (const entry of entries) {
    if (!GLUE_MODULE.test(entry.module) || renamed.has(entry.field) || !once(entry.field)) continue;
    renamed.set(entry.field, shortName());
  }
  const parts = [leb(count)];
  for (const { module, field, description } of entries) parts.push(name(module), name(renamed.get(field) ?? field), description);
  return { bytes: concat(parts), renamed };
}

// `name` as a JavaScript identifier on its own, not part of a longer one.
const identifier = (name) => new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);

function base52(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[n % 52] + s;
    n = Math.floor(n / 52) - 1;
  } while (n >= 0);
  return s;
}

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }
  done() {
    return this.at >= this.bytes.length;
  }
  byte() {
    if (this.at >= this.bytes.length) throw new Error('short-imports: the module ends early');
    return this.bytes[this.at++];
  }
  leb() {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return value;
      if (shift > 63) throw new Error('short-imports: a number is too long');
    }
  }
  take(n) {
    if (this.at + n > this.bytes.length) throw new Error('short-imports: the module ends early');
    const part = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return part;
  }
  name() {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.leb()));
  }
  limits() {
    const flags = this.byte();
    this.leb();
    if (flags & 1) this.leb();
  }
}

function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Uint8Array.from(out);
}

function name(text) {
  const utf8 = new TextEncoder().encode(text);
  return concat([leb(utf8.length), utf8]);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
