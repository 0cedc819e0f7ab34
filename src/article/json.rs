//! A small JSON parser for the browser build: serde_json and the derived
//! deserializers cost the WebAssembly about a fifth of its weight, for one
//! file read once. It keeps what the editor's messages need, where each value
//! ends (for line and column) and duplicate keys, and words its syntax errors
//! as serde_json does, so both builds tell an editor the same thing (tested
//! against serde_json in `reader.rs`).

use std::fmt;

/// Deeper than this, values are checked but not kept: an article's data
/// never nests this deep, so the reader stops at a wrong type long before
/// (as serde does), and a deeply nested file cannot exhaust the stack.
const KEPT_DEPTH: usize = 16;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written; `integer` when it has no fraction or exponent
    /// and fits 64 bits.
    Number {
        text: String,
        integer: bool,
    },
    String(String),
    /// A value serde_json accepts while scanning the file but refuses when
    /// it reads it (a string with a lone surrogate, a number out of range):
    /// the error, for whoever reads it.
    Unreadable(SyntaxError),
    Array(Vec<Node>),
    /// Each field: its name, the byte offset just after the name, and its value.
    Object(Vec<Field>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    /// The byte offset just after the name.
    pub name_end: usize,
    /// What serde_json says when it reads this name (a lone surrogate).
    pub unreadable_name: Option<SyntaxError>,
    pub node: Node,
}

/// A value and where it stands in the text (byte offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub start: usize,
    pub end: usize,
}

/// A syntax error: serde_json's words, and the byte offset it points at.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub at: usize,
    /// Ran off the end of the text.
    pub eof: bool,
}

/// The message of the one error that is not about syntax: serde_json
/// reads the top level's `format` and `format_version` as it goes, and a
/// second of either stops it there (the caller says what it means).
pub const REPEATED_HEADER: &str = "a repeated format or format_version";

pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0, reading: false };
    let node = p.value()?;
    p.skip_space();
    if p.i < p.s.len() {
        return Err(p.error_here("trailing characters"));
    }
    Ok(node)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
    /// Inside a value serde_json reads before anything else (the top
    /// level's `format` and `format_version`), rather than only scans: it
    /// is held to every rule at once.
    reading: bool,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// An error at the character at the cursor (serde's "peek" position).
    fn error_here(&self, message: &'static str) -> SyntaxError {
        SyntaxError { message, at: self.i.saturating_add(1).min(self.s.len()), eof: false }
    }

    /// An error just after what was consumed.
    fn error_after(&self, message: &'static str) -> SyntaxError {
        SyntaxError { message, at: self.i, eof: false }
    }

    fn eof(&self, message: &'static str) -> SyntaxError {
        SyntaxError { message, at: self.s.len(), eof: true }
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        self.skip_space();
        let start = self.i;
        let value = match self.peek() {
            None => return Err(self.eof("EOF while parsing a value")),
            Some(b'n') => self.word(b"null", Value::Null)?,
            Some(b't') => self.word(b"true", Value::Bool(true))?,
            Some(b'f') => self.word(b"false", Value::Bool(false))?,
            Some(b'"') => {
                self.i += 1;
                let mut bad = None;
                let reading = self.reading;
                let text = self.string((!reading).then_some(&mut bad), reading)?;
                bad.map_or(Value::String(text), Value::Unreadable)
            }
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'[') => self.nested(Self::array)?,
            Some(b'{') => self.nested(Self::object)?,
            Some(_) => return Err(self.error_here("expected value")),
        };
        Ok(Node { value, start, end: self.i })
    }

    fn nested(&mut self, inner: fn(&mut Self) -> Result<Value, SyntaxError>) -> Result<Value, SyntaxError> {
        if self.depth >= KEPT_DEPTH {
            return self.skip_nested();
        }
        self.depth += 1;
        self.i += 1;
        let value = inner(self)?;
        self.depth -= 1;
        Ok(value)
    }

    fn word(&mut self, word: &[u8], value: Value) -> Result<Value, SyntaxError> {
        for &expected in word {
            match self.peek() {
                None => return Err(self.eof("EOF while parsing a value")),
                Some(b) if b == expected => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.error_after("expected ident"));
                }
            }
        }
        Ok(value)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let from = p.i;
            while let Some(b'0'..=b'9') = p.peek() {
                p.i += 1;
            }
            p.i - from
        };
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error_here("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                digits(self);
            }
            None => return Err(self.eof("EOF while parsing a value")),
            Some(_) => return Err(self.error_here("invalid number")),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.i += 1;
            if digits(self) == 0 {
                return Err(match self.peek() {
                    None => self.eof("EOF while parsing a value"),
                    Some(_) => self.error_here("invalid number"),
                });
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            integer = false;
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if digits(self) == 0 {
                return Err(match self.peek() {
                    None => self.eof("EOF while parsing a value"),
                    Some(_) => self.error_here("invalid number"),
                });
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("").to_owned();
        if !integer && !finite(&text) {
            let e = self.error_after("number out of range");
            return if self.reading { Err(e) } else { Ok(Value::Unreadable(e)) };
        }
        let integer = integer && (text.parse::<u64>().is_ok() || text.parse::<i64>().is_ok());
        Ok(Value::Number { text, integer })
    }

    /// A string's contents, after its opening quote. A key (`bad` is
    /// `None`) is read strictly, as serde_json reads keys; a value leniently,
    /// as serde_json scans a file, with a surrogate problem kept in `bad`.
    /// `read` says whether serde_json reads it (and so points after a
    /// control character) or only scans it (and points before).
    fn string(&mut self, mut bad: Option<&mut Option<SyntaxError>>, read: bool) -> Result<String, SyntaxError> {
        let mut out = Vec::new();
        loop {
            let Some(b) = self.peek() else { return Err(self.eof("EOF while parsing a string")) };
            self.i += 1;
            match b {
                b'"' => return String::from_utf8(out).map_err(|_| self.error_after("invalid unicode code point")),
                b'\\' => {
                    let Some(e) = self.peek() else { return Err(self.eof("EOF while parsing a string")) };
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let n = self.hex4()?;
                            let after = self.i;
                            match (self.surrogates(n), bad.as_deref_mut()) {
                                (Ok(c), _) => c,
                                (Err(e), Some(slot)) if !e.eof => {
                                    slot.get_or_insert(e);
                                    self.i = after;
                                    '\u{fffd}'
                                }
                                (Err(e), _) => return Err(e),
                            }
                        }
                        _ => return Err(self.error_after("invalid escape")),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => {
                    if !read {
                        self.i -= 1;
                    }
                    return Err(self.error_after("control character (\\u0000-\\u001F) found while parsing a string"));
                }
                _ => out.push(b),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let Some(digits) = self.s.get(self.i..self.i + 4) else {
            self.i = self.s.len();
            return Err(self.eof("EOF while parsing a string"));
        };
        self.i += 4;
        digits.iter().try_fold(0, |n, &b| Some(n * 16 + (b as char).to_digit(16)?)).ok_or_else(|| self.error_after("invalid escape"))
    }

    /// The character a `\\u` escape of `n` makes, reading the second half
    /// of a surrogate pair.
    fn surrogates(&mut self, n: u32) -> Result<char, SyntaxError> {
        let code = match n {
            0xDC00..=0xDFFF => return Err(self.error_after("lone leading surrogate in hex escape")),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    let Some(b) = self.peek() else { return Err(self.eof("EOF while parsing a string")) };
                    self.i += 1;
                    if b != expected {
                        return Err(self.error_after("unexpected end of hex escape"));
                    }
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.error_after("lone leading surrogate in hex escape"));
                }
                0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00)
            }
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.error_after("invalid unicode code point"))
    }

    /// Checks a deeply nested array or object without recursion, and keeps
    /// only its kind (an empty one).
    fn skip_nested(&mut self) -> Result<Value, SyntaxError> {
        let outer = if self.peek() == Some(b'[') { Value::Array(Vec::new()) } else { Value::Object(Vec::new()) };
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value.
            self.skip_space();
            match self.peek() {
                Some(b'[') => {
                    self.i += 1;
                    open.push(b']');
                    self.skip_space();
                    match self.peek() {
                        Some(b']') => {
                            self.i += 1;
                            open.pop();
                        }
                        None => return Err(self.eof("EOF while parsing a list")),
                        Some(_) => continue,
                    }
                }
                Some(b'{') => {
                    self.i += 1;
                    open.push(b'}');
                    self.skip_space();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                        open.pop();
                    } else {
                        self.skip_key()?;
                        continue;
                    }
                }
                _ => {
                    self.value()?;
                }
            }
            // What follows it: a comma, or the end of what holds it.
            loop {
                let Some(&close) = open.last() else { return Ok(outer) };
                self.skip_space();
                match self.peek() {
                    Some(b',') => {
                        self.i += 1;
                        if close == b'}' {
                            self.skip_space();
                            self.skip_key()?;
                        }
                        break;
                    }
                    Some(c) if c == close => {
                        self.i += 1;
                        open.pop();
                    }
                    None if close == b']' => return Err(self.eof("EOF while parsing a list")),
                    None => return Err(self.eof("EOF while parsing an object")),
                    Some(_) if close == b']' => return Err(self.error_here("expected `,` or `]`")),
                    Some(_) => return Err(self.error_here("expected `,` or `}`")),
                }
            }
        }
    }

    /// A name and its colon, inside a skipped object.
    fn skip_key(&mut self) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(b'"') => self.i += 1,
            None => return Err(self.eof("EOF while parsing an object")),
            Some(_) => return Err(self.error_here("key must be a string")),
        }
        self.string(Some(&mut None), false)?;
        self.skip_space();
        match self.peek() {
            Some(b':') => {
                self.i += 1;
                Ok(())
            }
            None => Err(self.eof("EOF while parsing an object")),
            Some(_) => Err(self.error_here("expected `:`")),
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        let mut items = Vec::new();
        self.skip_space();
        match self.peek() {
            Some(b']') => {
                self.i += 1;
                return Ok(Value::Array(items));
            }
            None => return Err(self.eof("EOF while parsing a list")),
            Some(_) => {}
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_space();
                    if self.reading && self.peek() == Some(b']') {
                        return Err(self.error_here("trailing comma"));
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.eof("EOF while parsing a list")),
                Some(_) => return Err(self.error_here("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            match self.peek() {
                Some(b'"') => self.i += 1,
                None => return Err(self.eof("EOF while parsing an object")),
                Some(_) => return Err(self.error_here("key must be a string")),
            }
            // serde_json reads the top level's names strictly, and only scans the rest.
            let mut unreadable_name = None;
            let strict = self.depth == 1 || self.reading;
            let name = self.string((!strict).then_some(&mut unreadable_name), strict)?;
            let name_end = self.i;
            let header = self.depth == 1 && matches!(name.as_str(), "format" | "format_version");
            if header && fields.iter().any(|f: &Field| f.name == name) {
                return Err(self.error_after(REPEATED_HEADER));
            }
            self.skip_space();
            match self.peek() {
                Some(b':') => self.i += 1,
                None => return Err(self.eof("EOF while parsing an object")),
                Some(_) => return Err(self.error_here("expected `:`")),
            }
            let was_reading = self.reading;
            self.reading |= header;
            let node = self.value()?;
            self.reading = was_reading;
            fields.push(Field { name, name_end, unreadable_name, node });
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_space();
                    // serde_json is more precise where it reads than where it scans.
                    if self.depth == 1 || self.reading {
                        match self.peek() {
                            Some(b'}') => return Err(self.error_here("trailing comma")),
                            None => return Err(self.eof("EOF while parsing a value")),
                            Some(_) => {}
                        }
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(fields));
                }
                None => return Err(self.eof("EOF while parsing an object")),
                Some(_) => return Err(self.error_here("expected `,` or `}`")),
            }
        }
    }
}

