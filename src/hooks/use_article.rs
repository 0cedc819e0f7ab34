//! Loads the article a viewer is given, into the viewer's state: at once for
//! the built-in or inline article, over the network for a URL.

#[cfg(not(feature = "site"))]
use wasm_bindgen::JsCast;
#[cfg(not(feature = "site"))]
use wasm_bindgen_futures::JsFuture;
#[cfg(not(feature = "site"))]
use web_sys::Response;
#[cfg(not(feature = "site"))]
use yew::platform::spawn_local;
use yew::prelude::*;

#[cfg(not(feature = "site"))]
use crate::article::SEED_JSON;
use crate::interaction::popover::Timing;
use crate::state::{Action, ArticleSource, Failure, ViewerState};

/// What the published pages' build says of a page without its article
/// data (see main.rs, where such a page stays as published).
#[cfg(feature = "site")]
pub const NO_ARTICLE_DATA: &str = "This page carries no article data: publish it again with `./x build`.";

/// The state a source starts in; URLs start loading.
pub fn initial_state(source: &ArticleSource) -> ViewerState {
    match source {
        #[cfg(not(feature = "site"))]
        ArticleSource::Seed => ViewerState::from_bytes(source.describe(), SEED_JSON.as_bytes()),
        // The published pages' build has no article of its own: each page
        // carries its article (src/publish/page.rs, main.rs).
        #[cfg(feature = "site")]
        ArticleSource::Seed => ViewerState::failed(Failure::BadRequest { message: NO_ARTICLE_DATA.into() }),
        ArticleSource::Inline(json) => ViewerState::from_bytes(source.describe(), json.as_bytes()),
        ArticleSource::Url(url) => ViewerState::loading(url.clone()),
        ArticleSource::Refused(message) => ViewerState::failed(Failure::BadRequest { message: message.clone() }),
    }
}

/// `value` made absolute against the page's address by the browser's own
/// URL parser, the one `fetch` will use.
pub fn resolve_address(value: &str) -> Option<String> {
    let base = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new_with_base(value, &base).ok().map(|url| url.href())
}

#[cfg(not(feature = "site"))]
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    // web-sys's fetch directly: an HTTP client crate would add tens of KB of
    // WebAssembly for one GET.
    const UNREACHABLE: &str = "The server could not be reached, or it does not allow this page to read the file \
         (a file on another site must be served with CORS: Access-Control-Allow-Origin).";
    let window = web_sys::window().ok_or(UNREACHABLE)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| UNREACHABLE)?;
    let response: Response = response.dyn_into().map_err(|_| UNREACHABLE)?;
    if !response.ok() {
        let status = response.status();
        let text = response.status_text();
        let text = if text.is_empty() { String::new() } else { format!(" {text}") };
        return Err(format!("The server answered {status}{text}."));
    }
    let cut_off = || "The download stopped before the whole file arrived.".to_owned();
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| cut_off())?).await.map_err(|_| cut_off())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[hook]
pub fn use_article(source: &ArticleSource, timing: Timing, opening: Option<String>) -> UseReducerHandle<ViewerState> {
    let start = move |source: &ArticleSource| initial_state(source).with_timing(timing).opening_at(opening.clone());
    let state = use_reducer(|| start(source));
    // `use_reducer` already started from the first source; a later source
    // starts over.
    let first_run = use_mut_ref(|| true);
    {
        let state = state.clone();
        use_effect_with(source.clone(), move |source| {
            if !std::mem::replace(&mut *first_run.borrow_mut(), false) {
                state.dispatch(Action::Reset(start(source)));
            }
            // The site build reads no address (see main.rs).
            #[cfg(not(feature = "site"))]
            if let ArticleSource::Url(url) = source {
                let url = url.clone();
                spawn_local(async move {
                    let action = match fetch_bytes(&url).await {
                        Ok(bytes) => Action::Received { source: url, bytes },
                        Err(message) => Action::Failed { source: url.clone(), failure: Failure::Network { source: url, message } },
                    };
                    state.dispatch(action);
                });
            }
        });
    }
    state
}
