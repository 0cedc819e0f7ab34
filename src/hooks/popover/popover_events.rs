//! The event handlers of an open popover: the pointer entering and leaving
//! it, focus leaving it, its keys (Escape, Tab at either end) and its close
//! button, which puts focus back on the trigger.

use web_sys::Element;
use yew::prelude::*;

use super::focus::{after_trigger, stays_within};
use crate::hooks::dom::{active_element, element_of, focus, focusables, trigger_element};
use crate::interaction::popover::Event;
use crate::state::PopoverEvent;

pub struct PopoverHandlers {
    pub onpointerenter: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
    pub onfocusout: Callback<FocusEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    /// The close button's.
    pub onclose: Callback<MouseEvent>,
}

/// Handlers for the popover of the trigger `key`, in the viewer at `root`.
pub fn popover_handlers(on_event: &Callback<PopoverEvent>, root: &NodeRef, key: &str) -> PopoverHandlers {
    let trigger = {
        let (root, key) = (root.clone(), key.to_owned());
        move || root.cast::<Element>().and_then(|r| Some((trigger_element(&r, &key)?, r)))
    };
    let mouse = |event: PopoverEvent| {
        let on_event = on_event.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                on_event.emit(event.clone());
            }
        })
    };
    PopoverHandlers {
        onpointerenter: mouse(Event::PointerEnterPopover),
        onpointerleave: mouse(Event::PointerLeavePopover),
        onfocusout: {
            let (on_event, key) = (on_event.clone(), key.to_owned());
            Callback::from(move |e: FocusEvent| {
                if !stays_within(e.target(), e.related_target(), &key) {
                    on_event.emit(Event::FocusLeft);
                }
            })
        },
        onkeydown: {
            let (on_event, trigger) = (on_event.clone(), trigger.clone());
            Callback::from(move |e: KeyboardEvent| {
                let (Some((trigger, root)), Some(popover)) = (trigger(), element_of(e.current_target())) else { return };
                match e.key().as_str() {
                    "Escape" => {
                        e.prevent_default();
                        focus(&trigger);
                        on_event.emit(Event::Dismiss);
                    }
                    "Tab" => {
                        let inside = focusables(&popover);
                        let active = active_element(&root);
                        let at = |end: Option<&Element>| end.is_some() && end == active.as_ref();
                        if e.shift_key() && at(inside.first()) {
                            e.prevent_default();
                            focus(&trigger);
                        } else if !e.shift_key() && at(inside.last()) {
                            e.prevent_default();
                            match after_trigger(&root, &trigger) {
                                Some(next) => focus(&next),
                                None => on_event.emit(Event::FocusLeft),
                            }
                        }
                    }
                    _ => {}
                }
            })
        },
        onclose: {
            let on_event = on_event.clone();
            Callback::from(move |_| {
                if let Some((trigger, _)) = trigger() {
                    focus(&trigger);
                }
                on_event.emit(Event::Dismiss);
            })
        },
    }
}
