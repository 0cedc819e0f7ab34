//! Jumping to a passage: from a card's "In this article" entry, an update
//! note or the list of updates. The passage comes into view (smoothly,
//! unless the reader asked for reduced motion), flashes, and takes focus.

use web_sys::Element;

use super::dom::{focus, trigger_element};
use super::ViewerScope;

/// Jumps to the trigger `key` in the viewer at `root`.
pub fn jump_to_trigger(scope: &ViewerScope, root: &Element, key: &str) {
    if let Some(target) = trigger_element(root, key) {
        jump_to(scope, &target);
    }
}

pub fn jump_to(scope: &ViewerScope, target: &Element) {
    let reduce =
        web_sys::window().and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten()).is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if reduce { web_sys::ScrollBehavior::Instant } else { web_sys::ScrollBehavior::Smooth });
    target.scroll_into_view_with_scroll_into_view_options(&options);
    scope.flash(target);
    focus(target);
}
