//! The DOM ids and radio-group names of one viewer. Each starts with the
//! viewer's own prefix (empty for a page's own viewer, so its pre-rendered
//! links keep their addresses; unique for each embed) and the article id,
//! so that two viewers on one page, even of the same article, never share
//! one. Elements are found through these ids with `getElementById` on the
//! viewer's own root node, never through a CSS selector built from them
//! (an article id may start with a digit).

use crate::article::Article;
use crate::state::TriggerId;

#[derive(Debug, Clone, PartialEq)]
pub struct Ids {
    base: String,
}

impl Ids {
    pub fn new(prefix: &str, article: &Article) -> Ids {
        Ids { base: format!("{prefix}{}", article.id) }
    }

    /// The entry of an update in the list of updates.
    pub fn update_entry(&self, article: &Article, revision: usize) -> String {
        let rev = article.revisions.get(revision).map_or("", |r| r.id.as_str());
        format!("{}-update-{rev}", self.base)
    }

    /// A person's entry in "People in this article".
    pub fn person_entry(&self, article: &Article, person: usize) -> String {
        let id = article.people.get(person).map_or("", |p| p.id.as_str());
        format!("{}-person-{id}", self.base)
    }

    /// The one popover (speaker card or update note) of a viewer.
    pub fn popover(&self) -> String {
        format!("{}-popover", self.base)
    }

    pub fn popover_title(&self) -> String {
        format!("{}-popover-title", self.base)
    }

    /// One element (fragment) of a trigger; a trigger split by a nested one has several.
    pub fn trigger(&self, trigger: &TriggerId, fragment: usize) -> String {
        format!("{}-t{}-{fragment}", self.base, trigger.key())
    }

    /// A section heading (`updates`, `people`).
    pub fn heading(&self, section: &str) -> String {
        format!("{}-{section}-heading", self.base)
    }

    /// The `name` of a group of radios (`mode`, `revision`): radios of one
    /// name form one group across the whole document.
    pub fn radio_group(&self, group: &str) -> String {
        format!("{}-{group}", self.base)
    }
}
