//! What a published page says to the viewer, in one place: written by the
//! publishing step (`publish/page.rs`, and `index.html` for the marker) and
//! read by the page's start-up (`main.rs`).

/// Marks the element a page's own viewer mounts in. The viewer mounts
/// nowhere else by itself: on a host page that loaded it for
/// `<annotated-article>`, it does nothing until an element asks.
pub const MOUNT_ATTR: &str = "data-aa-viewer";

/// On the mount element: the version the page shows, when not the latest.
pub const VERSION_ATTR: &str = "data-version";

/// On the mount element: where each version's pre-rendered page lives,
/// relative to this page.
pub const VERSION_PAGES_ATTR: &str = "data-version-pages";

/// The id of the `<script type="application/json">` in which a published
/// page carries an article that is not compiled into the app.
pub const INLINE_ARTICLE_ID: &str = "aa-article";
