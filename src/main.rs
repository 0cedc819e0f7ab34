//! The page entry point. On one of the site's own pages (marked by the
//! build, see `contract`) it reads which article the page asks for and
//! mounts the viewer there, hydrating the pre-rendered article when that is
//! what the page shows, replacing the fallback text otherwise. On any other
//! page it does nothing: a host page that loaded the WebAssembly for
//! `<annotated-article>` gets viewers only where its elements ask, through
//! `mount_embed`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use annotated_article::contract::{INLINE_ARTICLE_ID, MOUNT_ATTR, VERSION_ATTR, VERSION_PAGES_ATTR};
    #[cfg(not(feature = "site"))]
    use annotated_article::hooks::use_article::resolve_address;
    #[cfg(not(feature = "site"))]
    use annotated_article::state::source::parse_origins;
    use annotated_article::state::source::ArticleSource;
    use annotated_article::{failure, App, AppProps};

    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Ok(Some(root)) = document.query_selector(&format!("[{MOUNT_ATTR}]")) else { return };
    // The site build (the `site` feature) is for the site's own pages and
    // their own article; boot.js sends an address asking for another
    // (`?article=`) to viewer.html, which loads the full build.
    #[cfg(feature = "site")]
    let query: Option<String> = None;
    #[cfg(not(feature = "site"))]
    let query = window
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("article"));
    // A published page of an article other than the built-in one carries
    // the article's JSON (see src/publish/page.rs).
    let inline = document.get_element_by_id(INLINE_ARTICLE_ID).and_then(|script| script.text_content()).filter(|_| query.is_none());
    let from_page = inline.is_some();
    let source = match inline {
        Some(json) => ArticleSource::Inline(json),
        // Every published page carries its article (src/publish/page.rs):
        // one without has been changed since, and stays as it was rendered,
        // readable as without JavaScript.
        #[cfg(feature = "site")]
        None => {
            use annotated_article::hooks::use_article::NO_ARTICLE_DATA;
            let message = format!("annotated-article: {NO_ARTICLE_DATA} Until then it stays as published, without the viewer (the data goes in #{INLINE_ARTICLE_ID}).");
            web_sys::console::warn_1(&message.into());
            return;
        }
        #[cfg(not(feature = "site"))]
        None => {
            // Anyone can put an address in a link to this page: fetch only
            // from this site and the sites it was built to trust.
            let mut allowed: Vec<String> = window.location().origin().ok().into_iter().collect();
            allowed.extend(parse_origins(option_env!("AA_ARTICLE_ORIGINS").unwrap_or("")).unwrap_or_default());
            let resolved = query.as_deref().and_then(resolve_address);
            ArticleSource::from_address(query.as_deref(), resolved.as_deref(), Some(&allowed))
        }
    };
    failure::install();
    // The build pre-renders each article's pages (src/bin/prerender.rs): bring
    // the page to life rather than drawing it again, with what it was
    // rendered with, the version it shows and where the other versions are.
    let prerendered = root.query_selector(".annotated-article").ok().flatten().is_some();
    let hydrate = prerendered && (source == ArticleSource::Seed || from_page);
    let initial_version = root.get_attribute(VERSION_ATTR);
    let props = AppProps {
        source,
        timing: Default::default(),
        // A version's own page shows that version; only the latest's page
        // keeps the version in its address.
        sync_address: initial_version.is_none(),
        initial_version,
        version_pages: root.get_attribute(VERSION_PAGES_ATTR).filter(|_| hydrate),
        id_prefix: Default::default(),
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if hydrate {
        renderer.hydrate();
    } else {
        root.set_text_content(None);
        renderer.render();
    }
    annotated_article::embed::frame::report_height_to_parent(&window);
}

/// One `<annotated-article>`'s viewer, as `embed.js` holds it (the full
/// build: embeds show any article).
#[cfg(all(target_arch = "wasm32", not(feature = "site")))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct EmbeddedViewer(Option<annotated_article::embed::Mounted>);

#[cfg(all(target_arch = "wasm32", not(feature = "site")))]
#[wasm_bindgen::prelude::wasm_bindgen]
impl EmbeddedViewer {
    /// Takes the viewer down: its components, listeners, observers and
    /// timers go, and its element is left empty.
    pub fn destroy(&mut self) {
        if let Some(mounted) = self.0.take() {
            mounted.destroy();
        }
    }
}

/// Mounts a viewer for the `<annotated-article>` element `host` into `root`
/// (inside the element's shadow root), as the element's attributes say.
#[cfg(all(target_arch = "wasm32", not(feature = "site")))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embed(host: web_sys::Element, root: web_sys::Element) -> EmbeddedViewer {
    annotated_article::failure::install();
    EmbeddedViewer(Some(annotated_article::embed::mount(&host, root)))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The viewer runs in the browser: build it with `trunk build` (see README.md).");
    eprintln!("To check an article file, run: cargo run --bin validate-article -- FILE.json");
    std::process::exit(2);
}
