//! The published pages' reader: the article a page was built with, read
//! with the browser's own `JSON.parse` and nothing else. The build checked
//! that article with the full loader (`load`, natively, when it wrote the
//! page), so this reader trusts the shape and only refuses, without a
//! panic, data that is not what the build writes. It is what the site build
//! (the `site` feature, see `load`) uses instead of the JSON reader and the
//! validator: 30 KB gzip of WebAssembly the published pages do not need
//! (bench/byte-levers.md). Any other article (`viewer.html?article=…`, an
//! embed) goes through `load` in the full build.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use super::error::ArticleError;
use super::format::FORMAT_VERSION;
use super::model::*;
use super::versioned::{Edit, VersionedText};

/// Not what the build writes: the page was changed after the build.
struct Damaged;

type R<T> = Result<T, Damaged>;

/// Reads the article `json`, as the build wrote it into the page.
pub fn read(json: &str) -> Result<Article, ArticleError> {
    let damaged = || {
        ArticleError::in_file(
            "The article data on this page is not as the build wrote it.",
            "the page as published; publish it again (`./x build`).",
        )
    };
    let value = JSON::parse(json).map_err(|_| damaged())?;
    let mut article = article(&value).map_err(|_| damaged())?;
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

fn string(o: &JsValue, key: &str) -> R<String> {
    get(o, key).as_string().ok_or(Damaged)
}

fn optional(o: &JsValue, key: &str) -> R<Option<String>> {
    let v = get(o, key);
    if absent(&v) {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or(Damaged)
}

/// A list; an absent one is empty, as in the format.
fn list<T>(o: &JsValue, key: &str, item: fn(&JsValue) -> R<T>) -> R<Vec<T>> {
    let v = get(o, key);
    if absent(&v) {
        return Ok(Vec::new());
    }
    let items: Array = v.dyn_into().map_err(|_| Damaged)?;
    let mut read = Vec::new();
    for x in items.iter() {
        read.push(item(&x)?);
    }
    Ok(read)
}

/// Which of `all` the string at `key` names, by `name`.
fn variant<T: Copy>(o: &JsValue, key: &str, all: &[T], name: fn(T) -> &'static str) -> R<Option<T>> {
    match optional(o, key)? {
        None => Ok(None),
        Some(s) => all.iter().copied().find(|&k| name(k) == s).map(Some).ok_or(Damaged),
    }
}

fn article(o: &JsValue) -> R<Article> {
    let version = get(o, "format_version").as_f64().filter(|v| v.fract() == 0.0 && *v >= 0.0).ok_or(Damaged)?;
    let publication = get(o, "publication");
    let dek = get(o, "dek");
    Ok(Article {
        format: string(o, "format")?,
        format_version: version as u64,
        id: string(o, "id")?,
        language: optional(o, "language")?.unwrap_or_else(|| "en".into()),
        publication: Publication { name: string(&publication, "name")?, url: optional(&publication, "url")? },
        byline: optional(o, "byline")?,
        canonical_url: optional(o, "canonical_url")?,
        published: string(o, "published")?,
        modified: optional(o, "modified")?,
        headline: versioned(&get(o, "headline"))?,
        dek: if absent(&dek) { None } else { Some(versioned(&dek)?) },
        revisions: list(o, "revisions", revision)?,
        people: list(o, "people", person)?,
        blocks: list(o, "blocks", block)?,
        derived: Default::default(),
    })
}

fn revision(o: &JsValue) -> R<Revision> {
    let p = get(o, "provenance");
    let provenance = Provenance {
        kind: variant(&p, "kind", &ProvenanceKind::ALL, ProvenanceKind::as_str)?.ok_or(Damaged)?,
        detail: optional(&p, "detail")?,
        url: optional(&p, "url")?,
    };
    Ok(Revision {
        id: string(o, "id")?,
        label: optional(o, "label")?,
        timestamp: string(o, "timestamp")?,
        marker: optional(o, "marker")?,
        note: optional(o, "note")?,
        provenance,
        kind: variant(o, "kind", &RevisionKind::ALL, RevisionKind::as_str)?,
    })
}

fn person(o: &JsValue) -> R<Person> {
    let s = get(o, "sourcing");
    let sourcing =
        Sourcing { kind: variant(&s, "kind", &SourcingKind::ALL, SourcingKind::as_str)?.ok_or(Damaged)?, words: optional(&s, "words")? };
    Ok(Person {
        id: string(o, "id")?,
        name: string(o, "name")?,
        canonical_name: optional(o, "canonical_name")?,
        role: optional(o, "role")?,
        affiliation: optional(o, "affiliation")?,
        country: optional(o, "country")?,
        sourcing,
        description: optional(o, "description")?,
        sources: list(o, "sources", |l| Ok(Link { title: string(l, "title")?, url: string(l, "url")? }))?,
        kind: variant(o, "kind", &SourceKind::ALL, SourceKind::as_str)?,
    })
}

fn edit(o: &JsValue) -> R<Edit> {
    Ok(Edit { revision: string(o, "revision")?, text: string(o, "text")? })
}

fn block(o: &JsValue) -> R<Block> {
    Ok(Block {
        id: string(o, "id")?,
        text: string(o, "text")?,
        added_in: optional(o, "added_in")?,
        edits: list(o, "edits", edit)?,
        removed_in: optional(o, "removed_in")?,
        annotations: list(o, "annotations", annotation)?,
    })
}

fn annotation(o: &JsValue) -> R<Annotation> {
    Ok(Annotation {
        kind: variant(o, "kind", &AnnotationKind::ALL, AnnotationKind::as_str)?.ok_or(Damaged)?,
        person: optional(o, "person")?,
        revision: optional(o, "revision")?,
        exact: optional(o, "exact")?,
        prefix: optional(o, "prefix")?,
        suffix: optional(o, "suffix")?,
    })
}

/// A headline or dek: a string, or an object with its history.
fn versioned(v: &JsValue) -> R<VersionedText> {
    if let Some(text) = v.as_string() {
        return Ok(VersionedText { text, ..Default::default() });
    }
    if !v.is_object() {
        return Err(Damaged);
    }
    Ok(VersionedText {
        text: string(v, "text")?,
        added_in: optional(v, "added_in")?,
        edits: list(v, "edits", edit)?,
        removed_in: optional(v, "removed_in")?,
    })
}
