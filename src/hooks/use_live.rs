//! The viewer coming to life: false for the first render, the one the
//! pre-rendered HTML is made of and hydration must match (plain links that
//! work without JavaScript); true from the next, where they become the
//! interactive controls.
//!
//! That next render costs nothing extra on a pre-rendered page: Yew renders
//! a component again straight after hydrating it, and that render is the live
//! one. A viewer drawn from scratch has no such render, so the effect after
//! its first render asks for one. On a phone this is two whole renders fewer
//! before the page is interactive than waiting for an effect to switch a
//! state (bench/RESULTS.md).
//!
//! Keyboard focus stays in place across that change. The version switch is
//! a row of links in the pre-rendered page and a group of radios once live:
//! new elements, so a reader who had already tabbed onto a link would see
//! focus thrown back to the top of the page the moment the WebAssembly
//! arrived. The links and the radios come in the same order, so the radio in
//! the focused link's place takes focus.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Whether the viewer is live. Inside `container`: while not, its choices
/// are `a[href]`; once live, `input[type=radio]`, one for each link, in the
/// same order.
#[hook]
pub fn use_live(container: &NodeRef) -> bool {
    // Renders before this one: 0, 1, then 2 for any number more.
    let renders = use_mut_ref(|| 0_u8);
    let carried = use_mut_ref(|| None::<usize>);
    let wake = use_state_eq(|| false);
    let before = *renders.borrow();
    *renders.borrow_mut() = before.saturating_add(1).min(2);
    let live = before >= 1;
    if before == 1 {
        // The render that replaces the links, before it does: the links the
        // first render drew (or hydrated) are still in the page.
        *carried.borrow_mut() = focused_link(container);
    }
    {
        let (wake, carried, container) = (wake.setter(), carried.clone(), container.clone());
        use_effect_with(live, move |&live| {
            if live {
                if let Some(place) = carried.borrow_mut().take() {
                    focus_radio(&container, place);
                }
            } else {
                // Drawn from scratch: nothing renders again by itself.
                wake.set(true);
            }
        });
    }
    live
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
