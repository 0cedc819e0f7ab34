//! Bad input can never break the loader: the corpus in tests/hostile/
//! (markup, script URLs, invisible characters, wrong types, duplicate keys,
//! invalid UTF-8, HTML instead of JSON), giant and deeply nested files, and
//! a bounded fuzz run over mutated articles. Every file either loads, with
//! its text kept exactly as written, or is rejected with a located message.
//!
//! More fuzzing: `AA_FUZZ_CASES=200000 cargo test --release --test hostile_input`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use annotated_article::article::{load, Location, SEED_JSON};

mod fuzz;
use fuzz::{exercise, mutate, well_formed, Rng};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the hostile corpus is missing");
    files
}

#[test]
fn the_hostile_corpus_loads_literally_or_is_rejected_with_a_message() {
    for (name, bytes) in corpus() {
        match load(&bytes) {
            Ok(article) => {
                assert!(name.starts_with("ok-"), "{name} should have been rejected");
                exercise(&article);
                // Markup stays text, byte for byte.
                let text = &article.blocks[0].text;
                assert!(text.contains("<script>window.__pwned=1</script>"), "{name}: {text}");
                assert!(text.contains("&amp;&lt;b&gt;") && text.contains('\u{202e}') && text.contains('\u{200b}'));
            }
            Err(errors) => {
                assert!(name.starts_with("bad-"), "{name} was rejected: {errors:#?}");
                assert!(well_formed(&errors), "{name}: {errors:#?}");
            }
        }
    }
}

#[test]
fn specific_rejections_say_what_is_wrong() {
    let files = corpus();
    let first_error = |file: &str| -> String {
        let bytes = &files.iter().find(|(n, _)| n == file).unwrap().1;
        load(bytes).unwrap_err()[0].to_string()
    };
    assert!(first_error("bad-javascript-url.json").contains("is not a link readers can safely follow"));
    assert!(first_error("bad-data-url.json").contains("canonical_url"));
    assert!(first_error("bad-mixed-case-javascript-url.json").contains("publication.url"));
    assert!(first_error("bad-duplicate-key.json").contains("Duplicate field `id`"));
    assert!(first_error("bad-unknown-field.json").contains("blocks[0].onclick: Unknown field `onclick`"));
    assert!(first_error("bad-invalid-utf8.json").contains("not valid UTF-8"));
    assert!(first_error("bad-html-not-json.json").starts_with("line 1, column 1: The JSON is malformed"));
    assert!(first_error("bad-ambiguous-quote.json").contains("appear 2 times"));
}

#[test]
fn a_20_mb_string_is_refused_before_parsing() {
    let big = format!("{{\"format\": \"annotated-article\", \"id\": \"{}\"}}", "x".repeat(20 * 1024 * 1024));
    let errors = load(big.as_bytes()).unwrap_err();
    assert_eq!(errors[0].location, Location::File);
    assert!(errors[0].problem.contains("more than this viewer reads"));
}

#[test]
fn deep_nesting_in_every_position_is_an_error() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let deep = format!("{{\"format\": \"annotated-article\", \"blocks\": {}1{}}}", open.repeat(100_000), close.repeat(100_000));
        let errors = load(deep.as_bytes()).unwrap_err();
        assert!(well_formed(&errors));
    }
}

#[test]
fn fuzz_mutated_articles_never_panic() {
    let cases: usize = std::env::var("AA_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000);
    let seeds: Vec<Vec<u8>> = std::iter::once(SEED_JSON.as_bytes().to_vec()).chain(corpus().into_iter().map(|(_, b)| b)).collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut loaded, mut rejected) = (0, 0);
    for case in 0..cases {
        let base = &seeds[case % seeds.len()];
        let input = mutate(&mut rng, base);
        let outcome = catch_unwind(AssertUnwindSafe(|| match load(&input) {
            Ok(a) => {
                exercise(&a);
                true
            }
            Err(errors) => {
                assert!(well_formed(&errors), "{errors:#?}");
                false
            }
        }));
        match outcome {
            Ok(true) => loaded += 1,
            Ok(false) => rejected += 1,
            Err(_) => panic!("case {case} panicked on input:\n{}", String::from_utf8_lossy(&input)),
        }
    }
    // Both sides are exercised: some mutated files still load (and are
    // rendered in every revision by `exercise`), most are refused.
    assert!(loaded > cases / 100, "too few mutated files loaded ({loaded} of {cases}) to exercise the views");
    assert!(rejected > cases / 2, "the mutations should mostly break the file ({loaded} loaded)");
}
