// Sizes iframes of the annotated article viewer on pages without Pym.js:
//   <div data-annotated-article="https://viewer.example/embeds/article-viewer/viewer.html?article=…"></div>
//   <script type="module" src="https://viewer.example/embeds/article-viewer/embed-frame.js"></script>
// Each placeholder becomes an iframe whose height follows its content. Only
// messages from the iframe's own origin and window are believed. Pages that
// already use pym.Parent need none of this: the viewer speaks Pym's protocol.
// (Copied into the build by tools/post-build.mjs.)
let next = 0;
const frames = new Map();

addEventListener('message', (e) => {
  if (typeof e.data !== 'string') return;
  const m = e.data.match(/^pymxPYMx(.+?)xPYMxheightxPYMx(\d+)$/);
  if (!m) return;
  const frame = frames.get(m[1]);
  if (!frame || e.source !== frame.contentWindow || e.origin !== new URL(frame.src).origin) return;
  frame.style.height = `${m[2]}px`;
});

for (const holder of document.querySelectorAll('[data-annotated-article]')) {
  const id = `annotated-article-${++next}`;
  const url = new URL(holder.getAttribute('data-annotated-article'), location.href);
  url.searchParams.set('childId', id);
  url.searchParams.set('parentUrl', location.href.split('#')[0]);
  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = holder.getAttribute('data-title') ?? 'Annotated article';
  frame.loading = 'lazy';
  frame.setAttribute('scrolling', 'no');
  frame.style.cssText = 'width: 100%; border: 0; display: block; height: 600px';
  frames.set(id, frame);
  holder.replaceChildren(frame);
}
