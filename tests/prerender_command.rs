//! The publishing step (`prerender DIST ARTICLES`, run by the build): which
//! files it writes, that article strings never become markup in them, that
//! running it again over its own output changes nothing, and that a bad
//! article stops the build with the editor's error.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use annotated_article::article::SEED_JSON;
use annotated_article::contract::MOUNT_ATTR;

/// Trunk's page, reduced to what publishing touches.
const TEMPLATE: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Annotated article</title>
    <link rel="stylesheet" href="/style-0.css" />
  </head>
  <body>
    <main id="app" class="page" data-aa-viewer>
      <p class="boot-message">Loading the article…</p>
    </main>
    <script type="module" src="/init-0.js"></script>
  </body>
</html>
"#;

const HOSTILE: &str = include_str!("hostile/ok-markup-and-controls-in-every-text-field.json");

struct Site {
    root: PathBuf,
}

impl Site {
    fn new(name: &str, articles: &[(&str, &str)]) -> Site {
        let root = std::env::temp_dir().join(format!("prerender-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("dist")).unwrap();
        fs::create_dir_all(root.join("articles")).unwrap();
        fs::write(root.join("dist/index.html"), TEMPLATE).unwrap();
        for (file, json) in articles {
            fs::write(root.join("articles").join(file), json).unwrap();
        }
        Site { root }
    }

    fn publish(&self) -> (i32, String) {
        self.publish_at(None)
    }

    /// Publishes with `AA_SITE_URL` set to `site`.
    fn publish_at(&self, site: Option<&str>) -> (i32, String) {
        self.publish_with(&[("AA_SITE_URL", site)])
    }

    /// Publishes with each variable set to its value, or unset.
    fn publish_with(&self, vars: &[(&str, Option<&str>)]) -> (i32, String) {
        let mut command = Command::new(env!("CARGO_BIN_EXE_prerender"));
        command.arg(self.root.join("dist")).arg(self.root.join("articles")).env_remove("AA_SITE_URL").env_remove("AA_ARTICLE_ORIGINS");
        for (name, value) in vars {
            if let Some(value) = value {
                command.env(name, value);
            }
        }
        let out = command.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        (out.status.code().unwrap_or(-1), text)
    }

    fn read(&self, path: &str) -> String {
        fs::read_to_string(self.root.join("dist").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn files(&self) -> Vec<String> {
        fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
            for e in fs::read_dir(dir).unwrap().flatten() {
                if e.path().is_dir() {
                    walk(&e.path(), base, out);
                } else {
                    out.push(e.path().strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.root.join("dist"), &self.root.join("dist"), &mut out);
        out.sort();
        out
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// What a page shows: its article as rendered, without the data after it.
fn shown(page: &str) -> &str {
    &page[..page.find("</main>").expect("the page has its article")]
}

/// The article data a page carries for its app.
fn article_data(page: &str) -> &str {
    let start = page.find(r#"<script type="application/json" id="aa-article">"#).expect("the page carries its article's data");
    let data = &page[start..];
    &data[data.find('>').unwrap() + 1..data.find("</script>").unwrap()]
}

#[test]
fn every_article_gets_a_page_per_version_its_data_and_its_annotations() {
    let site = Site::new("pages", &[("seed.json", SEED_JSON), ("hostile.json", HOSTILE)]);
    let (code, text) = site.publish();
    assert_eq!(code, 0, "{text}");
    let seed = "articles/iran-us-talks-2025-04-02";
    let mut expected: Vec<String> = ["index.html".to_owned(), "viewer.html".to_owned()]
        .into_iter()
        .chain(
            ["annotations.jsonld", "article.json", "changes.html", "index.html", "version-o.html"]
                .iter()
                .map(|f| format!("articles/hostile/{f}")),
        )
        .chain(
            ["annotations.jsonld", "article.json", "changes.html", "index.html", "version-original.html", "version-u1.html"]
                .iter()
                .map(|f| format!("{seed}/{f}")),
        )
        .collect();
    expected.sort();
    assert_eq!(site.files(), expected);
    // The front page is the seed's latest version, pre-rendered; its head is the article's.
    let front = site.read("index.html");
    assert!(front
        .contains("<title>Iran could agree to direct talks with U.S. if progress in indirect mediation (Updated) — Diplomatic</title>"));
    assert!(front.contains("I think they feel vulnerable. And I don’t want them to feel that way.”"));
    // Marked as the page's own viewer: the app mounts only where a page says so.
    assert!(front.contains(r#"<main id="app" class="page" data-aa-viewer data-version-pages="articles/iran-us-talks-2025-04-02/">"#));
    assert!(!front.contains("Loading the article"));
    // A version's page says which version it is, and shows it.
    let original = site.read(&format!("{seed}/version-original.html"));
    assert!(original.contains(r#"data-aa-viewer data-version-pages="" data-version="original">"#));
    assert!(!shown(&original).contains("I think they feel vulnerable"), "the original has no Trump comments");
    // Every page carries its article's data, the built-in article's too (the published pages' build has none), without the file's layout.
    for page in [front.as_str(), original.as_str()] {
        let data = article_data(page);
        assert!(!data.contains("\n  "), "{data:.80}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(data).unwrap(), serde_json::from_str::<serde_json::Value>(SEED_JSON).unwrap());
    }
    assert_eq!(site.read(&format!("{seed}/article.json")), SEED_JSON);
    // The app alone, for articles named in the address, is Trunk's page as built.
    assert_eq!(site.read("viewer.html"), TEMPLATE);
    let index = include_str!("../index.html");
    assert!(index.contains(&format!("<main id=\"app\" class=\"page\" {MOUNT_ATTR}>")), "index.html marks where the viewer mounts");
}

#[test]
fn article_strings_stay_text_in_every_page() {
    let site = Site::new("hostile", &[("hostile.json", HOSTILE)]);
    let (code, text) = site.publish();
    assert_eq!(code, 0, "{text}");
    for page in ["index.html", "version-o.html", "changes.html"] {
        let html = site.read(&format!("articles/hostile/{page}"));
        // Only the page's own scripts: the JSON-LD, the article data, the start-up.
        let scripts: Vec<&str> = html.match_indices("<script").map(|(i, _)| &html[i..(i + 40).min(html.len())]).collect();
        assert_eq!(scripts.len(), 3, "{page}: {scripts:#?}");
        assert!(!html.contains("<img"), "{page}: an article string became an element");
        // (In the JSON the quote is escaped as \", so this finds only an attribute broken open.)
        assert!(!html.contains(r#"/a"onmouseover"#), "{page}: an article string broke out of an attribute");
        if page == "index.html" {
            assert!(html.contains(r#"<link rel="canonical" href="https://example.org/a&quot;onmouseover=&quot;alert(1)">"#));
        }
        // The article data round-trips.
        let parsed: serde_json::Value = serde_json::from_str(article_data(&html)).unwrap();
        assert_eq!(parsed, serde_json::from_str::<serde_json::Value>(HOSTILE).unwrap());
    }
}

#[test]
fn publishing_again_over_a_published_site_changes_nothing() {
    let site = Site::new("again", &[("seed.json", SEED_JSON), ("hostile.json", HOSTILE)]);
    assert_eq!(site.publish().0, 0);
    let first: Vec<String> = site.files().iter().map(|f| site.read(f)).collect();
    assert_eq!(site.publish().0, 0);
    let second: Vec<String> = site.files().iter().map(|f| site.read(f)).collect();
    assert!(first == second, "a second run rewrote the pages differently");
}

#[test]
fn a_bad_article_stops_the_build_with_the_editors_message() {
    let broken = SEED_JSON.replacen("\"published\": \"2025-04-02\"", "\"published\": \"April 2\"", 1);
    let site = Site::new("bad", &[("broken.json", &broken)]);
    let (code, text) = site.publish();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("broken.json is not a valid article"), "{text}");
    assert!(text.contains("published: \"April 2\" is not a date this viewer can read."), "{text}");
    let twice = Site::new("twice", &[("a.json", SEED_JSON), ("b.json", SEED_JSON)]);
    let (code, text) = twice.publish();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("both have the id “iran-us-talks-2025-04-02”"), "{text}");
}

#[test]
fn with_the_site_address_known_every_link_in_the_metadata_is_absolute() {
    let site = Site::new("absolute", &[("seed.json", SEED_JSON)]);
    let (code, text) = site.publish_at(Some("https://news.example/viewer"));
    assert_eq!(code, 0, "{text}");
    let dir = "https://news.example/viewer/articles/iran-us-talks-2025-04-02/";
    let front = site.read("index.html");
    assert!(front.contains(&format!(r#"<link rel="canonical" href="{dir}">"#)), "{front}");
    assert!(front.contains(&format!(r#"<meta property="og:url" content="{dir}">"#)));
    assert!(front.contains(&format!(r#"href="{dir}annotations.jsonld""#)));
    let annotations: serde_json::Value = serde_json::from_str(&site.read("articles/iran-us-talks-2025-04-02/annotations.jsonld")).unwrap();
    assert_eq!(annotations["id"], format!("{dir}annotations.jsonld"));
    assert_eq!(annotations["first"]["items"][0]["target"]["source"], dir);
    // An address that is not a web address stops the build.
    let (code, text) = site.publish_at(Some("javascript:alert(1)"));
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("AA_SITE_URL must be the http(s) address the site is served from"), "{text}");
}

#[test]
fn a_bad_list_of_trusted_article_origins_stops_the_build() {
    let site = Site::new("origins", &[("seed.json", SEED_JSON)]);
    let (code, text) = site.publish_with(&[("AA_ARTICLE_ORIGINS", Some("https://wire.example https://news.example/articles/"))]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("AA_ARTICLE_ORIGINS lists “https://news.example/articles/”, which is not an origin"), "{text}");
    let (code, text) = site.publish_with(&[("AA_ARTICLE_ORIGINS", Some("https://wire.example, http://127.0.0.1:8080"))]);
    assert_eq!(code, 0, "{text}");
}

/// The JSON-LD `NewsArticle` in a published page's head.
fn news_article(page: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = page.find(open).expect("a JSON-LD script") + open.len();
    let end = start + page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..end]).unwrap()
}

#[test]
fn format_2_pre_renders_corrections_organisations_and_every_change_marked() {
    let bridge = include_str!("fixtures/bridge-repair-2025-05-06.json");
    let site = Site::new("format-2", &[("seed.json", SEED_JSON), ("bridge.json", bridge)]);
    let (code, text) = site.publish();
    assert_eq!(code, 0, "{text}");
    let latest = site.read("articles/bridge-repair-2025-05-06/index.html");
    // The removal-only update: the removed paragraph's place, with its marker.
    let removed = latest.find("A paragraph was removed here.").expect("the removed paragraph's place");
    assert!(latest[removed..].find("Update: ").is_some_and(|at| at < 400), "the place carries the update's marker");
    // The headline-only update: a marker inside the headline.
    let h1 = &latest[latest.find("<h1").unwrap()..latest.find("</h1>").unwrap()];
    assert!(h1.contains("update-marker") && h1.contains("Update: "), "{h1}");
    // The correction, in words, in the list.
    assert!(latest.contains("Updates and corrections"));
    assert!(latest.contains("Correction, "));
    assert!(latest.contains("aria-label=\"Correction: "), "the correction's marker says what it is");
    // The organisation, without personal fields.
    assert!(latest.contains("People and organisations in this article"));
    assert!(latest.contains(">Organisation<"));
    // Metadata: schema.org's correction and Organization.
    let ld = news_article(&latest);
    assert_eq!(ld["correction"][0]["@type"], "CorrectionComment");
    assert!(ld["correction"][0]["text"].as_str().unwrap().contains("misstated the cost"));
    let mentions = ld["mentions"].as_array().unwrap();
    assert!(mentions.iter().any(|m| m["@type"] == "Organization" && m["name"] == "Riverton City Council"), "{mentions:?}");
    // The original has neither the removal's place nor the correction.
    let original = site.read("articles/bridge-repair-2025-05-06/version-original.html");
    assert!(!original.contains("A paragraph was removed here."));
    assert!(original.contains("The council meets again on Thursday"));
    assert!(news_article(&original).get("correction").is_none());
}
