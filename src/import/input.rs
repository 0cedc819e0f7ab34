//! What the newsroom gives `./x import`: a manifest (JSON) naming each
//! version's file, time, label, note and provenance, and a people file
//! (JSON) listing who the story quotes or names, with every form of their
//! name the story prints. Fields are documented in docs/authoring.md.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ImportError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub id: String,
    #[serde(default)]
    pub language: Option<String>,
    pub publication: Publication,
    #[serde(default)]
    pub byline: Option<String>,
    #[serde(default)]
    pub canonical_url: Option<String>,
    /// The first version's timestamp when absent.
    #[serde(default)]
    pub published: Option<String>,
    /// The last version's timestamp when absent (and there are updates).
    #[serde(default)]
    pub modified: Option<String>,
    /// Whether the paragraph after the headline is the dek.
    #[serde(default)]
    pub dek: bool,
    /// The people file, relative to the manifest.
    pub people: String,
    pub versions: Vec<VersionEntry>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionEntry {
    /// The version's text or HTML, relative to the manifest.
    pub file: String,
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    pub timestamp: String,
    /// "update" or "correction"; an update when absent.
    #[serde(default)]
    pub kind: Option<String>,
    /// The sign the story prints for this update; read from its note when absent.
    #[serde(default)]
    pub marker: Option<String>,
    /// The update's note; read from the text when absent.
    #[serde(default)]
    pub note: Option<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A person (or organisation) as the people file lists them: the article
/// format's fields, and `forms`, the other ways the story prints the name.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing)]
    pub forms: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub sourcing: Sourcing,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl PersonEntry {
    /// The name and every other form, longest first.
    pub fn all_forms(&self) -> Vec<&str> {
        let mut forms: Vec<&str> = std::iter::once(self.name.as_str()).chain(self.forms.iter().map(String::as_str)).collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms.dedup();
        forms
    }

    pub fn is_anonymous(&self) -> bool {
        self.sourcing.kind == "anonymous"
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sourcing {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// A file's text, or a message naming it.
pub fn read_text(path: &Path, what: &str) -> Result<String, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| {
        ImportError::in_file(
            &path.display().to_string(),
            None,
            format!("Cannot read the {what}: {e}."),
            "a path that exists and can be read (relative paths are relative to the manifest).",
        )
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        ImportError::in_file(&path.display().to_string(), Some(line), format!("The {what} is not UTF-8 text."), "the file saved as UTF-8.")
    })
}

/// Reads JSON into `T`, with serde's message, line and column.
pub fn parse_json<T: for<'de> Deserialize<'de>>(path: &Path, text: &str, what: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
        ImportError::in_file(
            &path.display().to_string(),
            Some(e.line()),
            format!("The {what} cannot be read: {message} (column {}).", e.column()),
            format!("a {what} as docs/authoring.md describes it."),
        )
    })
}

pub fn read_manifest(path: &Path) -> Result<(Manifest, PathBuf), ImportError> {
    let text = read_text(path, "manifest")?;
    let manifest: Manifest = parse_json(path, &text, "manifest")?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    if manifest.versions.is_empty() {
        return Err(ImportError::in_file(
            &path.display().to_string(),
            None,
            "The manifest lists no versions.",
            "\"versions\": one entry per version of the story, the first published first.",
        ));
    }
    Ok((manifest, dir))
}

/// The people file, checked: every form names one person only.
pub fn read_people(path: &Path) -> Result<Vec<PersonEntry>, ImportError> {
    let text = read_text(path, "people file")?;
    let people: Vec<PersonEntry> = parse_json(path, &text, "people file")?;
    let mut seen: Vec<(String, &str)> = Vec::new();
    for p in &people {
        for form in p.all_forms() {
            let key = form.to_lowercase();
            if let Some((_, other)) = seen.iter().find(|(f, id)| *f == key && *id != p.id) {
                // The line of this entry's form (the second listing), after its id.
                let entry = text.find(&format!("\"{}\"", p.id)).unwrap_or(0);
                let line = text[entry..].find(&format!("\"{form}\"")).map(|at| text[..entry + at].matches('\n').count() + 1);
                return Err(ImportError::in_file(
                    &path.display().to_string(),
                    line,
                    format!("“{form}” is listed for both \"{other}\" and \"{}\", so the import cannot tell whom it names.", p.id),
                    "each form under one person only; for two people the story describes alike, a longer form for one of them (\"a U.S. official told Axios\").",
                ));
            }
            seen.push((key, &p.id));
        }
    }
    Ok(people)
}
