//! `./x import`: from a story's successive versions (text or HTML), a
//! manifest and a people file to an article file in the current format and
//! `REVIEW.md`, the list of every guess the import made, for an editor to
//! confirm. Native only, like `publish`. docs/authoring.md is the guide.
//!
//! The steps: read the inputs (`input`, `version_file`); pair each
//! version's paragraphs with the previous version's (`align`) into blocks
//! with their history; turn the printed footnote signs into update
//! annotations; guess quotes, attributions, paraphrases and mentions
//! (`attribution`); write the article, check it with the viewer's own
//! loader, and write the review (`review`).

pub mod align;
pub mod attribution;
pub mod input;
pub mod output;
pub mod review;
pub mod version_file;

use std::fmt;
use std::path::Path;

use crate::article::format::{FORMAT_NAME, FORMAT_VERSION};
use crate::article::{load, Location};
use align::Step;
use attribution::{Context, Guess, Proposed};
use input::{PersonEntry, Sourcing};
use output::{AnnotationOut, ArticleOut, BlockOut, EditOut, RevisionOut, Versioned};
use version_file::VersionFile;

/// What went wrong, in which file and line, and what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub file: String,
    pub line: Option<usize>,
    pub problem: String,
    pub fix: String,
}

impl ImportError {
    pub fn in_file(file: &str, line: Option<usize>, problem: impl Into<String>, fix: impl Into<String>) -> Self {
        ImportError { file: file.to_owned(), line, problem: problem.into(), fix: fix.into() }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}, line {line}: {} What to do: {}", self.file, self.problem, self.fix),
            None => write!(f, "{}: {} What to do: {}", self.file, self.problem, self.fix),
        }
    }
}

impl std::error::Error for ImportError {}

/// The import's result: the article file's text and the review's.
#[derive(Debug)]
pub struct Imported {
    pub article_id: String,
    pub json: String,
    pub review: String,
}

/// A block as the versions build it up.
#[derive(Debug)]
struct BlockDraft {
    /// (version index, text), one entry per wording.
    wordings: Vec<(usize, String)>,
    added: usize,
    removed: Option<usize>,
    /// Update marks: (revision index, the words before the sign, or `None` at the paragraph's end).
    marks: Vec<(usize, Option<String>)>,
    /// Guesses, each with the version it was made in.
    guesses: Vec<(usize, Guess)>,
}

impl BlockDraft {
    fn latest(&self) -> &str {
        self.wordings.last().map_or("", |(_, t)| t.as_str())
    }
}

/// What the review reports about each version.
#[derive(Debug, Default)]
pub struct VersionReport {
    pub file: String,
    pub paragraphs: usize,
    pub added: Vec<usize>,
    pub edited: Vec<usize>,
    pub removed: Vec<usize>,
    pub headline_edited: bool,
    pub sign: Option<(String, String)>,
    pub lone_signs: Vec<(usize, String)>,
}

