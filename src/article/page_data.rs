//! The published pages' reader: the article a page was built with, read
//! with the browser's own `JSON.parse` and nothing else. The build checked
//! that article with the full loader (`load`, natively, when it wrote the
//! page), so this reader trusts the shape and only refuses, without a
//! panic, data that is not what the build writes. It is what the site build
//! (the `site` feature, see `load`) uses instead of the JSON reader and the
//! validator: 30 KB gzip of WebAssembly the published pages do not need
//! (bench/byte-levers.md). Any other article (`viewer.html?article=…`, an
//! embed) goes through `load` in the full build.

use std::cell::Cell;

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use super::error::ArticleError;
use super::format::FORMAT_VERSION;
use super::model::*;
use super::versioned::{Edit, VersionedText};

/// Reads the article `json`, as the build wrote it into the page.
pub fn read(json: &str) -> Result<Article, ArticleError> {
    let damaged = || {
        ArticleError::in_file(
            "The article data on this page is not as the build wrote it.",
            "the page as published; publish it again (`./x build`).",
        )
    };
    let value = JSON::parse(json).map_err(|_| damaged())?;
    let reader = Reader { damaged: Cell::new(false) };
    let mut article = reader.article(&value);
    if reader.damaged.get() {
        return Err(damaged());
    }
    // What `format::upgrade` does once the build has checked the file.
    article.derived.read_version = article.format_version;
    article.format_version = FORMAT_VERSION;
    article.derive();
    Ok(article)
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

/// Reads the whole article and notes whether anything was not what the build writes: a value
/// that is not stands in as empty, and `read` refuses the result. Reading on instead of returning
/// at the first fault spares the WebAssembly a path that drops what was read so far for each
/// field (bench/byte-levers.md).
struct Reader {
    damaged: Cell<bool>,
}

impl Reader {
    fn damaged<T: Default>(&self) -> T {
        self.damaged.set(true);
        T::default()
    }

    fn string(&self, o: &JsValue, key: &str) -> String {
        get(o, key).as_string().unwrap_or_else(|| self.damaged())
    }

    fn optional(&self, o: &JsValue, key: &str) -> Option<String> {
        let v = get(o, key);
        if absent(&v) {
            return None;
        }
        v.as_string().or_else(|| self.damaged())
    }

    /// A list; an absent one is empty, as in the format.
    fn list<T>(&self, o: &JsValue, key: &str, item: fn(&Self, &JsValue) -> T) -> Vec<T> {
        let v = get(o, key);
        if absent(&v) {
            return Vec::new();
        }
        match v.dyn_into::<Array>() {
            Ok(items) => items.iter().map(|x| item(self, &x)).collect(),
            Err(_) => self.damaged(),
        }
    }

    /// Which of `all` the string at `key` names, by `name`.
    fn variant<T: Copy>(&self, o: &JsValue, key: &str, all: &[T], name: fn(T) -> &'static str) -> Option<T> {
        let s = self.optional(o, key)?;
        all.iter().copied().find(|&k| name(k) == s).or_else(|| self.damaged())
    }

    /// Like `variant`, for a kind the format requires.
    fn required<T: Copy>(&self, o: &JsValue, key: &str, all: &[T], name: fn(T) -> &'static str) -> T {
        self.variant(o, key, all, name).unwrap_or_else(|| {
            self.damaged.set(true);
            all[0]
        })
    }

    fn article(&self, o: &JsValue) -> Article {
        let version = get(o, "format_version").as_f64().filter(|v| v.fract() == 0.0 && *v >= 0.0);
        let publication = get(o, "publication");
        let dek = get(o, "dek");
        Article {
            format: self.string(o, "format"),
            format_version: version.unwrap_or_else(|| self.damaged()) as u64,
            id: self.string(o, "id"),
            language: self.optional(o, "language").unwrap_or_else(|| "en".into()),
            publication: Publication { name: self.string(&publication, "name"), url: self.optional(&publication, "url") },
            byline: self.optional(o, "byline"),
            canonical_url: self.optional(o, "canonical_url"),
            published: self.string(o, "published"),
            modified: self.optional(o, "modified"),
            headline: self.versioned(&get(o, "headline")),
            dek: if absent(&dek) { None } else { Some(self.versioned(&dek)) },
            revisions: self.list(o, "revisions", Self::revision),
            people: self.list(o, "people", Self::person),
            blocks: self.list(o, "blocks", Self::block),
            derived: Default::default(),
        }
    }

    fn revision(&self, o: &JsValue) -> Revision {
        let p = get(o, "provenance");
        Revision {
            id: self.string(o, "id"),
            label: self.optional(o, "label"),
            timestamp: self.string(o, "timestamp"),
            marker: self.optional(o, "marker"),
            note: self.optional(o, "note"),
            provenance: Provenance {
                kind: self.required(&p, "kind", &ProvenanceKind::ALL, ProvenanceKind::as_str),
                detail: self.optional(&p, "detail"),
                url: self.optional(&p, "url"),
            },
            kind: self.variant(o, "kind", &RevisionKind::ALL, RevisionKind::as_str),
        }
    }

    fn person(&self, o: &JsValue) -> Person {
        let s = get(o, "sourcing");
        Person {
            id: self.string(o, "id"),
            name: self.string(o, "name"),
            canonical_name: self.optional(o, "canonical_name"),
            role: self.optional(o, "role"),
            affiliation: self.optional(o, "affiliation"),
            country: self.optional(o, "country"),
            sourcing: Sourcing {
                kind: self.required(&s, "kind", &SourcingKind::ALL, SourcingKind::as_str),
                words: self.optional(&s, "words"),
            },
            description: self.optional(o, "description"),
            sources: self.list(o, "sources", |r, l| Link { title: r.string(l, "title"), url: r.string(l, "url") }),
            kind: self.variant(o, "kind", &SourceKind::ALL, SourceKind::as_str),
        }
    }

    fn edit(&self, o: &JsValue) -> Edit {
        Edit { revision: self.string(o, "revision"), text: self.string(o, "text") }
    }

    fn block(&self, o: &JsValue) -> Block {
        Block {
            id: self.string(o, "id"),
            text: self.string(o, "text"),
            added_in: self.optional(o, "added_in"),
            edits: self.list(o, "edits", Self::edit),
            removed_in: self.optional(o, "removed_in"),
            annotations: self.list(o, "annotations", Self::annotation),
        }
    }

    fn annotation(&self, o: &JsValue) -> Annotation {
        Annotation {
            kind: self.required(o, "kind", &AnnotationKind::ALL, AnnotationKind::as_str),
            person: self.optional(o, "person"),
            revision: self.optional(o, "revision"),
            exact: self.optional(o, "exact"),
            prefix: self.optional(o, "prefix"),
            suffix: self.optional(o, "suffix"),
        }
    }

    /// A headline or dek: a string, or an object with its history.
    fn versioned(&self, v: &JsValue) -> VersionedText {
        if let Some(text) = v.as_string() {
            return VersionedText { text, ..Default::default() };
        }
        if !v.is_object() {
            return self.damaged();
        }
        VersionedText {
            text: self.string(v, "text"),
            added_in: self.optional(v, "added_in"),
            edits: self.list(v, "edits", Self::edit),
            removed_in: self.optional(v, "removed_in"),
        }
    }
}
