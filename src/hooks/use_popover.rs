//! The thin DOM adapter for popovers: turns pointer, focus and key events on
//! triggers and popovers into `interaction::popover` events, runs its
//! timers, dismisses on outside presses, moves focus as the ARIA dialog
//! pattern asks, and places the open popover. The rules themselves live in
//! the pure state machine; what the adapter remembers lives in the viewer's
//! own scope (`viewer_scope`), and every look-up stays in its root.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::dom::{
    active_element, element_of, focus, focusables, open_popover, trigger_element, trigger_elements, viewer_root, within_popover_or_trigger,
    POPOVER_CLASS,
};
use super::viewer_scope::ViewerScope;
use crate::interaction::placement::{anchor_line, bounds, place, Placement, Rect};
use crate::interaction::popover::Event;
use crate::state::{Action, Trigger, ViewerState};

pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

fn send(dispatch: &UseReducerDispatcher<ViewerState>, event: Event<Trigger>) {
    dispatch.dispatch(Action::Popover { event, now: now() });
}

/// Whether focus moving from `from` to `to` stays with the popover or the
/// trigger `key` of the same viewer.
fn stays_within(from: Option<web_sys::EventTarget>, to: Option<web_sys::EventTarget>, key: &str) -> bool {
    let root = element_of(from).and_then(|el| viewer_root(&el));
    match (root, element_of(to)) {
        (Some(root), Some(to)) => within_popover_or_trigger(&root, &to, key),
        _ => false,
    }
}

/// The event handlers of one trigger element.
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

/// Handlers for a trigger; `popover_id` is the DOM id of the popover it
/// opens, `is_button` says whether Enter and Space already click it.
pub fn trigger_handlers(
    dispatch: &UseReducerDispatcher<ViewerState>,
    scope: &ViewerScope,
    trigger: &Trigger,
    expanded: bool,
    is_button: bool,
) -> TriggerHandlers {
    let key = trigger.key();
    let mouse_only = |e: &PointerEvent| e.pointer_type() != "touch";
    let cb = |f: fn(&UseReducerDispatcher<ViewerState>, &Trigger)| {
        let (d, t) = (dispatch.clone(), trigger.clone());
        move || f(&d, &t)
    };
    let enter = cb(|d, t| send(d, Event::PointerEnterTrigger(t.clone())));
    let leave = cb(|d, t| send(d, Event::PointerLeaveTrigger(t.clone())));
    let activate = cb(|d, t| send(d, Event::Activate(t.clone())));
    let focus_in = cb(|d, t| send(d, Event::FocusTrigger(t.clone())));
    let dismiss = cb(|d, _| send(d, Event::Dismiss));
    let left = cb(|d, _| send(d, Event::FocusLeft));
    let pointer = || scope.pointer.clone();

    TriggerHandlers {
        onpointerenter: {
            let pointer = pointer();
            Callback::from(move |e: PointerEvent| {
                if mouse_only(&e) {
                    pointer.y.set(Some(e.client_y() as f64));
                    enter();
                }
            })
        },
        onpointermove: {
            let pointer = pointer();
            Callback::from(move |e: PointerEvent| {
                if mouse_only(&e) {
                    pointer.y.set(Some(e.client_y() as f64));
                }
            })
        },
        onpointerleave: Callback::from(move |e: PointerEvent| {
            if mouse_only(&e) {
                leave();
            }
        }),
        onpointerdown: {
            let (key, pointer) = (key.clone(), pointer());
            Callback::from(move |e: PointerEvent| {
                *pointer.pressed.borrow_mut() = Some((now(), key.clone()));
                pointer.y.set(Some(e.client_y() as f64));
            })
        },
        onfocus: {
            let (key, pointer) = (key.clone(), pointer());
            Callback::from(move |_: FocusEvent| {
                let pressed = pointer.pressed.borrow_mut().take().is_some_and(|(at, k)| k == key && now() - at < 1000.0);
                if !pressed {
                    pointer.y.set(None);
                    focus_in();
                }
            })
        },
        onblur: {
            let key = key.clone();
            Callback::from(move |e: FocusEvent| {
                if !stays_within(e.target(), e.related_target(), &key) {
                    left();
                }
            })
        },
        // The link's own address is for readers without JavaScript.
        onclick: Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            activate();
        }),
        onkeydown: {
            let activate = cb(|d, t| send(d, Event::Activate(t.clone())));
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" | " " if !is_button => {
                    e.prevent_default();
                    activate();
                }
                "Escape" if expanded => {
                    e.prevent_default();
                    dismiss();
                }
                // The popover is not next in the DOM: Tab goes into it first.
                "Tab" if expanded && !e.shift_key() => {
                    let first = element_of(e.target())
                        .and_then(|t| viewer_root(&t))
                        .and_then(|root| open_popover(&root))
                        .and_then(|p| focusables(&p).into_iter().next());
                    if let Some(first) = first {
                        e.prevent_default();
                        focus(&first);
                    }
                }
                _ => {}
            })
        },
    }
}

