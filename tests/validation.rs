//! One test per kind of problem an editor can make, each asserting the words
//! the editor will read: where, what is wrong, what was expected. Native:
//! the sample article is built with serde_json.
#![cfg(not(target_arch = "wasm32"))]

use annotated_article::article::sample::Sample;
use annotated_article::article::{load, ArticleError, Location, MAX_ARTICLE_BYTES};
use serde_json::{json, Value};

/// An original and one marked update; Ana Díaz quoted; a paragraph the
/// update added. Each test breaks one thing in it.
fn minimal() -> Value {
    Sample::new()
        .with(
            "revisions",
            json!([
                { "id": "original", "timestamp": "2025-04-02", "provenance": { "kind": "archived" } },
                { "id": "u1", "timestamp": "2025-04-02T16:00", "marker": "*", "note": "Updated.", "provenance": { "kind": "archived" } }
            ]),
        )
        .with("published", json!("2025-04-02"))
        .people(&[("ana", "Ana Díaz")])
        .blocks(json!([
            { "id": "p1", "text": "“Yes,” Ana Díaz said.", "annotations": [
                { "kind": "quote", "person": "ana", "exact": "“Yes,”" }
            ] },
            { "id": "p2", "added_in": "u1", "text": "Later text.", "annotations": [
                { "kind": "update", "revision": "u1" }
            ] }
        ]))
        .json()
}

fn errors(v: &Value) -> Vec<ArticleError> {
    load(v.to_string().as_bytes()).err().unwrap_or_default()
}

fn only_error(v: &Value) -> ArticleError {
    let errs = errors(v);
    assert_eq!(errs.len(), 1, "expected one error, got {errs:#?}");
    errs.into_iter().next().unwrap()
}

fn at(path: &str) -> Location {
    Location::Path(path.into())
}

#[test]
fn the_minimal_article_is_valid() {
    assert!(errors(&minimal()).is_empty());
}

#[test]
fn unknown_format_version() {
    let mut v = minimal();
    v["format_version"] = json!(3);
    let e = only_error(&v);
    assert_eq!(e.location, at("format_version"));
    assert_eq!(e.problem, "The file is format version 3; this viewer reads version 1 or 2.");
    assert!(e.expected.contains("\"format_version\": 2"));
}

#[test]
fn missing_or_foreign_format() {
    let mut v = minimal();
    v["format"] = json!("rss");
    assert_eq!(only_error(&v).problem, "The file says its format is \"rss\", which this viewer does not read.");
    v.as_object_mut().unwrap().remove("format");
    assert_eq!(only_error(&v).problem, "The file does not say what format it is.");
}

#[test]
fn duplicate_ids() {
    let mut v = minimal();
    v["blocks"][1]["id"] = json!("p1");
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[1].id"));
    assert_eq!(e.problem, "The id \"p1\" is used twice in blocks.");
    assert_eq!(e.expected, "a different id for each entry.");
}

#[test]
fn unknown_person() {
    let mut v = minimal();
    v["blocks"][0]["annotations"][0]["person"] = json!("bob");
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[0].annotations[0].person"));
    assert_eq!(e.problem, "There is no person \"bob\".");
    assert_eq!(e.expected, "one of the ids in \"people\": ana.");
}

#[test]
fn unknown_revision() {
    let mut v = minimal();
    v["blocks"][1]["added_in"] = json!("u9");
    let errs = errors(&v);
    let e = &errs[0];
    assert_eq!(e.location, at("blocks[1].added_in"));
    assert_eq!(e.problem, "There is no revision \"u9\".");
    assert_eq!(e.expected, "one of the ids in \"revisions\": original, u1.");
}

#[test]
fn revisions_out_of_order() {
    let mut v = minimal();
    v["revisions"][1]["timestamp"] = json!("2025-04-01T16:00");
    let e = only_error(&v);
    assert_eq!(e.location, at("revisions[1].timestamp"));
    assert_eq!(e.problem, "Revision \"u1\" (2025-04-01T16:00) is dated before the revision listed above it, \"original\".");
    assert_eq!(e.expected, "revisions listed from the oldest (the original) to the newest update.");
}

