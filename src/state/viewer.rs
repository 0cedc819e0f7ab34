//! The viewer's state in one `Reducible`: what is being loaded, what loaded
//! (or why it failed), and which revision the reader is looking at.

use std::rc::Rc;

use yew::Reducible;

use crate::article::{load, Article, ArticleError};

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

#[derive(Debug, Clone, PartialEq)]
pub struct ViewerState {
    pub status: Status,
    /// Index into the article's revisions.
    pub revision: usize,
}

pub enum Action {
    /// A new source: start over from the state it begins in.
    Reset(ViewerState),
    /// Bytes arrived from `source`: validate them. Ignored unless the viewer
    /// is still waiting for that source, so a slow answer to an old request
    /// cannot replace a newer article.
    Received { source: String, bytes: Vec<u8> },
    /// Loading `source` failed; ignored likewise.
    Failed { source: String, failure: Failure },
    ShowRevision(usize),
}

impl ViewerState {
    pub fn loading(source: String) -> Self {
        ViewerState { status: Status::Loading { source }, revision: 0 }
    }

    pub fn failed(failure: Failure) -> Self {
        ViewerState { status: Status::Failed(failure), revision: 0 }
    }

    fn waiting_for(&self, source: &str) -> bool {
        matches!(&self.status, Status::Loading { source: s } if s == source)
    }

    /// Validates article bytes into a state: the latest revision when valid.
    pub fn from_bytes(source: String, bytes: &[u8]) -> Self {
        match load(bytes) {
            Ok(article) => {
                let revision = article.latest_revision();
                ViewerState { status: Status::Ready(SharedArticle(Rc::new(article))), revision }
            }
            Err(errors) => ViewerState::failed(Failure::Invalid { source, errors }),
        }
    }
}

impl Reducible for ViewerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Reset(state) => Rc::new(state),
            Action::Received { source, bytes } if self.waiting_for(&source) => {
                Rc::new(ViewerState::from_bytes(source, &bytes))
            }
            Action::Failed { source, failure } if self.waiting_for(&source) => Rc::new(ViewerState::failed(failure)),
            Action::Received { .. } | Action::Failed { .. } => self,
            Action::ShowRevision(revision) => match &self.status {
                Status::Ready(article) if revision < article.revisions.len() && revision != self.revision => {
                    Rc::new(ViewerState { status: self.status.clone(), revision })
                }
                _ => self,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SEED_JSON;

    #[test]
    fn valid_bytes_show_the_latest_revision() {
        let s = ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes());
        assert!(matches!(s.status, Status::Ready(_)));
        assert_eq!(s.revision, 2);
    }

    #[test]
    fn invalid_bytes_fail_with_the_errors() {
        let s = ViewerState::from_bytes("x.json".into(), b"{");
        let Status::Failed(Failure::Invalid { source, errors }) = s.status else { panic!("should fail") };
        assert_eq!(source, "x.json");
        assert!(!errors.is_empty());
    }

    #[test]
    fn a_late_answer_for_another_source_is_ignored() {
        let s = Rc::new(ViewerState::loading("b.json".into()));
        let after = s.clone().reduce(Action::Received { source: "a.json".into(), bytes: SEED_JSON.into() });
        assert!(Rc::ptr_eq(&s, &after));
        let ready = s.reduce(Action::Received { source: "b.json".into(), bytes: SEED_JSON.into() });
        assert!(matches!(ready.status, Status::Ready(_)));
    }

    #[test]
    fn revisions_outside_the_article_are_ignored() {
        let s = Rc::new(ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes()));
        let same = s.clone().reduce(Action::ShowRevision(99));
        assert!(Rc::ptr_eq(&s, &same));
        assert_eq!(s.reduce(Action::ShowRevision(0)).revision, 0);
    }
}
