//! The article: its JSON format, loading and validation, and how it reads
//! at each revision. Pure data and logic, no UI: everything above builds on
//! this, and it is tested natively.

pub mod alphabetic;
pub mod anchor;
pub mod case;
pub mod changes;
pub mod diff;
pub mod error;
pub mod format;
pub mod heap_sort;
pub mod json;
pub mod load;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page_data;
pub mod people;
pub mod reader;
/// Small articles for tests (serde_json: native, or a test build).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub mod sample;
pub mod substring;
pub mod timestamp;
pub mod validate;
pub mod versioned;
pub mod view;
pub mod warnings;
pub mod web_address;

pub use error::{ArticleError, Location};
pub use load::{load, MAX_ARTICLE_BYTES};
pub use model::*;
pub use view::{BlockView, BodyItem, Piece};

/// The article the viewer ships with (2 April 2025, Iran–U.S. talks): the
/// full build's default (viewer.html, embeds without `src`). The published
/// pages' build has none; their pages carry it (src/publish/page.rs).
pub const SEED_JSON: &str = include_str!("../../assets/articles/iran-us-talks-2025-04-02.json");
