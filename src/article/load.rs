//! Bytes in, a validated article or every problem found out. The one entry
//! point for article data, used by the app, the tests and `validate-article`.

use serde::Deserialize;

use super::error::{ArticleError, Location};
use super::model::{Article, FORMAT_NAME, FORMAT_VERSION};
use super::validate::validate;

/// Files larger than this are refused before parsing: a long news article with
/// every annotation is well under 1 MB, and the viewer must stay responsive.
pub const MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

/// Turns the bytes of an article file into a validated article, or into the
/// list of problems, each with where it is and what was expected.
pub fn load(bytes: &[u8]) -> Result<Article, Vec<ArticleError>> {
    let text = decode(bytes).map_err(|e| vec![e])?;
    check_header(text).map_err(|e| vec![e])?;
    let mut article = parse(text).map_err(|e| vec![e])?;
    let problems = validate(&article);
    if problems.is_empty() {
        article.derive();
        Ok(article)
    } else {
        Err(problems)
    }
}

fn decode(bytes: &[u8]) -> Result<&str, ArticleError> {
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

/// The two fields that say what a file is; every other field is skipped
/// (serde ignores unknown fields unless told otherwise).
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    format_version: Option<serde_json::Value>,
}

/// Reads the whole file once for syntax and checks which format it claims to
/// be, so that a file of another format or version is named as such rather
/// than reported field by field.
fn check_header(text: &str) -> Result<(), ArticleError> {
    let not_an_object = || {
        ArticleError::in_file(
            "The file is JSON, but not a JSON object.",
            format!("an object around the whole article: {{ \"format\": \"{FORMAT_NAME}\", … }}."),
        )
    };
    // A list or a bare value is JSON but cannot be an article; anything else
    // that is not an object gets the parser's own line and column below.
    if let Some('[' | '"' | '-' | '0'..='9' | 't' | 'f' | 'n') = text.trim_start().chars().next() { return Err(not_an_object()) }
    let header: Header = serde_json::from_str(text).map_err(|e| if e.is_data() { not_an_object() } else { json_error(&e, None) })?;
    let expected_version = format!("\"format_version\": {FORMAT_VERSION}");
    match header.format {
        Some(serde_json::Value::String(f)) if f == FORMAT_NAME => {}
        Some(other) => {
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
    match header.format_version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => Ok(()),
        Some(other) => Err(ArticleError::at(
            "format_version",
            format!("The file is format version {other}; this viewer reads version {FORMAT_VERSION} only."),
            format!("{expected_version}, or a newer viewer for a newer format."),
        )),
        None => Err(ArticleError::at(
            "format_version",
            "The file does not say which version of the format it uses.",
            format!("a top-level field {expected_version}."),
        )),
    }
}

fn parse(text: &str) -> Result<Article, ArticleError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        json_error(e.inner(), Some(path))
    })
}

/// Rewords serde's message for an editor: the location first, then what is
/// wrong, then what was expected.
fn json_error(e: &serde_json::Error, path: Option<String>) -> ArticleError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let (problem, expected) = match message.split_once(", expected ") {
        Some((p, x)) => (p.to_owned(), x.to_owned()),
        None => (message.to_owned(), String::new()),
    };
    let syntax = e.is_syntax() || e.is_eof();
    let problem = if syntax {
        format!("The JSON is malformed: {problem}.")
    } else {
        format!("{}.", super::case::capitalised(&problem))
    };
    let expected = if !expected.is_empty() {
        format!("{expected}.")
    } else if e.is_eof() {
        "the rest of the file: a bracket or quote is not closed.".into()
    } else if syntax {
        "valid JSON (check for a missing comma, quote or bracket just before this point).".into()
    } else {
        String::new()
    };
    let location = match path {
        Some(p) if !syntax && !p.is_empty() && p != "." => Location::Path(p),
        _ => Location::LineColumn { line: e.line(), column: e.column() },
    };
    ArticleError { location, problem, expected }
}

