// <annotated-article src="https://…/article.json" version="original" loading="lazy">
// Mounts the annotated article viewer directly in a host page, inside a
// shadow root so the page's styles and the viewer's do not touch. Several
// elements on one page work independently; the WebAssembly loads once, and
// with loading="lazy" only when an element nears the viewport. Removing an
// element takes its viewer down (no listener, timer or observer is left);
// changing `src` or `version` loads it again; adding it back brings it back.
// Loading this script changes nothing else on the page.
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
  // The attributes the viewer reads (src/contract.rs, EMBED_ATTRIBUTES).
  static observedAttributes = ['src', 'version'];
  #viewer = null;
  #observer = null;
  #started = false;
  // Bumped by every stop: a load that finishes after it mounts nothing.
  #run = 0;

  connectedCallback() {
    this.#start();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(_name, before, after) {
    if (this.#started && before !== after) {
      this.#stop();
      this.#start();
    }
  }

  #start() {
    this.#started = true;
    const run = this.#run;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = CSS;
    const root = document.createElement('div');
    root.className = 'aa-embed-root';
    root.textContent = 'Loading the article…';
    shadow.replaceChildren(style, root);
    const mount = () =>
      viewer().then(
        (m) => {
          if (run !== this.#run) return;
          root.textContent = '';
          this.#viewer = m.mount_embed(this, root);
        },
        () => {
          if (run === this.#run) root.textContent = 'The article viewer could not be loaded.';
        },
      );
    if (this.getAttribute('loading') === 'lazy' && 'IntersectionObserver' in window) {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#observer?.disconnect();
            this.#observer = null;
            mount();
          }
        },
        { rootMargin: '800px 0px' },
      );
      this.#observer.observe(this);
    } else {
      mount();
    }
  }

  #stop() {
    this.#started = false;
    this.#run++;
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#viewer) {
      this.#viewer.destroy();
      this.#viewer.free();
      this.#viewer = null;
    }
  }
}

if (!customElements.get('annotated-article')) customElements.define('annotated-article', AnnotatedArticle);
