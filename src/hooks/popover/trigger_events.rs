//! The event handlers of one trigger element: pointer, focus, click and
//! keys, turned into popover events. Touch is left to the click: a finger
//! has no hover.

use yew::prelude::*;

use super::focus::{first_in_open_popover, stays_within};
use super::now;
use crate::hooks::dom::focus;
use crate::hooks::ViewerScope;
use crate::interaction::popover::Event;
use crate::state::{PopoverEvent, TriggerId};

/// A press on a trigger followed by its focus within this long is one
/// click, which must not also open the popover as keyboard focus would.
const PRESS_THEN_FOCUS_MS: f64 = 1000.0;

pub struct TriggerHandlers {
    pub onpointerenter: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
    pub onpointerdown: Callback<PointerEvent>,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
    pub onclick: Callback<MouseEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
}

fn by_mouse(e: &PointerEvent) -> bool {
    e.pointer_type() != "touch"
}

/// Handlers for the trigger `id`; `expanded` says whether its popover is
/// open, `is_button` whether Enter and Space already click it.
pub fn trigger_handlers(
    on_event: &Callback<PopoverEvent>,
    scope: &ViewerScope,
    id: &TriggerId,
    expanded: bool,
    is_button: bool,
) -> TriggerHandlers {
    let key = id.key();
    let send = |event: PopoverEvent| {
        let on_event = on_event.clone();
        move || on_event.emit(event.clone())
    };
    let pointer = &scope.pointer;

    TriggerHandlers {
        onpointerenter: {
            let (pointer, enter) = (pointer.clone(), send(Event::PointerEnterTrigger(id.clone())));
            Callback::from(move |e: PointerEvent| {
                if by_mouse(&e) {
                    pointer.y.set(Some(e.client_y() as f64));
                    enter();
                }
            })
        },
        onpointermove: {
            let pointer = pointer.clone();
            Callback::from(move |e: PointerEvent| {
                if by_mouse(&e) {
                    pointer.y.set(Some(e.client_y() as f64));
                }
            })
        },
        onpointerleave: {
            let leave = send(Event::PointerLeaveTrigger(id.clone()));
            Callback::from(move |e: PointerEvent| {
                if by_mouse(&e) {
                    leave();
                }
            })
        },
        onpointerdown: {
            let (key, pointer) = (key.clone(), pointer.clone());
            Callback::from(move |e: PointerEvent| {
                *pointer.pressed.borrow_mut() = Some((now(), key.clone()));
                pointer.y.set(Some(e.client_y() as f64));
            })
        },
        onfocus: {
            let (key, pointer, focused) = (key.clone(), pointer.clone(), send(Event::FocusTrigger(id.clone())));
            Callback::from(move |_: FocusEvent| {
                let pressed = pointer.pressed.borrow_mut().take().is_some_and(|(at, k)| k == key && now() - at < PRESS_THEN_FOCUS_MS);
                if !pressed {
                    pointer.y.set(None);
                    focused();
                }
            })
        },
        onblur: {
            let (key, left) = (key.clone(), send(Event::FocusLeft));
            Callback::from(move |e: FocusEvent| {
                if !stays_within(e.target(), e.related_target(), &key) {
                    left();
                }
            })
        },
        // The link's own address is for readers without JavaScript.
        onclick: {
            let activate = send(Event::Activate(id.clone()));
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                activate();
            })
        },
        onkeydown: {
            let (activate, dismiss) = (send(Event::Activate(id.clone())), send(Event::Dismiss));
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" | " " if !is_button => {
                    e.prevent_default();
                    activate();
                }
                "Escape" if expanded => {
                    e.prevent_default();
                    dismiss();
                }
                "Tab" if expanded && !e.shift_key() => {
                    if let Some(first) = first_in_open_popover(e.target()) {
                        e.prevent_default();
                        focus(&first);
                    }
                }
                _ => {}
            })
        },
    }
}
