// Runs before the page is shown. The page carries the built-in article,
// pre-rendered; when the address asks for another (?article=…), hide it
// until the viewer has loaded that one, so the wrong article never flashes.
if (new URLSearchParams(location.search).has('article')) {
  document.documentElement.classList.add('aa-other-article');
}
