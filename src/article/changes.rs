//! What each update changed, for the changes view: a text's latest wording
//! with every word labelled by the update that added it, and the words
//! updates removed kept in place, labelled by the update that removed them.

use super::diff::{diff, tokens, Op};
use super::model::{Article, Revision};
use super::versioned::History;

/// How a stretch of text came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// There from the first revision shown.
    Unchanged,
    /// Added by the update at this revision index.
    Added(usize),
    /// Removed by the update at this revision index.
    Removed(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub change: Change,
}

/// A text's changes up to a revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChanges {
    /// The update that added the whole text, when an update did.
    pub added_in: Option<usize>,
    /// The update that removed the whole text, when one did.
    pub removed_in: Option<usize>,
    pub spans: Vec<Span>,
}

impl TextChanges {
    pub fn is_changed(&self) -> bool {
        self.added_in.is_some() || self.removed_in.is_some() || self.spans.iter().any(|s| s.change != Change::Unchanged)
    }
}

/// Follows a text through revisions `0..=upto`, diffing each wording
/// against the one before. `None` when the text never existed by then.
pub fn text_changes(h: History<'_>, revisions: &[Revision], upto: usize) -> Option<TextChanges> {
    let mut tokens_so_far: Vec<(String, Change)> = Vec::new();
    let mut previous: Option<&str> = None;
    let mut added_in = None;
    let mut removed_in = None;
    for r in 0..=upto.min(revisions.len().saturating_sub(1)) {
        let current = h.text_at(revisions, r);
        match (previous, current) {
            (None, Some(text)) => {
                let change = if r == 0 { Change::Unchanged } else { Change::Added(r) };
                if r > 0 {
                    added_in = Some(r);
                }
                tokens_so_far = tokens(text).into_iter().map(|t| (t.to_owned(), change)).collect();
            }
            (Some(_), None) => {
                removed_in = Some(r);
                for (_, change) in tokens_so_far.iter_mut() {
                    if !matches!(change, Change::Removed(_)) {
                        *change = Change::Removed(r);
                    }
                }
            }
            (Some(old), Some(new)) if old != new => tokens_so_far = apply(tokens_so_far, &diff(old, new), r),
            _ => {}
        }
        previous = current;
    }
    if tokens_so_far.is_empty() && removed_in.is_none() {
        return None;
    }
    let mut spans: Vec<Span> = Vec::new();
    for (text, change) in tokens_so_far {
        match spans.last_mut() {
            Some(last) if last.change == change => last.text.push_str(&text),
            _ => spans.push(Span { text, change }),
        }
    }
    Some(TextChanges { added_in, removed_in, spans })
}

/// Carries labels through one revision's diff: removed words stay, as
/// tombstones, where they stood.
fn apply(before: Vec<(String, Change)>, ops: &[Op], revision: usize) -> Vec<(String, Change)> {
    let mut after = Vec::with_capacity(before.len() + ops.len());
    let mut old = before.into_iter().peekable();
    let carry_tombstones = |old: &mut std::iter::Peekable<std::vec::IntoIter<(String, Change)>>, after: &mut Vec<_>| {
        while let Some(t) = old.next_if(|(_, c)| matches!(c, Change::Removed(_))) {
            after.push(t);
        }
    };
    for op in ops {
        carry_tombstones(&mut old, &mut after);
        match op {
            Op::Same { new, .. } => {
                let change = old.next().map_or(Change::Unchanged, |(_, c)| c);
                after.push((new.clone(), change));
            }
            Op::Deleted(text) => {
                old.next();
                after.push((text.clone(), Change::Removed(revision)));
            }
            Op::Inserted(text) => after.push((text.clone(), Change::Added(revision))),
        }
    }
    carry_tombstones(&mut old, &mut after);
    after
}

impl Article {
    pub fn headline_changes(&self, upto: usize) -> Option<TextChanges> {
        text_changes(self.headline.history(), &self.revisions, upto)
    }

    /// Every block that ever existed up to `upto`, with its changes, in order.
    pub fn block_changes(&self, upto: usize) -> Vec<(usize, TextChanges)> {
        self.blocks.iter().enumerate().filter_map(|(i, b)| Some((i, text_changes(b.history(), &self.revisions, upto)?))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::sample::Sample;
    use crate::article::{load, SEED_JSON};
    use serde_json::json;

    fn spans(c: &TextChanges) -> Vec<(&str, Change)> {
        c.spans.iter().map(|s| (s.text.as_str(), s.change)).collect()
    }

    #[test]
    fn the_seed_changes_are_five_paragraphs_and_the_headline() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        let latest = a.latest_revision();
        let changed: Vec<(usize, Option<usize>)> =
            a.block_changes(latest).iter().filter(|(_, c)| c.is_changed()).map(|(i, c)| (*i, c.added_in)).collect();
        assert_eq!(changed, [(2, Some(1)), (3, Some(1)), (4, Some(2)), (5, Some(2)), (6, Some(2))]);
        let headline = a.headline_changes(latest).unwrap();
        assert_eq!(
            spans(&headline),
            [
                ("Iran could agree to direct talks with U.S. if progress in indirect mediation", Change::Unchanged),
                (" (Updated)", Change::Added(1))
            ]
        );
        // As of the 4pm update only its own two paragraphs are new.
        assert_eq!(a.block_changes(1).iter().filter(|(_, c)| c.is_changed()).count(), 2);
        assert!(a.block_changes(0).iter().all(|(_, c)| !c.is_changed()));
    }

    fn history_article() -> crate::article::Article {
        Sample::new()
            .updates(&[("u1", None), ("u2", None)])
            .blocks(json!([
                { "id": "p1", "text": "Talks may start in May.", "edits": [
                    { "revision": "u1", "text": "Talks will start in May." },
                    { "revision": "u2", "text": "Talks will start in June, officials said." }
                ] },
                { "id": "p2", "text": "Old paragraph.", "removed_in": "u2" },
                { "id": "p3", "text": "\"Quoted,\" he said.", "edits": [{ "revision": "u1", "text": "“Quoted,” he said." }] }
            ]))
            .load()
    }

    #[test]
    fn edits_across_updates_are_labelled_by_the_update_that_made_them() {
        let a = history_article();
        let all = a.block_changes(2);
        assert_eq!(
            spans(&all[0].1),
            [
                ("Talks ", Change::Unchanged),
                ("may", Change::Removed(1)),
                ("will", Change::Added(1)),
                (" start in ", Change::Unchanged),
                ("May.", Change::Removed(2)),
                ("June, officials said.", Change::Added(2)),
            ]
        );
    }

    #[test]
    fn a_removed_paragraph_is_kept_and_labelled() {
        let a = history_article();
        let (_, p2) = &a.block_changes(2)[1];
        assert_eq!(p2.removed_in, Some(2));
        assert_eq!(spans(p2), [("Old paragraph.", Change::Removed(2))]);
        assert_eq!(a.block_changes(1)[1].1.removed_in, None);
    }

    #[test]
    fn curling_quotes_is_not_a_change() {
        let a = history_article();
        let (_, p3) = &a.block_changes(2)[2];
        assert!(!p3.is_changed());
        assert_eq!(p3.spans[0].text, "“Quoted,” he said.");
    }
}