/// Whether a number written with a fraction or exponent stays finite as a
/// 64-bit float: an exponent far beyond ±308 with a non-zero mantissa is
/// out of range, as serde_json says.
fn finite(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].trim_start_matches('+')),
        None => return true,
    };
    let zero = mantissa.bytes().all(|b| matches!(b, b'0' | b'.' | b'-'));
    if zero || exponent.starts_with('-') {
        return true;
    }
    let int_digits = mantissa.trim_start_matches('-').split('.').next().unwrap_or("").trim_start_matches('0').len();
    let exponent: i64 =
        exponent.trim_start_matches('0').parse().unwrap_or(if exponent.trim_start_matches('0').is_empty() { 0 } else { i64::MAX });
    exponent.saturating_add(int_digits as i64) <= 309
}

impl fmt::Display for Value {
    /// Compact JSON, as serde_json writes a value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            Value::Number { text, .. } => f.write_str(text),
            Value::String(s) => write_string(f, s),
            Value::Unreadable(_) => f.write_str("\"\""),
            Value::Array(items) => {
                f.write_str("[")?;
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        f.write_str(",")?;
                    }
                    item.value.fmt(f)?;
                }
                f.write_str("]")
            }
            Value::Object(fields) => {
                f.write_str("{")?;
                for (n, field) in fields.iter().enumerate() {
                    if n > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, &field.name)?;
                    f.write_str(":")?;
                    field.node.value.fmt(f)?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            '\u{8}' => f.write_str("\\b")?,
            '\u{c}' => f.write_str("\\f")?,
            c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}
