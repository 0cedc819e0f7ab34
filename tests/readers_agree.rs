//! The browser build reads article files with its own small JSON reader
//! (src/article/reader.rs), the native build with serde. Same file, same
//! result: the same article, or the same message at the same place, on the
//! shipped article, every hostile file, hand-written syntax and type errors,
//! and thousands of mutated files.
#![cfg(not(target_arch = "wasm32"))]

use annotated_article::article::load::{decode, read_compact, serde_reader};
use annotated_article::article::SEED_JSON;

mod fuzz;
use fuzz::{mutate, Rng};

fn agree(name: &str, bytes: &[u8]) -> bool {
    let Ok(text) = decode(bytes) else { return false };
    let serde = serde_reader::read(text);
    let compact = read_compact(text);
    assert_eq!(compact, serde, "{name}: the readers disagree on\n{text}");
    serde.is_ok()
}

#[test]
fn the_shipped_article_and_every_hostile_file() {
    assert!(agree("seed", SEED_JSON.as_bytes()));
    assert!(agree("format 2 fixture", include_bytes!("fixtures/bridge-repair-2025-05-06.json")));
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            agree(&path.display().to_string(), &std::fs::read(&path).unwrap());
            seen += 1;
        }
    }
    assert!(seen >= 12, "the hostile corpus is missing");
}

#[test]
fn syntax_errors_at_the_same_line_and_column() {
    let cases = [
        "{\n  \"format\": \"annotated-article\"\n  \"id\": 1\n}",
        "{\"format\": \"annotated-article\",}",
        "{\"a\": [1, 2,]}",
        "{\"a\": [1 2]}",
        "{\"a\": tru}",
        "{\"a\": nul",
        "{\"a\": \"é\u{1}\"}",
        "{\"a\": \"\\x\"}",
        "{\"a\": \"\\u12\"}",
        "{\"a\": \"\\uZZZZ\"}",
        "{\"a\": \"\\ud800\"}",
        "{\"a\": \"\\ud800\\u0041\"}",
        "{\"a\": \"\\udc00\"}",
        "{\"a\": 01}",
        "{\"a\": 1.}",
        "{\"a\": 1e}",
        "{\"a\": -}",
        "{\"a\": 1e999}",
        "{\"a\": 1} x",
        "{\"é\": \"ü\" \"x\": 1}",
        "{\"a\" 1}",
        "{1: 2}",
        "{\"a\": [",
        "{\"a\": [1,",
        "{\"a\": {",
        "{\"a\": {\"b\": 1,",
        "{\"a\": \"unterminated",
        "{\"a\": @}",
        "{   ",
    ];
    for text in cases {
        agree(text, text.as_bytes());
    }
    let deep = format!("{{\"a\": {}1{}}}", "[".repeat(200), "]".repeat(200));
    agree("deep", deep.as_bytes());
}

#[test]
fn type_and_field_errors_with_the_same_path() {
    let seed = SEED_JSON;
    let edits: [(&str, &str); 18] = [
        ("\"id\": \"iran-us-talks-2025-04-02\"", "\"id\": 2025"),
        ("\"id\": \"iran-us-talks-2025-04-02\"", "\"id\": null"),
        ("\"id\": \"iran-us-talks-2025-04-02\"", "\"id\": [1]"),
        ("\"id\": \"iran-us-talks-2025-04-02\"", "\"id\": 1.5"),
        ("\"id\": \"iran-us-talks-2025-04-02\",", ""),
        ("\"format_version\": 2", "\"format_version\": 3"),
        ("\"format_version\": 2", "\"format_version\": 0"),
        ("\"format\": \"annotated-article\"", "\"format\": {\"x\": [1, \"é\\n\"]}"),
        ("\"kind\": \"quote\"", "\"kind\": \"shout\""),
        ("\"kind\": \"quote\"", "\"kind\": 1"),
        ("\"kind\": \"archived\"", "\"kind\": \"lost\""),
        ("\"kind\": \"named\"", "\"kind\": \"famous\""),
        ("\"provenance\": {", "\"kind\": \"fix\", \"provenance\": {"),
        ("\"provenance\": {", "\"kind\": 2, \"provenance\": {"),
        ("\"sourcing\": {", "\"kind\": \"company\", \"sourcing\": {"),
        ("\"person\": \"trump\"", "\"person\": \"trump\", \"colour\": \"red\""),
        ("\"person\": \"trump\"", "\"person\": \"trump\", \"person\": \"vance\""),
        ("\"blocks\": [", "\"blocks\": {\"x\": ["),
    ];
    for (from, to) in edits {
        assert!(seed.contains(from), "{from}");
        let text = seed.replacen(from, to, 1);
        assert!(!agree(to, text.as_bytes()), "{to} should not load");
    }
    for text in [
        "{\"format\": \"annotated-article\", \"format_version\": 1}",
        "{\"format\": \"annotated-article\", \"format_version\": 2, \"format\": 1}",
        "[]",
        "{}",
    ] {
        agree(text, text.as_bytes());
    }
}

#[test]
fn mutated_files() {
    let cases: usize = std::env::var("AA_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000);
    let hostile = include_bytes!("hostile/ok-markup-and-controls-in-every-text-field.json");
    let mut rng = Rng(0x0dd_ba11_cafe_f00d);
    let mut loaded = 0;
    for case in 0..cases {
        let base: &[u8] = if case % 3 == 2 { hostile } else { SEED_JSON.as_bytes() };
        let input = mutate(&mut rng, base);
        loaded += usize::from(agree(&format!("case {case}"), &input));
    }
    assert!(loaded > 0 && loaded < cases, "{loaded} of {cases} loaded");
}
