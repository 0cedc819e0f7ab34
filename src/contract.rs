//! Every name and number the Rust code shares with what it does not
//! compile: the stylesheet (`assets/style.css`), the embedding script
//! (`assets/embed/embed.js`), the page shell (`index.html`) and the pages the
//! publishing step writes. Each is defined here once and used by name in
//! Rust. The numbers reach the stylesheet as custom properties on the
//! viewer's root (`css_variables`), so changing one is one change here; the
//! names the stylesheet and the script must spell too are checked by
//! `tests/contracts.rs`, which names every file that still has the old one.

// The page and the viewer.

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

// The custom element (`embed.js`, `embed/mod.rs`).

/// The custom element's tag.
pub const EMBED_TAG: &str = "annotated-article";
/// Its attribute naming the article file.
pub const EMBED_SRC_ATTR: &str = "src";
/// Its attribute naming the version to open at.
pub const EMBED_VERSION_ATTR: &str = "version";
/// Every attribute the element passes on: changing one remounts the viewer.
pub const EMBED_ATTRIBUTES: [&str; 2] = [EMBED_SRC_ATTR, EMBED_VERSION_ATTR];

// The viewer's DOM and the stylesheet. Names in `html!` must be literals
// there; `tests/contracts.rs` renders the viewer and checks they are these.

/// The class of every viewer's root element.
pub const ROOT_CLASS: &str = "annotated-article";
/// On the root once the viewer is interactive.
pub const LIVE_ATTR: &str = "data-live";
/// Naming a trigger's key on every element of that trigger.
pub const TRIGGER_ATTR: &str = "data-trigger";
/// Naming a paragraph's block id.
pub const BLOCK_ATTR: &str = "data-block";
/// The class of every popover element (speaker card, update note).
pub const POPOVER_CLASS: &str = "aa-popover";
/// On a placed popover: how it is placed, `floating` or `sheet`.
pub const PLACEMENT_ATTR: &str = "data-placement";
/// On a passage highlighted after a jump, for `FLASH_MS`.
pub const FLASH_ATTR: &str = "data-flashing";
/// On a quote or paraphrase in the calm reading: the id of whoever said it.
pub const SPEAKER_ATTR: &str = "data-speaker";
/// On those words while their speaker's card is open.
pub const SPEAKING_ATTR: &str = "data-speaking";

// Numbers the stylesheet uses as `var(--aa-…)`.

/// Space kept between a popover and the viewport's edges, in CSS pixels.
pub const EDGE_PX: u32 = 8;
/// How long a passage stays highlighted after a jump, in milliseconds.
pub const FLASH_MS: u32 = 1600;

/// The custom properties the stylesheet reads, as (name, value). The viewer
/// sets them on its root through the CSSOM: a `style` attribute would be
/// refused by a page's strict Content-Security-Policy (`style-src 'self'`).
pub fn css_variables() -> [(&'static str, String); 2] {
    [("--aa-edge", format!("{EDGE_PX}px")), ("--aa-flash", format!("{FLASH_MS}ms"))]
}
