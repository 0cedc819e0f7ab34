//! Application state above the article model: where the article comes from
//! and what the viewer shows. No DOM here, so it is tested natively.

pub mod source;
pub mod status;
pub mod trigger_id;
pub mod version;
pub mod viewer;

pub use source::ArticleSource;
pub use status::{Failure, SharedArticle, Status};
pub use trigger_id::{PopoverEvent, TriggerId};
pub use version::Version;
pub use viewer::{Action, ViewerState};
