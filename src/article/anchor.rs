//! Finding annotated words in a text the way a W3C Web Annotation
//! TextQuoteSelector does: by the exact words plus optional context, so an
//! annotation keeps its place when other parts of the paragraph are edited.

use std::ops::Range;

use super::substring::positions;

/// What to look for: the exact words, and text that must stand right before
/// (`prefix`) or right after (`suffix`) them to tell repeated words apart.
#[derive(Debug, Clone, Copy)]
pub struct Quote<'a> {
    pub exact: &'a str,
    pub prefix: Option<&'a str>,
    pub suffix: Option<&'a str>,
}

/// Where a quote stands in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Once(Range<usize>),
    Missing,
    /// More than once even with its prefix and suffix: the byte offsets.
    Ambiguous(Vec<usize>),
}

impl<'a> Quote<'a> {
    /// Byte ranges of every place the quote matches, context included.
    pub fn matches(&self, text: &str) -> Vec<Range<usize>> {
        if self.exact.is_empty() {
            return Vec::new();
        }
        // Every occurrence, overlapping ones too, as a TextQuoteSelector
        // means it, found by bytes: each paragraph is searched once for each
        // of its annotations on every render, and walking it by characters
        // cost start-up three times as much (bench/byte-levers.md).
        let bytes = text.as_bytes();
        positions(text, self.exact)
            .map(|start| start..start + self.exact.len())
            .filter(|r| self.prefix.is_none_or(|p| bytes[..r.start].ends_with(p.as_bytes())))
            .filter(|r| self.suffix.is_none_or(|s| bytes[r.end..].starts_with(s.as_bytes())))
            .collect()
    }

    pub fn find(&self, text: &str) -> Found {
        let mut all = self.matches(text);
        match all.len() {
            0 => Found::Missing,
            1 => Found::Once(all.remove(0)),
            _ => Found::Ambiguous(all.into_iter().map(|r| r.start).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q<'a>(exact: &'a str, prefix: Option<&'a str>, suffix: Option<&'a str>) -> Quote<'a> {
        Quote { exact, prefix, suffix }
    }

    #[test]
    fn finds_a_unique_quote() {
        assert_eq!(q("talks", None, None).find("direct talks now"), Found::Once(7..12));
    }

    #[test]
    fn repeated_words_are_ambiguous_until_context_picks_one() {
        let text = "Trump said. “No,” Trump said.";
        assert_eq!(q("Trump said", None, None).find(text), Found::Ambiguous(vec![0, 22]));
        assert_eq!(q("Trump said", Some("” "), None).find(text), Found::Once(22..32));
        assert_eq!(q("Trump said", None, Some(". “")).find(text), Found::Once(0..10));
    }

    #[test]
    fn overlapping_occurrences_count() {
        assert_eq!(q("ha ha", None, None).find("ha ha ha"), Found::Ambiguous(vec![0, 3]));
        assert_eq!(q("ha ha", Some("ha "), None).find("ha ha ha"), Found::Once(3..8));
    }

    #[test]
    fn missing_and_empty_quotes_match_nothing() {
        assert_eq!(q("Obama", None, None).find("Trump said"), Found::Missing);
        assert_eq!(q("", None, None).find("Trump said"), Found::Missing);
    }

    #[test]
    fn places_are_character_boundaries_in_any_script() {
        let text = "«Да», — сказал он. «Да», — повторил он. 😀😀";
        let second = text.rfind("«Да»").unwrap();
        assert_eq!(q("«Да»", None, None).find(text), Found::Ambiguous(vec![0, second]));
        assert_eq!(q("«Да»", Some("он. "), Some(", — п")).find(text), Found::Once(second..second + "«Да»".len()));
        let emoji = text.find('😀').unwrap();
        assert_eq!(q("😀", None, None).find(text), Found::Ambiguous(vec![emoji, emoji + 4]));
        assert_eq!(q("\u{80}", None, None).find(text), Found::Missing);
    }

    #[test]
    fn survives_an_edit_elsewhere_in_the_paragraph() {
        let quote = q("“Great,”", None, None);
        assert!(matches!(quote.find("“Great,” Witkoff wrote."), Found::Once(_)));
        assert!(matches!(quote.find("On Wednesday, “Great,” Witkoff’s account wrote."), Found::Once(_)));
    }
}
