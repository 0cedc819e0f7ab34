//! Text that can change from one revision to the next: added in an update,
//! edited, or removed. Headline, dek and every body block share this shape.

#[cfg(not(target_arch = "wasm32"))]
use serde::de::{self, Deserializer, MapAccess, Visitor};
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

use super::model::Revision;

/// A later wording of a text, from the revision that made it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Edit {
    pub revision: String,
    pub text: String,
}

/// A headline or dek: a plain string when it never changed, or an object
/// `{ "text", "added_in", "edits", "removed_in" }` when it did. Read with
/// `text_or_history`, which takes either; the derived reader is the object's.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct VersionedText {
    pub text: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub added_in: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub edits: Vec<Edit>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub removed_in: Option<String>,
}

/// A headline or dek in either of its forms (`#[serde(deserialize_with)]`).
#[cfg(not(target_arch = "wasm32"))]
pub fn text_or_history<'de, D: Deserializer<'de>>(deserializer: D) -> Result<VersionedText, D::Error> {
    struct TextOrObject;

    impl<'de> Visitor<'de> for TextOrObject {
        type Value = VersionedText;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string, or an object with \"text\" and optional \"edits\"")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(VersionedText { text: v.to_owned(), ..Default::default() })
        }

        fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(VersionedText { text: v, ..Default::default() })
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            VersionedText::deserialize(de::value::MapAccessDeserializer::new(map))
        }
    }

    deserializer.deserialize_any(TextOrObject)
}

/// The same, for the optional dek.
#[cfg(not(target_arch = "wasm32"))]
pub fn optional_text_or_history<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<VersionedText>, D::Error> {
    text_or_history(deserializer).map(Some)
}

impl VersionedText {
    pub fn history(&self) -> History<'_> {
        History { text: &self.text, added_in: self.added_in.as_deref(), edits: &self.edits, removed_in: self.removed_in.as_deref() }
    }
}

/// A borrowed view of one text's history, whichever field it came from.
#[derive(Debug, Clone, Copy)]
pub struct History<'a> {
    pub text: &'a str,
    pub added_in: Option<&'a str>,
    pub edits: &'a [Edit],
    pub removed_in: Option<&'a str>,
}

impl<'a> History<'a> {
    /// The wording in force at `revision` (an index into `revisions`), or
    /// `None` when the text does not exist then. Ids that name no revision
    /// are caught by validation; here they are treated as never reached.
    pub fn text_at(&self, revisions: &[Revision], revision: usize) -> Option<&'a str> {
        let index_of = |id: &str| revisions.iter().position(|r| r.id == id).unwrap_or(usize::MAX);
        let added = self.added_in.map_or(0, index_of);
        if revision < added {
            return None;
        }
        if let Some(removed) = self.removed_in {
            if revision >= index_of(removed) {
                return None;
            }
        }
        let mut text = self.text;
        for edit in self.edits {
            if index_of(&edit.revision) <= revision {
                text = &edit.text;
            }
        }
        Some(text)
    }

    /// Every wording the text has had, first to last.
    pub fn wordings(&self) -> impl Iterator<Item = &'a str> + 'a {
        std::iter::once(self.text).chain(self.edits.iter().map(|e| e.text.as_str()))
    }
}
