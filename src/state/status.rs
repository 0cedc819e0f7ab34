//! What the viewer has to show: an article, the wait for one, or why there
//! is none.

use std::rc::Rc;

use crate::article::{Article, ArticleError};

/// An article shared by every component; compared by identity, because a
/// loaded article never changes and a deep comparison would cost a walk of
/// the whole article on every render.
#[derive(Debug, Clone)]
pub struct SharedArticle(pub Rc<Article>);

impl PartialEq for SharedArticle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedArticle {
    type Target = Article;
    fn deref(&self) -> &Article {
        &self.0
    }
}

/// Why there is no article to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The page's request itself is unusable (for example a `javascript:` URL).
    BadRequest { message: String },
    /// The file could not be downloaded.
    Network { source: String, message: String },
    /// The file arrived but is not a valid article.
    Invalid { source: String, errors: Vec<ArticleError> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Loading { source: String },
    Ready(SharedArticle),
    Failed(Failure),
}
