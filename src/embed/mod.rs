//! Embedding on news sites: the iframe's height reporting (Pym.js protocol)
//! and mounting a viewer into an element another page owns (the
//! `<annotated-article>` custom element's shadow root). The JavaScript
//! halves are written by tools/post-build.mjs into the build.

pub mod frame;
pub mod pym;

use web_sys::Element;

use crate::state::ArticleSource;
use crate::{App, AppProps};

/// Mounts an independent viewer into `root`: the article at `src` (the
/// built-in one when absent), opening at `version` (a revision id or
/// "changes"). The address bar is left to the host page.
pub fn mount(root: Element, src: Option<String>, version: Option<String>) {
    let source = ArticleSource::from_query_value(src.as_deref());
    let props = AppProps { source, timing: Default::default(), sync_address: false, initial_version: version, version_pages: None };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
