//! One version of a story as the newsroom has it: plain text (one paragraph
//! per line, or paragraphs separated by blank lines) or the article's HTML
//! (`<h1>`, `<p>`). Read into its headline, dek, paragraphs and update
//! notes, with the footnote signs (`*`, `**`, `†`) taken out of the text and
//! kept as marks.

use super::ImportError;

/// A footnote sign printed in a paragraph, and where (a byte offset into the
/// paragraph's text without its signs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub sign: String,
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    pub marks: Vec<Mark>,
    /// The line of the file it starts on (1-based), for messages.
    pub line: usize,
}

/// An update note as printed: "*Updated 4/2 at 4pm with …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub sign: String,
    pub text: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VersionFile {
    pub headline: String,
    pub dek: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub notes: Vec<Note>,
    /// Lines that were only a footnote sign, dropped: (line, sign).
    pub lone_signs: Vec<(usize, String)>,
}

/// Characters a footnote sign is made of. A sign is a run of one of them.
const SIGN_CHARS: [char; 5] = ['*', '†', '‡', '§', '¶'];

fn sign_run_len(s: &str) -> usize {
    let Some(first) = s.chars().next().filter(|c| SIGN_CHARS.contains(c)) else { return 0 };
    s.chars().take_while(|&c| c == first).map(char::len_utf8).sum()
}

fn trailing_sign_len(s: &str) -> usize {
    let Some(last) = s.chars().next_back().filter(|c| SIGN_CHARS.contains(c)) else { return 0 };
    s.chars().rev().take_while(|&c| c == last).map(char::len_utf8).sum()
}

/// Reads a version file's text. `name` is the file as the manifest names
/// it, for messages; `dek`: the paragraph after the headline is the dek.
pub fn read(name: &str, text: &str, dek: bool) -> Result<VersionFile, ImportError> {
    let blocks = if looks_like_html(text) { html_blocks(text) } else { text_blocks(text) };
    let mut blocks = blocks.into_iter().filter(|(_, t)| !t.is_empty());
    let Some((_, headline)) = blocks.next() else {
        return Err(ImportError::in_file(
            name,
            None,
            "The file has no text.",
            "the version's headline on the first line, then its paragraphs.",
        ));
    };
    let mut out = VersionFile { headline, ..Default::default() };
    if dek {
        match blocks.next() {
            Some((_, d)) => out.dek = Some(d),
            None => {
                return Err(ImportError::in_file(
                    name,
                    None,
                    "The manifest says the story has a dek, but the file ends after the headline.",
                    "the dek on the line after the headline, or \"dek\": false in the manifest.",
                ))
            }
        }
    }
    for (line, text) in blocks {
        let lead = sign_run_len(&text);
        if lead == text.len() {
            out.lone_signs.push((line, text));
        } else if lead > 0 && !text[lead..].starts_with(char::is_whitespace) {
            out.notes.push(Note { sign: text[..lead].to_owned(), text: text[lead..].trim().to_owned(), line });
        } else {
            out.paragraphs.push(paragraph(&text, line));
        }
    }
    if out.paragraphs.is_empty() {
        return Err(ImportError::in_file(
            name,
            None,
            "The file has a headline but no paragraphs.",
            "the story's paragraphs after the headline.",
        ));
    }
    Ok(out)
}

/// A paragraph's signs: one at its end ("said.*"), or after a sentence
/// inside it ("said.* Then …"), taken out of the text.
fn paragraph(raw: &str, line: usize) -> Paragraph {
    let mut text = String::with_capacity(raw.len());
    let mut marks = Vec::new();
    let mut rest = raw;
    while !rest.is_empty() {
        let run = sign_run_len(rest);
        let after_sentence = text.ends_with(['.', '!', '?', '”', '"', ')', '’']);
        let ends_word = rest[run..].is_empty() || rest[run..].starts_with(char::is_whitespace);
        if run > 0 && after_sentence && ends_word {
            marks.push(Mark { sign: rest[..run].to_owned(), at: text.len() });
            rest = &rest[run..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        text.push(c);
        rest = &rest[c.len_utf8()..];
    }
    // A sign at the very end may follow any character (a quote's last word).
    if marks.is_empty() {
        let tail = trailing_sign_len(&text);
        if tail > 0 && tail < text.len() {
            let at = text.len() - tail;
            marks.push(Mark { sign: text[at..].to_owned(), at });
            text.truncate(at);
        }
    }
    Paragraph { text: text.trim_end().to_owned(), marks, line }
}

fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start().to_ascii_lowercase();
    t.starts_with('<') && (t.contains("<p") || t.contains("<h1"))
}

/// Paragraphs of a text file, with the line each starts on: separated by
/// blank lines when the file has any, else one per line.
fn text_blocks(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let blank_separated = lines.windows(2).any(|w| !w[0].trim().is_empty() && w[1].trim().is_empty())
        && lines.iter().filter(|l| !l.trim().is_empty()).count() > lines.iter().filter(|l| l.trim().is_empty()).count() + 1;
    if !blank_separated {
        return lines.iter().enumerate().map(|(i, l)| (i + 1, l.trim().to_owned())).collect();
    }
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, l) in lines.iter().enumerate() {
        let l = l.trim();
        match (&mut current, l.is_empty()) {
            (Some(_), true) => out.extend(current.take()),
            (None, true) => {}
            (Some((_, t)), false) => {
                t.push(' ');
                t.push_str(l);
            }
            (None, false) => current = Some((i + 1, l.to_owned())),
        }
    }
    out.extend(current);
    out
}

