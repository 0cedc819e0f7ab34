//! An annotated news article viewer. Layers, each using only those above it:
//! `article` (format, loading, validation, versions) → `state` (viewer state,
//! where the article comes from) → `hooks` and `components` → `app` →
//! `embed` (iframes and the custom element) → `publish` (what the build
//! writes: pre-rendered pages and their metadata; native only).

pub mod app;
pub mod article;
pub mod components;
pub mod contract;
pub mod embed;
pub mod failure;
pub mod hooks;
/// From a story's versions to an article file (`./x import`), build-time only.
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
pub mod interaction;
/// Build-time publishing (pre-rendered pages, metadata, annotations).
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
pub mod state;

pub use app::{App, AppProps};

// Talc instead of Rust's default dlmalloc: 2.4 KB gzip less WebAssembly
// (bench/RESULTS.md, levers), and the viewer allocates little.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