/// Keyboard handling inside an open popover: Escape and the close button
/// return focus to the trigger; Tab past either end leaves for the trigger
/// (backwards) or what follows it (forwards).
pub fn popover_keydown(dispatch: &UseReducerDispatcher<ViewerState>, root: NodeRef, trigger_key: String) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        let Some(root) = root.cast::<Element>() else { return };
        let Some(trigger) = trigger_element(&root, &trigger_key) else { return };
        let Some(popover) = element_of(e.current_target()) else { return };
        match e.key().as_str() {
            "Escape" => {
                e.prevent_default();
                focus(&trigger);
                send(&dispatch, Event::Dismiss);
            }
            "Tab" => {
                let inside = focusables(&popover);
                let active = active_element(&root);
                let at = |i: Option<&Element>| i.is_some() && i == active.as_ref();
                if e.shift_key() && at(inside.first()) {
                    e.prevent_default();
                    focus(&trigger);
                } else if !e.shift_key() && at(inside.last()) {
                    e.prevent_default();
                    let page: Vec<Element> = focusables(&root)
                        .into_iter()
                        .filter(|el| el.closest(&format!(".{POPOVER_CLASS}")).ok().flatten().is_none())
                        .collect();
                    let next = page.iter().position(|el| *el == trigger).and_then(|i| page.get(i + 1));
                    match next {
                        Some(next) => focus(next),
                        None => send(&dispatch, Event::FocusLeft),
                    }
                }
            }
            _ => {}
        }
    })
}

/// Closes the popover and puts focus back on its trigger (the close button).
pub fn close_and_return(dispatch: &UseReducerDispatcher<ViewerState>, root: NodeRef, trigger_key: String) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| {
        if let Some(trigger) = root.cast::<Element>().and_then(|r| trigger_element(&r, &trigger_key)) {
            focus(&trigger);
        }
        send(&dispatch, Event::Dismiss);
    })
}

/// Pointer and focus leaving the popover itself.
pub fn popover_pointer_handlers(
    dispatch: &UseReducerDispatcher<ViewerState>,
    trigger_key: String,
) -> (Callback<PointerEvent>, Callback<PointerEvent>, Callback<FocusEvent>) {
    let (d1, d2, d3) = (dispatch.clone(), dispatch.clone(), dispatch.clone());
    (
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                send(&d1, Event::PointerEnterPopover)
            }
        }),
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                send(&d2, Event::PointerLeavePopover)
            }
        }),
        Callback::from(move |e: FocusEvent| {
            if !stays_within(e.target(), e.related_target(), &trigger_key) {
                send(&d3, Event::FocusLeft);
            }
        }),
    )
}

/// Sends `Tick` when the state machine's next timer is due.
#[hook]
pub fn use_popover_timer(deadline: Option<f64>, dispatch: UseReducerDispatcher<ViewerState>) {
    use_effect_with(deadline.map(f64::to_bits), move |_| {
        let timeout = deadline.map(|at| {
            let wait = (at - now()).max(0.0).ceil() as u32;
            Timeout::new(wait, move || send(&dispatch, Event::Tick))
        });
        move || drop(timeout)
    });
}

/// While a popover is open, a press anywhere outside it and its trigger
/// (in the page, or in another viewer) closes it.
#[hook]
pub fn use_dismiss_on_outside_press(open: Option<String>, root: NodeRef, dispatch: UseReducerDispatcher<ViewerState>) {
    use_effect_with(open, move |open| {
        let listener = open.clone().and_then(|key| {
            let document = web_sys::window()?.document()?;
            Some(EventListener::new(&document, "pointerdown", move |e| {
                let path = e.composed_path();
                let target = path.get(0).dyn_into::<Element>().ok().or_else(|| element_of(e.target()));
                let inside = match (root.cast::<Element>(), target) {
                    (Some(root), Some(el)) => within_popover_or_trigger(&root, &el, &key),
                    _ => false,
                };
                if !inside {
                    send(&dispatch, Event::PointerDownOutside);
                }
            }))
        });
        move || drop(listener)
    });
}

