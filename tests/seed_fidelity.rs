//! The shipped article against the text it was encoded from
//! (tests/fixtures/seed-article.txt, a copy of the received file): every
//! revision must read exactly as the seed and its update notes say.

use annotated_article::article::{load, Article, ProvenanceKind, SourcingKind, SEED_JSON};

const SEED_TXT: &str = include_str!("fixtures/seed-article.txt");

fn seed() -> Article {
    load(SEED_JSON.as_bytes()).expect("the seed article is valid")
}

fn seed_lines() -> Vec<&'static str> {
    SEED_TXT.split('\n').collect()
}

fn printed_body(article: &Article, revision: usize) -> Vec<String> {
    article.blocks_at(revision).iter().map(|b| b.printed(article)).collect()
}

#[test]
fn latest_revision_is_the_seed_character_for_character() {
    let a = seed();
    let lines = seed_lines();
    let latest = a.latest_revision();
    assert_eq!(a.headline_at(latest), lines[0]);
    assert_eq!(a.dek_at(latest), Some(lines[1]));
    assert_eq!(printed_body(&a, latest), lines[2..21].to_vec());
}

#[test]
fn update_notes_are_printed_with_their_markers() {
    let a = seed();
    let lines = seed_lines();
    for (revision, line) in [(1, lines[21]), (2, lines[22])] {
        let note = a.revisions[revision].note.as_deref().unwrap();
        assert_eq!(format!("{}{}", a.marker(revision), note), line);
    }
    // The seed ends with a lone "**": an artifact, not a paragraph.
    assert_eq!(lines.len(), 24);
    assert_eq!(lines[23], "**");
    assert!(a.blocks.iter().all(|b| b.text != "**" && !b.text.is_empty()));
}

#[test]
fn original_is_the_seed_without_the_five_update_paragraphs() {
    let a = seed();
    let lines = seed_lines();
    let mut expected: Vec<String> = lines[2..21].iter().map(|s| s.to_string()).collect();
    // Paragraphs 3-4 came with the 4pm update, 5-7 with the 11:30pm one.
    expected.drain(2..7);
    assert_eq!(printed_body(&a, 0), expected);
    assert_eq!(a.headline_at(0), "Iran could agree to direct talks with U.S. if progress in indirect mediation");
    assert!(printed_body(&a, 0).iter().all(|p| !p.contains('*')));
}

#[test]
fn the_4pm_update_adds_the_official_and_not_trump() {
    let a = seed();
    let lines = seed_lines();
    let body = printed_body(&a, 1);
    assert_eq!(body.len(), 16);
    assert_eq!(body[2], lines[4]);
    assert_eq!(body[3], lines[5]);
    assert!(body.iter().all(|p| !p.contains("Trump said")));
    assert!(a.headline_at(1).ends_with("(Updated)"));
}

#[test]
fn revisions_say_how_they_were_obtained() {
    let a = seed();
    let kinds: Vec<_> = a.revisions.iter().map(|r| r.provenance.kind).collect();
    assert_eq!(kinds, [ProvenanceKind::Reconstructed, ProvenanceKind::Reconstructed, ProvenanceKind::Archived]);
    let detail = a.revisions[0].provenance.detail.as_deref().unwrap();
    assert!(detail.starts_with("Reconstructed from the article's update notes"));
    let markers: Vec<_> = a.revisions.iter().map(|r| r.marker.as_deref()).collect();
    assert_eq!(markers, [None, Some("*"), Some("**")]);
}

#[test]
fn every_person_the_article_names_or_quotes_is_there() {
    let a = seed();
    let canonical: Vec<&str> = a.people.iter().map(|p| p.display_name()).collect();
    for name in [
        "Donald Trump",
        "Masoud Pezeshkian",
        "Abas Aslani",
        "Steve Witkoff",
        "Abbas Araghchi",
        "Ali Shamkhani",
        "Majid Takht-Ravanchi",
        "Kazem Gharibabadi",
        "Ali Khamenei",
        "Anwar Gargash",
    ] {
        assert!(canonical.contains(&name), "{name} is missing");
    }
    let anonymous: Vec<&str> = a.people.iter().filter(|p| p.sourcing.kind == SourcingKind::Anonymous).map(|p| p.id.as_str()).collect();
    // The three U.S. officials are kept apart: the article never says any two are one person.
    assert_eq!(anonymous, ["iranian-source", "us-official", "us-official-axios", "us-official-wednesday"]);
    assert_eq!(a.person("pezeshkian").unwrap().name, "Masoud Pezezshkian");
    assert_eq!(a.person("iranian-source").unwrap().sourcing.words.as_deref(), Some("an Iranian source … speaking not for attribution"));
    // Nothing the article does not say: no role, no place for the Iranian source.
    assert_eq!(a.person("iranian-source").unwrap().role, None);
}

#[test]
fn every_person_is_annotated_somewhere_in_the_latest_text() {
    let a = seed();
    let latest = a.blocks_at(a.latest_revision());
    for person in &a.people {
        let found = latest.iter().any(|b| {
            b.pieces.iter().any(|piece| match piece {
                annotated_article::article::Piece::Text { annotations, .. } => {
                    annotations.iter().any(|&i| b.annotation(i).and_then(|x| x.person.as_deref()) == Some(person.id.as_str()))
                }
                _ => false,
            })
        });
        assert!(found, "{} has no annotation in the text", person.id);
    }
}
