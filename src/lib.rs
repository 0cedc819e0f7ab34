//! An annotated news article viewer. Layers, each using only those above it:
//! `article` (format, loading, validation, versions) → `state` (viewer state,
//! where the article comes from) → `hooks` and `components` → `app` →
//! `embed` (iframes and the custom element).

pub mod app;
pub mod article;
pub mod components;
pub mod embed;
pub mod failure;
pub mod hooks;
pub mod interaction;
pub mod state;

pub use app::{App, AppProps};
