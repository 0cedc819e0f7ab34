//! Where the viewer gets its article: the embedded seed, or a URL a page
//! names (`?article=…`). Deciding which, and refusing unsafe URLs, is pure
//! logic; fetching is the `use_article` hook's job.

use crate::article::web_address::origin;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleSource {
    /// The article compiled into the full build (`SEED_JSON`).
    Seed,
    /// An article file to fetch: absolute http(s), or relative to the page.
    Url(String),
    /// Article JSON already in hand (tests, embedding hosts).
    Inline(String),
    /// The page asked for something the viewer will not fetch; the message says why.
    Refused(String),
}

/// The build-time setting naming other sites whose articles this site's
/// pages may show through `?article=`: origins (`https://host[:port]`)
/// separated by spaces or commas. Read by the browser build (`main.rs`) and
/// checked by the publishing step, which refuses a bad value.
pub const ARTICLE_ORIGINS_VAR: &str = "AA_ARTICLE_ORIGINS";

/// The origins in an `AA_ARTICLE_ORIGINS` value; an entry that is not
/// exactly an origin is an error that names it.
pub fn parse_origins(list: &str) -> Result<Vec<String>, String> {
    list.split([' ', ',', '\n', '\t'])
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let bare = entry.split_once("://").is_some_and(|(_, rest)| !rest.trim_end_matches('/').contains(['/', '\\', '?', '#']));
            match origin(entry) {
                Some(o) if bare => Ok(o),
                _ => Err(format!(
                    "{ARTICLE_ORIGINS_VAR} lists “{entry}”, which is not an origin: write each site as \
                 https://host or https://host:port, with no path, separated by spaces"
                )),
            }
        })
        .collect()
}

impl ArticleSource {
    /// The source an address names: `value` as the page or the host wrote
    /// it, `resolved` the absolute address the browser's URL parser made of
    /// it. With `allowed`, only articles from those origins are fetched (a
    /// page's own `?article=`, which anyone can write into a link); without,
    /// any web address (the `src` a host page gives its embed).
    pub fn from_address(value: Option<&str>, resolved: Option<&str>, allowed: Option<&[String]>) -> ArticleSource {
        let Some(raw) = value.map(str::trim).filter(|v| !v.is_empty()) else { return ArticleSource::Seed };
        let not_web = || {
            ArticleSource::Refused(format!(
                "The page asks for the article at “{raw}”, which is not a web address this viewer fetches. \
                 Use an https:// address, or a path on this site such as articles/story.json."
            ))
        };
        let Some(resolved) = resolved.filter(|_| !raw.chars().any(char::is_control)) else { return not_web() };
        let Some(from) = origin(resolved) else { return not_web() };
        match allowed {
            Some(list) if !list.contains(&from) => ArticleSource::Refused(format!(
                "This site does not show articles from {from}, so the article at “{raw}” was not loaded. \
                 A site that trusts {from} lists it in {ARTICLE_ORIGINS_VAR} when it is built (see the README)."
            )),
            _ => ArticleSource::Url(resolved.to_owned()),
        }
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

    const PAGE: &str = "https://news.example";

    fn from_page(value: &str, resolved: &str) -> ArticleSource {
        ArticleSource::from_address(Some(value), Some(resolved), Some(&[PAGE.to_owned()]))
    }

    #[test]
    fn no_parameter_means_the_seed() {
        assert_eq!(ArticleSource::from_address(None, None, None), ArticleSource::Seed);
        assert_eq!(ArticleSource::from_address(Some("  "), Some(PAGE), None), ArticleSource::Seed);
    }

    #[test]
    fn a_page_fetches_articles_from_its_own_site() {
        for (value, resolved) in [
            ("articles/a.json", "https://news.example/articles/a.json"),
            ("/a.json?x=1:2", "https://news.example/a.json?x=1:2"),
            ("HTTPS://NEWS.example:443/a.json", "https://news.example/a.json"),
        ] {
            assert_eq!(from_page(value, resolved), ArticleSource::Url(resolved.into()), "{value}");
        }
    }

    #[test]
    fn a_page_refuses_other_sites_and_says_how_to_allow_one() {
        // Each as the browser resolves it on https://news.example/viewer.html.
        for (value, resolved) in [
            ("https://evil.example/fake.json", "https://evil.example/fake.json"),
            ("//evil.example/fake.json", "https://evil.example/fake.json"),
            ("/\\evil.example/fake.json", "https://evil.example/fake.json"),
            ("http://news.example/a.json", "http://news.example/a.json"),
        ] {
            let ArticleSource::Refused(message) = from_page(value, resolved) else { panic!("{value} was accepted") };
            let from = origin(resolved).unwrap();
            assert!(message.contains(&format!("does not show articles from {from}")), "{message}");
            assert!(message.contains(value) && message.contains("AA_ARTICLE_ORIGINS"), "{message}");
        }
        let allowed = ["https://news.example".to_owned(), "https://wire.example".to_owned()];
        let wire = ArticleSource::from_address(Some("https://wire.example/a.json"), Some("https://wire.example/a.json"), Some(&allowed));
        assert_eq!(wire, ArticleSource::Url("https://wire.example/a.json".into()));
    }

    #[test]
    fn an_embed_fetches_any_web_address_its_host_names() {
        let any = ArticleSource::from_address(Some("https://wire.example/a.json"), Some("https://wire.example/a.json"), None);
        assert_eq!(any, ArticleSource::Url("https://wire.example/a.json".into()));
    }

    #[test]
    fn other_schemes_are_refused() {
        for (bad, resolved) in [
            ("javascript:alert(1)", Some("javascript:alert(1)")),
            ("data:application/json,{}", Some("data:application/json,{}")),
            ("file:///etc/passwd", Some("file:///etc/passwd")),
            ("https://", None),
            ("ftp://x/a.json", Some("ftp://x/a.json")),
            ("a\u{7}.json", Some("https://news.example/a%07.json")),
        ] {
            for allowed in [None, Some(&[PAGE.to_owned()][..])] {
                let source = ArticleSource::from_address(Some(bad), resolved, allowed);
                let ArticleSource::Refused(message) = source else { panic!("{bad} was accepted") };
                assert!(message.contains("not a web address this viewer fetches"), "{message}");
            }
        }
    }

    #[test]
    fn the_origins_setting_lists_origins_only() {
        assert_eq!(parse_origins(""), Ok(vec![]));
        assert_eq!(
            parse_origins(" https://Wire.example, http://127.0.0.1:8080 https://a.example/ "),
            Ok(vec!["https://wire.example".to_owned(), "http://127.0.0.1:8080".to_owned(), "https://a.example".to_owned()])
        );
        for bad in ["https://wire.example/articles", "wire.example", "*", "https://user@wire.example", "ftp://wire.example"] {
            let err = parse_origins(bad).unwrap_err();
            assert!(err.contains(&format!("“{bad}”")) && err.contains("https://host"), "{err}");
        }
    }
}
