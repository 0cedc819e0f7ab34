//! Reads an article file with the small parser in `json.rs` instead of
//! serde: the browser build's reader, since serde_json and the derived
//! deserializers weigh about a fifth of the WebAssembly. It walks the file
//! in the order serde does and words every problem as serde_json and
//! serde_path_to_error do, so the editor reads the same message, at the
//! same place, from either build; the native build (validator, publisher)
//! keeps serde, and the tests compare the two on every hostile file and on
//! thousands of mutated ones.

use super::error::{ArticleError, Location};
use super::json::{self, Node, Value};
use super::model::*;
use super::versioned::{Edit, VersionedText};

type R<T> = Result<T, ArticleError>;

/// The line and column (in characters) of byte `at`, counted as serde_json
/// counts them (the column of the character that holds byte `at - 1`).
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count())
}

/// An editor's error from a serde-worded message (`problem, expected …`).
pub fn reword(message: &str, syntax: bool, eof: bool, location: Location) -> ArticleError {
    let (problem, expected) = match message.split_once(", expected ") {
        Some((p, x)) => (p, x),
        None => (message, ""),
    };
    let problem = if syntax { format!("The JSON is malformed: {problem}.") } else { format!("{}.", super::case::capitalised(problem)) };
    let expected = if !expected.is_empty() {
        format!("{expected}.")
    } else if eof {
        "the rest of the file: a bracket or quote is not closed.".into()
    } else if syntax {
        "valid JSON (check for a missing comma, quote or bracket just before this point).".into()
    } else {
        String::new()
    };
    ArticleError { location, problem, expected }
}

pub fn syntax_error(text: &str, e: &json::SyntaxError) -> ArticleError {
    let (line, column) = line_column(text, e.at);
    reword(e.message, true, e.eof, Location::LineColumn { line, column })
}

/// Reads an article from a parsed file whose header was checked.
pub fn article(text: &str, root: &Node) -> R<Article> {
    Reader { text }.article(root)
}

struct Reader<'t> {
    text: &'t str,
}

/// `path.key` (or `key` at the top).
fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// serde's list of names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    match names {
        [] => "there are none".into(),
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => format!("one of {}", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")),
    }
}

