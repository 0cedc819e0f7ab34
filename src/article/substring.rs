//! Finding a string in a string by comparing bytes, the viewer's one string search (quoted words
//! in a paragraph, an address's `://`, a name in a trigger's words, Pym's separator): the standard
//! library's search for a string pattern brings its two-way searcher into the WebAssembly, which
//! pays only on long texts. A match of whole characters found in bytes begins and ends on character
//! boundaries.

/// Every byte offset where `needle` stands in `haystack`, in order, overlapping places too ("ha ha"
/// stands twice in "ha ha ha"); an empty needle stands everywhere.
pub fn positions<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let places = hay.len().checked_sub(needle.len()).map_or(0..0, |last| 0..last + 1);
    // The first byte alone rules out most places, without a call to compare the rest.
    places.filter(move |&i| needle.first().is_none_or(|b| hay[i] == *b) && hay[i..].starts_with(needle))
}

/// The byte offset of the first place `needle` stands in `haystack`; an empty needle stands at 0.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    positions(haystack, needle).next()
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
            let all: Vec<usize> = positions(hay, needle).collect();
            let expected: Vec<usize> = (0..=hay.len()).filter(|&i| hay.get(i..).is_some_and(|rest| rest.starts_with(needle))).collect();
            assert_eq!(all, expected, "{needle:?} in {hay:?}");
        }
    }
}
