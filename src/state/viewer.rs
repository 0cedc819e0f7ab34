//! The viewer's state in one `Reducible`, and the reducer: what is being
//! loaded, what loaded (or why it failed), which revision the reader is
//! looking at, and which popover is open.

use std::rc::Rc;

use yew::Reducible;

use super::status::{Failure, SharedArticle, Status};
use super::trigger_id::{PopoverEvent, TriggerId};
use crate::article::load;
use crate::interaction::popover::{Popover, Timing};
use crate::state::version::{parse_fragment, Requested, Version};

#[derive(Debug, Clone, PartialEq)]
pub struct ViewerState {
    pub status: Status,
    pub version: Version,
    pub popover: Popover<TriggerId>,
    /// Said to screen readers after the version changes.
    pub announcement: Option<String>,
    /// A quiet note, e.g. that a link named a version the article lacks.
    pub notice: Option<String>,
    /// The version the viewer opens at (a revision id or "changes"), when
    /// not the latest: an embed's `version`, a pre-rendered version page.
    pub opening: Option<String>,
    /// The reader asked to see every quote and paraphrase marked.
    pub mark_statements: bool,
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
    /// The reader chose a version.
    Show(Version),
    /// The page address (`#v=…`) names a version.
    ShowFromFragment(String),
    /// Something happened to a popover trigger or popover, at `now` ms.
    Popover { event: PopoverEvent, now: f64 },
    /// The reader turned "mark every quote" on or off.
    MarkStatements(bool),
}

impl ViewerState {
    fn new(status: Status, revision: usize) -> Self {
        ViewerState {
            status,
            version: Version::Revision(revision),
            popover: Popover::new(Timing::default()),
            announcement: None,
            notice: None,
            opening: None,
            mark_statements: false,
        }
    }

    /// The revision whose text is on screen (0 before an article loads).
    pub fn revision(&self) -> usize {
        match &self.status {
            Status::Ready(article) => self.version.revision(article),
            _ => 0,
        }
    }

    /// The same article in another version: popovers close (they belong to
    /// the text they were opened from) and the switch is announced.
    fn switched(&self, version: Version, notice: Option<String>) -> Rc<Self> {
        let Status::Ready(article) = &self.status else { return Rc::new(self.clone()) };
        Rc::new(ViewerState {
            status: self.status.clone(),
            version,
            popover: Popover::new(self.popover.timing()),
            announcement: Some(version.announcement(article)),
            notice,
            opening: self.opening.clone(),
            mark_statements: self.mark_statements,
        })
    }

    pub fn loading(source: String) -> Self {
        ViewerState::new(Status::Loading { source }, 0)
    }

    pub fn failed(failure: Failure) -> Self {
        ViewerState::new(Status::Failed(failure), 0)
    }

    /// The same state with popovers following `timing`.
    pub fn with_timing(mut self, timing: Timing) -> Self {
        self.popover = Popover::new(timing);
        self
    }

    /// The same state opening at `version` once the article is in hand:
    /// set before the first render, so a pre-rendered version page hydrates
    /// as the version it shows. Nothing is announced; an unknown version
    /// leaves the latest with a notice.
    pub fn opening_at(mut self, version: Option<String>) -> Self {
        self.opening = version;
        let (Status::Ready(article), Some(v)) = (&self.status, &self.opening) else { return self };
        match Version::from_id(v.trim(), article) {
            Some(version) => self.version = version,
            None => self.notice = Some(unknown_version(v.trim())),
        }
        self
    }

    /// `next`, with the reader's settings (popover timing, marking) carried over.
    fn succeeded_by(&self, next: ViewerState) -> Rc<Self> {
        Rc::new(ViewerState { mark_statements: self.mark_statements, ..next.with_timing(self.popover.timing()) })
    }

    fn waiting_for(&self, source: &str) -> bool {
        matches!(&self.status, Status::Loading { source: s } if s == source)
    }

    /// Validates article bytes into a state: the latest revision when valid.
    pub fn from_bytes(source: String, bytes: &[u8]) -> Self {
        match load(bytes) {
            Ok(article) => {
                let revision = article.latest_revision();
                ViewerState::new(Status::Ready(SharedArticle(Rc::new(article))), revision)
            }
            Err(errors) => ViewerState::failed(Failure::Invalid { source, errors }),
        }
    }
}

fn unknown_version(v: &str) -> String {
    format!("This article has no version “{v}”, so the latest version is shown.")
}

