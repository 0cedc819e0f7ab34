//! `prerender INDEX.html`: renders the viewer with the built-in article on
//! the server side (Yew's SSR) into the page's `#app`, so the article is
//! readable the moment the page arrives; the WebAssembly then hydrates it.
//! Run by tools/post-build.mjs on every build.

use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use annotated_article::state::ArticleSource;
#[cfg(not(target_arch = "wasm32"))]
use annotated_article::{App, AppProps};

// A native tool; the browser build of the crate only needs it to compile.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
const OPEN: &str = r#"<main id="app" class="page">"#;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let (Some(start), Some(end)) = (page.find(OPEN), page.find("</main>")) else {
        eprintln!("prerender: {path} has no {OPEN}…</main>");
        return ExitCode::from(1);
    };
    let props = AppProps { source: ArticleSource::Seed, timing: Default::default(), sync_address: true, initial_version: None };
    let html = futures_executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render());
    let out = format!("{}{OPEN}{html}{}", &page[..start], &page[end..]);
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
