//! The checks that make a parsed article safe and sensible to render: every
//! reference resolves, revisions run forward in time, every annotation finds
//! its words exactly once. All problems are collected, not just the first.

use std::collections::HashSet;

use super::anchor::Found;
use super::error::{excerpt, ArticleError};
use super::model::{Annotation, Article, Link};
use super::timestamp::Timestamp;
use super::versioned::History;
use super::web_address::{is_mailto, is_web_url};

const ID_EXPECTED: &str = "a short id of letters, digits, '-' or '_', such as \"u1\" or \"trump\".";

struct Checker<'a> {
    article: &'a Article,
    problems: Vec<ArticleError>,
}

/// Every problem in the article; empty when it is fit to render.
pub fn validate(article: &Article) -> Vec<ArticleError> {
    let mut c = Checker { article, problems: Vec::new() };
    c.metadata();
    c.revisions();
    c.dates_against_revisions();
    c.history("headline", article.headline.history(), true);
    if let Some(dek) = &article.dek {
        c.history("dek", dek.history(), false);
    }
    c.people();
    c.blocks();
    c.problems
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl<'a> Checker<'a> {
    fn push(&mut self, path: impl Into<String>, problem: impl Into<String>, expected: impl Into<String>) {
        self.problems.push(ArticleError::at(path, problem, expected));
    }

    fn non_empty(&mut self, path: &str, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(path, format!("The {what} is empty."), format!("the {what} as it should appear to readers."));
        }
    }

    fn timestamp(&mut self, path: &str, value: &str) -> Option<Timestamp> {
        let parsed = Timestamp::parse(value);
        if parsed.is_none() {
            self.push(
                path,
                format!("\"{value}\" is not a date this viewer can read."),
                "an ISO 8601 date or date and time, such as \"2025-04-02\" or \"2025-04-02T16:00\".",
            );
        }
        parsed
    }

    fn url(&mut self, path: &str, url: &str, mail_ok: bool) {
        let ok = is_web_url(url) || (mail_ok && is_mailto(url));
        if !ok {
            let kinds = if mail_ok { "an http://, https:// or mailto: address" } else { "an http:// or https:// address" };
            self.push(path, format!("{} is not a link readers can safely follow.", excerpt(url)), format!("{kinds}."));
        }
    }

    fn unique_ids<'i>(&mut self, list: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen: HashSet<&str> = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if !valid_id(id) {
                self.push(path, format!("The id \"{id}\" cannot be used."), ID_EXPECTED);
            } else if !seen.insert(id) {
                self.push(path, format!("The id \"{id}\" is used twice in {list}."), "a different id for each entry.");
            }
        }
    }

    fn revision_ref(&mut self, path: &str, id: &str) -> Option<usize> {
        let found = self.article.revision_index(id);
        if found.is_none() {
            let known: Vec<&str> = self.article.revisions.iter().map(|r| r.id.as_str()).collect();
            self.push(path, format!("There is no revision \"{id}\"."), format!("one of the ids in \"revisions\": {}.", known.join(", ")));
        }
        found
    }

    fn metadata(&mut self) {
        let a = self.article;
        if !valid_id(&a.id) {
            self.push("id", format!("The article id \"{}\" cannot be used.", a.id), ID_EXPECTED);
        }
        self.non_empty("publication.name", "publication name", &a.publication.name);
        if let Some(url) = &a.publication.url {
            self.url("publication.url", url, false);
        }
        if let Some(url) = &a.canonical_url {
            self.url("canonical_url", url, false);
        }
        if let Some(byline) = &a.byline {
            self.non_empty("byline", "byline", byline);
        }
        let published = self.timestamp("published", &a.published);
        if let Some(modified) = &a.modified {
            if let (Some(p), Some(m)) = (published, self.timestamp("modified", modified)) {
                if m.is_before(&p) {
                    self.push(
                        "modified",
                        format!("The article is modified ({modified}) before it is published ({}).", a.published),
                        "a modification date on or after the publication date.",
                    );
                }
            }
        }
    }

    fn revisions(&mut self) {
        let revisions = &self.article.revisions;
        if revisions.is_empty() {
            self.push("revisions", "There are no revisions.", "at least one revision: the article as first published.");
            return;
        }
        self.unique_ids("revisions", revisions.iter().map(|r| r.id.as_str()));
        let mut previous: Option<(Timestamp, &str)> = None;
        // (A list, not a map: a handful of updates, and no second hash map in the WebAssembly.)
        let mut printed_by: Vec<(String, &str)> = Vec::new();
        for (i, r) in revisions.iter().enumerate() {
            let path = format!("revisions[{i}]");
            if let Some(t) = self.timestamp(&format!("{path}.timestamp"), &r.timestamp) {
                if let Some((before, before_id)) = previous {
                    if t.is_before(&before) {
                        self.push(
                            format!("{path}.timestamp"),
                            format!(
                                "Revision \"{}\" ({}) is dated before the revision listed above it, \"{before_id}\".",
                                r.id, r.timestamp
                            ),
                            "revisions listed from the oldest (the original) to the newest update.",
                        );
                    }
                }
                previous = Some((t, &r.id));
            }
            if let Some(marker) = &r.marker {
                if marker.trim().is_empty() || marker.chars().count() > 8 {
                    self.push(format!("{path}.marker"), "The marker is empty or too long.", "a short sign such as \"*\" or \"**\".");
                } else if marker.trim() != marker {
                    self.push(
                        format!("{path}.marker"),
                        format!("The marker \"{marker}\" has spaces around it."),
                        format!("the sign alone: \"{}\".", marker.trim()),
                    );
                }
            }
            // What the update prints: its marker, or its number among the updates.
            if i > 0 {
                let printed = self.article.marker(i);
                if let Some(&(_, other)) = printed_by.iter().find(|(sign, _)| *sign == printed) {
                    self.push(
                        format!("{path}.marker"),
                        format!("Revisions \"{other}\" and \"{}\" would both print the marker \"{printed}\".", r.id),
                        "a different marker for each update (an update without one prints its number).",
                    );
                }
                printed_by.push((printed, &r.id));
            }
            if let (0, Some(kind)) = (i, r.kind) {
                self.push(
                    format!("{path}.kind"),
                    format!("The original is marked as a {}.", kind.as_str()),
                    "no \"kind\" on the first revision: only later revisions are updates or corrections.",
                );
            }
            if let Some(note) = &r.note {
                self.non_empty(&format!("{path}.note"), "update note", note);
            }
            if let Some(label) = &r.label {
                self.non_empty(&format!("{path}.label"), "revision label", label);
            }
            if let Some(detail) = &r.provenance.detail {
                self.non_empty(&format!("{path}.provenance.detail"), "provenance detail", detail);
            }
            if let Some(url) = &r.provenance.url {
                self.url(&format!("{path}.provenance.url"), url, false);
            }
        }
    }

    /// `published` and `modified` against the revisions they frame: the
    /// article cannot be published after all of them, nor last modified
    /// before the newest. (Unreadable dates are reported where they stand.)
    fn dates_against_revisions(&mut self) {
        let a = self.article;
        let Some(last) = a.revisions.last() else { return };
        let Some(newest) = Timestamp::parse(&last.timestamp) else { return };
        if Timestamp::parse(&a.published)
            .is_some_and(|p| a.revisions.iter().filter_map(|r| Timestamp::parse(&r.timestamp)).all(|t| t.is_before(&p)))
        {
            self.push(
                "published",
                format!("The article is published ({}) after every one of its revisions.", a.published),
                "the date and time the original was published, no later than its first revision.",
            );
        }
        if let Some(modified) = a.modified.as_deref().and_then(|m| Timestamp::parse(m).map(|t| (m, t))) {
            if modified.1.is_before(&newest) {
                self.push(
                    "modified",
                    format!(
                        "The article is last modified ({}) before its newest revision, \"{}\" ({}).",
                        modified.0, last.id, last.timestamp
                    ),
                    "the time of the newest revision or later.",
                );
            }
        }
    }

    /// A text's history: known revisions, in order, never empty.
    fn history(&mut self, path: &str, h: History<'_>, always_present: bool) {
        self.non_empty(&format!("{path}.text"), "text", h.text);
        let added = match h.added_in {
            Some(id) => self.revision_ref(&format!("{path}.added_in"), id),
            None => Some(0),
        };
        let removed = h.removed_in.and_then(|id| self.revision_ref(&format!("{path}.removed_in"), id));
        if always_present && (added.is_some_and(|a| a > 0) || h.removed_in.is_some()) {
            self.push(
                path,
                "The headline must exist in every revision.",
                "no \"added_in\" or \"removed_in\" on the headline; use \"edits\" to change it.",
            );
        }
        if let (Some(a), Some(r)) = (added, removed) {
            if r <= a {
                self.push(
                    format!("{path}.removed_in"),
                    "The text is removed in the same revision that adds it, or before.",
                    "a \"removed_in\" revision later than \"added_in\".",
                );
            }
        }
        let mut last = added;
        let mut wording = h.text;
        for (i, edit) in h.edits.iter().enumerate() {
            let edit_path = format!("{path}.edits[{i}]");
            self.non_empty(&format!("{edit_path}.text"), "text", &edit.text);
            if edit.text == wording {
                self.push(
                    format!("{edit_path}.text"),
                    format!("The edit in revision \"{}\" leaves the text as it was.", edit.revision),
                    "an edit only where the wording changed (leave this one out).",
                );
            }
            wording = &edit.text;
            let Some(at) = self.revision_ref(&format!("{edit_path}.revision"), &edit.revision) else { continue };
            if last.is_some_and(|l| at <= l) {
                self.push(
                    format!("{edit_path}.revision"),
                    format!("The edit in revision \"{}\" does not come after the text it replaces.", edit.revision),
                    "edits listed in revision order, each after the one before and after \"added_in\".",
                );
            }
            if removed.is_some_and(|r| at >= r) {
                self.push(format!("{edit_path}.revision"), "The text is edited after it was removed.", "edits before \"removed_in\".");
            }
            last = Some(at);
        }
    }

    fn people(&mut self) {
        let people = &self.article.people;
        self.unique_ids("people", people.iter().map(|p| p.id.as_str()));
        for (i, p) in people.iter().enumerate() {
            let path = format!("people[{i}]");
            self.non_empty(&format!("{path}.name"), "name", &p.name);
            let optional = [
                ("canonical_name", &p.canonical_name),
                ("role", &p.role),
                ("affiliation", &p.affiliation),
                ("country", &p.country),
                ("description", &p.description),
                ("sourcing.words", &p.sourcing.words),
            ];
            for (field, value) in optional {
                if let Some(v) = value {
                    self.non_empty(&format!("{path}.{field}"), &field.replace(['_', '.'], " "), v);
                }
            }
            self.links(&format!("{path}.sources"), &p.sources);
            if p.is_organization() {
                for (field, value) in [("role", &p.role), ("affiliation", &p.affiliation)] {
                    if value.is_some() {
                        self.push(
                            format!("{path}.{field}"),
                            format!("\"{}\" is an organisation, which has no {field}.", p.name),
                            "what the organisation is in \"description\"; a person speaking for it as their own entry.",
                        );
                    }
                }
            }
        }
    }

    fn links(&mut self, path: &str, links: &[Link]) {
        for (i, link) in links.iter().enumerate() {
            self.non_empty(&format!("{path}[{i}].title"), "link title", &link.title);
            self.url(&format!("{path}[{i}].url"), &link.url, true);
        }
    }

    fn blocks(&mut self) {
        let blocks = &self.article.blocks;
        if blocks.is_empty() {
            self.push("blocks", "The article has no body.", "at least one block (paragraph) of text.");
        }
        self.unique_ids("blocks", blocks.iter().map(|b| b.id.as_str()));
        for (i, block) in blocks.iter().enumerate() {
            let path = format!("blocks[{i}]");
            self.history(&path, block.history(), false);
            for (j, annotation) in block.annotations.iter().enumerate() {
                self.annotation(&format!("{path}.annotations[{j}]"), block.history(), annotation);
            }
        }
    }

    fn annotation(&mut self, path: &str, block: History<'_>, a: &Annotation) {
        let kind = a.kind.as_str();
        if a.kind.is_about_person() {
            match a.person.as_deref() {
                None => self.push(
                    path,
                    format!("The {kind} does not say who it is about."),
                    "a \"person\" field with the id of someone in \"people\".",
                ),
                Some(id) if self.article.person(id).is_none() => {
                    let known: Vec<&str> = self.article.people.iter().map(|p| p.id.as_str()).collect();
                    let list = if known.is_empty() { "(there are none)".to_owned() } else { known.join(", ") };
                    self.push(
                        format!("{path}.person"),
                        format!("There is no person \"{id}\"."),
                        format!("one of the ids in \"people\": {list}."),
                    )
                }
                Some(_) => {}
            }
            if a.revision.is_some() {
                self.push(
                    format!("{path}.revision"),
                    format!("A {kind} does not take a revision."),
                    "\"revision\" only on annotations of kind \"update\".",
                );
            }
            if a.exact.is_none() {
                self.push(
                    path,
                    format!("The {kind} does not say which words it covers."),
                    "an \"exact\" field with the words copied from the paragraph.",
                );
            }
        } else {
            if a.person.is_some() {
                self.push(
                    format!("{path}.person"),
                    "An update marker does not take a person.",
                    "\"person\" only on quotes, paraphrases, attributions and mentions.",
                );
            }
            match a.revision.as_deref() {
                None => self.push(
                    path,
                    "The update marker does not say which update it stands for.",
                    "a \"revision\" field with the id of an update.",
                ),
                Some(id) => {
                    if let Some(rev) = self.revision_ref(&format!("{path}.revision"), id) {
                        if rev == 0 {
                            self.push(
                                format!("{path}.revision"),
                                "An update marker points at the first revision, which is not an update.",
                                "the id of a later revision.",
                            );
                        } else {
                            match block.text_at(&self.article.revisions, rev) {
                                None => self.push(
                                    path,
                                    format!("The paragraph is not in revision \"{id}\", so it cannot carry its marker."),
                                    "a marker on a paragraph that exists in that revision.",
                                ),
                                // (Words in no wording at all are reported below, once.)
                                Some(text) if a.range_in(text).is_none() && block.wordings().any(|w| a.range_in(w).is_some()) => self.push(
                                    format!("{path}.exact"),
                                    format!(
                                        "The marker's words {} are not in the paragraph as revision \"{id}\" has it, so the update would go unmarked.",
                                        excerpt(a.exact.as_deref().unwrap_or_default())
                                    ),
                                    "words from the paragraph's wording in that revision, once (or no \"exact\", to mark the paragraph's end).",
                                ),
                                Some(_) => {}
                            }
                        }
                    }
                }
            }
        }
        if a.exact.is_none() && (a.prefix.is_some() || a.suffix.is_some()) {
            self.push(path, "A prefix or suffix is given without the exact words.", "\"exact\" alongside \"prefix\" and \"suffix\".");
        }
        let Some(exact) = a.exact.as_deref() else { return };
        if exact.is_empty() {
            self.push(format!("{path}.exact"), "The annotated words are empty.", "the words copied exactly from the paragraph.");
            return;
        }
        let Some(quote) = a.quote() else { return };
        let mut found_somewhere = false;
        for wording in block.wordings() {
            match quote.find(wording) {
                Found::Once(_) => found_somewhere = true,
                Found::Missing => {}
                Found::Ambiguous(places) => {
                    self.push(
                        format!("{path}.exact"),
                        format!(
                            "The words {} appear {} times in the paragraph, so it is unclear which is meant.",
                            excerpt(exact),
                            places.len()
                        ),
                        "a \"prefix\" or \"suffix\" (the words just before or after) that picks one.",
                    );
                    return;
                }
            }
        }
        if !found_somewhere {
            self.push(
                format!("{path}.exact"),
                format!("The words {} are not in the paragraph's text.", excerpt(exact)),
                "words copied exactly from the paragraph, with its curly quotes and spelling (and a prefix/suffix that match).",
            );
        }
    }
}
