//! Upper and lower case, applying Unicode's full mappings either way: in the
//! browser through the platform's own (`String.prototype.toUpperCase`), so
//! the WebAssembly carries no case tables (about 6 KB gzip), and natively,
//! where the pages are pre-rendered, through std. Both follow the Unicode
//! standard's unconditional mappings, so hydration sees the same text.

pub fn upper(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JsString::from(s).to_upper_case().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        s.to_uppercase()
    }
}

pub fn lower(s: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JsString::from(s).to_lower_case().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        s.to_lowercase()
    }
}

/// The text with its first character in upper case.
pub fn capitalised(s: &str) -> String {
    let first = s.chars().next().map_or(0, char::len_utf8);
    format!("{}{}", upper(&s[..first]), &s[first..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_mappings_and_first_letters() {
        assert_eq!(upper("straße ǆ"), "STRASSE Ǆ");
        assert_eq!(lower("ORIGINAL İ"), "original i\u{307}");
        assert_eq!(capitalised("4pm update"), "4pm update");
        assert_eq!(capitalised("éclair"), "Éclair");
        assert_eq!(capitalised("ßa"), "SSa");
        assert_eq!(capitalised(""), "");
    }
}
