//! Speaker cards in real browsers: hover intent, grace, keyboard, touch, one
//! at a time, ARIA, and the card's content for the version shown.
#![cfg(target_arch = "wasm32")]

use annotated_article::contract::{FLASH_ATTR, FLASH_MS};
use annotated_article::state::ArticleSource;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn card_name(m: &Mounted) -> String {
    m.card().and_then(|c| c.query_selector(".card-name").ok().flatten()).and_then(|n| n.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_resting_pointer_opens_the_card_and_a_quick_pass_does_not() {
    let m = mount(ArticleSource::Seed).await;
    let trump = m.trigger("Trump said Thursday night");
    // A pass: in and out at once. Past three hover delays nothing opened.
    pointer(&trump, "pointerenter", "mouse");
    pointer(&trump, "pointerleave", "mouse");
    settle((3.0 * QUICK.open_delay_ms) as u32).await;
    assert!(m.card().is_none(), "a quick pass opened a card");
    assert_eq!(trump.get_attribute("aria-expanded").as_deref(), Some("false"));
    // A rest: the card opens, and not before the hover delay.
    let rested = now();
    pointer(&trump, "pointerenter", "mouse");
    until("the card opens", || m.card().is_some()).await;
    let waited = now() - rested;
    assert!(waited >= QUICK.open_delay_ms - 1.0, "opened after {waited} ms, before the hover delay");
    assert_eq!(card_name(&m), "Donald Trump");
    assert_eq!(trump.get_attribute("aria-expanded").as_deref(), Some("true"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn moving_into_the_card_keeps_it_open_and_leaving_both_closes_it() {
    let m = mount(ArticleSource::Seed).await;
    let trigger = m.trigger("Witkoff’s personal Twitter account responded");
    pointer(&trigger, "pointerenter", "mouse");
    until("the card opens", || m.card().is_some()).await;
    let card = m.card().expect("card open");
    // Across the gap into the card, within the grace period: it stays,
    // however long the pointer rests there.
    pointer(&trigger, "pointerleave", "mouse");
    pointer(&card, "pointerenter", "mouse");
    settle((3.0 * QUICK.close_grace_ms) as u32).await;
    assert_eq!(card_name(&m), "Steve Witkoff", "the card closed while the pointer was in it");
    // Out of both: it closes after the grace period, not at once.
    let left = now();
    pointer(&card, "pointerleave", "mouse");
    until("the card closes", || m.card().is_none()).await;
    let waited = now() - left;
    assert!(waited >= QUICK.close_grace_ms - 1.0, "closed after {waited} ms, within the grace period");
    assert_eq!(trigger.get_attribute("aria-expanded").as_deref(), Some("false"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn focus_opens_escape_closes_and_focus_stays_on_the_trigger() {
    let m = mount(ArticleSource::Seed).await;
    let trigger = m.trigger("an Iranian source tells Diplomatic");
    // A link turned button: in the tab order by itself, still leading to the
    // person's entry in the list should the app stop.
    assert_eq!(trigger.tag_name(), "A");
    assert_eq!(trigger.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(trigger.get_attribute("tabindex"), None);
    assert_eq!(trigger.get_attribute("href").as_deref(), Some("#iran-us-talks-2025-04-02-person-iranian-source"));
    focus(&trigger);
    settle(0).await;
    assert_eq!(card_name(&m), "Iranian source");
    // Tab goes into the card, whose links and buttons are reachable.
    key(&trigger, "Tab", false);
    settle(0).await;
    let in_card = active_element().expect("focus somewhere");
    assert!(m.card().unwrap().contains(Some(&in_card)), "Tab did not move into the card");
    // Escape from inside the card closes it and returns focus to the trigger.
    key(&in_card, "Escape", false);
    settle(0).await;
    assert!(m.card().is_none());
    assert_eq!(active_element(), Some(trigger.clone()));
    // Escape on the trigger itself.
    key(&trigger, "Enter", false);
    settle(0).await;
    assert!(m.card().is_some(), "Enter opens the card");
    key(&trigger, "Escape", false);
    settle(0).await;
    assert!(m.card().is_none());
    assert_eq!(active_element(), Some(trigger));
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_tap_opens_an_outside_tap_closes_and_one_card_is_open_at_a_time() {
    let m = mount(ArticleSource::Seed).await;
    let shamkhani = m.trigger("Shamkhani said");
    tap(&shamkhani);
    settle(0).await;
    assert_eq!(card_name(&m), "Ali Shamkhani", "a single tap opens the card");
    // Well past the hover delay and the grace period: a tapped card stays.
    settle((3.0 * (QUICK.open_delay_ms + QUICK.close_grace_ms)) as u32).await;
    assert_eq!(card_name(&m), "Ali Shamkhani", "the card stays after a tap");
    let araghchi = m.trigger("Iranian Foreign Minister Seyed Abbas Araghchi wrote on Twitter on Tuesday");
    tap(&araghchi);
    settle(0).await;
    assert_eq!(m.all("[role=dialog]").len(), 1);
    assert_eq!(card_name(&m), "Abbas Araghchi");
    assert_eq!(shamkhani.get_attribute("aria-expanded").as_deref(), Some("false"));
    pointer(&document().body().unwrap(), "pointerdown", "touch");
    settle(0).await;
    assert!(m.card().is_none(), "an outside tap did not close the card");
    // The close button closes it too.
    tap(&araghchi);
    settle(0).await;
    click(&m.get("[role=dialog] .popover-close"));
    settle(0).await;
    assert!(m.card().is_none());
    m.unmount();
}

#[wasm_bindgen_test]
async fn triggers_and_card_follow_the_aria_dialog_pattern() {
    let m = mount(ArticleSource::Seed).await;
    let t = m.trigger("Iranian President Masoud Pezezshkian was cited on Sunday");
    assert_eq!(t.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(t.get_attribute("aria-haspopup").as_deref(), Some("dialog"));
    assert_eq!(t.get_attribute("aria-expanded").as_deref(), Some("false"));
    click(&t);
    settle(0).await;
    let card = m.card().unwrap();
    assert_eq!(t.get_attribute("aria-controls"), card.get_attribute("id"));
    assert_eq!(card.get_attribute("aria-modal").as_deref(), Some("false"));
    let label = card.get_attribute("aria-labelledby").unwrap();
    assert_eq!(document().get_element_by_id(&label).unwrap().text_content().as_deref(), Some("Masoud Pezeshkian"));
    let text = text_of(&card);
    assert!(text.contains("Printed as “Masoud Pezezshkian”"), "{text}");
    assert!(text.contains("President of Iran (since July 2024)"), "{text}");
    assert!(text.contains("Named in the article"), "{text}");
    // The article text itself is unchanged: the misspelling stays as printed.
    assert!(t.text_content().unwrap().contains("Pezezshkian"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_anonymous_source_says_how_the_article_sources_them() {
    let m = mount(ArticleSource::Seed).await;
    click(&m.trigger("the Iranian source, speaking not for attribution, said"));
    settle(0).await;
    let text = text_of(&m.card().unwrap());
    assert!(text.contains("Anonymous source. The article: “an Iranian source … speaking not for attribution”"), "{text}");
    // The source's card credits it with its own words only, not the
    // writer's aside about Ravanchi between them.
    assert!(!text.contains("a key negotiator of the 2016 Iran nuclear deal"), "{text}");
    assert!(text.contains("as well as Deputy Foreign Minister for Legal Affairs Kazem Gharibabadi"), "{text}");
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_named_source_says_how_the_article_sources_them_too() {
    let m = mount(ArticleSource::Seed).await;
    click(&m.trigger("Iranian President Masoud Pezezshkian was cited on Sunday"));
    settle(0).await;
    let text = text_of(&m.card().unwrap());
    assert!(text.contains("Named in the article: “cited on Sunday, according to Iranian journalist Abas Aslani”"), "{text}");
    m.unmount();
}

#[wasm_bindgen_test]
async fn in_this_article_lists_the_persons_statements_in_order_with_their_update() {
    let m = mount(ArticleSource::Seed).await;
    click(&m.trigger("the U.S. official said"));
    settle(0).await;
    let entries: Vec<String> = m.all("[role=dialog] .statement").iter().map(|e| e.text_content().unwrap_or_default()).collect();
    assert_eq!(
        entries,
        [
            "The United States would like to get to direct talks with people who have decisionmaking authority in IranParaphrase, added in the 4pm update",
            "“We believe it is essential that talks between our two countries occur with key decision makers who speak on behalf of our respective leaders,”Quote, added in the 4pm update",
        ]
    );
    click(&m.trigger("Trump said"));
    settle(0).await;
    assert_eq!(m.all("[role=dialog] .statement").len(), 6);
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_statement_jumps_to_and_highlights_its_passage() {
    let m = mount(ArticleSource::Seed).await;
    click(&m.trigger("he said"));
    settle(0).await;
    let first = m.all("[role=dialog] .statement").into_iter().next().unwrap();
    click(&first);
    settle(0).await;
    let passage = m.trigger("“I think it’s better if we have direct talks,”");
    assert!(passage.has_attribute(FLASH_ATTR), "the passage is highlighted");
    // For FLASH_MS, which reaches the stylesheet as a custom property on the root.
    let style = web_sys::window().unwrap().get_computed_style(&passage).unwrap().unwrap();
    assert_eq!(style.get_property_value("animation-duration").unwrap(), format!("{}s", f64::from(FLASH_MS) / 1000.0));
    assert_eq!(active_element(), Some(passage));
    assert_eq!(card_name(&m), "Donald Trump");
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_people_list_groups_everyone_and_opens_their_cards() {
    let m = mount(ArticleSource::Seed).await;
    let groups: Vec<String> = m.all(".people-list h3").iter().map(|h| h.text_content().unwrap_or_default()).collect();
    assert_eq!(groups, ["Named sources", "Anonymous sources", "Also mentioned"]);
    let names: Vec<String> = m.all(".people-list button").iter().map(|b| b.text_content().unwrap_or_default()).collect();
    assert_eq!(names.len(), 14);
    let khamenei = m.all(".people-list button").into_iter().find(|b| b.text_content().as_deref() == Some("Ali Khamenei")).unwrap();
    click(&khamenei);
    settle(0).await;
    assert_eq!(card_name(&m), "Ali Khamenei");
    assert!(text_of(&m.card().unwrap()).contains("Mentioned, not quoted, in this version."));
    assert_eq!(khamenei.get_attribute("aria-expanded").as_deref(), Some("true"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn tab_past_the_card_goes_on_to_the_next_stop_not_into_a_split_trigger() {
    // With every statement marked, "Majid Ravanchi" sits inside the Iranian
    // source's paraphrase, which it splits; the paraphrase's later pieces are
    // out of the tab order, so leaving Ravanchi's card forwards must reach
    // "US President Trump".
    let m = mount(ArticleSource::Seed).await;
    m.mark_every_statement().await;
    let ravanchi = m.trigger("Majid Ravanchi");
    focus(&ravanchi);
    settle(0).await;
    assert_eq!(card_name(&m), "Majid Takht-Ravanchi");
    key(&ravanchi, "Tab", false);
    settle(0).await;
    let card = m.card().expect("card open");
    let stops = card.query_selector_all("a[href], button").unwrap();
    let last = stops.item(stops.length() - 1).unwrap().dyn_into::<web_sys::Element>().unwrap();
    focus(&last);
    key(&last, "Tab", false);
    settle(0).await;
    let next = active_element().expect("focus somewhere");
    assert_eq!(next.text_content().as_deref(), Some("US President Trump"));
    m.unmount();
}
