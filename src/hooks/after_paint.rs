//! Work a reader does not see, run once the browser has painted what they
//! do see. A version switch changes the page address too, and pushing a
//! history entry costs Chromium 1–9 ms (bench/RESULTS.md): done after the
//! next frame, it no longer holds back the frame that shows the switch.

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Pending work; dropping it cancels the work if it has not run.
pub struct AfterPaint {
    window: web_sys::Window,
    frame: Option<i32>,
    // The frame's callback, which runs the work from a task of its own,
    // after the paint that follows the callback. It owns that task's timer,
    // so dropping it cancels the timer too.
    _on_frame: Closure<dyn FnMut()>,
}

impl AfterPaint {
    /// Runs `work` after the next frame has painted. A hidden page paints
    /// no frames, so there the work runs at once (and `None` comes back).
    pub fn new(work: impl FnOnce() + 'static) -> Option<AfterPaint> {
        let Some(window) = web_sys::window().filter(|w| w.document().is_some_and(|d| !d.hidden())) else {
            work();
            return None;
        };
        let mut work = Some(work);
        let mut after: Option<Timeout> = None;
        let on_frame = Closure::<dyn FnMut()>::new(move || {
            if let Some(work) = work.take() {
                // Kept by the callback: dropping the callback cancels it.
                after.get_or_insert(Timeout::new(0, work));
            }
        });
        let callback: &js_sys::Function = on_frame.as_ref().unchecked_ref();
        let frame = window.request_animation_frame(callback).ok();
        if frame.is_none() {
            // No frame to wait for: the work still runs, from its own task.
            let _ = callback.call0(&JsValue::NULL);
        }
        Some(AfterPaint { window, frame, _on_frame: on_frame })
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        // A frame that has not come yet must not call a dropped callback.
        if let Some(frame) = self.frame {
            let _ = self.window.cancel_animation_frame(frame);
        }
    }
}
