//! Custom hooks: the thin layer where state meets the browser.

pub mod dom;
pub mod use_article;
pub mod use_focus_on_waking;
pub mod use_popover;
pub mod use_version_address;
pub mod viewer_scope;

pub use use_article::use_article;
pub use use_focus_on_waking::use_focus_on_waking;
pub use use_version_address::use_version_address;
pub use viewer_scope::ViewerScope;
