// Starts the viewer once the page is parsed, so the pre-rendered article
// paints first: imports the wasm-bindgen glue and runs the WebAssembly, as
// Trunk's own start-up module does (`window.wasmBindings`, the
// `TrunkApplicationStarted` event). Written into the build after boot.js, as
// one classic script at the end of the page, by tools/post-build.mjs, which
// fills in the file names: one request instead of three (boot, start, init),
// so that on HTTP/1.1 every file of the page fits the browser's six
// connections (bench/byte-levers.md).
{
  const here = document.currentScript.src;
  const glue = new URL('__GLUE__', here).href;
  const wasm = new URL('__WASM__', here).href;
  const start = () =>
    import(glue).then(async (bindings) => {
      const exports = await bindings.default({ module_or_path: wasm });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: exports } }));
    });
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
