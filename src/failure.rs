//! The last line of defence: if the viewer fails at run time despite
//! everything (in release a panic aborts the WebAssembly, and with it every
//! viewer on the page), each viewer's reader sees a short message in its
//! place instead of a frozen half-page.

use std::cell::RefCell;

use web_sys::Element;

/// What the reader sees when the viewer has stopped.
pub const STOPPED: &str = "Sorry, the article viewer stopped working. Reload the page to try again.";

thread_local! {
    /// The root of every viewer alive in this WebAssembly instance: a panic
    /// stops them all, so all of them must say so.
    static VIEWERS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Replaces the viewer under `root` with the message, announced as an alert.
pub fn show_stopped(root: &Element) {
    root.set_text_content(Some(STOPPED));
    let _ = root.set_attribute("role", "alert");
    let _ = root.class_list().add_1("aa-stopped");
}

/// Sets the panic hook, through Yew's own API: Yew replaces any hook set
/// otherwise the first time it renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        // A panic inside `watch` or `unwatch` finds the list borrowed.
        VIEWERS.with(|viewers| {
            if let Ok(viewers) = viewers.try_borrow() {
                viewers.iter().for_each(show_stopped);
            }
        });
    }));
}

/// From now on, a panic shows the message in `root` too.
pub fn watch(root: &Element) {
    install();
    VIEWERS.with(|viewers| viewers.borrow_mut().push(root.clone()));
}

/// `root`'s viewer is gone.
pub fn unwatch(root: &Element) {
    VIEWERS.with(|viewers| viewers.borrow_mut().retain(|v| v != root));
}
