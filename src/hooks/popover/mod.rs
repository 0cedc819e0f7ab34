//! The DOM adapter for popovers, one job a file: it turns browser events
//! into `interaction::popover` events and carries out what the rules decide
//! (focus, timers, placement). The rules live in that pure state machine;
//! what the adapter remembers lives in the viewer's own scope
//! (`viewer_scope`), and every look-up stays in the viewer's root (`dom`).
//! Everything it registers on the page belongs to an effect, so a viewer
//! that goes away takes all of it along.

pub mod focus;
pub mod outside_press;
pub mod placement;
pub mod popover_events;
pub mod timer;
pub mod trigger_events;

/// The page's clock in milliseconds, the time the popover rules run on.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}
