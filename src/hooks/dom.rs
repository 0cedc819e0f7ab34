//! Finding things in one viewer's DOM: every look-up starts from the
//! viewer's own root and stays inside it, so a viewer never reaches into a
//! host page or another viewer, inside a shadow root or not.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::contract::{POPOVER_CLASS, ROOT_CLASS, TRIGGER_ATTR};

/// What Tab stops at: a trigger's continuation pieces are links taken out of
/// the tab order (`tabindex="-1"`), and must stay out of it.
const FOCUSABLE: &str = "a[href]:not([tabindex=\"-1\"]), button:not([disabled]), [tabindex=\"0\"]";

pub fn element_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

/// The root of the viewer `el` belongs to.
pub fn viewer_root(el: &Element) -> Option<Element> {
    el.closest(&format!(".{ROOT_CLASS}")).ok().flatten()
}

/// The element with `id` inside `root`, found through the root's own node
/// (the shadow root, or the document), without a selector.
pub fn element_by_id(root: &Element, id: &str) -> Option<Element> {
    let node = root.get_root_node();
    let found = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => node.dyn_ref::<web_sys::Document>()?.get_element_by_id(id),
    }?;
    root.contains(Some(&found)).then_some(found)
}

/// Whether `el` is, within `root`, inside a popover or part of the trigger `key`.
pub fn within_popover_or_trigger(root: &Element, el: &Element, key: &str) -> bool {
    if !root.contains(Some(el)) {
        return false;
    }
    let in_popover = el.closest(&format!(".{POPOVER_CLASS}")).ok().flatten().is_some();
    let on_trigger =
        el.closest(&format!("[{TRIGGER_ATTR}]")).ok().flatten().and_then(|t| t.get_attribute(TRIGGER_ATTR)).is_some_and(|k| k == key);
    in_popover || on_trigger
}

/// The first element of the trigger `key` inside `root` (the one in the tab order).
pub fn trigger_element(root: &Element, key: &str) -> Option<Element> {
    root.query_selector(&format!("[{TRIGGER_ATTR}=\"{key}\"]")).ok().flatten()
}

/// Every element of the trigger `key` inside `root`.
pub fn trigger_elements(root: &Element, key: &str) -> Vec<Element> {
    all(root, &format!("[{TRIGGER_ATTR}=\"{key}\"]"))
}

/// The viewer's open popover, if any.
pub fn open_popover(root: &Element) -> Option<Element> {
    root.query_selector(&format!(".{POPOVER_CLASS}")).ok().flatten()
}

pub fn all(within: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = within.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

pub fn focusables(within: &Element) -> Vec<Element> {
    all(within, FOCUSABLE)
}

pub fn focus(el: &Element) {
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
}

/// The focused element as seen from `within`: inside a shadow root (the
/// custom element) the document only knows the host.
pub fn active_element(within: &Element) -> Option<Element> {
    match within.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => web_sys::window()?.document()?.active_element(),
    }
}
