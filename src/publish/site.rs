//! Which files the build writes for an article: under
//! `articles/<id>/`, `index.html` (the latest version), one
//! `version-<id>.html` per earlier revision, `changes.html`, the article
//! file itself and its annotations; and for the article the app ships
//! with, the site's front page as a copy of its latest page.

use super::address::{is_web_url, Site};
use crate::article::Article;
use crate::state::Version;

/// One page to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePlan {
    /// Site-relative path of the file.
    pub path: String,
    pub version: Version,
}

pub fn article_dir(article: &Article) -> String {
    format!("articles/{}/", article.id)
}

pub fn version_page(article: &Article, version: Version) -> String {
    format!("{}{}", article_dir(article), version.page_name(article))
}

pub fn annotations_file(article: &Article) -> String {
    format!("{}annotations.jsonld", article_dir(article))
}

pub fn article_file(article: &Article) -> String {
    format!("{}article.json", article_dir(article))
}

/// Every page of the article; with `front`, the site's `index.html` too.
pub fn pages(article: &Article, front: bool) -> Vec<PagePlan> {
    let latest = Version::Revision(article.latest_revision());
    let mut pages: Vec<PagePlan> =
        Version::all(article).into_iter().map(|version| PagePlan { path: version_page(article, version), version }).collect();
    if front {
        pages.insert(0, PagePlan { path: "index.html".to_owned(), version: latest });
    }
    pages
}

/// The page search engines should treat as the original of `page`: the
/// publication's own address for the latest version when the article names
/// one, else the article's own page of that version.
pub fn canonical(article: &Article, site: &Site, page: &PagePlan) -> String {
    match article.canonical_url.as_deref().filter(|u| is_web_url(u)) {
        Some(url) if page.version.is_latest(article) => url.to_owned(),
        _ => site.link(&page.path, &version_page(article, page.version)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};

    #[test]
    fn the_seed_gets_a_front_page_and_a_page_per_version() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        let paths: Vec<String> = pages(&a, true).into_iter().map(|p| p.path).collect();
        let dir = "articles/iran-us-talks-2025-04-02/";
        assert_eq!(
            paths,
            [
                "index.html".to_owned(),
                format!("{dir}version-original.html"),
                format!("{dir}version-u1.html"),
                format!("{dir}index.html"),
                format!("{dir}changes.html"),
            ]
        );
        let front = &pages(&a, true)[0];
        assert_eq!(canonical(&a, &Site::default(), front), format!("{dir}index.html"));
        let site = Site::new(Some("https://news.example/")).unwrap();
        assert_eq!(canonical(&a, &site, front), format!("https://news.example/{dir}"));
    }
}
