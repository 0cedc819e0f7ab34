//! Custom hooks: the thin layer where state meets the browser.

pub mod after_paint;
pub mod dom;
pub mod jump;
pub mod marking_memory;
pub mod popover;
pub mod speaker_highlight;
pub mod use_article;
pub mod use_live;
pub mod use_version_address;
pub mod viewer_scope;

pub use use_article::use_article;
pub use use_live::use_live;
pub use use_version_address::use_version_address;
pub use viewer_scope::ViewerScope;
