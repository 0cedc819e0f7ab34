//! While a popover is open, a press anywhere outside it and its trigger (in
//! the host page, or in another viewer) closes it. Only while one is open:
//! at rest the viewer listens to nothing of the page.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::hooks::dom::{element_of, within_popover_or_trigger};
use crate::interaction::popover::Event;
use crate::state::PopoverEvent;

#[hook]
pub fn use_dismiss_on_outside_press(open: Option<String>, root: NodeRef, on_event: Callback<PopoverEvent>) {
    use_effect_with(open, move |open| {
        let listener = open.clone().and_then(|key| {
            let document = web_sys::window()?.document()?;
            Some(EventListener::new(&document, "pointerdown", move |e| {
                // Inside a shadow root the event's target is the host: the
                // composed path's first entry is the element pressed.
                let path = e.composed_path();
                let target = path.get(0).dyn_into::<Element>().ok().or_else(|| element_of(e.target()));
                let inside = match (root.cast::<Element>(), target) {
                    (Some(root), Some(el)) => within_popover_or_trigger(&root, &el, &key),
                    _ => false,
                };
                if !inside {
                    on_event.emit(Event::PointerDownOutside);
                }
            }))
        });
        move || drop(listener)
    });
}