/// Runs the import for the manifest at `manifest_path`. Writes nothing.
pub fn import(manifest_path: &Path) -> Result<Imported, ImportError> {
    let (manifest, dir) = input::read_manifest(manifest_path)?;
    let manifest_name = manifest_path.display().to_string();
    let people = input::read_people(&dir.join(&manifest.people))?;
    let mut versions: Vec<VersionFile> = Vec::new();
    let mut reports: Vec<VersionReport> = Vec::new();
    for v in &manifest.versions {
        let path = dir.join(&v.file);
        let text = input::read_text(&path, "version file")?;
        let version = version_file::read(&path.display().to_string(), &text, manifest.dek)?;
        reports.push(VersionReport {
            file: v.file.clone(),
            paragraphs: version.paragraphs.len(),
            lone_signs: version.lone_signs.clone(),
            ..Default::default()
        });
        versions.push(version);
    }

    // Each sign belongs to the first version whose notes (or manifest entry) print it.
    let mut signs: Vec<(String, usize)> = Vec::new();
    let mut notes: Vec<Option<String>> = vec![None; versions.len()];
    for (k, (version, entry)) in versions.iter().zip(&manifest.versions).enumerate() {
        if let Some(m) = &entry.marker {
            if !signs.iter().any(|(s, _)| s == m) {
                signs.push((m.clone(), k));
            }
        }
        for note in &version.notes {
            if !signs.iter().any(|(s, _)| *s == note.sign) {
                if k == 0 {
                    return Err(ImportError::in_file(
                        &entry.file,
                        Some(note.line),
                        format!("The first version prints a note (“{}{}”), but it has no update before it.", note.sign, note.text),
                        "the versions listed in order, the first published first.",
                    ));
                }
                signs.push((note.sign.clone(), k));
                notes[k] = Some(note.text.clone());
                reports[k].sign = Some((note.sign.clone(), note.text.clone()));
            }
        }
    }

    // Blocks, from the paragraphs of each version paired with the previous one's.
    let mut blocks: Vec<BlockDraft> = Vec::new();
    let mut sequence: Vec<usize> = Vec::new();
    let mut live: Vec<usize> = Vec::new();
    for (k, version) in versions.iter().enumerate() {
        let texts: Vec<&str> = version.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let mut next_live = Vec::with_capacity(texts.len());
        if k == 0 {
            for t in &texts {
                blocks.push(BlockDraft {
                    wordings: vec![(0, (*t).to_owned())],
                    added: 0,
                    removed: None,
                    marks: Vec::new(),
                    guesses: Vec::new(),
                });
                sequence.push(blocks.len() - 1);
                next_live.push(blocks.len() - 1);
            }
        } else {
            let previous: Vec<&str> = live.iter().map(|&b| blocks[b].latest()).collect();
            let steps = align::align(&previous, &texts).ok_or_else(|| {
                ImportError::in_file(
                    &manifest.versions[k].file,
                    None,
                    format!("The version has more than {} paragraphs.", align::MAX_PARAGRAPHS),
                    "one story per file.",
                )
            })?;
            let paired = steps.iter().filter(|s| matches!(s, Step::Same(..) | Step::Edited(..))).count();
            if paired == 0 || paired * 4 < previous.len().min(texts.len()) {
                return Err(ImportError::in_file(
                    &manifest.versions[k].file,
                    None,
                    format!(
                        "Almost nothing in this version is in the version before it ({}): {paired} of its {} paragraphs match one there.",
                        manifest.versions[k - 1].file,
                        texts.len()
                    ),
                    "check that both files are versions of the same story and that the manifest lists them in order.",
                ));
            }
            let mut after: Option<usize> = None;
            for step in steps {
                match step {
                    Step::Same(i, _) => {
                        next_live.push(live[i]);
                        after = Some(live[i]);
                    }
                    Step::Edited(i, j) => {
                        let b = live[i];
                        blocks[b].wordings.push((k, texts[j].to_owned()));
                        reports[k].edited.push(b);
                        next_live.push(b);
                        after = Some(b);
                    }
                    Step::Removed(i) => {
                        blocks[live[i]].removed = Some(k);
                        reports[k].removed.push(live[i]);
                    }
                    Step::Added(j) => {
                        blocks.push(BlockDraft {
                            wordings: vec![(k, texts[j].to_owned())],
                            added: k,
                            removed: None,
                            marks: Vec::new(),
                            guesses: Vec::new(),
                        });
                        let b = blocks.len() - 1;
                        let at = after.and_then(|a| sequence.iter().position(|&s| s == a)).map_or(0, |p| p + 1);
                        sequence.insert(at, b);
                        reports[k].added.push(b);
                        next_live.push(b);
                        after = Some(b);
                    }
                }
            }
        }
        // The signs printed in this version's paragraphs.
        for (paragraph, &b) in version.paragraphs.iter().zip(&next_live) {
            for mark in &paragraph.marks {
                let Some(&(_, revision)) = signs.iter().find(|(s, r)| *s == mark.sign && *r <= k) else {
                    return Err(ImportError::in_file(
                        &manifest.versions[k].file,
                        Some(paragraph.line),
                        format!(
                            "The paragraph prints the sign “{}”, but no note up to this version says which update it marks.",
                            mark.sign
                        ),
                        format!(
                            "the update's note as a line starting with “{}”, or \"marker\": \"{}\" on its version in the manifest.",
                            mark.sign, mark.sign
                        ),
                    ));
                };
                let at = mark.at.min(paragraph.text.len());
                let words = (at < paragraph.text.trim_end().len()).then(|| sentence_before(&paragraph.text, at));
                if !blocks[b].marks.iter().any(|(r, _)| *r == revision) {
                    blocks[b].marks.push((revision, words));
                }
            }
        }
        live = next_live;
    }
    for (k, report) in reports.iter_mut().enumerate().skip(1) {
        report.headline_edited = versions[k].headline != versions[k - 1].headline;
    }

    // Guesses, in each version's reading order so that "he said" follows its speaker.
    let mut proposed: Vec<Proposed> = Vec::new();
    let mut live_blocks: Vec<Vec<usize>> = vec![Vec::new(); versions.len()];
    for &b in &sequence {
        for (k, list) in live_blocks.iter_mut().enumerate() {
            if blocks[b].added <= k && blocks[b].removed.is_none_or(|r| k < r) {
                list.push(b);
            }
        }
    }
    for (k, list) in live_blocks.iter().enumerate() {
        let mut context = Context::default();
        for &b in list {
            let text = wording_at_version(&blocks[b].wordings, k).to_owned();
            for g in attribution::guesses(&text, &people, &mut proposed, &mut context) {
                let exact = text[g.range.clone()].to_owned();
                let BlockDraft { wordings, guesses, .. } = &mut blocks[b];
                // One guess per kind and words: a later version's guess replaces an earlier one's.
                guesses.retain(|(v, old)| {
                    let old_text = wording_at_version(wordings, *v);
                    !(old.kind == g.kind && old_text.get(old.range.clone()) == Some(exact.as_str()))
                });
                guesses.push((k, g));
            }
        }
    }

    let found: Vec<&str> = blocks.iter().flat_map(|b| b.guesses.iter().map(|(_, g)| g.person.as_str())).collect();
    if !people.is_empty() && !people.iter().any(|p| found.contains(&p.id.as_str())) {
        return Err(ImportError::in_file(
            &manifest.people,
            None,
            "No one the people file lists is named anywhere in the story.",
            "each person's name (and every other form of it) exactly as the story prints it, in \"name\" and \"forms\".",
        ));
    }

    // The article, checked by the viewer's own loader; annotations it refuses are dropped and reported.
    let revision_ids: Vec<String> = manifest.versions.iter().map(|v| v.id.clone()).collect();
    let mut dropped: Vec<String> = Vec::new();
    let mut all_people = people.clone();
    for p in &proposed {
        if found.contains(&p.id.as_str()) {
            all_people.push(proposed_person(p));
        }
    }
    let mut annotations: Vec<Vec<review::Annotated>> = blocks.iter().map(|b| annotations_of(b, &revision_ids)).collect();
    let order: Vec<usize> = sequence.clone();
    let id_of = |b: usize| format!("p{}", order.iter().position(|&s| s == b).map_or(0, |p| p + 1));
    let json = loop {
        let article = ArticleOut {
            format: FORMAT_NAME,
            format_version: FORMAT_VERSION,
            id: manifest.id.clone(),
            language: manifest.language.clone().unwrap_or_else(|| "en".to_owned()),
            publication: manifest.publication.clone(),
            byline: manifest.byline.clone(),
            canonical_url: manifest.canonical_url.clone(),
            published: manifest.published.clone().unwrap_or_else(|| manifest.versions[0].timestamp.clone()),
            modified: manifest
                .modified
                .clone()
                .or_else(|| (manifest.versions.len() > 1).then(|| manifest.versions.last().map(|v| v.timestamp.clone())).flatten()),
            headline: Versioned::from_wordings(&with_ids(&revision_ids, versions.iter().map(|v| v.headline.clone())))
                .unwrap_or(Versioned::Plain(String::new())),
            dek: if manifest.dek {
                Versioned::from_wordings(&with_ids(&revision_ids, versions.iter().map(|v| v.dek.clone().unwrap_or_default())))
            } else {
                None
            },
            revisions: manifest
                .versions
                .iter()
                .enumerate()
                .map(|(k, v)| RevisionOut {
                    id: v.id.clone(),
                    label: v.label.clone(),
                    timestamp: v.timestamp.clone(),
                    marker: v
                        .marker
                        .clone()
                        .or_else(|| (k > 0).then(|| signs.iter().find(|(_, r)| *r == k).map(|(s, _)| s.clone())).flatten()),
                    note: v.note.clone().or_else(|| notes[k].clone()),
                    provenance: v.provenance.clone(),
                    kind: v.kind.clone(),
                })
                .collect(),
            people: all_people.clone(),
            blocks: order
                .iter()
                .map(|&b| {
                    let d = &blocks[b];
                    let (first, rest) = d.wordings.split_first().map_or((String::new(), &[][..]), |(f, r)| (f.1.clone(), r));
                    BlockOut {
                        id: id_of(b),
                        text: first,
                        added_in: (d.added > 0).then(|| revision_ids[d.added].clone()),
                        edits: rest.iter().map(|(k, t)| EditOut { revision: revision_ids[*k].clone(), text: t.clone() }).collect(),
                        removed_in: d.removed.map(|k| revision_ids[k].clone()),
                        annotations: annotations[b].iter().map(|(a, _)| a.clone()).collect(),
                    }
                })
                .collect(),
        };
        let json = serde_json::to_string_pretty(&article).unwrap_or_default() + "\n";
        match load(json.as_bytes()) {
            Ok(_) => break json,
            Err(errors) => {
                let mut refused: Vec<(usize, usize, String)> = Vec::new();
                for e in &errors {
                    match annotation_path(&e.location) {
                        Some((block, annotation)) => refused.push((block, annotation, e.to_string())),
                        None => return Err(invalid_input(&manifest_name, &manifest.people, e)),
                    }
                }
                refused.sort_by_key(|r| std::cmp::Reverse((r.0, r.1)));
                refused.dedup_by_key(|r| (r.0, r.1));
                let before = dropped.len();
                for (block, annotation, why) in refused {
                    let Some(&b) = order.get(block) else { continue };
                    if annotation < annotations[b].len() {
                        let (a, _) = annotations[b].remove(annotation);
                        dropped.push(format!("{} {} “{}”: {why}", id_of(b), a.kind, a.exact.unwrap_or_default()));
                    }
                }
                // Each round drops at least one guess, or the problem is not the guesses'.
                if dropped.len() == before {
                    return Err(invalid_input(&manifest_name, &manifest.people, &errors[0]));
                }
            }
        }
    };

    let review = review::write(&review::Review {
        manifest: &manifest_name,
        article_id: &manifest.id,
        versions: &manifest.versions,
        reports: &reports,
        blocks: &order.iter().map(|&b| (id_of(b), annotations[b].clone())).collect::<Vec<_>>(),
        people: &people,
        proposed: &proposed.iter().filter(|p| found.contains(&p.id.as_str())).cloned().collect::<Vec<_>>(),
        found: &found,
        dropped: &dropped,
        id_of: &|b| id_of(b),
    });
    Ok(Imported { article_id: manifest.id.clone(), json, review })
}