#[test]
fn quote_not_found() {
    let mut v = minimal();
    // A straight quote where the paragraph has a curly one.
    v["blocks"][0]["annotations"][0]["exact"] = json!("\"Yes,\"");
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[0].annotations[0].exact"));
    assert_eq!(e.problem, "The words “\"Yes,\"” are not in the paragraph's text.");
    assert!(e.expected.contains("curly quotes"));
}

#[test]
fn quote_found_twice() {
    let mut v = minimal();
    v["blocks"][0]["text"] = json!("Ana said yes. Ana said no.");
    v["blocks"][0]["annotations"][0]["exact"] = json!("Ana said");
    let e = only_error(&v);
    assert_eq!(e.problem, "The words “Ana said” appear 2 times in the paragraph, so it is unclear which is meant.");
    assert!(e.expected.contains("prefix"));
    // A suffix that picks one makes it valid.
    v["blocks"][0]["annotations"][0]["suffix"] = json!(" no");
    assert!(errors(&v).is_empty());
}

#[test]
fn empty_text() {
    let mut v = minimal();
    v["blocks"][0]["text"] = json!("   ");
    let errs = errors(&v);
    assert_eq!(errs[0].location, at("blocks[0].text"));
    assert_eq!(errs[0].problem, "The text is empty.");
    v["headline"] = json!("");
    assert!(errors(&v).iter().any(|e| e.location == at("headline.text") && e.problem == "The text is empty."));
}

#[test]
fn bad_date() {
    let mut v = minimal();
    v["published"] = json!("2 April 2025");
    let e = only_error(&v);
    assert_eq!(e.location, at("published"));
    assert_eq!(e.problem, "\"2 April 2025\" is not a date this viewer can read.");
}

#[test]
fn unsafe_link() {
    let mut v = minimal();
    v["people"][0]["sources"] = json!([{ "title": "Profile", "url": "javascript:alert(1)" }]);
    let e = only_error(&v);
    assert_eq!(e.location, at("people[0].sources[0].url"));
    assert_eq!(e.problem, "“javascript:alert(1)” is not a link readers can safely follow.");
    assert_eq!(e.expected, "an http://, https:// or mailto: address.");
}

#[test]
fn edits_out_of_order() {
    let mut v = minimal();
    v["headline"] = json!({ "text": "A", "edits": [{ "revision": "original", "text": "B" }] });
    let e = only_error(&v);
    assert_eq!(e.location, at("headline.edits[0].revision"));
    assert_eq!(e.problem, "The edit in revision \"original\" does not come after the text it replaces.");
}

#[test]
fn update_marker_pointing_at_the_original() {
    let mut v = minimal();
    v["blocks"][1]["annotations"][0]["revision"] = json!("original");
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[1].annotations[0].revision"));
    assert_eq!(e.problem, "An update marker points at the first revision, which is not an update.");
}

#[test]
fn update_marker_on_a_paragraph_not_yet_there() {
    let mut v = minimal();
    v["revisions"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "u2", "timestamp": "2025-04-02T18:00", "marker": "**", "provenance": { "kind": "archived" } }));
    // Added in the second update, but marked for the first.
    v["blocks"][1]["added_in"] = json!("u2");
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[1].annotations[0]"));
    assert_eq!(e.problem, "The paragraph is not in revision \"u1\", so it cannot carry its marker.");
    assert_eq!(e.expected, "a marker on a paragraph that exists in that revision.");
}

#[test]
fn wrong_type_names_the_field_and_the_expected_type() {
    let mut v = minimal();
    v["blocks"][0]["annotations"][0]["exact"] = json!(42);
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[0].annotations[0].exact"));
    assert_eq!(e.problem, "Invalid type: integer `42`.");
    assert_eq!(e.expected, "a string.");
}

#[test]
fn unknown_field_is_a_typo_not_silence() {
    let mut v = minimal();
    v["blocks"][0]["anotations"] = json!([]);
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[0].anotations"));
    assert_eq!(e.problem, "Unknown field `anotations`.");
    assert!(e.expected.contains("`annotations`"));
}

