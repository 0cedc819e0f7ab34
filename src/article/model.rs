//! The article as the JSON format describes it (docs/article-format.md): plain
//! serde types, checked by `validate` before anything renders them.

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

use std::ops::Range;

use super::anchor::{Found, Quote};
use super::versioned::{Edit, History, VersionedText};

pub use super::format::{FORMAT_NAME, FORMAT_VERSION};

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Article {
    pub format: String,
    pub format_version: u64,
    pub id: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default = "default_language"))]
    pub language: String,
    pub publication: Publication,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub byline: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub canonical_url: Option<String>,
    pub published: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub modified: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(deserialize_with = "super::versioned::text_or_history"))]
    pub headline: VersionedText,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, deserialize_with = "super::versioned::optional_text_or_history"))]
    pub dek: Option<VersionedText>,
    pub revisions: Vec<Revision>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub people: Vec<Person>,
    pub blocks: Vec<Block>,
    /// Facts derived once after loading, not part of the file.
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip))]
    pub(crate) derived: Derived,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Derived {
    /// Per revision: whether some block carries an explicit marker for it.
    /// An update without any gets its marker on every block it added or
    /// edited, so no update goes unmarked.
    pub explicit_markers: Vec<bool>,
    /// The format version the file said it was written in (`format_version`
    /// is the current one once `format::upgrade` has run).
    pub read_version: u64,
}

#[cfg(not(target_arch = "wasm32"))]
fn default_language() -> String {
    "en".to_owned()
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Publication {
    pub name: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub url: Option<String>,
}

/// One state of the article in time: the original, then each update in order.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Revision {
    pub id: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub label: Option<String>,
    pub timestamp: String,
    /// The footnote sign the article prints for this update (`*`, `**`).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub marker: Option<String>,
    /// The update's note as printed, without its marker.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub note: Option<String>,
    pub provenance: Provenance,
    /// What kind of change this is (format 2); an update when absent.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub kind: Option<RevisionKind>,
}

/// What a revision after the original is: news added, or an error put right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum RevisionKind {
    Update,
    Correction,
}

impl RevisionKind {
    /// Every kind, in the format's order (the browser's reader takes the
    /// names from here).
    pub const ALL: [RevisionKind; 2] = [RevisionKind::Update, RevisionKind::Correction];

    /// The name the format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Update => "update",
            RevisionKind::Correction => "correction",
        }
    }

    /// How the viewer names one, capitalised: "Update", "Correction".
    pub fn title(self) -> &'static str {
        match self {
            RevisionKind::Update => "Update",
            RevisionKind::Correction => "Correction",
        }
    }
}

impl Revision {
    pub fn kind(&self) -> RevisionKind {
        self.kind.unwrap_or(RevisionKind::Update)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Provenance {
    pub kind: ProvenanceKind,
    /// How the text was obtained, in words a reader can check.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub detail: Option<String>,
    /// Where the archived copy lives, when there is one.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum ProvenanceKind {
    /// A copy of this revision as it was published.
    Archived,
    /// Rebuilt from a later copy and the article's own update notes.
    Reconstructed,
}

impl ProvenanceKind {
    /// Every kind, in the format's order (the browser's readers take the
    /// names from here).
    pub const ALL: [ProvenanceKind; 2] = [ProvenanceKind::Archived, ProvenanceKind::Reconstructed];

    /// The name the format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            ProvenanceKind::Archived => "archived",
            ProvenanceKind::Reconstructed => "reconstructed",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Person {
    pub id: String,
    /// The name as the article prints it, misspellings included.
    pub name: String,
    /// The usual spelling, when it differs from the printed one.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub canonical_name: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub role: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub affiliation: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub country: Option<String>,
    pub sourcing: Sourcing,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub description: Option<String>,
    /// Where the card's facts come from.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<Link>,
    /// A person, or an organisation speaking as one (format 2); a person
    /// when absent.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub kind: Option<SourceKind>,
}

/// Who a source in `people` is: a person, or an organisation (a government,
/// a ministry, a company) credited as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum SourceKind {
    Person,
    Organization,
}

impl SourceKind {
    /// Every kind, in the format's order.
    pub const ALL: [SourceKind; 2] = [SourceKind::Person, SourceKind::Organization];

    /// The name the format uses (schema.org's spelling).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
        }
    }
}

impl Person {
    pub fn kind(&self) -> SourceKind {
        self.kind.unwrap_or(SourceKind::Person)
    }

    pub fn is_organization(&self) -> bool {
        self.kind() == SourceKind::Organization
    }

