//! What can be wrong with an article file, said so that the editor who wrote
//! it can find the place and fix it.

use std::fmt;

/// Where in the file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole (too large, empty, not UTF-8 …).
    File,
    /// A line and column (1-based), for JSON that does not parse.
    LineColumn { line: usize, column: usize },
    /// A JSON path such as `blocks[4].annotations[1]`.
    Path(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File => f.write_str("the file"),
            Location::LineColumn { line, column } => write!(f, "line {line}, column {column}"),
            Location::Path(p) if p.is_empty() || p == "." => f.write_str("the top level"),
            Location::Path(p) => f.write_str(p),
        }
    }
}

/// One problem: where, what is wrong, and what was expected instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleError {
    pub location: Location,
    pub problem: String,
    pub expected: String,
}

impl ArticleError {
    pub fn at(path: impl Into<String>, problem: impl Into<String>, expected: impl Into<String>) -> Self {
        ArticleError { location: Location::Path(path.into()), problem: problem.into(), expected: expected.into() }
    }

    pub fn in_file(problem: impl Into<String>, expected: impl Into<String>) -> Self {
        ArticleError { location: Location::File, problem: problem.into(), expected: expected.into() }
    }
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.problem)?;
        if !self.expected.is_empty() {
            write!(f, " Expected: {}", self.expected)?;
        }
        Ok(())
    }
}

impl std::error::Error for ArticleError {}

/// Characters an editor cannot see: controls, zero-width and bidi marks.
fn invisible(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// Shortens article text quoted back in a message, on a character boundary,
/// and shows invisible characters as code points (“zero⟨U+200B⟩width”).
pub fn excerpt(text: &str) -> String {
    const MAX_CHARS: usize = 60;
    let mut chars = text.chars();
    let head: String =
        chars.by_ref().take(MAX_CHARS).map(|c| if invisible(c) { format!("⟨U+{:04X}⟩", c as u32) } else { c.to_string() }).collect();
    if chars.next().is_some() {
        format!("“{head}…”")
    } else {
        format!("“{head}”")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_show_invisible_characters_and_stay_short() {
        assert_eq!(excerpt("zero\u{200b}width"), "“zero⟨U+200B⟩width”");
        assert_eq!(excerpt("\u{202e}gnp"), "“⟨U+202E⟩gnp”");
        let long = "é".repeat(100);
        assert_eq!(excerpt(&long).chars().count(), 60 + 3);
    }
}
