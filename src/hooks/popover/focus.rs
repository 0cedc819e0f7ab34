//! Where keyboard focus goes around an open popover, as the ARIA
//! non-modal dialog pattern asks: the popover is not next to its trigger in
//! the DOM, so Tab from the trigger enters it, and Tab past its ends leaves
//! for the trigger (backwards) or for what follows the trigger (forwards).

use web_sys::{Element, EventTarget};

use crate::contract::POPOVER_CLASS;
use crate::hooks::dom::{element_of, focusables, open_popover, viewer_root, within_popover_or_trigger};

/// Whether focus moving from `from` to `to` stays with the popover or the
/// trigger `key` of the same viewer.
pub fn stays_within(from: Option<EventTarget>, to: Option<EventTarget>, key: &str) -> bool {
    let root = element_of(from).and_then(|el| viewer_root(&el));
    match (root, element_of(to)) {
        (Some(root), Some(to)) => within_popover_or_trigger(&root, &to, key),
        _ => false,
    }
}

/// The first control of the viewer's open popover, seen from one of its
/// triggers: where Tab goes from the trigger.
pub fn first_in_open_popover(trigger: Option<EventTarget>) -> Option<Element> {
    let root = element_of(trigger).and_then(|t| viewer_root(&t))?;
    focusables(&open_popover(&root)?).into_iter().next()
}

/// What Tab reaches after `trigger` in the viewer's page order, popovers
/// left out: where Tab goes from a popover's last control.
pub fn after_trigger(root: &Element, trigger: &Element) -> Option<Element> {
    let page: Vec<Element> =
        focusables(root).into_iter().filter(|el| el.closest(&format!(".{POPOVER_CLASS}")).ok().flatten().is_none()).collect();
    let at = page.iter().position(|el| el == trigger)?;
    page.get(at + 1).cloned()
}
