//! Which popover trigger: the identity of each control that opens a
//! popover (a person in the text, an entry in the people list, an update
//! marker), and the short key that names it in the DOM (`data-trigger`,
//! element ids). The rendered element is `components::trigger`.

use crate::article::Article;
use crate::interaction::popover::Event;

/// Something that happened to a trigger or its popover, for the rules in
/// `interaction::popover`.
pub type PopoverEvent = Event<TriggerId>;

/// What a popover is anchored to; one popover is open at a time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TriggerId {
    /// A person annotation in the body (indices into blocks and their annotations).
    Annotation { block: usize, annotation: usize },
    /// A person's entry in the "People in this article" list.
    Roster { person: usize },
    /// An update marker: the block it stands in (or the place of the block
    /// the update removed) and the update's revision index.
    Marker { block: usize, revision: usize },
    /// The marker after the headline of an update that changed only the
    /// headline or the dek.
    HeadlineMarker { revision: usize },
}

impl TriggerId {
    /// The update whose note this trigger opens, for a marker.
    pub fn update(&self) -> Option<usize> {
        match self {
            TriggerId::Marker { revision, .. } | TriggerId::HeadlineMarker { revision } => Some(*revision),
            TriggerId::Annotation { .. } | TriggerId::Roster { .. } => None,
        }
    }

    /// A short key, unique within one viewer, for DOM ids and data attributes.
    pub fn key(&self) -> String {
        match self {
            TriggerId::Annotation { block, annotation } => format!("a{block}-{annotation}"),
            TriggerId::Roster { person } => format!("r{person}"),
            TriggerId::Marker { block, revision } => format!("m{block}-{revision}"),
            TriggerId::HeadlineMarker { revision } => format!("h{revision}"),
        }
    }

    /// The person whose card this trigger opens.
    pub fn person(&self, article: &Article) -> Option<usize> {
        match self {
            TriggerId::Annotation { block, annotation } => {
                let id = article.blocks.get(*block)?.annotations.get(*annotation)?.person.as_deref()?;
                article.people.iter().position(|p| p.id == id)
            }
            TriggerId::Roster { person } => (*person < article.people.len()).then_some(*person),
            TriggerId::Marker { .. } | TriggerId::HeadlineMarker { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};

    #[test]
    fn triggers_name_their_person() {
        let a = &load(SEED_JSON.as_bytes()).unwrap();
        let trump = TriggerId::Annotation { block: 4, annotation: 0 }.person(a).unwrap();
        assert_eq!(a.people[trump].id, "trump");
        assert_eq!(TriggerId::Roster { person: 99 }.person(a), None);
        assert_eq!(TriggerId::Annotation { block: 4, annotation: 0 }.key(), "a4-0");
    }
}
