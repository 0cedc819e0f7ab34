//! Custom hooks: the thin layer where state meets the browser.

pub mod use_article;
pub mod use_popover;

pub use use_article::use_article;
