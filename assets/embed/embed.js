// <annotated-article src="https://…/article.json" version="original" loading="lazy">
// Mounts the annotated article viewer directly in a host page, inside a
// shadow root so the page's styles and the viewer's do not touch. Several
// elements on one page work independently; the WebAssembly loads once, and
// with loading="lazy" only when an element nears the viewport.
// (Written into the build by tools/post-build.mjs, which fills in file names.)
const here = import.meta.url;
const GLUE = new URL('__GLUE__', here).href;
const WASM = new URL('__WASM__', here).href;
const CSS = new URL('__CSS__', here).href;

let module;
function viewer() {
  module ??= import(GLUE).then(async (m) => {
    await m.default({ module_or_path: WASM });
    return m;
  });
  return module;
}

class AnnotatedArticle extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = CSS;
    const root = document.createElement('div');
    root.className = 'aa-embed-root';
    root.textContent = 'Loading the article…';
    shadow.append(style, root);
    const start = () =>
      viewer().then(
        (m) => {
          root.textContent = '';
          m.mount_embed(root, this.getAttribute('src'), this.getAttribute('version'));
        },
        () => (root.textContent = 'The article viewer could not be loaded.'),
      );
    if (this.getAttribute('loading') === 'lazy' && 'IntersectionObserver' in window) {
      const seen = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            seen.disconnect();
            start();
          }
        },
        { rootMargin: '800px 0px' },
      );
      seen.observe(this);
    } else {
      start();
    }
  }
}

if (!customElements.get('annotated-article')) customElements.define('annotated-article', AnnotatedArticle);
