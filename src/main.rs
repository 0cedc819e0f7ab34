//! The page entry point: reads which article the page asks for and mounts
//! the viewer into `#app`, hydrating the pre-rendered article when that is
//! what the page shows, replacing the fallback text otherwise.

#[cfg(target_arch = "wasm32")]
fn main() {
    use annotated_article::state::source::{ArticleSource, INLINE_ARTICLE_ID};
    use annotated_article::{App, AppProps};

    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    // On a host page that loaded us for <annotated-article> there is no
    // #app: the custom element mounts through `mount_embed` instead.
    let Some(root) = document.get_element_by_id("app") else { return };
    let query = window
        .location()
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("article"));
    // A published page of an article other than the built-in one carries
    // the article's JSON (see src/publish/page.rs).
    let inline = document
        .get_element_by_id(INLINE_ARTICLE_ID)
        .and_then(|script| script.text_content())
        .filter(|_| query.is_none());
    let from_page = inline.is_some();
    let source = match inline {
        Some(json) => ArticleSource::Inline(json),
        None => ArticleSource::from_query_value(query.as_deref()),
    };
    annotated_article::failure::install_panic_message(root.clone());
    // The build pre-renders each article's pages (src/bin/prerender.rs): bring
    // the page to life rather than drawing it again, with what it was
    // rendered with, the version it shows and where the other versions are.
    let prerendered = root.query_selector(".annotated-article").ok().flatten().is_some();
    let hydrate = prerendered && (source == ArticleSource::Seed || from_page);
    let initial_version = root.get_attribute("data-version");
    let props = AppProps {
        source,
        timing: Default::default(),
        // A version's own page shows that version; only the latest's page
        // keeps the version in its address.
        sync_address: initial_version.is_none(),
        initial_version,
        version_pages: root.get_attribute("data-version-pages").filter(|_| hydrate),
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

/// Mounts a viewer into `root` (the `<annotated-article>` element's shadow
/// root): the article at `src`, opening at `version`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embed(root: web_sys::Element, src: Option<String>, version: Option<String>) {
    annotated_article::failure::install_panic_message(root.clone());
    annotated_article::embed::mount(root, src, version);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The viewer runs in the browser: build it with `trunk build` (see README.md).");
    eprintln!("To check an article file, run: cargo run --bin validate-article -- FILE.json");
    std::process::exit(2);
}
