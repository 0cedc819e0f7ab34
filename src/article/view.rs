//! The article as it stood at one revision: which blocks exist, their
//! wording then, and where their annotations and update markers fall. This
//! is what components render; it holds no state of its own.

use std::ops::Range;

use super::heap_sort;
use super::model::{Annotation, AnnotationKind, Article, Block, Role};

/// A stretch of a block's text, or an update marker between stretches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text, with the indices (into the block's `annotations`) of every
    /// annotation that covers all of it.
    Text { range: Range<usize>, annotations: Vec<usize> },
    /// The marker of the update at this revision index; `annotation` is the
    /// update annotation that placed it, or `None` for an automatic marker.
    Marker { revision: usize, annotation: Option<usize> },
}

/// What the body shows at a revision, in order: a block as it reads then,
/// or the place of a block an update removed, which carries that update's
/// marker so that no removal goes unmarked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyItem {
    Block(usize),
    Removed { block: usize, revision: usize },
}

/// One block as it reads at a revision.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockView<'a> {
    /// Position of the block in `Article::blocks`.
    pub index: usize,
    pub block: &'a Block,
    pub text: &'a str,
    pub pieces: Vec<Piece>,
}

impl<'a> BlockView<'a> {
    /// The paragraph as printed: its text with update markers in place.
    pub fn printed(&self, article: &Article) -> String {
        let mut out = String::with_capacity(self.text.len() + 4);
        for piece in &self.pieces {
            match piece {
                Piece::Text { range, .. } => out.push_str(&self.text[range.clone()]),
                Piece::Marker { revision, .. } => out.push_str(&article.marker(*revision)),
            }
        }
        out
    }

    /// Where annotation `i`'s words stand in the printed paragraph (markers
    /// in place), when this wording has them.
    pub fn printed_range(&self, article: &Article, i: usize) -> Option<Range<usize>> {
        let (mut at, mut span) = (0, None::<Range<usize>>);
        for piece in &self.pieces {
            match piece {
                Piece::Text { range, annotations } => {
                    let next = at + range.len();
                    if annotations.contains(&i) {
                        span = Some(span.map_or(at..next, |s| s.start..next));
                    }
                    at = next;
                }
                Piece::Marker { revision, .. } => at += article.marker(*revision).len(),
            }
        }
        span
    }

    pub fn annotation(&self, i: usize) -> Option<&'a Annotation> {
        self.block.annotations.get(i)
    }

    /// Whether annotation `i` has words in this wording.
    fn present(&self, i: usize) -> bool {
        self.pieces.iter().any(|p| matches!(p, Piece::Text { annotations, .. } if annotations.contains(&i)))
    }

    /// For each annotation, whether it is a speaker trigger in the calm
    /// reading: marked in the text and a stop for the keyboard. Those are
    /// the attributions; a mention where it is the only one of a speaker
    /// quoted in the paragraph; and a quote or paraphrase whose speaker the
    /// paragraph names nowhere else. Everything else reads as plain text
    /// (still opening its card under the pointer), so every statement is
    /// one step from a trigger that says who spoke.
    pub fn speaker_triggers(&self) -> Vec<bool> {
        let annotations = &self.block.annotations;
        let present: Vec<bool> = (0..annotations.len()).map(|i| self.present(i)).collect();
        let of = |person: Option<&str>, pick: &dyn Fn(&Annotation) -> bool| {
            annotations.iter().zip(&present).any(|(a, &here)| here && a.person.as_deref() == person && pick(a))
        };
        annotations
            .iter()
            .zip(&present)
            .map(|(a, &here)| {
                let person = a.person.as_deref();
                here && match a.kind {
                    AnnotationKind::Attribution => true,
                    AnnotationKind::Mention => {
                        of(person, &|x| x.kind.is_statement()) && !of(person, &|x| x.kind == AnnotationKind::Attribution)
                    }
                    AnnotationKind::Quote | AnnotationKind::Paraphrase => {
                        person.is_none() || !of(person, &|x| matches!(x.kind.role(), Role::Reference))
                    }
                    AnnotationKind::Update => false,
                }
            })
            .collect()
    }
}

impl Article {
    pub fn headline_at(&self, revision: usize) -> &str {
        self.headline.history().text_at(&self.revisions, revision).unwrap_or(&self.headline.text)
    }

    pub fn dek_at(&self, revision: usize) -> Option<&str> {
        self.dek.as_ref()?.history().text_at(&self.revisions, revision)
    }

