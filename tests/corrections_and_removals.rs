//! Format 2 on a second article (tests/fixtures/bridge-repair-2025-05-06.json,
//! made up for the tests): a correction, an organisation as a source, an
//! update that only removes a paragraph and one that only edits the
//! headline. Each change is marked somewhere a reader sees it.

use annotated_article::article::{load, BodyItem, RevisionKind};

const BRIDGE: &str = include_str!("fixtures/bridge-repair-2025-05-06.json");

fn bridge() -> annotated_article::article::Article {
    load(BRIDGE.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn revisions_and_sources_have_their_kinds() {
    let a = bridge();
    let kinds: Vec<RevisionKind> = a.revisions.iter().map(|r| r.kind()).collect();
    assert_eq!(kinds, [RevisionKind::Update, RevisionKind::Update, RevisionKind::Correction, RevisionKind::Update]);
    assert!(a.has_corrections());
    assert_eq!(a.updates_heading(), "Updates and corrections");
    let organisations: Vec<&str> = a.people.iter().filter(|p| p.is_organization()).map(|p| p.id.as_str()).collect();
    assert_eq!(organisations, ["council"]);
}

#[test]
fn a_removed_paragraph_leaves_its_place_marked_from_its_removal_on() {
    let a = bridge();
    let removed =
        |revision: usize| -> Vec<BodyItem> { a.body_at(revision).into_iter().filter(|i| matches!(i, BodyItem::Removed { .. })).collect() };
    // p4 (index 3) stands in the original; the first update removed it.
    assert!(removed(0).is_empty());
    assert!(a.body_at(0).contains(&BodyItem::Block(3)));
    for revision in 1..=3 {
        assert_eq!(removed(revision), [BodyItem::Removed { block: 3, revision: 1 }], "at revision {revision}");
    }
    // The list of updates links back to that place.
    assert_eq!(a.marker_blocks(3)[1], [3]);
}

#[test]
fn an_update_that_only_edits_the_headline_is_marked_after_it() {
    let a = bridge();
    assert_eq!(a.headline_markers(3), [3]);
    assert!(a.headline_markers(2).is_empty());
    // The others are marked in the body: the removal at its place, the
    // correction where its own marker stands.
    assert!(!a.headline_markers(3).contains(&1) && !a.headline_markers(3).contains(&2));
    assert_eq!(a.marker_blocks(3)[2], [1]);
    let p2 = a.block_at(1, 2).unwrap();
    assert_eq!(p2.printed(&a), "The repair will cost $2.4 million†, the council said in a statement.");
}

#[test]
fn a_headline_edit_with_marks_elsewhere_adds_no_headline_marker() {
    // The same headline edit made by the update that also removed p4.
    let json = BRIDGE.replacen("{ \"revision\": \"u3\", \"text\": \"Riverton", "{ \"revision\": \"u1\", \"text\": \"Riverton", 1);
    let a = load(json.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(a.headline_markers(3).is_empty());
}
