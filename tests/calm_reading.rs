//! The calm reading in real browsers: speakers are the marked triggers and
//! tab stops, their words read as text; every quote still opens its
//! speaker's card in one step (pointer) or is one tab stop from a trigger
//! whose accessible name says who spoke (keyboard, screen reader); the
//! reader can ask for every statement marked, and the site's own viewer
//! remembers that choice while an embed leaves the host's storage alone.
#![cfg(target_arch = "wasm32")]

use annotated_article::state::ArticleSource;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

const REMEMBERED: &str = "aa-mark-statements";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn is_tab_stop(e: &web_sys::Element) -> bool {
    e.matches("a[href]:not([tabindex='-1']), button, [tabindex='0']").unwrap()
}

#[wasm_bindgen_test]
async fn quotes_read_as_text_and_the_attribution_says_who_spoke() {
    let m = mount(ArticleSource::Seed).await;
    let quote = m.trigger("“I think it’s better if we have direct talks,”");
    assert!(quote.class_list().contains("aa-quiet"), "a quote is plain text by default");
    assert!(!is_tab_stop(&quote), "a quote is not a tab stop");
    let underline = web_sys::window().unwrap().get_computed_style(&quote).unwrap().unwrap();
    assert_eq!(underline.get_property_value("text-decoration-line").unwrap(), "none");
    // Its speaker is one tab stop away, named for a screen reader.
    let said = m.trigger("he said");
    assert!(is_tab_stop(&said));
    assert_eq!(said.get_attribute("aria-label").as_deref(), Some("he said (Donald Trump)"));
    // A trigger that names its person keeps its own words as its name.
    assert_eq!(m.trigger("Trump said Thursday night").get_attribute("aria-label"), None);
    // Every quote and paraphrase is quiet or a trigger itself: in the seed
    // each has an attribution nearby, so none is a trigger.
    assert!(m.all(".aa-trigger.ann-quote, .aa-trigger.ann-paraphrase").is_empty());
    let mut quiet: Vec<String> =
        m.all(".aa-quiet.ann-quote, .aa-quiet.ann-paraphrase").iter().filter_map(|e| e.get_attribute("data-trigger")).collect();
    quiet.dedup();
    assert_eq!(quiet.len(), 23, "each of the 23 statements (a name inside one splits it in pieces)");
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_quote_opens_its_speakers_card_and_the_card_lights_up_their_words() {
    let m = mount(ArticleSource::Seed).await;
    let quote = m.trigger("“I think it’s better if we have direct talks,”");
    pointer(&quote, "pointerenter", "mouse");
    until("the card opens", || m.card().is_some()).await;
    let name = m.card().and_then(|c| c.query_selector(".card-name").ok().flatten()).and_then(|n| n.text_content());
    assert_eq!(name.as_deref(), Some("Donald Trump"));
    // All six of his quotes are highlighted, and nobody else's words.
    until("his statements are highlighted", || m.all("[data-speaking]").len() == 6).await;
    assert!(m.all("[data-speaking]").iter().all(|e| e.class_list().contains("ann-quote")));
    pointer(&quote, "pointerleave", "mouse");
    until("the card closes", || m.card().is_none()).await;
    until("the highlight goes with it", || m.all("[data-speaking]").is_empty()).await;
    // A tap (no hover on touch) opens it too.
    tap(&quote);
    until("a tap opens the card", || m.card().is_some()).await;
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_switch_marks_every_statement_and_an_embed_does_not_remember_it() {
    storage().remove_item(REMEMBERED).unwrap();
    let m = mount(ArticleSource::Seed).await;
    m.mark_every_statement().await;
    let quote = m.trigger("“I think it’s better if we have direct talks,”");
    assert!(quote.class_list().contains("aa-trigger") && is_tab_stop(&quote), "marked, a quote is a trigger again");
    assert_eq!(storage().get_item(REMEMBERED).unwrap(), None, "a viewer that does not own the page wrote to its storage");
    click(&m.get(".aa-statement-switch input"));
    until("the calm reading is back", || !m.all(".aa-quiet.ann-quote").is_empty()).await;
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_sites_own_viewer_remembers_the_choice() {
    storage().remove_item(REMEMBERED).unwrap();
    let m = mount_own().await;
    m.mark_every_statement().await;
    assert_eq!(storage().get_item(REMEMBERED).unwrap().as_deref(), Some("1"));
    m.unmount();
    let again = mount_own().await;
    until("the next visit opens marked", || !again.all(".aa-trigger.ann-quote").is_empty()).await;
    click(&again.get(".aa-statement-switch input"));
    until("turned off", || again.all(".aa-trigger.ann-quote").is_empty()).await;
    assert_eq!(storage().get_item(REMEMBERED).unwrap(), None);
    again.unmount();
}
