//! A panic stops the WebAssembly, and with it every viewer on the page: each
//! of them must then tell its reader so. A real panic, caught by the hook
//! the viewer sets through Yew's own API (a hook set any other way is
//! replaced by Yew's when it renders). In its own file: after a panic this
//! WebAssembly instance is not fit for other tests.
#![cfg(target_arch = "wasm32")]

use annotated_article::failure::STOPPED;
use annotated_article::state::ArticleSource;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_shows_the_message_in_every_viewer_on_the_page() {
    let first = mount(ArticleSource::Seed).await;
    let second = mount(ArticleSource::Seed).await;
    let gone = mount(ArticleSource::Seed).await;
    for m in [&first, &second] {
        m.wait_for(".annotated-article[data-live] .article-body").await;
    }
    let gone_viewer = gone.get(".annotated-article");
    gone.unmount();
    yew::scheduler::flush().await;
    // A panic in code the browser calls, as a failing event handler's would be.
    let boom = Closure::once_into_js(|| -> () { panic!("a test-only panic") });
    let boom: js_sys::Function = boom.unchecked_into();
    let thrown = boom.call0(&JsValue::NULL);
    assert!(thrown.is_err(), "the panic stopped the call");
    for m in [&first, &second] {
        let viewer = m.get(".annotated-article");
        assert_eq!(viewer.text_content().as_deref(), Some(STOPPED));
        assert_eq!(viewer.get_attribute("role").as_deref(), Some("alert"));
        assert!(m.one(".article-body").is_none(), "the frozen article is gone");
    }
    assert_ne!(gone_viewer.text_content().as_deref(), Some(STOPPED), "a viewer taken down earlier is forgotten");
}