/// The text of every `<h1>`…`</h1>` and `<p>`…`</p>` in order, tags
/// inside them removed and entities decoded, with the line each starts on.
fn html_blocks(html: &str) -> Vec<(usize, String)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = next_open(&lower, at) {
        let (tag, start) = open;
        let Some(content_start) = lower[start..].find('>').map(|i| start + i + 1) else { break };
        let close = format!("</{tag}");
        let end = lower[content_start..].find(&close).map_or(html.len(), |i| content_start + i);
        let line = html[..start].matches('\n').count() + 1;
        out.push((line, inline_text(&html[content_start..end])));
        at = end;
    }
    out
}

fn next_open(lower: &str, from: usize) -> Option<(&'static str, usize)> {
    let find = |tag: &str| {
        let mut i = from;
        while let Some(p) = lower[i..].find(&format!("<{tag}")).map(|p| p + i) {
            let next = lower[p + 1 + tag.len()..].chars().next();
            if matches!(next, Some('>' | ' ' | '\t' | '\n' | '\r' | '/')) {
                return Some(p);
            }
            i = p + 1;
        }
        None
    };
    match (find("h1"), find("p")) {
        (Some(h), Some(p)) if h < p => Some(("h1", h)),
        (_, Some(p)) => Some(("p", p)),
        (Some(h), None) => Some(("h1", h)),
        (None, None) => None,
    }
}

/// Text content of an HTML fragment: tags dropped, the common entities
/// decoded, whitespace collapsed.
fn inline_text(fragment: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match (in_tag, c) {
            (false, '<') => in_tag = true,
            (true, '>') => in_tag = false,
            (false, c) => text.push(c),
            (true, _) => {}
        }
    }
    let decoded = decode_entities(&text);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            "rsquo" => Some('’'),
            "lsquo" => Some('‘'),
            "rdquo" => Some('”'),
            "ldquo" => Some('“'),
            "mdash" => Some('—'),
            "ndash" => Some('–'),
            "hellip" => Some('…'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_are_taken_out_of_paragraphs_and_notes_are_recognised() {
        let v =
            read("v.txt", "Headline\nDek.\nFirst, a U.S. official said.*\n“Yes,” he said.** More.\n*Updated at 4pm.\n**\n", true).unwrap();
        assert_eq!(v.headline, "Headline");
        assert_eq!(v.dek.as_deref(), Some("Dek."));
        assert_eq!(v.paragraphs[0].text, "First, a U.S. official said.");
        assert_eq!(v.paragraphs[0].marks, [Mark { sign: "*".into(), at: 28 }]);
        assert_eq!(v.paragraphs[1].text, "“Yes,” he said. More.");
        assert_eq!(v.paragraphs[1].marks, [Mark { sign: "**".into(), at: "“Yes,” he said.".len() }]);
        assert_eq!(v.notes, [Note { sign: "*".into(), text: "Updated at 4pm.".into(), line: 5 }]);
        assert_eq!(v.lone_signs, [(6, "**".to_owned())]);
    }

    #[test]
    fn blank_lines_separate_paragraphs_when_the_file_uses_them() {
        let v = read("v.txt", "Headline\n\nOne line\nwrapped.\n\nTwo.\n", false).unwrap();
        let texts: Vec<&str> = v.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["One line wrapped.", "Two."]);
        assert_eq!(v.paragraphs[1].line, 6);
    }

    #[test]
    fn html_gives_its_headline_and_paragraphs_as_text() {
        let html = "<article>\n<h1>Talks &amp; more</h1>\n<p class=\"x\">He said <em>“yes,”</em>&nbsp;today.*</p>\n<p>Two.</p></article>";
        let v = read("v.html", html, false).unwrap();
        assert_eq!(v.headline, "Talks & more");
        assert_eq!(v.paragraphs[0].text, "He said “yes,” today.");
        assert_eq!(v.paragraphs[0].marks[0].sign, "*");
        assert_eq!(v.paragraphs[0].line, 3);
    }

    #[test]
    fn an_empty_file_says_what_it_needs() {
        let e = read("v.txt", "\n\n", false).unwrap_err();
        assert!(e.to_string().contains("v.txt: The file has no text."), "{e}");
    }
}
