//! A version switch draws again only the paragraphs that differ: each
//! paragraph is drawn from `Article::block_revision`, which must give the
//! same wording and the same markers as the revision shown, on every block
//! of every revision of both articles the tests have.

use annotated_article::article::{load, Article, SEED_JSON};

const BRIDGE: &str = include_str!("fixtures/bridge-repair-2025-05-06.json");

fn articles() -> Vec<(&'static str, Article)> {
    [("seed", SEED_JSON), ("bridge", BRIDGE)]
        .into_iter()
        .map(|(name, json)| (name, load(json.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"))))
        .collect()
}

#[test]
fn a_paragraph_reads_and_is_marked_at_its_own_revision_as_at_the_one_shown() {
    for (name, a) in articles() {
        for revision in 0..a.revisions.len() {
            for block in 0..a.blocks.len() {
                let own = a.block_revision(block, revision);
                assert!(own <= revision, "{name}: block {block} at {revision} drawn from a later revision, {own}");
                assert_eq!(a.block_at(block, own), a.block_at(block, revision), "{name}: block {block} at {revision} (drawn from {own})");
            }
        }
    }
}

/// The ids of the paragraphs printed at both `from` and `to` that a
/// switch between them draws again.
fn redrawn(a: &Article, from: usize, to: usize) -> Vec<&str> {
    (0..a.blocks.len())
        .filter(|&b| a.block_at(b, from).is_some() && a.block_at(b, to).is_some())
        .filter(|&b| a.block_revision(b, from) != a.block_revision(b, to))
        .map(|b| a.blocks[b].id.as_str())
        .collect()
}

#[test]
fn a_switch_draws_again_only_the_paragraphs_an_update_reworded_or_marked() {
    let mut all = articles();
    let (_, bridge) = all.remove(1);
    let (_, seed) = all.remove(0);
    // The seed's updates only added paragraphs (each carrying its marker):
    // none of the fourteen both versions print is drawn again.
    assert_eq!(seed.block_indices_at(0).len(), 14);
    assert_eq!(redrawn(&seed, 0, seed.latest_revision()), Vec::<&str>::new());
    // The bridge's correction (c2) rewords p2 and marks it; u1 removed p4 and
    // u3 changed only the headline.
    assert_eq!(redrawn(&bridge, 0, 1), Vec::<&str>::new());
    assert_eq!(redrawn(&bridge, 1, 2), ["p2"]);
    assert_eq!(redrawn(&bridge, 0, 3), ["p2"]);
    assert_eq!(redrawn(&bridge, 2, 3), Vec::<&str>::new());
}
