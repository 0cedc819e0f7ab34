//! Small function components, each one part of the page; they read state
//! and the article model and never load or change anything themselves.

pub mod article_header;
pub mod article_view;
pub mod error_panel;
pub mod loading;
pub mod paragraph;
pub mod update_list;

pub use article_view::ArticleView;
pub use error_panel::ErrorPanel;
pub use loading::Loading;
