//! The page head for one version of an article: title, description,
//! canonical link, Open Graph and Twitter card tags, the NewsArticle
//! JSON-LD and a link to the annotations. Rendered by Yew's server renderer,
//! so every article string is escaped by the renderer, never pasted.

use yew::prelude::*;

use super::address::{is_web_url, Site};
use super::news_article::{description, modified, news_article};
use super::script_json::json_for_script;
use super::site::{annotations_file, canonical, PagePlan};
use crate::article::Article;
use crate::state::version::revision_name;
use crate::state::Version;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PageMeta {
    pub title: String,
    pub headline: String,
    pub description: String,
    pub canonical: String,
    /// Open Graph wants an absolute address; left out when the build does not know one.
    pub absolute_url: Option<String>,
    pub site_name: String,
    pub published: String,
    pub modified: Option<String>,
    /// The NewsArticle JSON-LD, already safe inside `<script>`.
    pub json_ld: String,
    pub annotations: String,
}

impl PageMeta {
    pub fn new(article: &Article, site: &Site, page: &PagePlan) -> PageMeta {
        let revision = page.version.revision(article);
        let headline = article.headline_at(revision).to_owned();
        let title = match page.version {
            _ if page.version.is_latest(article) => format!("{headline} — {}", article.publication.name),
            Version::Changes => format!("{headline} (what each update changed) — {}", article.publication.name),
            Version::Revision(r) => format!("{headline} ({}) — {}", revision_name(article, r), article.publication.name),
        };
        let canonical = canonical(article, site, page);
        let absolute = is_web_url(&canonical);
        PageMeta {
            title,
            headline,
            description: description(article, revision),
            absolute_url: absolute.then(|| canonical.clone()),
            canonical,
            site_name: article.publication.name.clone(),
            published: article.published.clone(),
            modified: modified(article, revision),
            json_ld: json_for_script(&news_article(article, site, page).to_string()),
            annotations: site.link(&page.path, &annotations_file(article)),
        }
    }
}

#[component]
pub fn PageHead(m: &PageMeta) -> Html {
    html! {
        <>
            <title>{ &m.title }</title>
            <meta name="description" content={ m.description.clone() } />
            <link rel="canonical" href={ m.canonical.clone() } />
            <meta property="og:type" content="article" />
            <meta property="og:title" content={ m.headline.clone() } />
            <meta property="og:description" content={ m.description.clone() } />
            <meta property="og:site_name" content={ m.site_name.clone() } />
            if let Some(url) = &m.absolute_url {
                <meta property="og:url" content={ url.clone() } />
            }
            <meta property="article:published_time" content={ m.published.clone() } />
            if let Some(modified) = &m.modified {
                <meta property="article:modified_time" content={ modified.clone() } />
            }
            <meta name="twitter:card" content="summary" />
            <meta name="twitter:title" content={ m.headline.clone() } />
            <meta name="twitter:description" content={ m.description.clone() } />
            <link rel="alternate" type="application/ld+json" href={ m.annotations.clone() } title="Who said what (W3C Web Annotations)" />
            <script type="application/ld+json">{ m.json_ld.clone() }</script>
        </>
    }
}

/// The head's HTML.
pub fn render(meta: PageMeta) -> String {
    futures_executor::block_on(yew::LocalServerRenderer::<PageHead>::with_props(meta).hydratable(false).render())
}
