//! The popover rules' clock: sends `Tick` when their next deadline (the
//! hover-intent delay, the close grace) is due.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::now;
use crate::interaction::popover::Event;
use crate::state::PopoverEvent;

#[hook]
pub fn use_popover_timer(deadline: Option<f64>, on_event: Callback<PopoverEvent>) {
    use_effect_with(deadline.map(f64::to_bits), move |_| {
        let timeout = deadline.map(|at| {
            let wait = (at - now()).max(0.0).ceil() as u32;
            Timeout::new(wait, move || on_event.emit(Event::Tick))
        });
        move || drop(timeout)
    });
}
