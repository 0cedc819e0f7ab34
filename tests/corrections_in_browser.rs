//! Format 2 as a reader meets it, in every engine: the second article
//! (tests/fixtures/bridge-repair-2025-05-06.json) with a correction, an
//! organisation, a removal-only update and a headline-only update.
#![cfg(target_arch = "wasm32")]

use annotated_article::state::ArticleSource;
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

const BRIDGE: &str = include_str!("fixtures/bridge-repair-2025-05-06.json");

async fn bridge() -> Mounted {
    let m = mount(ArticleSource::Inline(BRIDGE.into())).await;
    m.wait_for(".article-body").await;
    m
}

fn labels(m: &Mounted, selector: &str) -> Vec<String> {
    m.all(selector).iter().map(|e| e.get_attribute("aria-label").unwrap_or_default()).collect()
}

/// Clicks a marker and returns the text of the note it opens.
async fn open_note(m: &Mounted, marker: &Element) -> String {
    click(marker);
    until("the note opens", || m.card().is_some()).await;
    let text = text_of(&m.card().unwrap());
    key(marker, "Escape", false);
    until("the note closes", || m.card().is_none()).await;
    text
}

#[wasm_bindgen_test]
async fn every_change_is_marked_where_a_reader_sees_it() {
    let m = bridge().await;
    // Latest: the headline-only update after the headline, the correction's
    // own sign in the text, the removal at the removed paragraph's place.
    let headline_markers = labels(&m, ".headline .aa-marker");
    assert_eq!(headline_markers.len(), 1, "{headline_markers:?}");
    assert!(headline_markers[0].starts_with("Update: "), "{headline_markers:?}");
    let place = m.get(".article-body .removed-block");
    assert!(text_of(&place).contains("A paragraph was removed here."), "{}", text_of(&place));
    let removal = place.query_selector(".aa-marker").unwrap().expect("the place carries a marker");
    assert!(open_note(&m, &removal).await.contains("Updated to remove a paragraph about Thursday"));
    let correction = m.all(".article-body .aa-marker").into_iter().find(|b| b.text_content().as_deref() == Some("†")).unwrap();
    assert!(correction.get_attribute("aria-label").unwrap().starts_with("Correction: "));
    let note = open_note(&m, &correction).await;
    assert!(note.starts_with("†Correction, ") || note.contains("Correction, May"), "{note}");
    assert!(note.contains("misstated the cost"), "{note}");
    let headline_marker = m.get(".headline .aa-marker");
    assert!(open_note(&m, &headline_marker).await.contains("The headline was updated."));
    // The list names corrections as such and links back to every mark.
    assert_eq!(m.text(".update-list h2"), "Updates and corrections");
    let entries = m.all(".update-entry");
    assert_eq!(entries.len(), 3);
    assert!(text_of(&entries[1]).contains("Correction, "), "{}", text_of(&entries[1]));
    for entry in &entries {
        let back = entry.query_selector(".backlink").unwrap().expect("each entry links back to its mark");
        let target = back.get_attribute("href").unwrap();
        assert!(m.one(&target).is_some(), "{target} is on the page");
    }
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_original_has_the_paragraph_and_no_later_marks() {
    let m = bridge().await;
    click(&m.version_radio("Original"));
    until("the original is shown", || m.one(".removed-block").is_none()).await;
    assert!(m.paragraph_texts().iter().any(|p| p.contains("The council meets again on Thursday")));
    assert!(m.all(".aa-marker").is_empty());
    assert_eq!(m.text(".headline"), "Council approves bridge money");
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_organisation_card_has_no_personal_fields() {
    let m = bridge().await;
    assert_eq!(m.text(".people-list h2"), "People and organisations in this article");
    let entry = m.all(".aa-roster-trigger").into_iter().find(|e| text_of(e) == "Riverton City Council").expect("listed");
    click(&entry);
    until("the card opens", || m.card().is_some()).await;
    let card = m.card().unwrap();
    let role = card.query_selector(".card-role").unwrap().map(|e| text_of(&e));
    assert_eq!(role.as_deref(), Some("Organisation"));
    assert!(text_of(&card).contains("The repair will cost $2.4 million"), "{}", text_of(&card));
    m.unmount();
}
