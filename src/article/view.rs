//! The article as it stood at one revision: which blocks exist, their
//! wording then, and where their annotations and update markers fall. This
//! is what components render; it holds no state of its own.

use std::ops::Range;

use super::anchor::{Found, Quote};
use super::model::{Annotation, Article, Block};

/// A stretch of a block's text, or an update marker between stretches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text, with the indices (into the block's `annotations`) of every
    /// annotation that covers all of it.
    Text { range: Range<usize>, annotations: Vec<usize> },
    /// The marker of the update at this revision index.
    Marker { revision: usize, annotation: usize },
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

    pub fn annotation(&self, i: usize) -> Option<&'a Annotation> {
        self.block.annotations.get(i)
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
        self.blocks
            .iter()
            .enumerate()
            .filter_map(|(index, block)| {
                let text = block.history().text_at(&self.revisions, revision)?;
                Some(BlockView { index, block, text, pieces: self.pieces(block, text, revision) })
            })
            .collect()
    }

    fn pieces(&self, block: &Block, text: &str, revision: usize) -> Vec<Piece> {
        let mut spans: Vec<(Range<usize>, usize)> = Vec::new();
        let mut markers: Vec<(usize, usize, usize)> = Vec::new();
        for (i, a) in block.annotations.iter().enumerate() {
            let range = match a.exact.as_deref() {
                Some(exact) => {
                    let quote = Quote { exact, prefix: a.prefix.as_deref(), suffix: a.suffix.as_deref() };
                    match quote.find(text) {
                        Found::Once(r) => r,
                        // Not in this wording: the annotation belongs to another revision.
                        _ => continue,
                    }
                }
                None => 0..text.len(),
            };
            if a.kind.is_about_person() {
                spans.push((range, i));
            } else if let Some(rev) = a.revision.as_deref().and_then(|id| self.revision_index(id)) {
                // A marker shows from its own update on, never before it.
                if rev <= revision {
                    markers.push((range.end, rev, i));
                }
            }
        }
        markers.sort();

        let mut cuts: Vec<usize> = vec![0, text.len()];
        for (r, _) in &spans {
            cuts.push(r.start);
            cuts.push(r.end);
        }
        cuts.extend(markers.iter().map(|m| m.0));
        cuts.sort_unstable();
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
            let covering = spans
                .iter()
                .filter(|(r, _)| r.start <= range.start && range.end <= r.end)
                .map(|&(_, i)| i)
                .collect();
            pieces.push(Piece::Text { range, annotations: covering });
        }
        for &(_, revision, annotation) in next_marker {
            pieces.push(Piece::Marker { revision, annotation });
        }
        pieces
    }
}
