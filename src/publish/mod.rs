//! What the build publishes for each article besides the app itself: one
//! pre-rendered page per version, each with the metadata search engines,
//! archives and link previews read (title, description, canonical link,
//! Open Graph, Twitter card, schema.org NewsArticle), and the people and
//! quote annotations as a W3C Web Annotation collection. Build-time code,
//! run natively by `src/bin/prerender.rs`; the browser build leaves it out.

pub mod address;
pub mod head;
pub mod news_article;
pub mod page;
pub mod script_json;
pub mod site;
pub mod web_annotation;