    pub fn display_name(&self) -> &str {
        self.canonical_name.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Sourcing {
    pub kind: SourcingKind,
    /// The article's own words for how it sources this person.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub words: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum SourcingKind {
    Named,
    Anonymous,
}

impl SourcingKind {
    /// Every kind, in the format's order (the browser's readers take the
    /// names from here).
    pub const ALL: [SourcingKind; 2] = [SourcingKind::Named, SourcingKind::Anonymous];

    /// The name the format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            SourcingKind::Named => "named",
            SourcingKind::Anonymous => "anonymous",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// A paragraph of the body, with its history across revisions.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Block {
    pub id: String,
    /// The text as the block first appeared.
    pub text: String,
    /// The revision that added the block; the first one when absent.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub added_in: Option<String>,
    /// Later wordings, each from the revision that made it.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub edits: Vec<Edit>,
    /// The revision that took the block out, if any did.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub removed_in: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub annotations: Vec<Annotation>,
}

impl Block {
    pub fn history(&self) -> History<'_> {
        History { text: &self.text, added_in: self.added_in.as_deref(), edits: &self.edits, removed_in: self.removed_in.as_deref() }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Annotation {
    pub kind: AnnotationKind,
    /// For quote, paraphrase, attribution and mention: who.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub person: Option<String>,
    /// For update: which revision's marker.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub revision: Option<String>,
    /// The annotated words, copied exactly. An update annotation without it
    /// marks the whole paragraph.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub exact: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub prefix: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub suffix: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum AnnotationKind {
    Quote,
    Paraphrase,
    Attribution,
    Mention,
    Update,
}

/// What an annotation kind does in the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Something a person said: listed on their card, makes them a source.
    Statement,
    /// A person named or credited: opens their card, says nothing for them.
    Reference,
    /// Where an update's marker stands.
    Marker,
}

// Every match on a kind below is exhaustive, so a new kind is a compile
// error at each place that must decide about it (and nowhere else).
impl AnnotationKind {
    /// Every kind, in the format's order (the browser's reader takes the
    /// names from here).
    pub const ALL: [AnnotationKind; 5] =
        [AnnotationKind::Quote, AnnotationKind::Paraphrase, AnnotationKind::Attribution, AnnotationKind::Mention, AnnotationKind::Update];

    /// The name the format uses.
    pub fn as_str(self) -> &'static str {
        match self {
            AnnotationKind::Quote => "quote",
            AnnotationKind::Paraphrase => "paraphrase",
            AnnotationKind::Attribution => "attribution",
            AnnotationKind::Mention => "mention",
            AnnotationKind::Update => "update",
        }
    }

    /// How a card labels a statement of this kind.
    pub fn label(self) -> &'static str {
        match self {
            AnnotationKind::Quote => "Quote",
            AnnotationKind::Paraphrase => "Paraphrase",
            AnnotationKind::Attribution => "Attribution",
            AnnotationKind::Mention => "Mention",
            AnnotationKind::Update => "Update",
        }
    }

    pub fn role(self) -> Role {
        match self {
            AnnotationKind::Quote | AnnotationKind::Paraphrase => Role::Statement,
            AnnotationKind::Attribution | AnnotationKind::Mention => Role::Reference,
            AnnotationKind::Update => Role::Marker,
        }
    }

    pub fn is_about_person(self) -> bool {
        match self.role() {
            Role::Statement | Role::Reference => true,
            Role::Marker => false,
        }
    }

    pub fn is_statement(self) -> bool {
        self.role() == Role::Statement
    }
}

impl Annotation {
    /// The words to look for, when the annotation names any.
    pub fn quote(&self) -> Option<Quote<'_>> {
        Some(Quote { exact: self.exact.as_deref()?, prefix: self.prefix.as_deref(), suffix: self.suffix.as_deref() })
    }

    /// Where the annotation stands in `text`, one wording of its paragraph:
    /// its words' place when they are there exactly once, the whole text when
    /// it names no words (an update marking the paragraph), else `None`: the
    /// annotation is not present in this wording. The one meaning of
    /// "present" for the body, the cards and the roster.
    pub fn range_in(&self, text: &str) -> Option<Range<usize>> {
        match self.quote() {
            Some(quote) => match quote.find(text) {
                Found::Once(range) => Some(range),
                Found::Missing | Found::Ambiguous(_) => None,
            },
            None => Some(0..text.len()),
        }
    }
}

// The article's own look-ups. What it reads like at a revision is in
// view.rs, who speaks in people.rs, what each update changed in changes.rs.
impl Article {
    /// Facts derived once after loading (see `Derived`).
    pub(crate) fn derive(&mut self) {
        let mut explicit = vec![false; self.revisions.len()];
        for a in self.blocks.iter().flat_map(|b| &b.annotations) {
            if let Some(r) = a.revision.as_deref().and_then(|id| self.revision_index(id)) {
                explicit[r] = true;
            }
        }
        self.derived.explicit_markers = explicit;
    }

    pub fn revision_index(&self, id: &str) -> Option<usize> {
        self.revisions.iter().position(|r| r.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn latest_revision(&self) -> usize {
        self.revisions.len().saturating_sub(1)
    }

    /// Whether some revision is a correction (format 2).
    pub fn has_corrections(&self) -> bool {
        self.revisions.iter().any(|r| r.kind() == RevisionKind::Correction)
    }

    /// What the list of later revisions is called, in a sentence.
    pub fn updates_name(&self) -> &'static str {
        if self.has_corrections() {
            "updates and corrections"
        } else {
            "updates"
        }
    }

    /// The same, as a heading.
    pub fn updates_heading(&self) -> &'static str {
        if self.has_corrections() {
            "Updates and corrections"
        } else {
            "Updates"
        }
    }

    /// The sign printed for an update: its own marker, or its number among the
    /// updates when the article prints none.
    pub fn marker(&self, revision: usize) -> String {
        match self.revisions.get(revision).and_then(|r| r.marker.clone()) {
            Some(m) => m,
            None => revision.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_listed_once_under_its_own_name() {
        // Exhaustive: a new kind stops the build here until it has a place in ALL.
        let position = |kind: AnnotationKind| match kind {
            AnnotationKind::Quote => 0,
            AnnotationKind::Paraphrase => 1,
            AnnotationKind::Attribution => 2,
            AnnotationKind::Mention => 3,
            AnnotationKind::Update => 4,
        };
        for (i, kind) in AnnotationKind::ALL.into_iter().enumerate() {
            assert_eq!(position(kind), i);
        }
        let names = AnnotationKind::ALL.map(AnnotationKind::as_str);
        assert_eq!(names, ["quote", "paraphrase", "attribution", "mention", "update"]);
        assert!(AnnotationKind::ALL.iter().all(|k| k.is_statement() == matches!(k.role(), Role::Statement)));
    }
}
