//! The published pages' reader (`article::page_data`, what the site build
//! reads its page's article with) against the full loader, in every engine:
//! the same article from what the build writes, and a refusal, never a
//! panic, for anything else.
#![cfg(target_arch = "wasm32")]

use annotated_article::article::{load, page_data, SEED_JSON};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BRIDGE: &str = include_str!("fixtures/bridge-repair-2025-05-06.json");

#[wasm_bindgen_test]
fn reads_what_the_build_writes_as_the_full_loader_does() {
    for (name, json) in [("the built-in article", SEED_JSON), ("the bridge fixture", BRIDGE)] {
        let full = load(json.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let lean = page_data::read(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(lean, full, "{name}");
        assert_eq!(lean.read_version(), full.read_version(), "{name}");
    }
}

#[wasm_bindgen_test]
fn refuses_what_the_build_does_not_write() {
    let damaged = [
        String::new(),
        "not json".into(),
        "[]".into(),
        "{}".into(),
        "null".into(),
        SEED_JSON.replacen("\"format_version\": 2", "\"format_version\": \"2\"", 1),
        SEED_JSON.replacen("\"format_version\": 2", "\"format_version\": 2.5", 1),
        SEED_JSON.replacen("\"kind\": \"quote\"", "\"kind\": \"shout\"", 1),
        SEED_JSON.replacen("\"kind\": \"quote\"", "\"kind\": 7", 1),
        SEED_JSON.replacen("\"blocks\": [", "\"blocks\": {\"x\": [", 1),
        SEED_JSON.replacen("\"headline\": {", "\"headline\": [{", 1),
        // Faults deep inside a list, after good items: a required string, a required kind.
        SEED_JSON.replacen("\"timestamp\": \"", "\"timestamp\": null, \"was\": \"", 3),
        SEED_JSON.replacen("\"kind\": \"reconstructed\"", "\"kind\": \"lost\"", 2),
        SEED_JSON.replacen("\"kind\": \"named\"", "\"kind\": \"named\", \"words\": 3", 10),
    ];
    for (i, json) in damaged.iter().enumerate() {
        let refused = page_data::read(json);
        assert!(refused.is_err(), "case {i} was read");
        let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("not as the build wrote it"), "case {i}: {message}");
    }
}

#[wasm_bindgen_test]
fn never_panics_on_changed_data() {
    // Every string of the seed in turn replaced by a number, an array, null
    // and an object: whatever comes back, nothing panics.
    let quotes: Vec<usize> = SEED_JSON.match_indices(": \"").map(|(at, _)| at + 2).collect();
    let mut read = 0;
    for (n, &at) in quotes.iter().enumerate().step_by(3) {
        let Some(end) = SEED_JSON[at + 1..].find('"').map(|e| at + 1 + e + 1) else { continue };
        let other = ["1", "[]", "null", "{}"][n % 4];
        let json = format!("{}{}{}", &SEED_JSON[..at], other, &SEED_JSON[end..]);
        if page_data::read(&json).is_ok() {
            read += 1;
        }
    }
    // Optional fields may be null: some changed files are still articles.
    assert!(read < quotes.len());
}
