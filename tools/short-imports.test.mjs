// tools/short-imports.mjs on a module made here byte by byte: the renamed
// module still links to the renamed glue and runs, names the glue spells
// more than once stay, and what is not WebAssembly is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortenImports } from './short-imports.mjs';

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
const section = (id, body) => [id, ...leb(body.length), ...body];
const vec = (items) => [...leb(items.length), ...items.flat()];

// Imports three functions () -> i32 from "./app_bg.js" and a memory from
// "env"; exports `sum`, which adds what the three return.
function module(names) {
  const type = section(1, vec([[0x60, 0x00, 0x01, 0x7f]]));
  const imports = section(2, vec([...names.map((n) => [...str('./app_bg.js'), ...str(n), 0x00, 0x00]), [...str('env'), ...str('memory'), 0x02, 0x00, 0x01]]));
  const funcs = section(3, vec([[0x00]]));
  const exports = section(7, vec([[...str('sum'), 0x00, names.length]]));
  const body = [0x00, 0x10, 0x00, 0x10, 0x01, 0x6a, 0x10, 0x02, 0x6a, 0x0b];
  const code = section(10, vec([[...leb(body.length), ...body]]));
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...type, ...imports, ...funcs, ...exports, ...code]);
}

const NAMES = ['__wbg_first_0123456789abcdef', '__wbg_second_fedcba9876543210', '__wbindgen_twice'];
// The glue: an import object, as wasm-bindgen writes it (minified), and a
// second mention of one name, which must keep it.
const GLUE = `const __wbindgen_twice=()=>100;export const imports={__proto__:null,"./app_bg.js":{__proto__:null,${NAMES[0]}:function(){return 1},${NAMES[1]}(){return 20},${NAMES[2]}:__wbindgen_twice},env:{memory:new WebAssembly.Memory({initial:1})}};`;

test('the renamed module links to the renamed glue and runs as before', async () => {
  const wasm = module(NAMES);
  const before = new WebAssembly.Instance(new WebAssembly.Module(wasm), (await import(`data:text/javascript,${encodeURIComponent(GLUE)}`)).imports);
  assert.equal(before.exports.sum(), 121);
  const short = shortenImports(wasm, GLUE);
  assert.equal(short.renamed, 2);
  const names = WebAssembly.Module.imports(new WebAssembly.Module(short.wasm)).map((i) => `${i.module}.${i.name}`);
  assert.deepEqual(names, ['./app_bg.js.a', './app_bg.js.b', './app_bg.js.__wbindgen_twice', 'env.memory']);
  assert.ok(!short.glue.includes('__wbg_'), short.glue);
  const after = new WebAssembly.Instance(new WebAssembly.Module(short.wasm), (await import(`data:text/javascript,${encodeURIComponent(short.glue)}`)).imports);
  assert.equal(after.exports.sum(), 121);
  assert.ok(short.wasm.length < wasm.length);
});

test('a short name never takes the name of an import left as it was', () => {
  const names = ['a', '__wbg_long_0123456789abcdef', 'b'];
  const glue = `const x={a:1,a2:2,__wbg_long_0123456789abcdef:3,b:4};const y=a+b;`;
  const short = shortenImports(module(names), glue);
  const renamed = WebAssembly.Module.imports(new WebAssembly.Module(short.wasm)).map((i) => i.name);
  assert.deepEqual(renamed, ['a', 'c', 'b', 'memory']);
});

test('what is not WebAssembly is refused, whole or cut short', () => {
  assert.throws(() => shortenImports(Buffer.from('not wasm'), ''), /not a WebAssembly module/);
  const wasm = module(NAMES);
  assert.throws(() => shortenImports(wasm.subarray(0, 30), GLUE), /ends early/);
});
