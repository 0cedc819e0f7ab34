//! The format's name and versions, and the one place an older file is
//! brought up to the current version. Everything after loading sees only
//! the current version.
//!
//! Format 2 added revision kinds (`"kind": "correction"`) and organisations
//! (`"kind": "organization"` on an entry of `people`); both are optional and
//! default to what format 1 meant, so a format 1 file is a format 2 file that
//! uses neither, and the upgrade only checks that it does not.

use super::error::ArticleError;
use super::model::Article;

/// The value of the `format` field that names this file type.
pub const FORMAT_NAME: &str = "annotated-article";
/// The format version this viewer writes about and shows: docs, schema and
/// the shipped articles are at this version.
pub const FORMAT_VERSION: u64 = 2;
/// The oldest version `upgrade` still reads.
pub const OLDEST_VERSION: u64 = 1;

/// Whether this viewer reads files that say `format_version: version`.
pub fn reads(version: u64) -> bool {
    (OLDEST_VERSION..=FORMAT_VERSION).contains(&version)
}

/// The versions this viewer reads, in words: "1 or 2".
pub fn readable_versions() -> String {
    match FORMAT_VERSION - OLDEST_VERSION {
        0 => format!("{FORMAT_VERSION}"),
        1 => format!("{OLDEST_VERSION} or {FORMAT_VERSION}"),
        _ => format!("{OLDEST_VERSION} to {FORMAT_VERSION}"),
    }
}

/// Brings an article read from a file of an older version up to
/// `FORMAT_VERSION`, remembering the version read (`Article::read_version`).
/// A field the file's version does not have is an error: the editor meant
/// the newer format and should say so.
pub fn upgrade(article: &mut Article) -> Result<(), Vec<ArticleError>> {
    let read = article.format_version;
    let mut problems = Vec::new();
    if read < 2 {
        let newer = |path: String, what: &str| {
            ArticleError::at(
                path,
                format!("{what} is new in format version 2, but the file says \"format_version\": {read}."),
                "\"format_version\": 2 at the top of the file (format 1 has no kinds of revision or source).",
            )
        };
        for (i, r) in article.revisions.iter().enumerate().filter(|(_, r)| r.kind.is_some()) {
            problems.push(newer(format!("revisions[{i}].kind"), &format!("A revision kind (\"{}\")", r.kind().as_str())));
        }
        for (i, p) in article.people.iter().enumerate().filter(|(_, p)| p.kind.is_some()) {
            problems.push(newer(format!("people[{i}].kind"), &format!("A source kind (\"{}\")", p.kind().as_str())));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    article.derived.read_version = read;
    article.format_version = FORMAT_VERSION;
    Ok(())
}

impl Article {
    /// The format version the file was written in, before `upgrade`.
    pub fn read_version(&self) -> u64 {
        self.derived.read_version
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};

    fn as_version_1(json: &str) -> String {
        json.replacen("\"format_version\": 2", "\"format_version\": 1", 1)
    }

    #[test]
    fn a_format_1_file_loads_as_the_current_version_and_says_what_it_was() {
        let current = load(SEED_JSON.as_bytes()).unwrap();
        let old = load(as_version_1(SEED_JSON).as_bytes()).unwrap();
        assert_eq!(current.read_version(), FORMAT_VERSION);
        assert_eq!(old.read_version(), 1);
        assert_eq!(old.format_version, FORMAT_VERSION);
        // Apart from the version read, the same article.
        assert_eq!(old.blocks, current.blocks);
        assert_eq!(old.revisions, current.revisions);
        assert_eq!(old.people, current.people);
    }

    #[test]
    fn a_format_1_file_cannot_use_format_2_fields() {
        let old = as_version_1(SEED_JSON);
        // The second revision's provenance: the first update.
        let at = old.match_indices("\"provenance\": {").nth(1).unwrap().0;
        let json = format!("{}\"kind\": \"correction\", {}", &old[..at], &old[at..]);
        let errors = load(json.as_bytes()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].location, crate::article::Location::Path("revisions[1].kind".into()));
        assert!(errors[0].problem.contains("new in format version 2"), "{}", errors[0].problem);
        assert!(errors[0].expected.contains("\"format_version\": 2"));
    }

    #[test]
    fn versions_are_named_for_an_editor() {
        assert!(reads(1) && reads(2) && !reads(0) && !reads(3));
        assert_eq!(readable_versions(), "1 or 2");
    }
}