/// Whole CSS pixels: formatting an `f64` would pull float printing into the
/// WebAssembly for no visible difference.
fn px(v: f64) -> String {
    format!("{}px", v.round() as i64)
}

fn rect_of(r: &web_sys::DomRect) -> Rect {
    Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() }
}

/// Positions the open popover next to its trigger's line (or as a bottom
/// sheet on narrow screens), now and whenever the window is resized. The
/// popover is absolutely positioned inside the viewer root, so it follows
/// the page as it scrolls.
#[hook]
pub fn use_popover_placement(popover: NodeRef, root: NodeRef, scope: ViewerScope, trigger_key: Option<String>) {
    use_effect_with(trigger_key, move |key| {
        let key = key.clone();
        // Only while a popover is open: at rest the viewer listens to nothing of the page.
        let open = key.is_some();
        let position = move || {
            let (Some(key), Some(el), Some(root)) = (key.as_deref(), popover.cast::<HtmlElement>(), root.cast::<Element>()) else {
                return;
            };
            let Some(window) = web_sys::window() else { return };
            let Some(trigger) = trigger_element(&root, key) else { return };
            let viewport = (
                window.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(1024.0),
                window.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(768.0),
            );
            let mut lines = Vec::new();
            for frag in trigger_elements(&root, key) {
                let rects = frag.get_client_rects();
                lines.extend((0..rects.length()).filter_map(|j| rects.item(j)).map(|r| rect_of(&r)));
            }
            let Some(anchor) = anchor_line(&lines, scope.pointer.y.get()).or_else(|| Some(rect_of(&trigger.get_bounding_client_rect())))
            else {
                return;
            };
            // Measured unplaced: fixed at the viewport's corner, where it can
            // neither overflow the page (a phone would zoom out) nor be clipped.
            let style = el.style();
            for p in ["left", "top", "width", "max-height"] {
                let _ = style.remove_property(p);
            }
            let _ = el.class_list().remove_2("is-sheet", "is-floating");
            let natural = el.get_bounding_client_rect();
            let whole = bounds(&lines).unwrap_or(anchor);
            match place(anchor, whole, (natural.width(), natural.height()), viewport) {
                Placement::Sheet => {
                    let _ = el.class_list().add_1("is-sheet");
                    // Keep the whole trigger visible above the sheet.
                    let sheet_top = viewport.1 - el.get_bounding_client_rect().height();
                    let (top, bottom) = (whole.top, whole.bottom());
                    if bottom + 8.0 > sheet_top {
                        let by = (bottom + 8.0 - sheet_top).min(top - 8.0).max(anchor.bottom() + 8.0 - sheet_top);
                        window.scroll_by_with_x_and_y(0.0, by);
                    }
                }
                Placement::Floating { rect, max_height, .. } => {
                    let _ = el.class_list().add_1("is-floating");
                    let origin = root.get_bounding_client_rect();
                    let _ = style.set_property("left", &px(rect.left - origin.left()));
                    let _ = style.set_property("top", &px(rect.top - origin.top()));
                    let _ = style.set_property("width", &px(rect.width));
                    let _ = style.set_property("max-height", &px(max_height));
                }
            }
            let _ = el.class_list().add_1("is-placed");
        };
        position();
        let listener = web_sys::window().filter(|_| open).map(|w| EventListener::new(&w, "resize", move |_| position()));
        move || drop(listener)
    });
}

/// Brings a passage into view, flashes it, and moves focus to it.
pub fn jump_to(scope: &ViewerScope, root: &Element, key: &str) {
    if let Some(target) = trigger_element(root, key) {
        jump_to_element(scope, &target);
    }
}

/// Brings an element into view (smoothly, unless the reader asked for
/// reduced motion), flashes it, and moves focus to it.
pub fn jump_to_element(scope: &ViewerScope, target: &Element) {
    let reduce =
        web_sys::window().and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten()).is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if reduce { web_sys::ScrollBehavior::Instant } else { web_sys::ScrollBehavior::Smooth });
    target.scroll_into_view_with_scroll_into_view_options(&options);
    scope.flash(target);
    focus(target);
}
