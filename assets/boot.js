// Runs before the page is shown. A published page carries its article,
// pre-rendered, and loads the lean build that reads only that article
// (tools/post-build.mjs, 1c). When the address asks for another
// (?article=…), hide this one, so the wrong article never flashes, and go
// to viewer.html, the app that reads any article, with the address made
// independent of this page's folder.
{
  const params = new URLSearchParams(location.search);
  const asked = params.get('article');
  if (asked !== null && document.querySelector('[data-aa-viewer] .annotated-article')) {
    document.documentElement.classList.add('aa-other-article');
    let address = asked;
    try {
      const url = new URL(asked, location.href);
      if (url.origin === location.origin) address = url.pathname + url.search + url.hash;
    } catch {
      // Not an address at all: the viewer says so.
    }
    params.set('article', address);
    const viewer = new URL('viewer.html', document.currentScript.src);
    viewer.search = params.toString();
    viewer.hash = location.hash;
    location.replace(viewer.href);
  }
}
