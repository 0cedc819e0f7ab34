//! Puts the open popover where `interaction::placement` says: next to its
//! trigger's line, or as a bottom sheet on narrow screens, now and whenever
//! the window is resized. A floating popover is absolutely positioned inside
//! the viewer root, so it follows the page as it scrolls.
//!
//! What it writes is outside what Yew renders: the inline `style` (the
//! popover's markup sets none) and the `data-placement` attribute, which the
//! stylesheet shows the popover by. Yew's classes stay Yew's.

use gloo_events::EventListener;
use web_sys::{DomRect, Element, HtmlElement};
use yew::prelude::*;

use crate::contract::PLACEMENT_ATTR;
use crate::hooks::dom::{trigger_element, trigger_elements};
use crate::hooks::ViewerScope;
use crate::interaction::placement::{anchor_line, bounds, place, sheet_scroll, Placement, Rect};

/// Whole CSS pixels: formatting an `f64` would pull float printing into the
/// WebAssembly for no visible difference.
fn px(v: f64) -> String {
    format!("{}px", v.round() as i64)
}

fn rect_of(r: &DomRect) -> Rect {
    Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() }
}

/// Every line box of the trigger `key`, in viewport coordinates.
fn trigger_lines(root: &Element, key: &str) -> Vec<Rect> {
    let mut lines = Vec::new();
    for piece in trigger_elements(root, key) {
        let rects = piece.get_client_rects();
        lines.extend((0..rects.length()).filter_map(|j| rects.item(j)).map(|r| rect_of(&r)));
    }
    lines
}

fn position(popover: &HtmlElement, root: &Element, scope: &ViewerScope, key: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(trigger) = trigger_element(root, key) else { return };
    let size = |v: Result<wasm_bindgen::JsValue, _>, fallback| v.ok().and_then(|v| v.as_f64()).unwrap_or(fallback);
    let viewport = (size(window.inner_width(), 1024.0), size(window.inner_height(), 768.0));
    let lines = trigger_lines(root, key);
    let anchor = anchor_line(&lines, scope.pointer.y.get()).unwrap_or_else(|| rect_of(&trigger.get_bounding_client_rect()));
    // Measured unplaced: fixed at the viewport's corner (the stylesheet's
    // default), where it can neither widen the page (a phone would zoom
    // out) nor be clipped.
    let style = popover.style();
    for property in ["left", "top", "width", "max-height"] {
        let _ = style.remove_property(property);
    }
    let _ = popover.remove_attribute(PLACEMENT_ATTR);
    let natural = popover.get_bounding_client_rect();
    let whole = bounds(&lines).unwrap_or(anchor);
    match place(anchor, whole, (natural.width(), natural.height()), viewport) {
        Placement::Sheet => {
            let _ = popover.set_attribute(PLACEMENT_ATTR, "sheet");
            let sheet_top = viewport.1 - popover.get_bounding_client_rect().height();
            if let Some(by) = sheet_scroll(anchor, whole, sheet_top) {
                window.scroll_by_with_x_and_y(0.0, by);
            }
        }
        Placement::Floating { rect, max_height, .. } => {
            let origin = root.get_bounding_client_rect();
            let _ = style.set_property("left", &px(rect.left - origin.left()));
            let _ = style.set_property("top", &px(rect.top - origin.top()));
            let _ = style.set_property("width", &px(rect.width));
            let _ = style.set_property("max-height", &px(max_height));
            let _ = popover.set_attribute(PLACEMENT_ATTR, "floating");
        }
    }
}

/// Places the popover at `popover` for the trigger `open`, while one is open.
#[hook]
pub fn use_popover_placement(popover: NodeRef, root: NodeRef, scope: ViewerScope, open: Option<String>) {
    use_effect_with(open, move |open| {
        let place_now = {
            let key = open.clone();
            move || {
                if let (Some(key), Some(el), Some(root)) = (key.as_deref(), popover.cast::<HtmlElement>(), root.cast::<Element>()) {
                    position(&el, &root, &scope, key);
                }
            }
        };
        place_now();
        let listener = web_sys::window().filter(|_| open.is_some()).map(|w| EventListener::new(&w, "resize", move |_| place_now()));
        move || drop(listener)
    });
}
