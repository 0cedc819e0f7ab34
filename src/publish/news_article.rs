//! The schema.org `NewsArticle` description of one version of an article,
//! as JSON-LD for the page head. schema.org has no type for an update that
//! adds reporting (`correction` is for corrections), so each revision is a
//! `workExample` of the article: its `version`, `dateModified`, its note as
//! `description`, the `url` of its page, and whether it was archived
//! (`archivedAt`) or reconstructed (`creativeWorkStatus`). A correction
//! (format 2) is also listed under `correction` as a `CorrectionComment`, and
//! an organisation among the sources is an `Organization`.

use serde_json::{json, Map, Value};

use super::address::{is_web_url, Site};
use super::site::{canonical, version_page, PagePlan};
use crate::article::{Article, ProvenanceKind, RevisionKind, SourcingKind};
use crate::state::version::revision_name;
use crate::state::Version;

/// A short summary for previews: the dek, or the start of the first paragraph.
pub fn description(article: &Article, revision: usize) -> String {
    if let Some(dek) = article.dek_at(revision).filter(|d| !d.trim().is_empty()) {
        return dek.to_owned();
    }
    let first = article.blocks_at(revision).first().map(|b| b.text.to_owned()).unwrap_or_default();
    shorten(&first, 200)
}

/// At most `max` characters, cut at a space, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rsplit_once(char::is_whitespace).map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
}

/// When the version was last changed: its own time for an update, the
/// article's `modified` (or its last update) for the latest.
pub fn modified(article: &Article, revision: usize) -> Option<String> {
    if revision == 0 {
        return None;
    }
    if revision >= article.latest_revision() {
        if let Some(m) = &article.modified {
            return Some(m.clone());
        }
    }
    article.revisions.get(revision).map(|r| r.timestamp.clone())
}

pub fn news_article(article: &Article, site: &Site, page: &PagePlan) -> Value {
    let revision = page.version.revision(article);
    let url = canonical(article, site, page);
    let mut out = Map::new();
    out.insert("@context".into(), json!("https://schema.org"));
    out.insert("@type".into(), json!("NewsArticle"));
    out.insert("headline".into(), json!(article.headline_at(revision)));
    out.insert("description".into(), json!(description(article, revision)));
    out.insert("inLanguage".into(), json!(article.language));
    out.insert("url".into(), json!(url));
    out.insert("mainEntityOfPage".into(), json!(url));
    out.insert("datePublished".into(), json!(article.published));
    if let Some(m) = modified(article, revision) {
        out.insert("dateModified".into(), json!(m));
    }
    let mut publisher = json!({ "@type": "Organization", "name": article.publication.name });
    if let Some(u) = article.publication.url.as_deref().filter(|u| is_web_url(u)) {
        publisher["url"] = json!(u);
    }
    out.insert("publisher".into(), publisher);
    if let Some(byline) = article.byline.as_deref().filter(|b| !b.trim().is_empty()) {
        out.insert("author".into(), json!({ "@type": "Person", "name": byline }));
    }
    out.insert("version".into(), json!(revision_name(article, revision)));
    if let Some(rev) = article.revisions.get(revision) {
        out.insert("creativeWorkStatus".into(), json!(status(rev.provenance.kind)));
    }
    let roster = article.roster(revision);
    let mentions: Vec<Value> = roster
        .named
        .iter()
        .chain(&roster.mentioned)
        .filter_map(|&p| article.people.get(p))
        .filter(|p| p.sourcing.kind == SourcingKind::Named)
        .map(|p| {
            if p.is_organization() {
                return json!({ "@type": "Organization", "name": p.display_name() });
            }
            let mut person = json!({ "@type": "Person", "name": p.display_name() });
            if let Some(role) = &p.role {
                person["jobTitle"] = json!(role);
            }
            if let Some(org) = &p.affiliation {
                person["affiliation"] = json!({ "@type": "Organization", "name": org });
            }
            person
        })
        .collect();
    if !mentions.is_empty() {
        out.insert("mentions".into(), Value::Array(mentions));
    }
    // The corrections this version has taken in.
    let corrections: Vec<Value> = article
        .revisions
        .iter()
        .take(revision.saturating_add(1))
        .filter(|r| r.kind() == RevisionKind::Correction)
        .map(|r| {
            let mut c = json!({ "@type": "CorrectionComment", "datePublished": r.timestamp });
            if let Some(note) = &r.note {
                c["text"] = json!(note);
            }
            c
        })
        .collect();
    if !corrections.is_empty() {
        out.insert("correction".into(), Value::Array(corrections));
    }
    if article.revisions.len() > 1 {
        let versions = article.revisions.iter().enumerate().map(|(r, rev)| {
            let mut v = json!({
                "@type": "NewsArticle",
                "headline": article.headline_at(r),
                "version": revision_name(article, r),
                "url": site.link(&page.path, &version_page(article, Version::Revision(r))),
                "creativeWorkStatus": status(rev.provenance.kind),
            });
            if r == 0 {
                v["datePublished"] = json!(article.published);
            } else {
                v["dateModified"] = json!(rev.timestamp);
            }
            if let Some(note) = &rev.note {
                v["description"] = json!(note);
            }
            if let Some(u) = rev.provenance.url.as_deref().filter(|u| is_web_url(u)) {
                v["archivedAt"] = json!(u);
            }
            v
        });
        out.insert("workExample".into(), Value::Array(versions.collect()));
    }
    Value::Object(out)
}

fn status(kind: ProvenanceKind) -> &'static str {
    match kind {
        ProvenanceKind::Archived => "Published",
        ProvenanceKind::Reconstructed => "Reconstructed from the article's update notes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};
    use crate::publish::site::pages;

    #[test]
    fn the_seed_names_its_dates_publisher_and_updates() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        let front = &pages(&a, true)[0];
        let ld = news_article(&a, &Site::default(), front);
        assert_eq!(ld["@type"], "NewsArticle");
        assert_eq!(ld["headline"], "Iran could agree to direct talks with U.S. if progress in indirect mediation (Updated)");
        assert_eq!(ld["datePublished"], "2025-04-02");
        assert_eq!(ld["dateModified"], "2025-04-02T23:30");
        assert_eq!(ld["publisher"]["name"], "Diplomatic");
        assert!(ld.get("author").is_none(), "the seed has no byline: no author is invented");
        let notes: Vec<&str> = ld["workExample"].as_array().unwrap().iter().filter_map(|v| v["description"].as_str()).collect();
        assert_eq!(notes, ["Updated 4/2/2025 at 4pm with U.S. official comment.", "Updated 4/2 at 11:30pm with Trump comments."]);
        let names: Vec<&str> = ld["mentions"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
        assert!(names.contains(&"Donald Trump"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("source") || n.contains("official")), "anonymous sources are not named people: {names:?}");
        // The original: no modification date, its own headline, said to be reconstructed.
        let original = news_article(&a, &Site::default(), &pages(&a, false)[0]);
        assert!(original.get("dateModified").is_none());
        assert_eq!(original["headline"], "Iran could agree to direct talks with U.S. if progress in indirect mediation");
        assert!(original["creativeWorkStatus"].as_str().unwrap().starts_with("Reconstructed"));
    }

    #[test]
    fn long_first_paragraphs_are_shortened_at_a_word() {
        assert_eq!(shorten("one two three", 20), "one two three");
        assert_eq!(shorten("one two, three four", 10), "one two…");
    }
}
