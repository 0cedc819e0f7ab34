//! Finding a string in a string by comparing bytes, for the viewer's few searches (an address's
//! `://`, a name in a trigger's words, Pym's separator): the standard library's search for a string
//! pattern brings its two-way searcher into the WebAssembly, which pays only on long texts.
//! A match of whole characters found in bytes begins and ends on character boundaries.

/// The byte offset of the first place `needle` stands in `haystack`; an empty needle stands at 0.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    (0..=hay.len().checked_sub(needle.len())?).find(|&i| hay[i..].starts_with(needle))
}

/// The text before and after the first `separator`.
pub fn split_once<'a>(text: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, separator)?;
    Some((text.get(..at)?, text.get(at + separator.len()..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_standard_library_finds() {
        let cases = [
            ("https://news.example", "://"),
            ("ha ha ha", "ha"),
            ("abc", ""),
            ("", ""),
            ("", "a"),
            ("ab", "abc"),
            ("Да, «Да»", "«Да»"),
            ("x😀y", "y"),
            ("Trump said", "Obama"),
        ];
        for (hay, needle) in cases {
            assert_eq!(find(hay, needle), hay.find(needle), "{needle:?} in {hay:?}");
            assert_eq!(split_once(hay, needle), hay.split_once(needle), "{needle:?} in {hay:?}");
        }
    }
}