    /// The blocks that exist at `revision`, in order, with their annotations
    /// resolved against that revision's wording.
    pub fn blocks_at(&self, revision: usize) -> Vec<BlockView<'_>> {
        (0..self.blocks.len()).filter_map(|index| self.block_at(index, revision)).collect()
    }

    /// Block `index` as it reads at `revision`, if it exists then.
    pub fn block_at(&self, index: usize, revision: usize) -> Option<BlockView<'_>> {
        let block = self.blocks.get(index)?;
        let text = block.history().text_at(&self.revisions, revision)?;
        Some(BlockView { index, block, text, pieces: self.pieces(block, text, revision) })
    }

    /// The earliest revision at which block `index` reads and is marked
    /// exactly as at `revision`: the last one up to `revision` that added,
    /// reworded or removed it or placed an update marker in it (the
    /// original when none did). A paragraph is drawn from it, so that a
    /// version switch draws again only the paragraphs that differ.
    pub fn block_revision(&self, index: usize, revision: usize) -> usize {
        let Some(block) = self.blocks.get(index) else { return revision };
        let mut shown = 0;
        let mut consider = |id: &str| {
            if let Some(r) = self.revision_index(id).filter(|&r| r <= revision) {
                shown = shown.max(r);
            }
        };
        if let Some(id) = &block.added_in {
            consider(id);
        }
        if let Some(id) = &block.removed_in {
            consider(id);
        }
        for edit in &block.edits {
            consider(&edit.revision);
        }
        for marker in block.annotations.iter().filter(|a| !a.kind.is_about_person()) {
            if let Some(id) = &marker.revision {
                consider(id);
            }
        }
        shown
    }

    /// Indices of the blocks that exist at `revision`.
    pub fn block_indices_at(&self, revision: usize) -> Vec<usize> {
        (0..self.blocks.len()).filter(|&i| self.blocks[i].history().text_at(&self.revisions, revision).is_some()).collect()
    }

    /// The body at `revision`: the blocks that exist then and, where a block
    /// stood before an update up to `revision` removed it, its place.
    pub fn body_at(&self, revision: usize) -> Vec<BodyItem> {
        (0..self.blocks.len()).filter_map(|index| self.body_item(index, revision)).collect()
    }

    fn body_item(&self, index: usize, revision: usize) -> Option<BodyItem> {
        let block = self.blocks.get(index)?;
        if block.history().text_at(&self.revisions, revision).is_some() {
            return Some(BodyItem::Block(index));
        }
        let removed = self.removal(block)?;
        (removed <= revision).then_some(BodyItem::Removed { block: index, revision: removed })
    }

    /// The update that removed a block the article had printed before it.
    fn removal(&self, block: &Block) -> Option<usize> {
        let removed = block.removed_in.as_deref().and_then(|id| self.revision_index(id))?;
        let added = block.added_in.as_deref().map_or(Some(0), |id| self.revision_index(id))?;
        (added < removed).then_some(removed)
    }

    /// Whether the update at `revision` added or reworded this block.
    fn block_changed_in(&self, block: &Block, revision: usize) -> bool {
        let id = self.revisions.get(revision).map(|r| r.id.as_str());
        block.added_in.as_deref() == id || block.edits.iter().any(|e| Some(e.revision.as_str()) == id)
    }

    /// The updates up to `revision` whose marker stands after the headline:
    /// those that changed only the headline or the dek, so that they would
    /// otherwise be marked nowhere in the text.
    pub fn headline_markers(&self, revision: usize) -> Vec<usize> {
        (1..=revision.min(self.latest_revision()))
            .filter(|&r| {
                let id = self.revisions.get(r).map(|x| x.id.as_str());
                let changed = |h: super::versioned::History<'_>| {
                    h.added_in == id || h.removed_in == id || h.edits.iter().any(|e| Some(e.revision.as_str()) == id)
                };
                let in_heading = changed(self.headline.history()) || self.dek.as_ref().is_some_and(|d| changed(d.history()));
                let in_body = self.derived.explicit_markers.get(r).copied().unwrap_or(true)
                    || self.blocks.iter().any(|b| self.block_changed_in(b, r) || self.removal(b) == Some(r));
                in_heading && !in_body
            })
            .collect()
    }

    /// The update markers in a block's `text` at `revision`, in order:
    /// (byte offset, the update's revision index, the annotation placing it).
    fn markers(&self, block: &Block, text: &str, revision: usize) -> Vec<(usize, usize, Option<usize>)> {
        let mut markers = Vec::new();
        for (i, a) in block.annotations.iter().enumerate().filter(|(_, a)| !a.kind.is_about_person()) {
            let Some(rev) = a.revision.as_deref().and_then(|id| self.revision_index(id)) else { continue };
            // A marker shows from its own update on, never before it.
            if rev <= revision {
                if let Some(range) = a.range_in(text) {
                    markers.push((range.end, rev, Some(i)));
                }
            }
        }
        for rev in 1..=revision {
            if !self.derived.explicit_markers.get(rev).copied().unwrap_or(true) && self.block_changed_in(block, rev) {
                markers.push((text.len(), rev, None));
            }
        }
        // Equal entries are identical: the unstable heap sort will do.
        heap_sort::sort(&mut markers);
        markers
    }

    /// For each revision index, the blocks (or removed blocks' places) that
    /// carry its marker at `revision`, in reading order (for the list of
    /// updates' back-links).
    pub fn marker_blocks(&self, revision: usize) -> Vec<Vec<usize>> {
        let mut marked = vec![Vec::new(); self.revisions.len()];
        for (index, block) in self.blocks.iter().enumerate() {
            let revs: Vec<usize> = match (block.history().text_at(&self.revisions, revision), self.body_item(index, revision)) {
                (Some(text), _) => self.markers(block, text, revision).into_iter().map(|m| m.1).collect(),
                (None, Some(BodyItem::Removed { revision: r, .. })) => vec![r],
                (None, _) => Vec::new(),
            };
            for rev in revs {
                if let Some(blocks) = marked.get_mut(rev) {
                    blocks.push(index);
                }
            }
        }
        marked
    }

    fn pieces(&self, block: &Block, text: &str, revision: usize) -> Vec<Piece> {
        let spans: Vec<(Range<usize>, usize)> = block
            .annotations
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind.is_about_person())
            .filter_map(|(i, a)| Some((a.range_in(text)?, i)))
            .collect();
        let markers = self.markers(block, text, revision);

        let mut cuts: Vec<usize> = vec![0, text.len()];
        for (r, _) in &spans {
            cuts.push(r.start);
            cuts.push(r.end);
        }
        cuts.extend(markers.iter().map(|m| m.0));
        heap_sort::sort(&mut cuts);
        cuts.dedup();

        let mut pieces = Vec::with_capacity(cuts.len() + markers.len());
        let mut next_marker = markers.iter().peekable();
        for pair in cuts.windows(2) {
            let range = pair[0]..pair[1];
            while let Some(&&(at, revision, annotation)) = next_marker.peek() {
                if at > range.start {
                    break;
                }
                pieces.push(Piece::Marker { revision, annotation });
                next_marker.next();
            }
            let covering = spans.iter().filter(|(r, _)| r.start <= range.start && range.end <= r.end).map(|&(_, i)| i).collect();
            pieces.push(Piece::Text { range, annotations: covering });
        }
        for &(_, revision, annotation) in next_marker {
            pieces.push(Piece::Marker { revision, annotation });
        }
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::sample::Sample;
    use serde_json::json;

    /// Updates u1 (marked "*") and u2, which rewords the headline; Ann and Bo.
    fn article(blocks: serde_json::Value) -> Article {
        Sample::new()
            .updates(&[("u1", Some("*")), ("u2", None)])
            .people(&[("a", "Ann"), ("b", "Bo")])
            .with("headline", json!({ "text": "Old", "edits": [{ "revision": "u2", "text": "New" }] }))
            .blocks(blocks)
            .load()
    }

    fn texts(a: &Article, revision: usize) -> Vec<String> {
        a.blocks_at(revision).iter().map(|b| b.printed(a)).collect()
    }

    #[test]
    fn the_calm_reading_marks_who_speaks_not_what_they_say() {
        let a = article(json!([
            // Attributed: the attribution is the trigger, the quote is text.
            { "id": "p1", "text": "“Yes,” Ann said. Bo agreed.", "annotations": [
                { "kind": "quote", "person": "a", "exact": "“Yes,”" },
                { "kind": "attribution", "person": "a", "exact": "Ann said" },
                { "kind": "mention", "person": "b", "exact": "Bo" }
            ] },
            // Named only by a mention: the mention is the trigger.
            { "id": "p2", "text": "Ann thinks it will rain.", "annotations": [
                { "kind": "mention", "person": "a", "exact": "Ann" },
                { "kind": "paraphrase", "person": "a", "exact": "thinks it will rain" }
            ] },
            // Named nowhere in the paragraph: the quote stays a trigger.
            { "id": "p3", "text": "“No,” came the answer.", "annotations": [
                { "kind": "quote", "person": "b", "exact": "“No,”" }
            ] }
        ]));
        let triggers = |block| a.block_at(block, 0).unwrap().speaker_triggers();
        assert_eq!(triggers(0), [false, true, false], "the attribution, not the quote or a bystander's name");
        assert_eq!(triggers(1), [true, false]);
        assert_eq!(triggers(2), [true]);
    }

    #[test]
    fn every_statement_in_the_seed_is_one_trigger_from_its_speaker() {
        let a = crate::article::load(crate::article::SEED_JSON.as_bytes()).unwrap();
        for revision in 0..a.revisions.len() {
            for view in a.blocks_at(revision) {
                let triggers = view.speaker_triggers();
                for (i, ann) in view.block.annotations.iter().enumerate().filter(|(i, x)| x.kind.is_statement() && view.present(*i)) {
                    let by_trigger = triggers[i]
                        || view
                            .block
                            .annotations
                            .iter()
                            .enumerate()
                            .any(|(j, x)| triggers[j] && x.person == ann.person && !x.kind.is_statement());
                    assert!(by_trigger, "{}: {:?} has no trigger for its speaker", view.block.id, ann.exact);
                }
            }
        }
    }

    #[test]
    fn blocks_appear_change_and_disappear_by_revision() {
        let a = article(json!([
            { "id": "p1", "text": "Kept." },
            { "id": "p2", "added_in": "u1", "text": "Added.", "annotations": [{ "kind": "update", "revision": "u1" }] },
            { "id": "p3", "text": "First.", "edits": [{ "revision": "u2", "text": "Second." }] },
            { "id": "p4", "text": "Gone later.", "removed_in": "u2" }
        ]));
        assert_eq!(texts(&a, 0), ["Kept.", "First.", "Gone later."]);
        assert_eq!(texts(&a, 1), ["Kept.", "Added.*", "First.", "Gone later."]);
        // u2 places no markers of its own, so its edit is marked automatically.
        assert_eq!(texts(&a, 2), ["Kept.", "Added.*", "Second.2"]);
        assert_eq!((a.headline_at(0), a.headline_at(1), a.headline_at(2)), ("Old", "Old", "New"));
    }

    #[test]
    fn numbered_markers_when_an_update_prints_none() {
        let a = article(json!([
            { "id": "p1", "added_in": "u2", "text": "Late.", "annotations": [{ "kind": "update", "revision": "u2" }] }
        ]));
        assert_eq!(texts(&a, 2), ["Late.2"]);
    }

    #[test]
    fn an_update_without_markers_marks_every_block_it_added_or_edited() {
        // u2 has no update annotation anywhere, so its blocks are marked for it.
        let a = article(json!([
            { "id": "p1", "text": "Kept." },
            { "id": "p2", "added_in": "u2", "text": "New." },
            { "id": "p3", "text": "Old.", "edits": [{ "revision": "u2", "text": "Reworded." }] },
            { "id": "p4", "added_in": "u1", "text": "Marked.", "annotations": [{ "kind": "update", "revision": "u1" }] },
            { "id": "p5", "added_in": "u1", "text": "Not marked: u1 marks where it chose." }
        ]));
        assert_eq!(texts(&a, 2), ["Kept.", "New.2", "Reworded.2", "Marked.*", "Not marked: u1 marks where it chose."]);
        assert_eq!(texts(&a, 1), ["Kept.", "Old.", "Marked.*", "Not marked: u1 marks where it chose."]);
    }

    #[test]
    fn marker_blocks_lists_where_each_update_is_marked() {
        let a = article(json!([
            { "id": "p1", "added_in": "u1", "text": "A.", "annotations": [{ "kind": "update", "revision": "u1" }] },
            { "id": "p2", "added_in": "u2", "text": "B." },
            { "id": "p3", "added_in": "u2", "text": "C." }
        ]));
        assert_eq!(a.marker_blocks(2), vec![vec![], vec![0], vec![1, 2]]);
        assert_eq!(a.marker_blocks(1), vec![vec![], vec![0], vec![]]);
    }

    #[test]
    fn a_marker_after_exact_words_stands_right_after_them() {
        let a = article(json!([
            { "id": "p1", "text": "One. Two.", "edits": [{ "revision": "u1", "text": "One more. Two." }],
              "annotations": [{ "kind": "update", "revision": "u1", "exact": "One more." }] }
        ]));
        assert_eq!(texts(&a, 0), ["One. Two."]);
        assert_eq!(texts(&a, 1), ["One more.* Two."]);
    }

    #[test]
    fn overlapping_annotations_split_the_text_into_covered_pieces() {
        let a = article(json!([
            { "id": "p1", "text": "Ann said Bo left.", "annotations": [
                { "kind": "paraphrase", "person": "a", "exact": "Bo left" },
                { "kind": "mention", "person": "b", "exact": "Bo" },
                { "kind": "attribution", "person": "a", "exact": "Ann said" }
            ] }
        ]));
        let view = &a.blocks_at(0)[0];
        let pieces: Vec<(&str, Vec<usize>)> = view
            .pieces
            .iter()
            .map(|p| match p {
                Piece::Text { range, annotations } => (&view.text[range.clone()], annotations.clone()),
                Piece::Marker { .. } => ("*", vec![]),
            })
            .collect();
        assert_eq!(pieces, [("Ann said", vec![2]), (" ", vec![]), ("Bo", vec![0, 1]), (" left", vec![0]), (".", vec![])]);
    }
}
