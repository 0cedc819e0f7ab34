//! REVIEW.md: what the import did and every guess it made, grouped so an
//! editor can check the doubtful ones first and confirm the rest quickly.
//! Nothing in it is presented as certain.

use std::fmt::Write;

use super::attribution::{Confidence, Guess, Proposed};
use super::input::{PersonEntry, VersionEntry};
use super::output::AnnotationOut;
use super::VersionReport;

/// An annotation, with the guess behind it (none for an update marker).
pub type Annotated = (AnnotationOut, Option<Guess>);

pub struct Review<'a> {
    pub manifest: &'a str,
    pub article_id: &'a str,
    pub versions: &'a [VersionEntry],
    pub reports: &'a [VersionReport],
    /// Each block's id and annotations, in reading order.
    pub blocks: &'a [(String, Vec<Annotated>)],
    pub people: &'a [PersonEntry],
    pub proposed: &'a [Proposed],
    /// The person of every guess.
    pub found: &'a [&'a str],
    pub dropped: &'a [String],
    pub id_of: &'a dyn Fn(usize) -> String,
}

fn ids(r: &Review<'_>, blocks: &[usize]) -> String {
    blocks.iter().map(|&b| (r.id_of)(b)).collect::<Vec<_>>().join(", ")
}

pub fn write(r: &Review<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Review of the import: {}\n", r.article_id);
    let _ = writeln!(
        out,
        "Made by `./x import {}`. Every annotation below is a guess, with its reason and a confidence \
         (high, medium, low): none is certain. Check the low ones first, then the medium ones; fix the \
         article file by hand where a guess is wrong, and run `./x validate` on it.\n",
        r.manifest
    );

    out.push_str("## Versions\n\n");
    for (k, (v, report)) in r.versions.iter().zip(r.reports).enumerate() {
        let name = v.label.clone().unwrap_or_else(|| v.id.clone());
        let _ = write!(out, "- **{name}** (`{}`, {}): {} paragraphs", report.file, v.timestamp, report.paragraphs);
        if k > 0 {
            let _ = write!(
                out,
                "; added: {}; edited: {}; removed: {}",
                if report.added.is_empty() { "none".to_owned() } else { ids(r, &report.added) },
                if report.edited.is_empty() { "none".to_owned() } else { ids(r, &report.edited) },
                if report.removed.is_empty() { "none".to_owned() } else { ids(r, &report.removed) },
            );
            if report.headline_edited {
                out.push_str("; headline edited");
            }
            match &report.sign {
                Some((sign, note)) => {
                    let _ = write!(out, "; marker “{sign}”, from its note “{note}”");
                }
                None if v.marker.is_none() => out.push_str("; no note printed: the viewer numbers this update"),
                None => {}
            }
        }
        out.push_str(".\n");
        for (line, sign) in &report.lone_signs {
            let _ = writeln!(out, "  - Line {line} is only “{sign}”: ignored (no text to mark).");
        }
    }

    let mut groups: Vec<(Confidence, Vec<String>)> =
        vec![(Confidence::Low, Vec::new()), (Confidence::Medium, Vec::new()), (Confidence::High, Vec::new())];
    let mut markers = Vec::new();
    for (id, annotations) in r.blocks {
        for (a, guess) in annotations {
            let words = a.exact.clone().unwrap_or_else(|| "(the whole paragraph)".to_owned());
            match guess {
                Some(g) => {
                    let shown = if words.starts_with(['“', '"']) { words.clone() } else { format!("“{words}”") };
                    let line = format!("- {id} · {} · **{}** · {shown} — {}", a.kind, g.person, g.reason);
                    if let Some((_, list)) = groups.iter_mut().find(|(c, _)| *c == g.confidence) {
                        list.push(line);
                    }
                }
                None => markers.push(format!("- {id} · update marker for `{}` · {words}", a.revision.clone().unwrap_or_default())),
            }
        }
    }
    for (confidence, list) in &groups {
        let title = match confidence {
            Confidence::Low => "Check first: low confidence",
            Confidence::Medium => "Medium confidence",
            Confidence::High => "High confidence",
        };
        let _ = writeln!(out, "\n## {title} ({})\n", list.len());
        if list.is_empty() {
            out.push_str("None.\n");
        }
        for line in list {
            out.push_str(line);
            out.push('\n');
        }
    }
    let _ = writeln!(out, "\n## Update markers, from the signs printed in the text ({})\n", markers.len());
    for line in &markers {
        out.push_str(line);
        out.push('\n');
    }

    out.push_str("\n## People\n\n");
    for p in r.people {
        let status = if r.found.contains(&p.id.as_str()) { "found" } else { "**not found in the story**: check its name and forms" };
        let _ = writeln!(out, "- `{}` {}: {status}.", p.id, p.name);
    }
    for p in r.proposed {
        let _ = writeln!(
            out,
            "- `{}` **proposed**: an anonymous source the people file does not list, from the words “{}”. Give it a role and description, or merge it with a listed person.",
            p.id, p.words
        );
    }
    if !r.dropped.is_empty() {
        let _ = writeln!(
            out,
            "\n## Dropped guesses ({})\n\nThe viewer's loader refused these; annotate them by hand if they matter.\n",
            r.dropped.len()
        );
        for d in r.dropped {
            let _ = writeln!(out, "- {d}");
        }
    }
    out
}