/// How serde names what it found instead.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number { text, integer: true } => format!("integer `{text}`"),
        Value::Number { text, .. } => format!("floating point `{text}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Unreadable(_) => "string".into(),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

impl Reader<'_> {
    /// A data error at `path`; at the top level, serde gives the place it
    /// had read to (`at`, a byte offset) instead.
    fn error_at(&self, path: &str, at: usize, message: String) -> ArticleError {
        let location = if path.is_empty() {
            let (line, column) = line_column(self.text, at);
            Location::LineColumn { line, column }
        } else {
            Location::Path(path.to_owned())
        };
        reword(&message, false, false, location)
    }

    fn error(&self, path: &str, node: &Node, message: String) -> ArticleError {
        self.error_at(path, node.end, message)
    }

    fn invalid(&self, path: &str, node: &Node, expected: &str) -> ArticleError {
        match &node.value {
            Value::Unreadable(e) => self.syntax(e),
            other => self.error(path, node, format!("invalid type: {}, expected {expected}", unexpected(other))),
        }
    }

    fn syntax(&self, e: &json::SyntaxError) -> ArticleError {
        syntax_error(self.text, e)
    }

    fn string(&self, node: &Node, path: &str) -> R<String> {
        match &node.value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(self.invalid(path, node, "a string")),
        }
    }

    fn optional(&self, node: &Node, path: &str) -> R<Option<String>> {
        match node.value {
            Value::Null => Ok(None),
            _ => self.string(node, path).map(Some),
        }
    }

    fn number(&self, node: &Node, path: &str) -> R<u64> {
        match &node.value {
            Value::Number { text, integer: true } if !text.starts_with('-') => text.parse().map_err(|_| self.invalid(path, node, "u64")),
            Value::Number { text, integer: true } => Err(self.error(path, node, format!("invalid value: integer `{text}`, expected u64"))),
            _ => Err(self.invalid(path, node, "u64")),
        }
    }

    fn list<T>(&self, node: &Node, path: &str, item: impl Fn(&Self, &Node, &str) -> R<T>) -> R<Vec<T>> {
        match &node.value {
            // A loop, not `collect` into a `Result`: this is generic, and the
            // iterator adapters that collect needs came once per list read.
            Value::Array(items) => {
                let mut read = Vec::with_capacity(items.len());
                for (i, n) in items.iter().enumerate() {
                    read.push(item(self, n, &format!("{path}[{i}]"))?);
                }
                Ok(read)
            }
            _ => Err(self.invalid(path, node, "a sequence")),
        }
    }

    /// Which of `names` a string names; serde_json expects a string here.
    fn variant(&self, node: &Node, path: &str, names: &[&str]) -> R<usize> {
        match &node.value {
            Value::String(s) => names
                .iter()
                .position(|n| n == s)
                .ok_or_else(|| self.error(path, node, format!("unknown variant `{s}`, expected {}", one_of(names)))),
            Value::Unreadable(e) => Err(self.syntax(e)),
            _ => {
                let (line, column) = line_column(self.text, (node.start + 1).min(self.text.len()));
                Err(reword("expected value", true, false, Location::LineColumn { line, column }))
            }
        }
    }

    /// `variant`, or `None` for null (serde's `Option` of an enum).
    fn optional_variant(&self, node: &Node, path: &str, names: &[&str]) -> R<Option<usize>> {
        match node.value {
            Value::Null => Ok(None),
            _ => self.variant(node, path, names).map(Some),
        }
    }

    /// An object's fields in the file's order: each known one handed to
    /// `field` with its index in `names`; an unknown or repeated name is an
    /// error, and so, at the end, is a missing `required` one.
    fn object(
        &self,
        node: &Node,
        path: &str,
        expecting: &str,
        names: &[&str],
        required: &[usize],
        field: &mut dyn FnMut(usize, &Node, &str) -> R<()>,
    ) -> R<()> {
        let Value::Object(fields) = &node.value else { return Err(self.invalid(path, node, expecting)) };
        let mut seen = vec![false; names.len()];
        for json::Field { name: key, name_end: key_end, unreadable_name, node: value } in fields {
            if let Some(e) = unreadable_name {
                return Err(self.syntax(e));
            }
            let here = child(path, key);
            let Some(i) = names.iter().position(|n| n == key) else {
                return Err(self.error_at(&here, *key_end, format!("unknown field `{key}`, expected {}", one_of(names))));
            };
            if std::mem::replace(&mut seen[i], true) {
                return Err(self.error_at(path, *key_end, format!("duplicate field `{key}`")));
            }
            field(i, value, &here)?;
        }
        match required.iter().find(|&&i| !seen[i]) {
            Some(&i) => Err(self.error(path, node, format!("missing field `{}`", names[i]))),
            None => Ok(()),
        }
    }

    fn article(&self, node: &Node) -> R<Article> {
        const NAMES: [&str; 14] = [
            "format",
            "format_version",
            "id",
            "language",
            "publication",
            "byline",
            "canonical_url",
            "published",
            "modified",
            "headline",
            "dek",
            "revisions",
            "people",
            "blocks",
        ];
        let mut a = Article {
            format: String::new(),
            format_version: 0,
            id: String::new(),
            language: "en".into(),
            publication: Publication { name: String::new(), url: None },
            byline: None,
            canonical_url: None,
            published: String::new(),
            modified: None,
            headline: VersionedText::default(),
            dek: None,
            revisions: Vec::new(),
            people: Vec::new(),
            blocks: Vec::new(),
            derived: Default::default(),
        };
        self.object(node, "", "struct Article", &NAMES, &[0, 1, 2, 4, 7, 9, 11, 13], &mut |i, n, p| {
            match i {
                0 => a.format = self.string(n, p)?,
                1 => a.format_version = self.number(n, p)?,
                2 => a.id = self.string(n, p)?,
                3 => a.language = self.string(n, p)?,
                4 => a.publication = self.publication(n, p)?,
                5 => a.byline = self.optional(n, p)?,
                6 => a.canonical_url = self.optional(n, p)?,
                7 => a.published = self.string(n, p)?,
                8 => a.modified = self.optional(n, p)?,
                9 => a.headline = self.versioned(n, p)?,
                10 => a.dek = if n.value == Value::Null { None } else { Some(self.versioned(n, p)?) },
                11 => a.revisions = self.list(n, p, Self::revision)?,
                12 => a.people = self.list(n, p, Self::person)?,
                _ => a.blocks = self.list(n, p, Self::block)?,
            }
            Ok(())
        })?;
        Ok(a)
    }

    fn publication(&self, node: &Node, path: &str) -> R<Publication> {
        let mut out = Publication { name: String::new(), url: None };
        self.object(node, path, "struct Publication", &["name", "url"], &[0], &mut |i, n, p| {
            match i {
                0 => out.name = self.string(n, p)?,
                _ => out.url = self.optional(n, p)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn revision(&self, node: &Node, path: &str) -> R<Revision> {
        let mut out = Revision {
            id: String::new(),
            label: None,
            timestamp: String::new(),
            marker: None,
            note: None,
            provenance: Provenance { kind: ProvenanceKind::Archived, detail: None, url: None },
            kind: None,
        };
        let names = ["id", "label", "timestamp", "marker", "note", "provenance", "kind"];
        self.object(node, path, "struct Revision", &names, &[0, 2, 5], &mut |i, n, p| {
            match i {
                0 => out.id = self.string(n, p)?,
                1 => out.label = self.optional(n, p)?,
                2 => out.timestamp = self.string(n, p)?,
                3 => out.marker = self.optional(n, p)?,
                4 => out.note = self.optional(n, p)?,
                5 => out.provenance = self.provenance(n, p)?,
                _ => out.kind = self.optional_variant(n, p, &RevisionKind::ALL.map(RevisionKind::as_str))?.map(|i| RevisionKind::ALL[i]),
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn provenance(&self, node: &Node, path: &str) -> R<Provenance> {
        let mut out = Provenance { kind: ProvenanceKind::Archived, detail: None, url: None };
        self.object(node, path, "struct Provenance", &["kind", "detail", "url"], &[0], &mut |i, n, p| {
            match i {
                0 => out.kind = ProvenanceKind::ALL[self.variant(n, p, &ProvenanceKind::ALL.map(ProvenanceKind::as_str))?],
                1 => out.detail = self.optional(n, p)?,
                _ => out.url = self.optional(n, p)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn person(&self, node: &Node, path: &str) -> R<Person> {
        let mut out = Person {
            id: String::new(),
            name: String::new(),
            canonical_name: None,
            role: None,
            affiliation: None,
            country: None,
            sourcing: Sourcing { kind: SourcingKind::Named, words: None },
            description: None,
            sources: Vec::new(),
            kind: None,
        };
        let names = ["id", "name", "canonical_name", "role", "affiliation", "country", "sourcing", "description", "sources", "kind"];
        self.object(node, path, "struct Person", &names, &[0, 1, 6], &mut |i, n, p| {
            match i {
                0 => out.id = self.string(n, p)?,
                1 => out.name = self.string(n, p)?,
                2 => out.canonical_name = self.optional(n, p)?,
                3 => out.role = self.optional(n, p)?,
                4 => out.affiliation = self.optional(n, p)?,
                5 => out.country = self.optional(n, p)?,
                6 => out.sourcing = self.sourcing(n, p)?,
                7 => out.description = self.optional(n, p)?,
                8 => out.sources = self.list(n, p, Self::link)?,
                _ => out.kind = self.optional_variant(n, p, &SourceKind::ALL.map(SourceKind::as_str))?.map(|i| SourceKind::ALL[i]),
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn sourcing(&self, node: &Node, path: &str) -> R<Sourcing> {
        let mut out = Sourcing { kind: SourcingKind::Named, words: None };
        self.object(node, path, "struct Sourcing", &["kind", "words"], &[0], &mut |i, n, p| {
            match i {
                0 => out.kind = SourcingKind::ALL[self.variant(n, p, &SourcingKind::ALL.map(SourcingKind::as_str))?],
                _ => out.words = self.optional(n, p)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn link(&self, node: &Node, path: &str) -> R<Link> {
        let mut out = Link { title: String::new(), url: String::new() };
        self.object(node, path, "struct Link", &["title", "url"], &[0, 1], &mut |i, n, p| {
            match i {
                0 => out.title = self.string(n, p)?,
                _ => out.url = self.string(n, p)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn block(&self, node: &Node, path: &str) -> R<Block> {
        let mut out =
            Block { id: String::new(), text: String::new(), added_in: None, edits: Vec::new(), removed_in: None, annotations: Vec::new() };
        let names = ["id", "text", "added_in", "edits", "removed_in", "annotations"];
        self.object(node, path, "struct Block", &names, &[0, 1], &mut |i, n, p| {
            match i {
                0 => out.id = self.string(n, p)?,
                1 => out.text = self.string(n, p)?,
                2 => out.added_in = self.optional(n, p)?,
                3 => out.edits = self.list(n, p, Self::edit)?,
                4 => out.removed_in = self.optional(n, p)?,
                _ => out.annotations = self.list(n, p, Self::annotation)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn edit(&self, node: &Node, path: &str) -> R<Edit> {
        let mut out = Edit { revision: String::new(), text: String::new() };
        self.object(node, path, "struct Edit", &["revision", "text"], &[0, 1], &mut |i, n, p| {
            match i {
                0 => out.revision = self.string(n, p)?,
                _ => out.text = self.string(n, p)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    fn annotation(&self, node: &Node, path: &str) -> R<Annotation> {
        let mut out = Annotation { kind: AnnotationKind::Mention, person: None, revision: None, exact: None, prefix: None, suffix: None };
        let names = ["kind", "person", "revision", "exact", "prefix", "suffix"];
        self.object(node, path, "struct Annotation", &names, &[0], &mut |i, n, p| {
            match i {
                0 => out.kind = AnnotationKind::ALL[self.variant(n, p, &AnnotationKind::ALL.map(AnnotationKind::as_str))?],
                1 => out.person = self.optional(n, p)?,
                2 => out.revision = self.optional(n, p)?,
                3 => out.exact = self.optional(n, p)?,
                4 => out.prefix = self.optional(n, p)?,
                _ => out.suffix = self.optional(n, p)?,
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// A plain string, or `{ "text", "added_in", "edits", "removed_in" }`.
    fn versioned(&self, node: &Node, path: &str) -> R<VersionedText> {
        const EXPECTING: &str = "a string, or an object with \"text\" and optional \"edits\"";
        match &node.value {
            Value::String(s) => Ok(VersionedText { text: s.clone(), ..Default::default() }),
            Value::Object(_) => {
                let mut out = VersionedText::default();
                let names = ["text", "added_in", "edits", "removed_in"];
                self.object(node, path, EXPECTING, &names, &[0], &mut |i, n, p| {
                    match i {
                        0 => out.text = self.string(n, p)?,
                        1 => out.added_in = self.optional(n, p)?,
                        2 => out.edits = self.list(n, p, Self::edit)?,
                        _ => out.removed_in = self.optional(n, p)?,
                    }
                    Ok(())
                })?;
                Ok(out)
            }
            _ => Err(self.invalid(path, node, EXPECTING)),
        }
    }
}
