//! Remembers the reader's "mark every quote" choice across visits, for the
//! site's own viewer only: an embed would be writing into its host page's
//! storage, which it was not given, so an embed forgets it with the page.

use yew::prelude::*;

const KEY: &str = "aa-mark-statements";

fn storage() -> Option<web_sys::Storage> {
    // Refused in some sandboxed frames and private modes: then nothing is remembered.
    web_sys::window()?.local_storage().ok()?
}

/// Reports a remembered "on" once, after the first render (which must
/// match the pre-rendered page), when `enabled`.
#[hook]
pub fn use_remembered_marking(enabled: bool, on_remembered: Callback<bool>) {
    use_effect_with((), move |_| {
        if enabled && storage().and_then(|s| s.get_item(KEY).ok().flatten()).as_deref() == Some("1") {
            on_remembered.emit(true);
        }
    });
}

/// Keeps the reader's choice, when `enabled`.
pub fn remember_marking(enabled: bool, on: bool) {
    if let (true, Some(storage)) = (enabled, storage()) {
        let _ = if on { storage.set_item(KEY, "1") } else { storage.remove_item(KEY) };
    }
}
