//! `prerender DIST_DIR ARTICLES_DIR`: publishes every article in
//! ARTICLES_DIR (the build passes assets/articles) into the built site:
//! for each, one pre-rendered page per version under `articles/<id>/`, the
//! article file and its W3C Web Annotation collection; the built-in article
//! into the site's front page; and `viewer.html`, the app without a
//! pre-rendered article, for `?article=` addresses. Each page is Trunk's `index.html`
//! with the article's metadata in the head and the viewer rendered by Yew's
//! server renderer into `#app`, which the WebAssembly then hydrates.
//! `AA_SITE_URL` (the address the site is served from) makes canonical and
//! Open Graph links absolute; `AA_ARTICLE_ORIGINS` (other sites whose
//! articles `?article=` may show) is checked here, and a bad value stops
//! the build. Run by tools/post-build.mjs on every build.

use std::process::ExitCode;

// A native tool; the browser build of the crate only needs it to compile.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, articles] = args.as_slice() else {
        eprintln!("usage: prerender DIST_DIR ARTICLES_DIR");
        return ExitCode::from(2);
    };
    match native::publish(dist.as_ref(), articles.as_ref()) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::BTreeMap;
    use std::fs;
    use std::path::Path;

    use annotated_article::article::{load, Article, SEED_JSON};
    use annotated_article::publish::address::Site;
    use annotated_article::publish::page;
    use annotated_article::publish::site::{annotations_file, article_file, pages};
    use annotated_article::publish::web_annotation;
    use annotated_article::state::source::{parse_origins, ARTICLE_ORIGINS_VAR};

    pub fn publish(dist: &Path, articles: &Path) -> Result<String, String> {
        let site = Site::new(std::env::var("AA_SITE_URL").ok().as_deref())?;
        // Compiled into the viewer by the same build (see `main.rs`); a
        // value it would ignore stops the build here instead.
        parse_origins(&std::env::var(ARTICLE_ORIGINS_VAR).unwrap_or_default())?;
        let index = dist.join("index.html");
        let template = fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        // The app alone, for articles fetched as the page opens
        // (`viewer.html?article=…`): without JavaScript it says it needs it,
        // rather than showing the built-in article in their place.
        if page::is_as_built(&template) {
            write(dist, "viewer.html", &template)?;
        }
        let mut found: BTreeMap<String, (String, Article, String)> = BTreeMap::new();
        let entries = fs::read_dir(articles).map_err(|e| format!("cannot read {}: {e}", articles.display()))?;
        let mut files: Vec<_> =
            entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
        files.sort();
        for path in files {
            let name = path.display().to_string();
            let json = fs::read_to_string(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
            let article = load(json.as_bytes()).map_err(|errors| {
                let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
                format!("{name} is not a valid article:\n{}", list.join("\n"))
            })?;
            if let Some((other, ..)) = found.get(&article.id) {
                return Err(format!("{name} and {other} both have the id “{}”; each article needs its own", article.id));
            }
            found.insert(article.id.clone(), (name, article, json));
        }
        let mut written = 0;
        let mut front = false;
        for (_, article, json) in found.values() {
            let seed = json == SEED_JSON;
            front |= seed;
            for plan in pages(article, seed) {
                let html = page::render(&template, article, json, &site, &plan)?;
                write(dist, &plan.path, &html)?;
                written += 1;
            }
            let annotations = web_annotation::collection(article, &site);
            let pretty = serde_json::to_string_pretty(&annotations).map_err(|e| e.to_string())?;
            write(dist, &annotations_file(article), &pretty)?;
            write(dist, &article_file(article), json)?;
        }
        if !front {
            eprintln!("prerender: the built-in article is not in {}; the front page stays the app alone", articles.display());
        }
        Ok(format!("prerender: {} article(s), {written} page(s)", found.len()))
    }

    fn write(dist: &Path, path: &str, contents: &str) -> Result<(), String> {
        let target = dist.join(path);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(&target, contents).map_err(|e| format!("cannot write {}: {e}", target.display()))
    }
}
