//! One published page: Trunk's built `index.html` with the article's head
//! and the viewer pre-rendered into `#app` by Yew's server renderer, for
//! the app to hydrate. The `#app` element carries what the app needs to
//! hydrate exactly what was rendered (see `main.rs`).

use std::ops::Range;

use super::address::{relative, Site};
use super::head::{self, PageMeta};
use super::script_json::{compact, json_for_script};
use super::site::{article_dir, PagePlan};
use crate::article::Article;
use crate::contract::{INLINE_ARTICLE_ID, MOUNT_ATTR, VERSION_ATTR, VERSION_PAGES_ATTR};
use crate::state::ArticleSource;
use crate::{App, AppProps};

/// The parts of Trunk's page that publishing replaces.
const LANG_OPEN: &str = r#"<html lang=""#;
const APP_OPEN: &str = r#"<main id="app""#;
const APP_CLOSE: &str = "</main>";
const HEAD_START: &str = "<!-- article metadata: src/publish/head.rs -->";
const HEAD_END: &str = "<!-- end of article metadata -->";
const DATA_CLOSE: &str = "</script>";

/// The start of the element carrying an article's JSON (see `main.rs`).
fn data_open() -> String {
    format!(r#"<script type="application/json" id="{INLINE_ARTICLE_ID}">"#)
}

/// Writes `page` of `article`, whose file is `json`. Every page carries its
/// article's data, the built-in article's too: the published pages' build
/// (the `site` feature) has no article compiled in, and the data compresses
/// with the page's own text (bench/byte-levers.md).
pub fn render(template: &str, article: &Article, json: &str, site: &Site, page: &PagePlan) -> Result<String, String> {
    let parts = Parts::find(template)?;
    let latest = page.version.is_latest(article);
    let opening = (!latest).then(|| page.version.id(article));
    let pages = relative(&page.path, &article_dir(article));
    let props = AppProps {
        source: ArticleSource::Inline(json.to_owned()),
        timing: Default::default(),
        sync_address: latest,
        initial_version: opening.clone(),
        version_pages: Some(pages.clone()),
        id_prefix: Default::default(),
    };
    let app = futures_executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render());

    // Ids are letters, digits, `-` and `_` (validated), so these attributes need no escaping.
    let mut main = format!(r#"<main id="app" class="page" {MOUNT_ATTR} {VERSION_PAGES_ATTR}="{pages}""#);
    if let Some(v) = &opening {
        main.push_str(&format!(r#" {VERSION_ATTR}="{v}""#));
    }
    main.push('>');
    let data = format!("{}{}{DATA_CLOSE}", data_open(), json_for_script(&compact(json)));
    let head = head::render(PageMeta::new(article, site, page));
    let lang = if is_language_tag(&article.language) { article.language.as_str() } else { "en" };

    let t = template;
    let mut out = String::with_capacity(t.len() + app.len() + head.len() + data.len() + 256);
    out.push_str(&t[..parts.lang.start]);
    out.push_str(lang);
    out.push_str(&t[parts.lang.end..parts.head.start]);
    out.push_str(HEAD_START);
    out.push_str(&head);
    out.push_str(HEAD_END);
    out.push_str(&t[parts.head.end..parts.app.start]);
    out.push_str(&main);
    out.push_str(&app);
    out.push_str(APP_CLOSE);
    out.push_str(&data);
    out.push_str(&t[parts.app.end..]);
    Ok(out)
}

/// Whether `page` is Trunk's page as built, not one this module wrote.
pub fn is_as_built(page: &str) -> bool {
    !page.contains(HEAD_START)
}

/// Where the replaced parts stand in the page: Trunk's page, or one this
/// module already wrote (so publishing again over a built site works).
struct Parts {
    /// The value of `<html lang="…">`.
    lang: Range<usize>,
    /// `<title>…</title>`, or the head this module wrote.
    head: Range<usize>,
    /// `<main id="app" …>…</main>` and the article data after it.
    app: Range<usize>,
}

impl Parts {
    fn find(t: &str) -> Result<Parts, String> {
        let lang_start = t.find(LANG_OPEN).map(|i| i + LANG_OPEN.len()).ok_or("the built page has no <html lang=\"…\">")?;
        let lang_end = t[lang_start..].find('"').map(|i| lang_start + i).ok_or("the built page's <html> is cut short")?;
        let head = match (t.find(HEAD_START), t.find(HEAD_END)) {
            (Some(a), Some(b)) if a < b => a..b + HEAD_END.len(),
            _ => match (t.find("<title>"), t.find("</title>")) {
                (Some(a), Some(b)) if a < b => a..b + "</title>".len(),
                _ => return Err("the built page has no <title>".into()),
            },
        };
        let app_start = t.find(APP_OPEN).ok_or_else(|| format!("the built page has no {APP_OPEN}…{APP_CLOSE}"))?;
        let mut app_end = t[app_start..]
            .find(APP_CLOSE)
            .map(|i| app_start + i + APP_CLOSE.len())
            .ok_or_else(|| format!("the built page's {APP_OPEN} is never closed"))?;
        if t[app_end..].starts_with(&data_open()) {
            app_end = t[app_end..].find(DATA_CLOSE).map(|i| app_end + i + DATA_CLOSE.len()).ok_or("the article data is cut short")?;
        }
        if !(lang_end < head.start && head.end < app_start) {
            return Err("the built page's <html>, <title> and #app are out of order".into());
        }
        Ok(Parts { lang: lang_start..lang_end, head, app: app_start..app_end })
    }
}

/// A BCP 47-shaped tag (`en`, `pt-BR`): safe in an attribute as it is.
fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= 35 && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
