//! The article file the import writes, field for field in the format's
//! order (docs/article-format.md), so that an editor reads it as if written
//! by hand.

use serde::Serialize;

use super::input::{PersonEntry, Provenance, Publication};

#[derive(Debug, Serialize)]
pub struct ArticleOut {
    pub format: &'static str,
    pub format_version: u64,
    pub id: String,
    pub language: String,
    pub publication: Publication,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    pub published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    pub headline: Versioned,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dek: Option<Versioned>,
    pub revisions: Vec<RevisionOut>,
    pub people: Vec<PersonEntry>,
    pub blocks: Vec<BlockOut>,
}

/// A headline or dek: plain when it never changed.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Versioned {
    Plain(String),
    History { text: String, edits: Vec<EditOut> },
}

impl Versioned {
    /// From its wording in each version: (revision id, text).
    pub fn from_wordings(wordings: &[(String, String)]) -> Option<Versioned> {
        let ((_, first), rest) = wordings.split_first()?;
        let mut edits: Vec<EditOut> = Vec::new();
        let mut current = first;
        for (revision, text) in rest {
            if text != current {
                edits.push(EditOut { revision: revision.clone(), text: text.clone() });
                current = text;
            }
        }
        Some(if edits.is_empty() { Versioned::Plain(first.clone()) } else { Versioned::History { text: first.clone(), edits } })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EditOut {
    pub revision: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct RevisionOut {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub timestamp: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub provenance: Provenance,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct BlockOut {
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_in: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<EditOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed_in: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<AnnotationOut>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnnotationOut {
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}
