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

/// What the pointer does to anything that opens a card: hover intent,
/// the line it rests on, a press, a click or tap.
pub struct PointerHandlers {
    pub onpointerenter: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
    pub onpointerdown: Callback<PointerEvent>,
    pub onclick: Callback<MouseEvent>,
}

/// A trigger's handlers: the pointer's, and focus and keys, as it is in the
/// tab order.
pub struct TriggerHandlers {
    pub pointer: PointerHandlers,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
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
    let pointer = &scope.pointer;
    TriggerHandlers {
        pointer: pointer_handlers(on_event, scope, id),
        onfocus: {
            let (key, pointer, focused) = (key.clone(), pointer.clone(), emitter(on_event, Event::FocusTrigger(id.clone())));
            Callback::from(move |_: FocusEvent| {
                let pressed = pointer.pressed.borrow_mut().take().is_some_and(|(at, k)| k == key && now() - at < PRESS_THEN_FOCUS_MS);
                if !pressed {
                    pointer.y.set(None);
                    focused();
                }
            })
        },
        onblur: {
            let (key, left) = (key.clone(), emitter(on_event, Event::FocusLeft));
            Callback::from(move |e: FocusEvent| {
                if !stays_within(e.target(), e.related_target(), &key) {
                    left();
                }
            })
        },
        onkeydown: {
            let (activate, dismiss) = (emitter(on_event, Event::Activate(id.clone())), emitter(on_event, Event::Dismiss));
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

/// A function that sends `event` when called.
fn emitter(on_event: &Callback<PopoverEvent>, event: PopoverEvent) -> impl Fn() {
    let on_event = on_event.clone();
    move || on_event.emit(event.clone())
}

/// The pointer's handlers for `id`, for a trigger or for words that open a
/// card without being one (`components::quiet_annotation`).
pub fn pointer_handlers(on_event: &Callback<PopoverEvent>, scope: &ViewerScope, id: &TriggerId) -> PointerHandlers {
    let key = id.key();
    let pointer = &scope.pointer;
    PointerHandlers {
        onpointerenter: {
            let (pointer, enter) = (pointer.clone(), emitter(on_event, Event::PointerEnterTrigger(id.clone())));
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
            let leave = emitter(on_event, Event::PointerLeaveTrigger(id.clone()));
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
        // The link's own address is for readers without JavaScript.
        onclick: {
            let activate = emitter(on_event, Event::Activate(id.clone()));
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                activate();
            })
        },
    }
}
