//! Small function components, each one part of the page. They read state
//! and the article model, and report what the reader does through the
//! viewer's dispatcher or a callback; they never load anything themselves.

pub mod article_header;
pub mod article_view;
pub mod changes_view;
pub mod dom_ids;
pub mod error_panel;
pub mod loading;
pub mod paragraph;
pub mod people_list;
pub mod popover;
pub mod speaker_card;
pub mod trigger;
pub mod update_list;
pub mod update_note;
pub mod version_switch;

pub use article_view::ArticleView;
pub use error_panel::ErrorPanel;
pub use loading::Loading;
