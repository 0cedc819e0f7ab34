//! Work a reader does not see, run once the browser has painted what they
//! do see. A version switch changes the page address too, and pushing a
//! history entry costs Chromium 1–9 ms (bench/RESULTS.md): done after the
//! next frame, it no longer holds back the frame that shows the switch.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Pending work; dropping it cancels the work if it has not run.
pub struct AfterPaint {
    window: web_sys::Window,
    frame: Option<i32>,
    // Kept alive until the frame fires or the work is cancelled.
    _on_frame: Closure<dyn FnMut()>,
    // The frame's callback runs the work from a task of its own, after the
    // paint that follows the callback.
    after: Rc<Cell<Option<Timeout>>>,
}

impl AfterPaint {
    /// Runs `work` after the next frame has painted. A hidden page paints
    /// no frames, so there the work runs at once (and `None` comes back).
    pub fn new(work: impl FnOnce() + 'static) -> Option<AfterPaint> {
        let Some(window) = web_sys::window().filter(|w| w.document().is_some_and(|d| !d.hidden())) else {
            work();
            return None;
        };
        let after = Rc::new(Cell::new(None));
        let slot = after.clone();
        let mut work = Some(work);
        let on_frame = Closure::<dyn FnMut()>::new(move || {
            if let Some(work) = work.take() {
                slot.set(Some(Timeout::new(0, work)));
            }
        });
        let callback: &js_sys::Function = on_frame.as_ref().unchecked_ref();
        let frame = window.request_animation_frame(callback).ok();
        if frame.is_none() {
            // No frame to wait for: the work still runs, from its own task.
            let _ = callback.call0(&JsValue::NULL);
        }
        Some(AfterPaint { window, frame, _on_frame: on_frame, after })
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        // Either may already have run; cancelling a finished one is harmless.
        if let Some(frame) = self.frame {
            let _ = self.window.cancel_animation_frame(frame);
        }
        drop(self.after.take());
    }
}
