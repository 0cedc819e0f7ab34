//! Where the viewer gets its article: the embedded seed, or a URL a page
//! names (`?article=…`). Deciding which, and refusing unsafe URLs, is pure
//! logic; fetching is the `use_article` hook's job.

use crate::article::validate::is_safe_url;

/// The id of the `<script type="application/json">` in which a published
/// page carries an article that is not compiled into the app.
pub const INLINE_ARTICLE_ID: &str = "aa-article";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleSource {
    /// The article compiled into the app.
    Seed,
    /// An article file to fetch: absolute http(s), or relative to the page.
    Url(String),
    /// Article JSON already in hand (tests, embedding hosts).
    Inline(String),
    /// The page asked for something the viewer will not fetch; the message says why.
    Refused(String),
}

impl ArticleSource {
    /// The source named by the page's `article` query parameter, if any.
    /// Absolute URLs must be http(s); relative ones resolve against the page.
    pub fn from_query_value(value: Option<&str>) -> ArticleSource {
        Self::checked(value).unwrap_or_else(ArticleSource::Refused)
    }

    fn checked(value: Option<&str>) -> Result<ArticleSource, String> {
        let Some(raw) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(ArticleSource::Seed);
        };
        let has_scheme = raw.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && !scheme.contains('/')
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        });
        let lower = raw.to_ascii_lowercase();
        let web = lower.starts_with("http://") || lower.starts_with("https://");
        if (has_scheme && !(web && is_safe_url(raw))) || raw.chars().any(char::is_control) {
            return Err(format!(
                "The page asks for the article at “{raw}”, which is not a web address this viewer fetches. \
                 Use an https:// address, or a path on this site such as articles/story.json."
            ));
        }
        Ok(ArticleSource::Url(raw.to_owned()))
    }

    /// A name for the source in messages.
    pub fn describe(&self) -> String {
        match self {
            ArticleSource::Seed => "the built-in article".into(),
            ArticleSource::Url(url) => url.clone(),
            ArticleSource::Inline(_) => "the article given to the viewer".into(),
            ArticleSource::Refused(_) => "the page's address".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_parameter_means_the_seed() {
        assert_eq!(ArticleSource::from_query_value(None), ArticleSource::Seed);
        assert_eq!(ArticleSource::from_query_value(Some("  ")), ArticleSource::Seed);
    }

    #[test]
    fn web_and_relative_addresses_are_fetched() {
        for ok in ["https://example.org/a.json", "HTTP://example.org/a.json", "articles/a.json", "/a.json", "a.json?x=1:2"] {
            assert_eq!(ArticleSource::from_query_value(Some(ok)), ArticleSource::Url(ok.into()), "{ok}");
        }
    }

    #[test]
    fn other_schemes_are_refused() {
        for bad in ["javascript:alert(1)", "data:application/json,{}", "file:///etc/passwd", "https://", "ftp://x/a.json"] {
            let source = ArticleSource::from_query_value(Some(bad));
            let ArticleSource::Refused(message) = source else { panic!("{bad} was accepted") };
            assert!(message.contains("not a web address this viewer fetches"), "{message}");
        }
    }
}