/// The wording in force at version `k`, of a block's `wordings`.
fn wording_at_version(wordings: &[(usize, String)], k: usize) -> &str {
    wordings.iter().rev().find(|(v, _)| *v <= k).or(wordings.first()).map_or("", |(_, t)| t.as_str())
}

fn with_ids(ids: &[String], texts: impl Iterator<Item = String>) -> Vec<(String, String)> {
    ids.iter().cloned().zip(texts).collect()
}

/// The sentence (or clause) that ends at `at`, where a sign stood.
fn sentence_before(text: &str, at: usize) -> String {
    let before = &text[..at];
    let start = before
        .char_indices()
        .rev()
        .skip(1)
        .find(|&(i, c)| matches!(c, '.' | '!' | '?' | '”') && before[i + c.len_utf8()..].starts_with(' '))
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[start..].trim().to_owned()
}

/// A block's annotations in the format: update marks first, then the guesses
/// in text order, each with a prefix when its words repeat.
fn annotations_of(b: &BlockDraft, revision_ids: &[String]) -> Vec<review::Annotated> {
    let mut out: Vec<review::Annotated> = Vec::new();
    let mut guesses: Vec<&(usize, Guess)> = b.guesses.iter().collect();
    guesses.sort_by_key(|(_, g)| (g.range.start, g.range.end));
    for (k, g) in guesses {
        let text = wording_at_version(&b.wordings, *k);
        let exact = &text[g.range.clone()];
        let prefix = (text.matches(exact).count() > 1).then(|| {
            let before = &text[..g.range.start];
            let start = before.char_indices().rev().nth(15).map_or(0, |(i, _)| i);
            before[start..].to_owned()
        });
        let a =
            AnnotationOut { kind: g.kind.as_str(), person: Some(g.person.clone()), revision: None, exact: Some(exact.to_owned()), prefix };
        if !out.iter().any(|(o, _)| *o == a) {
            out.push((a, Some(g.clone())));
        }
    }
    for (revision, words) in &b.marks {
        let a = AnnotationOut {
            kind: "update",
            person: None,
            revision: Some(revision_ids[*revision].clone()),
            exact: words.clone(),
            prefix: None,
        };
        out.push((a, None));
    }
    out
}

