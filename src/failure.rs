//! The last line of defence: if the viewer fails at run time despite
//! everything (in release a panic aborts the WebAssembly), the reader sees a
//! short message in place of the viewer instead of a frozen half-page.

use web_sys::Element;

/// What the reader sees when the viewer has stopped.
pub const STOPPED: &str = "Sorry, the article viewer stopped working. Reload the page to try again.";

/// Replaces the viewer under `root` with the message, announced as an alert.
pub fn show_stopped(root: &Element) {
    root.set_text_content(Some(STOPPED));
    let _ = root.set_attribute("role", "alert");
    let _ = root.class_list().add_1("aa-stopped");
}

/// Shows the message in `root` if anything panics from now on.
pub fn install_panic_message(root: Element) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&info.to_string().into());
        show_stopped(&root);
    }));
}
