//! The parts of the page, each a plain function from its props to `Html`:
//! they read state and the article model, and report what the reader does
//! through small callbacks (never the dispatcher); they never load anything
//! themselves. Only `App` and `Paragraph` are Yew components: `App` holds
//! every hook, and a paragraph re-renders only when its own props change.
//! Every other component would cost the WebAssembly about 0.6 KB gzip and
//! save no work.

pub mod article_header;
pub mod article_view;
pub mod changes_view;
pub mod class_list;
pub mod dom_ids;
pub mod error_panel;
pub mod loading;
pub mod paragraph;
pub mod people_list;
pub mod popover_frame;
pub mod quiet_annotation;
pub mod removed_block;
pub mod speaker_card;
pub mod statement_switch;
pub mod trigger;
pub mod update_list;
pub mod update_marker;
pub mod update_note;
pub mod version_switch;

pub use article_view::{article_view, ArticleViewProps};
pub use error_panel::{error_panel, ErrorPanelProps};
pub use loading::{loading, LoadingProps};
