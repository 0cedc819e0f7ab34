//! DOM ids, each prefixed with the article id so that several viewers on
//! one page never share one.

use crate::article::Article;
use crate::state::Trigger;

/// The entry of an update in the list of updates.
pub fn update_entry(article: &Article, revision: usize) -> String {
    let rev = article.revisions.get(revision).map_or("", |r| r.id.as_str());
    format!("{}-update-{}", article.id, rev)
}

/// A person's entry in "People in this article".
pub fn person_entry(article: &Article, person: usize) -> String {
    let id = article.people.get(person).map_or("", |p| p.id.as_str());
    format!("{}-person-{}", article.id, id)
}

/// The one popover (speaker card or update note) of a viewer.
pub fn popover(article: &Article) -> String {
    format!("{}-popover", article.id)
}

pub fn popover_title(article: &Article) -> String {
    format!("{}-popover-title", article.id)
}

/// One element (fragment) of a trigger; a trigger split by a nested one has several.
pub fn trigger(article: &Article, trigger: &Trigger, fragment: usize) -> String {
    format!("{}-t{}-{}", article.id, trigger.key(), fragment)
}
