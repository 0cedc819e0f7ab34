//! The page entry point: reads which article the page asks for and mounts
//! the viewer into `#app`, replacing the fallback text index.html shows
//! until the WebAssembly runs.

#[cfg(target_arch = "wasm32")]
fn main() {
    use annotated_article::state::ArticleSource;
    use annotated_article::{App, AppProps};

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("article"));
    let source = ArticleSource::from_query_value(query.as_deref());

    let root = document.get_element_by_id("app").or_else(|| document.body().map(Into::into));
    let Some(root) = root else { return };
    annotated_article::failure::install_panic_message(root.clone());
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { source, timing: Default::default(), sync_address: true }).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The viewer runs in the browser: build it with `trunk build` (see README.md).");
    eprintln!("To check an article file, run: cargo run --bin validate-article -- FILE.json");
    std::process::exit(2);
}
