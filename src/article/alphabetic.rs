//! Whether a character is a letter (Unicode's `Alphabetic` property): in the browser through the
//! platform's regular expressions (`/\p{Alphabetic}/u`), so the WebAssembly carries no table of the
//! world's letters (1.0 KB gzip, bench/byte-levers.md); natively, through std. Both read the same
//! property of the Unicode standard.

pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    #[cfg(target_arch = "wasm32")]
    {
        let mut utf8 = [0; 4];
        js_sys::RegExp::new("^\\p{Alphabetic}$", "u").test(c.encode_utf8(&mut utf8))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        c.is_alphabetic()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_any_script_and_nothing_else() {
        for c in ['a', 'Z', 'é', 'ß', 'Д', 'ا', '中', 'ᄀ', 'Ⅷ'] {
            assert!(is_alphabetic(c), "{c}");
        }
        for c in ['1', '٣', '(', '“', '—', ' ', '😀', '\u{0}'] {
            assert!(!is_alphabetic(c), "{c:?}");
        }
    }
}