#[test]
fn missing_field() {
    let mut v = minimal();
    v["people"][0].as_object_mut().unwrap().remove("sourcing");
    let e = only_error(&v);
    assert_eq!(e.location, at("people[0]"));
    assert_eq!(e.problem, "Missing field `sourcing`.");
}

#[test]
fn malformed_json_gives_line_and_column() {
    let e = load(b"{\n  \"format\": \"annotated-article\",\n  \"id\" \"x\"\n}").unwrap_err().remove(0);
    assert_eq!(e.location, Location::LineColumn { line: 3, column: 8 });
    assert_eq!(e.problem, "The JSON is malformed: expected `:`.");
    assert_eq!(e.to_string(), format!("line 3, column 8: The JSON is malformed: expected `:`. Expected: {}", e.expected));
}

#[test]
fn truncated_json_says_something_is_not_closed() {
    let e = load(b"{\"format\": \"annotated-article\", \"blocks\": [").unwrap_err().remove(0);
    assert!(matches!(e.location, Location::LineColumn { line: 1, .. }));
    assert!(e.expected.contains("not closed"), "{e}");
}

#[test]
fn empty_invalid_utf8_and_oversized_files() {
    assert_eq!(load(b"  \n").unwrap_err()[0].problem, "The file is empty.");
    let e = load(b"{\n\"id\": \"\xff\"}").unwrap_err().remove(0);
    assert_eq!(e.location, Location::LineColumn { line: 2, column: 8 });
    assert_eq!(e.problem, "The file is not valid UTF-8 text here.");
    let big = vec![b' '; MAX_ARTICLE_BYTES + 1];
    assert!(load(&big).unwrap_err()[0].problem.contains("more than this viewer reads"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{{\"format\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    let e = load(deep.as_bytes()).unwrap_err().remove(0);
    assert!(e.problem.contains("recursion limit"), "{e}");
    let list = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(load(list.as_bytes()).unwrap_err()[0].problem, "The file is JSON, but not a JSON object.");
}

#[test]
fn all_problems_are_reported_at_once() {
    let mut v = minimal();
    v["published"] = json!("yesterday");
    v["blocks"][0]["annotations"][0]["person"] = json!("bob");
    v["blocks"][1]["id"] = json!("p1");
    assert_eq!(errors(&v).len(), 3);
}

// Holes the validator once let through (issue 14): each is now an error
// that says where, what and what to write instead.

#[test]
fn an_update_marker_on_words_its_revision_lacks() {
    // The words come with a later edit, so the update's own wording lacks them.
    let mut v = minimal();
    let u2 = json!({ "id": "u2", "timestamp": "2025-04-02T18:00", "marker": "**", "provenance": { "kind": "archived" } });
    v["revisions"].as_array_mut().unwrap().push(u2);
    v["blocks"][1]["edits"] = json!([{ "revision": "u2", "text": "Later text, revised." }]);
    v["blocks"][1]["annotations"][0]["exact"] = json!("revised");
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[1].annotations[0].exact"));
    assert_eq!(
        e.problem,
        "The marker's words “revised” are not in the paragraph as revision \"u1\" has it, so the update would go unmarked."
    );
}

#[test]
fn published_after_every_revision_or_modified_before_the_newest() {
    let mut v = minimal();
    v["published"] = json!("2025-04-03");
    let e = only_error(&v);
    assert_eq!(e.location, at("published"));
    assert_eq!(e.problem, "The article is published (2025-04-03) after every one of its revisions.");
    let mut v = minimal();
    v["modified"] = json!("2025-04-02T12:00");
    let e = only_error(&v);
    assert_eq!(e.location, at("modified"));
    assert_eq!(e.problem, "The article is last modified (2025-04-02T12:00) before its newest revision, \"u1\" (2025-04-02T16:00).");
    v["modified"] = json!("2025-04-02T16:00");
    assert!(errors(&v).is_empty());
}

#[test]
fn markers_are_trimmed_and_never_print_twice() {
    let mut v = minimal();
    v["revisions"][1]["marker"] = json!("* ");
    let e = only_error(&v);
    assert_eq!(e.location, at("revisions[1].marker"));
    assert_eq!((e.problem.as_str(), e.expected.as_str()), ("The marker \"* \" has spaces around it.", "the sign alone: \"*\"."));
    // An explicit "2" and an unmarked second update would both print 2.
    let mut v = minimal();
    let third = json!({ "id": "u2", "timestamp": "2025-04-02T18:00", "provenance": { "kind": "archived" } });
    v["revisions"].as_array_mut().unwrap().push(third);
    v["revisions"][1]["marker"] = json!("2");
    let e = only_error(&v);
    assert_eq!(e.location, at("revisions[2].marker"));
    assert_eq!(e.problem, "Revisions \"u1\" and \"u2\" would both print the marker \"2\".");
}

#[test]
fn a_bare_date_is_that_whole_day() {
    // The original known only by its date, the update by its time in Tehran:
    // 01:00+03:30 is 21:30 UTC the day before, yet the same day as written.
    let mut v = minimal();
    v["revisions"][1]["timestamp"] = json!("2025-04-02T01:00+03:30");
    assert!(errors(&v).is_empty(), "{:#?}", errors(&v));
    v["revisions"][1]["timestamp"] = json!("2025-04-01T23:00");
    assert_eq!(only_error(&v).location, at("revisions[1].timestamp"));
}

#[test]
fn an_edit_that_changes_nothing() {
    let mut v = minimal();
    v["blocks"][0]["edits"] = json!([{ "revision": "u1", "text": "“Yes,” Ana Díaz said." }]);
    let e = only_error(&v);
    assert_eq!(e.location, at("blocks[0].edits[0].text"));
    assert_eq!(e.problem, "The edit in revision \"u1\" leaves the text as it was.");
}

#[test]
fn overlapping_repeats_are_ambiguous_and_a_prefix_can_pick_the_second() {
    let mut v = minimal();
    v["blocks"][0]["text"] = json!("ha ha ha, Ana Díaz said.");
    v["blocks"][0]["annotations"][0]["exact"] = json!("ha ha");
    let e = only_error(&v);
    assert_eq!(e.problem, "The words “ha ha” appear 2 times in the paragraph, so it is unclear which is meant.");
    v["blocks"][0]["annotations"][0]["prefix"] = json!("ha ");
    assert!(errors(&v).is_empty(), "{:#?}", errors(&v));
}

#[test]
fn the_original_is_neither_an_update_nor_a_correction() {
    let mut v = minimal();
    v["revisions"][0]["kind"] = json!("correction");
    let e = only_error(&v);
    assert_eq!(e.location, at("revisions[0].kind"));
    assert_eq!(e.problem, "The original is marked as a correction.");
    assert!(e.expected.contains("only later revisions"), "{}", e.expected);
}

#[test]
fn a_correction_is_accepted_on_a_later_revision() {
    let mut v = minimal();
    v["revisions"][1]["kind"] = json!("correction");
    assert!(errors(&v).is_empty());
}

#[test]
fn an_organisation_has_no_role_or_affiliation() {
    let mut v = minimal();
    v["people"][0]["kind"] = json!("organization");
    v["people"][0]["role"] = json!("Spokesperson");
    let e = only_error(&v);
    assert_eq!(e.location, at("people[0].role"));
    assert_eq!(e.problem, "\"Ana Díaz\" is an organisation, which has no role.");
    assert!(e.expected.contains("description"), "{}", e.expected);
}

#[test]
fn a_format_1_file_cannot_use_format_2_kinds() {
    let mut v = minimal();
    v["format_version"] = json!(1);
    assert!(errors(&v).is_empty(), "format 1 still loads");
    v["people"][0]["kind"] = json!("person");
    let e = only_error(&v);
    assert_eq!(e.location, at("people[0].kind"));
    assert_eq!(e.problem, "A source kind (\"person\") is new in format version 2, but the file says \"format_version\": 1.");
    assert!(e.expected.starts_with("\"format_version\": 2"), "{}", e.expected);
}
