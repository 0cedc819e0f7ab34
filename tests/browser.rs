//! The viewer in real browsers (headless Chromium and Firefox, through
//! wasm-bindgen-test; `./x test` runs this file once per browser). Each test
//! mounts its own viewer and asserts what a reader would see in the DOM.
#![cfg(target_arch = "wasm32")]

use annotated_article::state::ArticleSource;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_seed_article_renders_character_for_character() {
    let m = mount(ArticleSource::Seed).await;
    let lines = seed_lines();
    assert_eq!(m.text("h1.headline"), lines[0]);
    assert_eq!(m.text(".dek"), lines[1]);
    let paragraphs: Vec<String> = m.all(".article-body p").iter().map(|p| p.text_content().unwrap_or_default()).collect();
    assert_eq!(paragraphs, lines[2..21].to_vec());
    assert_eq!(m.text(".publication"), "DIPLOMATIC", "set in capitals by the stylesheet");
    assert!(m.text(".dateline").contains("Published April 2, 2025"));
    assert!(m.text(".dateline").contains("Updated April 2, 2025, 11:30 p.m."));
    m.unmount();
}

#[wasm_bindgen_test]
async fn malformed_json_shows_the_error_panel_with_line_and_column() {
    let m = mount(ArticleSource::Inline("{\n  \"format\": \"annotated-article\"\n  \"id\": 1\n}".into())).await;
    let panel = m.one("[role=alert].error-panel").expect("an error panel");
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("This article could not be shown"), "{text}");
    assert!(text.contains("line 3, column 3: The JSON is malformed: expected `,` or `}`."), "{text}");
    assert!(m.one(".article").is_none());
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_invalid_article_lists_each_problem_with_its_place() {
    let broken = annotated_article::article::SEED_JSON.replacen("\"person\": \"trump\"", "\"person\": \"trunp\"", 1);
    let m = mount(ArticleSource::Inline(broken)).await;
    let items: Vec<String> = m.all(".error-list li").iter().map(|e| e.text_content().unwrap_or_default()).collect();
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].starts_with("blocks[4].annotations[0].person: There is no person \"trunp\"."), "{items:?}");
    assert!(items[0].contains("Expected: one of the ids in \"people\""));
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_missing_file_shows_a_network_error() {
    let m = mount(ArticleSource::Url("/no-such-article.json".into())).await;
    assert!(m.one("[role=status].loading").is_some(), "a loading state shows while the file downloads");
    let panel = m.wait_for(".error-panel").await;
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("could not be downloaded"), "{text}");
    assert!(text.contains("The server answered 404"), "{text}");
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_article_fetched_by_url_renders() {
    let parts = js_sys_array(annotated_article::article::SEED_JSON);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    let url = web_sys::Url::create_object_url_with_blob(&blob).unwrap();
    let m = mount(ArticleSource::Url(url.clone())).await;
    m.wait_for("h1.headline").await;
    assert_eq!(m.text("h1.headline"), seed_lines()[0]);
    web_sys::Url::revoke_object_url(&url).unwrap();
    m.unmount();
}

fn js_sys_array(s: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(s));
    array.into()
}

#[wasm_bindgen_test]
async fn a_javascript_url_is_refused_not_fetched() {
    let url = "javascript:alert(1)";
    let resolved = annotated_article::hooks::use_article::resolve_address(url);
    assert_eq!(resolved.as_deref(), Some(url), "the browser parses it as a javascript: address");
    let m = mount(ArticleSource::from_address(Some(url), resolved.as_deref(), None)).await;
    let text = m.text(".error-panel");
    assert!(text.contains("not a web address this viewer fetches"), "{text}");
    m.unmount();
}

#[wasm_bindgen_test]
async fn article_text_stays_text() {
    let hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    let json = annotated_article::article::SEED_JSON.replacen(
        "\"Indirect talks with the US could get underway likely in Oman in two or three weeks.\"",
        &serde_json::to_string(hostile).unwrap(),
        1,
    );
    let m = mount(ArticleSource::Inline(json)).await;
    assert_eq!(m.text(".dek"), hostile);
    assert!(m.one(".article img").is_none() && m.one(".article script").is_none());
    assert_no_markup_ran().await;
    m.unmount();
}

#[wasm_bindgen_test]
async fn markup_and_invisible_characters_in_every_field_stay_inert_text() {
    let json = include_str!("hostile/ok-markup-and-controls-in-every-text-field.json");
    let m = mount(ArticleSource::Inline(json.into())).await;
    let hostile = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">&amp;&lt;b&gt; \u{202e}gnp.exe\u{202c} zero\u{200b}width \u{2066}isolate\u{2069}";
    assert_eq!(m.get("h1.headline").text_content().unwrap(), format!("Head2 {hostile}"));
    assert_eq!(m.get(".dek").text_content().unwrap(), format!("Dek {hostile}"));
    assert_eq!(m.get(".paragraph[data-block=b1]").text_content().unwrap(), format!("Body {hostile} end."));
    assert_eq!(m.get(".aa-marker").text_content().as_deref(), Some("<b>*"));
    // The quote is split around the nested mention; its first piece opens the card.
    click(&m.get(".ann-quote"));
    settle(0).await;
    let card = m.card().expect("card");
    let text = card.text_content().unwrap();
    for field in ["Canon", "Role", "Aff", "Country", "Desc", "Title"] {
        assert!(text.contains(&format!("{field} {hostile}")), "{field} is not literal: {text}");
    }
    assert!(m.one("img, script, b").is_none(), "markup became elements");
    assert_no_markup_ran().await;
    let link = card.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org/<script>"));
    m.unmount();
}

#[wasm_bindgen_test]
fn the_platform_reads_letters_and_cases_as_std_does() {
    // What the pre-rendered page (std) and the live viewer (the platform) must agree on.
    use annotated_article::article::{alphabetic::is_alphabetic, case};
    let sample = "aZé ßДжاب中文한글Ⅷǅİ 1٣(“—)😀\u{301}\u{0}ﬁΣς";
    for c in sample.chars() {
        assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?} (U+{:04X})", c as u32);
    }
    for s in ["straße ǆ", "ORIGINAL İ", "ﬁnal Σ", "Éclair"] {
        assert_eq!(case::upper(s), s.to_uppercase(), "{s}");
        assert_eq!(case::lower(s), s.to_lowercase(), "{s}");
    }
}