impl Reducible for ViewerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Reset(state) => self.succeeded_by(state),
            Action::Received { source, bytes } if self.waiting_for(&source) => {
                self.succeeded_by(ViewerState::from_bytes(source, &bytes).opening_at(self.opening.clone()))
            }
            Action::Failed { source, failure } if self.waiting_for(&source) => self.succeeded_by(ViewerState::failed(failure)),
            Action::Received { .. } | Action::Failed { .. } => self,
            Action::MarkStatements(on) if on != self.mark_statements => Rc::new(ViewerState { mark_statements: on, ..(*self).clone() }),
            Action::MarkStatements(_) => self,
            Action::Show(version) => match &self.status {
                Status::Ready(article) if version != self.version => {
                    let valid = match version {
                        Version::Revision(r) => r < article.revisions.len(),
                        Version::Changes => true,
                    };
                    if valid {
                        self.switched(version, None)
                    } else {
                        self
                    }
                }
                _ => self,
            },
            Action::ShowFromFragment(fragment) => {
                let Status::Ready(article) = &self.status else { return self };
                let latest = Version::Revision(article.latest_revision());
                let (version, notice) = match parse_fragment(&fragment, article) {
                    None => return self,
                    Some(Requested::Default) => (latest, None),
                    Some(Requested::Version(v)) => (v, None),
                    Some(Requested::Unknown(v)) => (latest, Some(unknown_version(&v))),
                };
                if version == self.version && notice == self.notice {
                    self
                } else {
                    self.switched(version, notice)
                }
            }
            Action::Popover { event, now } => {
                let mut popover = self.popover.clone();
                popover.handle(event, now);
                if popover == self.popover {
                    self
                } else {
                    Rc::new(ViewerState { popover, ..(*self).clone() })
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SEED_JSON;
    use crate::interaction::popover::Event;

    #[test]
    fn valid_bytes_show_the_latest_revision() {
        let s = ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes());
        assert!(matches!(s.status, Status::Ready(_)));
        assert_eq!(s.revision(), 2);
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
    fn switching_revision_closes_the_open_card_and_keeps_timing() {
        let timing = Timing { open_delay_ms: 10.0, close_grace_ms: 20.0 };
        let s = Rc::new(ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes()).with_timing(timing));
        let trigger = TriggerId::Annotation { block: 4, annotation: 0 };
        let s = s.reduce(Action::Popover { event: Event::Activate(trigger.clone()), now: 0.0 });
        assert_eq!(s.popover.open_key(), Some(&trigger));
        let s = s.reduce(Action::Show(Version::Revision(0)));
        assert_eq!(s.popover.open_key(), None);
        assert_eq!(s.announcement.as_deref(), Some("Showing the original, reconstructed from the article's update notes."));
        assert_eq!(s.popover.timing(), timing);
    }

    #[test]
    fn a_viewer_opens_at_the_version_it_is_given_before_any_render() {
        let seed = || ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes());
        let original = seed().opening_at(Some("original".into()));
        assert_eq!(original.version, Version::Revision(0));
        assert_eq!((original.announcement.as_deref(), original.notice.as_deref()), (None, None));
        assert_eq!(seed().opening_at(Some("changes".into())).version, Version::Changes);
        let unknown = seed().opening_at(Some("draft".into()));
        assert_eq!(unknown.version, Version::Revision(2));
        assert!(unknown.notice.unwrap().contains("no version “draft”"));
        // A fetched article opens there when it arrives.
        let waiting = Rc::new(ViewerState::loading("a.json".into()).opening_at(Some("u1".into())));
        let ready = waiting.reduce(Action::Received { source: "a.json".into(), bytes: SEED_JSON.into() });
        assert_eq!(ready.version, Version::Revision(1));
    }

    #[test]
    fn the_readers_marking_survives_a_new_article_and_a_switch() {
        let s = Rc::new(ViewerState::loading("a.json".into()));
        let marked = s.reduce(Action::MarkStatements(true));
        let same = marked.clone().reduce(Action::MarkStatements(true));
        assert!(Rc::ptr_eq(&marked, &same));
        let ready = marked.reduce(Action::Received { source: "a.json".into(), bytes: SEED_JSON.into() });
        assert!(ready.mark_statements);
        assert!(ready.reduce(Action::Show(Version::Revision(0))).mark_statements);
    }

    #[test]
    fn revisions_outside_the_article_are_ignored() {
        let s = Rc::new(ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes()));
        let same = s.clone().reduce(Action::Show(Version::Revision(99)));
        assert!(Rc::ptr_eq(&s, &same));
        assert_eq!(s.reduce(Action::Show(Version::Revision(0))).revision(), 0);
    }

    #[test]
    fn the_address_opens_the_version_it_names_or_the_latest_with_a_notice() {
        let s = Rc::new(ViewerState::from_bytes("seed".into(), SEED_JSON.as_bytes()));
        let original = s.clone().reduce(Action::ShowFromFragment("#v=original".into()));
        assert_eq!(original.version, Version::Revision(0));
        let changes = original.clone().reduce(Action::ShowFromFragment("#v=changes".into()));
        assert_eq!(changes.version, Version::Changes);
        assert_eq!(changes.revision(), 2);
        let back = changes.reduce(Action::ShowFromFragment("".into()));
        assert_eq!(back.version, Version::Revision(2));
        let unknown = original.clone().reduce(Action::ShowFromFragment("#v=draft".into()));
        assert_eq!(unknown.version, Version::Revision(2));
        assert_eq!(unknown.notice.as_deref(), Some("This article has no version “draft”, so the latest version is shown."));
        // An anchor link elsewhere in the page changes nothing.
        let same = original.clone().reduce(Action::ShowFromFragment("#some-anchor".into()));
        assert!(Rc::ptr_eq(&original, &same));
    }
}
