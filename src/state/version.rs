//! Which version of the article is on screen, and how it is written in the
//! page address (`#v=original`, `#v=u1`, `#v=changes`), so a link opens that
//! version and the browser's back and forward buttons step through them.

use crate::article::{Article, ProvenanceKind};

/// What the reader is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The article as it stood at this revision index.
    Revision(usize),
    /// The latest revision with every update's changes marked.
    Changes,
}

/// The fragment value for the changes view.
pub const CHANGES: &str = "changes";

impl Version {
    /// The revision whose text is on screen.
    pub fn revision(self, article: &Article) -> usize {
        match self {
            Version::Revision(r) => r.min(article.latest_revision()),
            Version::Changes => article.latest_revision(),
        }
    }

    /// How the version is named in addresses: the revision id, or "changes".
    pub fn id(self, article: &Article) -> String {
        match self {
            Version::Changes => CHANGES.to_owned(),
            Version::Revision(r) => article.revisions.get(r.min(article.latest_revision())).map_or_else(String::new, |rev| rev.id.clone()),
        }
    }

    /// The version named `id` in an address, if the article has it.
    pub fn from_id(id: &str, article: &Article) -> Option<Version> {
        if id == CHANGES {
            return Some(Version::Changes);
        }
        article.revision_index(id).map(Version::Revision)
    }

    /// Whether this is the article as it stands now.
    pub fn is_latest(self, article: &Article) -> bool {
        matches!(self, Version::Revision(r) if r >= article.latest_revision())
    }

    /// The address fragment for this version; the latest needs none.
    pub fn fragment(self, article: &Article) -> String {
        match self {
            _ if self.is_latest(article) => String::new(),
            _ => format!("#v={}", self.id(article)),
        }
    }

    /// The file name of this version's pre-rendered page: `index.html` for
    /// the latest, `version-<id>.html` for the others (revision ids are
    /// letters, digits, `-` and `_`, so the name is safe), `changes.html`.
    pub fn page_name(self, article: &Article) -> String {
        match self {
            _ if self.is_latest(article) => "index.html".to_owned(),
            Version::Changes => format!("{}.html", self.id(article)),
            Version::Revision(_) => format!("version-{}.html", self.id(article)),
        }
    }

    /// Every version a reader can open: each revision, then the changes view.
    pub fn all(article: &Article) -> Vec<Version> {
        let mut all: Vec<Version> = (0..article.revisions.len()).map(Version::Revision).collect();
        if article.revisions.len() > 1 {
            all.push(Version::Changes);
        }
        all
    }

    /// What a screen reader hears after a switch.
    pub fn announcement(self, article: &Article) -> String {
        match self {
            Version::Changes => "Showing what each update changed.".to_owned(),
            Version::Revision(r) => {
                let name = revision_name(article, r);
                let reconstructed = article.revisions.get(r).is_some_and(|rev| rev.provenance.kind == ProvenanceKind::Reconstructed);
                if reconstructed {
                    format!("Showing the {name}, reconstructed from the article's update notes.")
                } else {
                    format!("Showing the {name}.")
                }
            }
        }
    }
}

/// "original", "4pm update", or "update 2" when the revision has no label.
pub fn revision_name(article: &Article, r: usize) -> String {
    match article.revisions.get(r).and_then(|rev| rev.label.as_deref()) {
        Some(label) if r == 0 => crate::article::case::lower(label),
        Some(label) => label.to_owned(),
        None if r == 0 => "original".to_owned(),
        None => format!("{} {r}", article.revisions.get(r).map_or("update", |rev| rev.kind().as_str())),
    }
}

/// What an address fragment asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    /// No `v=` in the fragment: the default, the latest version.
    Default,
    Version(Version),
    /// A `v=` value this article does not have.
    Unknown(String),
}

/// Reads `#v=…` (also `#…&v=…`). Fragments that are not about the version,
/// such as an anchor link to the list of updates, ask for nothing.
pub fn parse_fragment(fragment: &str, article: &Article) -> Option<Requested> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    if body.is_empty() {
        return Some(Requested::Default);
    }
    let value = body.split('&').find_map(|pair| pair.strip_prefix("v="))?;
    let value = value.trim();
    Some(match Version::from_id(value, article) {
        Some(version) => Requested::Version(version),
        None => Requested::Unknown(value.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};

    #[test]
    fn fragments_name_versions_and_back() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        assert_eq!(parse_fragment("#v=original", &a), Some(Requested::Version(Version::Revision(0))));
        assert_eq!(parse_fragment("#v=u1", &a), Some(Requested::Version(Version::Revision(1))));
        assert_eq!(parse_fragment("#x=1&v=changes", &a), Some(Requested::Version(Version::Changes)));
        assert_eq!(parse_fragment("", &a), Some(Requested::Default));
        assert_eq!(parse_fragment("#v=u9", &a), Some(Requested::Unknown("u9".into())));
        assert_eq!(parse_fragment("#iran-us-talks-2025-04-02-update-u1", &a), None);
        for v in [Version::Revision(0), Version::Revision(1), Version::Changes] {
            assert_eq!(parse_fragment(&v.fragment(&a), &a), Some(Requested::Version(v)));
        }
        assert_eq!(Version::Revision(2).fragment(&a), "");
    }

    #[test]
    fn every_version_has_its_own_page() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        let pages: Vec<String> = Version::all(&a).into_iter().map(|v| v.page_name(&a)).collect();
        assert_eq!(pages, ["version-original.html", "version-u1.html", "index.html", "changes.html"]);
    }

    #[test]
    fn announcements_say_when_a_version_is_reconstructed() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        assert_eq!(Version::Revision(0).announcement(&a), "Showing the original, reconstructed from the article's update notes.");
        assert_eq!(Version::Revision(2).announcement(&a), "Showing the 11:30pm update.");
        assert_eq!(Version::Changes.announcement(&a), "Showing what each update changed.");
    }
}
