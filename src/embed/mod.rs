//! Embedding on news sites: the iframe's height reporting (Pym.js protocol)
//! and mounting a viewer into an element another page owns (the
//! `<annotated-article>` custom element's shadow root). The JavaScript
//! halves are written by tools/post-build.mjs into the build.

pub mod frame;
pub mod pym;

use std::cell::Cell;

use web_sys::Element;
use yew::AppHandle;

use crate::contract::{EMBED_SRC_ATTR, EMBED_VERSION_ATTR};
use crate::hooks::use_article::resolve_address;
use crate::state::ArticleSource;
use crate::{App, AppProps};

thread_local! {
    /// How many viewers this instance has mounted: each embed's element ids
    /// start with its own number, so no two viewers on a page share an id.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// A mounted embed; `destroy` takes it down, and Yew removes what it drew.
pub struct Mounted(AppHandle<App>);

impl Mounted {
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// Mounts an independent viewer for the custom element `host` into `root`:
/// the article its `src` names (the built-in one when absent), opening at
/// its `version` (a revision id or "changes"). The address bar is left to
/// the host page, which chose `src`.
pub fn mount(host: &Element, root: Element) -> Mounted {
    let (src, version) = (host.get_attribute(EMBED_SRC_ATTR), host.get_attribute(EMBED_VERSION_ATTR));
    let resolved = src.as_deref().and_then(resolve_address);
    let source = ArticleSource::from_address(src.as_deref(), resolved.as_deref(), None);
    let n = MOUNTED.with(|m| {
        let n = m.get().wrapping_add(1);
        m.set(n);
        n
    });
    let props = AppProps {
        source,
        timing: Default::default(),
        sync_address: false,
        initial_version: version,
        version_pages: None,
        id_prefix: format!("aa{n}-").into(),
    };
    Mounted(yew::Renderer::<App>::with_root_and_props(root, props).render())
}