fn proposed_person(p: &Proposed) -> PersonEntry {
    let mut name: Vec<&str> = p.words.split_whitespace().collect();
    if name.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the")) {
        name.remove(0);
    }
    let name = name.join(" ");
    let mut chars = name.chars();
    let name = chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default();
    PersonEntry {
        id: p.id.clone(),
        name,
        forms: Vec::new(),
        canonical_name: None,
        role: None,
        affiliation: None,
        country: None,
        sourcing: Sourcing { kind: "anonymous".to_owned(), words: Some(p.words.clone()) },
        description: None,
        sources: Vec::new(),
        kind: None,
    }
}

/// `blocks[i].annotations[j]…` as (i, j).
fn annotation_path(location: &Location) -> Option<(usize, usize)> {
    let Location::Path(p) = location else { return None };
    let rest = p.strip_prefix("blocks[")?;
    let (block, rest) = rest.split_once(']')?;
    let rest = rest.strip_prefix(".annotations[")?;
    let (annotation, _) = rest.split_once(']')?;
    Some((block.parse().ok()?, annotation.parse().ok()?))
}

/// A problem the loader found outside the guesses: it comes from the
/// manifest or the people file, so it is reported against them.
fn invalid_input(manifest: &str, people_file: &str, e: &crate::article::ArticleError) -> ImportError {
    let (file, problem) = match &e.location {
        Location::Path(p) if p.starts_with("people") => (people_file.to_owned(), format!("Entry {}: {}", p, e.problem)),
        Location::Path(p) if p.starts_with("revisions") => {
            (manifest.to_owned(), format!("In the versions ({}): {}", p.replacen("revisions", "versions", 1), e.problem))
        }
        Location::Path(p) => (manifest.to_owned(), format!("{p}: {}", e.problem)),
        _ => (manifest.to_owned(), e.problem.clone()),
    };
    ImportError::in_file(&file, None, problem, e.expected.clone())
}
