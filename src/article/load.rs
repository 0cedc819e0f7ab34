//! Bytes in, a validated article or every problem found out. The one entry
//! point for article data, used by the app, the tests and `validate-article`.
//! The browser build reads the JSON with the small reader in `reader.rs`;
//! the native build (validator, publisher) with serde. Both give the same
//! article and the same messages (tests/readers_agree.rs). The site build
//! reads with `page_data` instead, and leaves the rest of this file unused.
#![cfg_attr(all(target_arch = "wasm32", feature = "site"), allow(unused))]

use super::error::{ArticleError, Location};
use super::format::{self, FORMAT_NAME, FORMAT_VERSION};
use super::json::Value;
use super::model::Article;
use super::reader;
use super::validate::validate;

/// Files larger than this are refused before parsing: a long news article with
/// every annotation is well under 1 MB, and the viewer must stay responsive.
pub const MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

/// Turns the bytes of an article file into a validated article, or into the
/// list of problems, each with where it is and what was expected.
pub fn load(bytes: &[u8]) -> Result<Article, Vec<ArticleError>> {
    let text = decode(bytes).map_err(|e| vec![e])?;
    // The site build reads only the article its page was built with, which
    // the build loaded here, natively, and checked (see `page_data`).
    #[cfg(all(target_arch = "wasm32", feature = "site"))]
    return super::page_data::read(text).map_err(|e| vec![e]);
    #[cfg(not(all(target_arch = "wasm32", feature = "site")))]
    load_checked(text)
}

/// Reads and validates: what every article the build did not check goes through.
#[cfg(not(all(target_arch = "wasm32", feature = "site")))]
fn load_checked(text: &str) -> Result<Article, Vec<ArticleError>> {
    #[cfg(target_arch = "wasm32")]
    let read = read_compact(text);
    #[cfg(not(target_arch = "wasm32"))]
    let read = serde_reader::read(text);
    let mut article = read.map_err(|e| vec![e])?;
    format::upgrade(&mut article)?;
    let problems = validate(&article);
    if problems.is_empty() {
        article.derive();
        Ok(article)
    } else {
        Err(problems)
    }
}

pub fn decode(bytes: &[u8]) -> Result<&str, ArticleError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ArticleError::in_file(
            format!("The file is {} bytes long, more than this viewer reads.", bytes.len()),
            format!("an article file of at most {MAX_ARTICLE_BYTES} bytes (5 MB)."),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        ArticleError {
            location: Location::LineColumn { line, column },
            problem: "The file is not valid UTF-8 text here.".into(),
            expected: "the file saved as UTF-8.".into(),
        }
    })?;
    // Editors on some systems start files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ArticleError::in_file("The file is empty.", "a JSON object describing the article."));
    }
    Ok(text)
}

