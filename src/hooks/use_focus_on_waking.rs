//! Keeps keyboard focus in place when a pre-rendered control comes to life.
//!
//! The version switch is a row of links in the pre-rendered page and a
//! group of radios once the app runs: new elements, so a reader who had
//! already tabbed onto a link would see focus thrown back to the top of the
//! page the moment the WebAssembly arrived. The links and the radios come in
//! the same order, so the radio in the focused link's place takes focus.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Inside `container`: while `live` is false its choices are `a[href]`;
/// once true, `input[type=radio]`, one for each link, in the same order.
#[hook]
pub fn use_focus_on_waking(container: &NodeRef, live: bool) {
    let was_live = use_mut_ref(|| live);
    let carried = use_mut_ref(|| None::<usize>);
    // Read during the render that wakes it, while the links are still in
    // the page: after it, the focused one is gone.
    if live && !was_live.replace(live) {
        *carried.borrow_mut() = focused_link(container);
    }
    let container = container.clone();
    use_effect_with(live, move |_| {
        if let Some(place) = carried.borrow_mut().take() {
            focus_radio(&container, place);
        }
    });
}

fn focused_link(container: &NodeRef) -> Option<usize> {
    let root = container.cast::<Element>()?;
    let links = root.query_selector_all("a[href]").ok()?;
    // `:focus` matches inside a shadow root too, where document.activeElement
    // would only name the host.
    let focused = root.query_selector("a[href]:focus").ok()??;
    let place = (0..links.length()).find(|&i| links.item(i).is_some_and(|l| l.is_same_node(Some(&focused))))?;
    Some(place as usize)
}

fn focus_radio(container: &NodeRef, place: usize) {
    let radio = container
        .cast::<Element>()
        .and_then(|root| root.query_selector_all("input[type=radio]").ok())
        .and_then(|radios| radios.item(place as u32))
        .and_then(|node| node.dyn_into::<HtmlElement>().ok());
    if let Some(radio) = radio {
        // Nothing useful to do if the browser refuses focus.
        let _ = radio.focus();
    }
}