fn line_column(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

/// A file that is not an object is named as such, rather than by the
/// parser's position: lists and bare values are JSON but never an article.
fn not_an_object() -> ArticleError {
    ArticleError::in_file(
        "The file is JSON, but not a JSON object.",
        format!("an object around the whole article: {{ \"format\": \"{FORMAT_NAME}\", … }}."),
    )
}

fn starts_like_a_non_object(text: &str) -> bool {
    matches!(text.trim_start().chars().next(), Some('[' | '"' | '-' | '0'..='9' | 't' | 'f' | 'n'))
}

/// What the file says it is, so that a file of another format or version is
/// named as such rather than reported field by field. Each field: whether it
/// says what this viewer reads, and how it is written.
fn check_header(format: Option<(bool, String)>, version: Option<(bool, String)>) -> Result<(), ArticleError> {
    let expected_version = format!("\"format_version\": {FORMAT_VERSION}");
    match format {
        Some((true, _)) => {}
        Some((false, other)) => {
            return Err(ArticleError::at(
                "format",
                format!("The file says its format is {other}, which this viewer does not read."),
                format!("\"format\": \"{FORMAT_NAME}\"."),
            ))
        }
        None => {
            return Err(ArticleError::at(
                "format",
                "The file does not say what format it is.",
                format!("a top-level field \"format\": \"{FORMAT_NAME}\"."),
            ))
        }
    }
    match version {
        Some((true, _)) => Ok(()),
        Some((false, other)) => Err(ArticleError::at(
            "format_version",
            format!("The file is format version {other}; this viewer reads version {}.", format::readable_versions()),
            format!("{expected_version}, or a newer viewer for a newer format."),
        )),
        None => Err(ArticleError::at(
            "format_version",
            "The file does not say which version of the format it uses.",
            format!("a top-level field {expected_version}."),
        )),
    }
}

/// Reads decoded text with the small reader (the browser build's).
pub fn read_compact(text: &str) -> Result<Article, ArticleError> {
    if starts_like_a_non_object(text) {
        return Err(not_an_object());
    }
    let root = match super::json::parse(text) {
        Ok(root) => root,
        Err(e) if e.message == super::json::REPEATED_HEADER => return Err(not_an_object()),
        Err(e) => return Err(reader::syntax_error(text, &e)),
    };
    let Value::Object(fields) = &root.value else { return Err(not_an_object()) };
    let field = |name: &str| fields.iter().find(|f| f.name == name).map(|f| &f.node.value);
    let format = field("format");
    let version = field("format_version");
    // serde reads these two values strictly, even before the rest.
    for v in [format, version].into_iter().flatten() {
        if let Value::Unreadable(e) = v {
            return Err(reader::syntax_error(text, e));
        }
    }
    let format = format.map(|v| (matches!(v, Value::String(s) if s == FORMAT_NAME), v.to_string()));
    let version = version
        .map(|v| (matches!(v, Value::Number { text, integer: true } if text.parse::<u64>().is_ok_and(format::reads)), v.to_string()));
    check_header(format, version)?;
    reader::article(text, &root)
}

/// The native build's reader: serde, with serde_path_to_error for paths.
#[cfg(not(target_arch = "wasm32"))]
pub mod serde_reader {
    use serde::Deserialize;

    use super::super::error::{ArticleError, Location};
    use super::super::format::{self, FORMAT_NAME};
    use super::super::model::Article;
    use super::super::reader::{line_column, reword};
    use super::{check_header, not_an_object, starts_like_a_non_object};

    /// The two fields that say what a file is; every other field is skipped.
    #[derive(Deserialize)]
    struct Header {
        #[serde(default)]
        format: Option<serde_json::Value>,
        #[serde(default)]
        format_version: Option<serde_json::Value>,
    }

    pub fn read(text: &str) -> Result<Article, ArticleError> {
        if starts_like_a_non_object(text) {
            return Err(not_an_object());
        }
        // Reads the whole file once for syntax first.
        let header: Header =
            serde_json::from_str(text).map_err(|e| if e.is_data() { not_an_object() } else { json_error(text, &e, None) })?;
        let format = header.format.map(|v| (v.as_str() == Some(FORMAT_NAME), v.to_string()));
        let version = header.format_version.map(|v| (v.as_u64().is_some_and(format::reads), v.to_string()));
        check_header(format, version)?;
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            json_error(text, e.inner(), Some(path))
        })
    }

    /// Rewords serde's message for an editor: the location first, then what
    /// is wrong, then what was expected; columns in characters.
    fn json_error(text: &str, e: &serde_json::Error, path: Option<String>) -> ArticleError {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full);
        let syntax = e.is_syntax() || e.is_eof();
        let location = match path {
            Some(p) if !syntax && !p.is_empty() && p != "." => Location::Path(p),
            _ => {
                // serde_json counts the column in bytes.
                let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
                let (line, column) = line_column(text, (line_start + e.column()).min(text.len()));
                Location::LineColumn { line, column }
            }
        };
        reword(message, syntax, e.is_eof(), location)
    }
}
