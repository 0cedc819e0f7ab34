//! Versions, update markers and the changes view in real browsers.
#![cfg(target_arch = "wasm32")]

use annotated_article::state::ArticleSource;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn original_paragraphs() -> Vec<String> {
    let mut p: Vec<String> = seed_lines()[2..21].iter().map(|s| s.to_string()).collect();
    p.drain(2..7);
    p
}

fn history() -> web_sys::History {
    web_sys::window().unwrap().history().unwrap()
}

fn set_fragment(fragment: &str) {
    let location = web_sys::window().unwrap().location();
    let url = format!("{}{}{}", location.pathname().unwrap(), location.search().unwrap(), fragment);
    history().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).unwrap();
}

fn fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

async fn mount_synced() -> Mounted {
    let m = mount_own().await;
    settle(0).await;
    m
}

#[wasm_bindgen_test]
async fn the_original_has_no_update_paragraphs_and_no_markers() {
    let m = mount(ArticleSource::Seed).await;
    click(&m.version_radio("Original"));
    settle(0).await;
    assert_eq!(m.paragraph_texts(), original_paragraphs());
    assert!(m.all(".aa-marker").is_empty());
    assert_eq!(m.text("h1.headline"), "Iran could agree to direct talks with U.S. if progress in indirect mediation");
    assert!(m.text(".version-switch .provenance-note").starts_with("Original reconstructed."));
    assert!(m.one(".update-list").is_none(), "no updates exist yet in the original");
    let live = m.get(".version-switch [aria-live=polite]");
    assert_eq!(live.text_content().as_deref(), Some("Showing the original, reconstructed from the article's update notes."));
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_latest_shows_every_paragraph_with_both_markers() {
    let m = mount(ArticleSource::Seed).await;
    assert_eq!(m.paragraph_texts(), seed_lines()[2..21].to_vec());
    let markers: Vec<String> = m.all(".aa-marker").iter().map(|b| b.text_content().unwrap_or_default()).collect();
    assert_eq!(markers, ["*", "**"]);
    let first = &m.all(".aa-marker")[0];
    assert_eq!(first.get_attribute("aria-label").as_deref(), Some("Update: April 2, 2025, 4 p.m."));
    assert_eq!(first.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(first.get_attribute("aria-haspopup").as_deref(), Some("dialog"));
    // The 4pm update's entry links back to its marker.
    let entries = m.all(".update-entry");
    assert_eq!(entries.len(), 2);
    assert!(text_of(&entries[0]).contains("Updated 4/2/2025 at 4pm with U.S. official comment."));
    let back = entries[0].query_selector(".backlink").unwrap().unwrap();
    let target = back.get_attribute("href").unwrap();
    assert_eq!(m.one(&target), Some(first.clone()));
    // And the 4pm version shows its own marker only.
    click(&m.version_radio("4pm update"));
    settle(0).await;
    let markers: Vec<String> = m.all(".aa-marker").iter().map(|b| b.text_content().unwrap_or_default()).collect();
    assert_eq!(markers, ["*"]);
    assert_eq!(m.paragraph_texts().len(), 16);
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_marker_opens_its_note_and_escape_closes_it() {
    let m = mount(ArticleSource::Seed).await;
    let marker = m.all(".aa-marker")[1].clone();
    click(&marker);
    settle(0).await;
    let note = m.card().expect("a note opens");
    let text = text_of(&note);
    assert!(text.contains("Update, April 2, 2025, 11:30 p.m."), "{text}");
    assert!(text.contains("Updated 4/2 at 11:30pm with Trump comments."), "{text}");
    let link = note.query_selector("a").unwrap().unwrap();
    assert!(m.one(&link.get_attribute("href").unwrap()).is_some(), "the note links to the list of updates");
    assert_eq!(marker.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(marker.get_attribute("aria-controls"), note.get_attribute("id"));
    focus(&marker);
    key(&marker, "Escape", false);
    settle(0).await;
    assert!(m.card().is_none());
    assert_eq!(active_element(), Some(marker.clone()));
    // Hover opens it too, after the same delay as the cards.
    let rested = now();
    pointer(&marker, "pointerenter", "mouse");
    until("hover opens the note", || m.card().is_some()).await;
    assert!(now() - rested >= QUICK.open_delay_ms - 1.0, "opened before the hover delay");
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_address_opens_the_version_it_names() {
    set_fragment("#v=original");
    let m = mount_synced().await;
    assert_eq!(m.paragraph_texts(), original_paragraphs());
    m.unmount();
    set_fragment("#v=u1");
    let m = mount_synced().await;
    assert_eq!(m.paragraph_texts().len(), 16);
    m.unmount();
    set_fragment("#v=draft");
    let m = mount_synced().await;
    assert_eq!(m.paragraph_texts().len(), 19);
    assert_eq!(m.text(".version-notice"), "This article has no version “draft”, so the latest version is shown.");
    m.unmount();
    set_fragment("");
}

#[wasm_bindgen_test]
async fn back_and_forward_switch_versions() {
    set_fragment("");
    let m = mount_synced().await;
    click(&m.version_radio("Original"));
    settle(0).await;
    // The address follows once the switch has painted.
    until("the address names the original", || fragment() == "#v=original").await;
    click(&m.version_radio("What changed"));
    until("the address names the changes view", || fragment() == "#v=changes").await;
    history().back().unwrap();
    until("back shows the original", || fragment() == "#v=original" && m.paragraph_texts() == original_paragraphs()).await;
    history().forward().unwrap();
    until("forward returns to the changes view", || m.one(".changes-view").is_some()).await;
    history().back().unwrap();
    until("back shows the original again", || m.paragraph_texts().len() == 14).await;
    history().back().unwrap();
    until("back to the latest", || m.paragraph_texts().len() == 19).await;
    m.unmount();
    set_fragment("");
}

type Frame = std::rc::Rc<std::cell::RefCell<Option<wasm_bindgen::closure::Closure<dyn FnMut()>>>>;

fn next_frame(callback: &Frame) {
    use wasm_bindgen::JsCast;
    if let Some(cb) = callback.borrow().as_ref() {
        web_sys::window().unwrap().request_animation_frame(cb.as_ref().unchecked_ref()).unwrap();
    }
}

/// Counts the next ten animation frames. The callback asks for each next
/// frame itself and holds its own cell, so it outlives this function.
fn count_frames() -> std::rc::Rc<std::cell::Cell<u32>> {
    let frames = std::rc::Rc::new(std::cell::Cell::new(0));
    let tick: Frame = Default::default();
    let (counter, again) = (frames.clone(), tick.clone());
    *tick.borrow_mut() = Some(wasm_bindgen::closure::Closure::new(move || {
        counter.set(counter.get() + 1);
        if counter.get() < 10 {
            next_frame(&again);
        }
    }));
    next_frame(&tick);
    frames
}

#[wasm_bindgen_test]
async fn what_waits_for_the_paint_runs_after_a_frame_and_not_once_cancelled() {
    use annotated_article::hooks::after_paint::AfterPaint;
    use std::{cell::Cell, rc::Rc};
    // The page address after a switch waits for the switch's frame.
    let frames = count_frames();
    let ran_after = Rc::new(Cell::new(None::<u32>));
    let seen = ran_after.clone();
    let counted = frames.clone();
    let pending = AfterPaint::new(move || seen.set(Some(counted.get())));
    assert!(pending.is_some(), "a visible page waits for its frame");
    assert_eq!(ran_after.get(), None, "nothing runs before the frame");
    until("the work has run", || ran_after.get().is_some()).await;
    assert!(ran_after.get() >= Some(1), "it ran after a frame, not before: {:?}", ran_after.get());
    drop(pending);
    // Cancelled before its frame, it never runs. Work asked for after it
    // runs after it (frame callbacks and zero-delay timers keep their
    // order), so once that has run, the cancelled work would have too.
    let ran = Rc::new(Cell::new(false));
    let flag = ran.clone();
    let cancelled = AfterPaint::new(move || flag.set(true));
    let probe_ran = Rc::new(Cell::new(false));
    let probe_flag = probe_ran.clone();
    let probe = AfterPaint::new(move || probe_flag.set(true));
    drop(cancelled);
    until("work asked for later has run", || probe_ran.get()).await;
    drop(probe);
    assert!(!ran.get(), "cancelled work ran");
}

#[wasm_bindgen_test]
async fn the_changes_view_marks_exactly_the_five_added_paragraphs_and_the_headline() {
    let m = mount(ArticleSource::Seed).await;
    click(&m.version_radio("What changed"));
    settle(0).await;
    let added: Vec<String> = m.all(".change-block.is-added").iter().filter_map(|p| p.get_attribute("data-block")).collect();
    assert_eq!(added, ["p3", "p4", "p5", "p6", "p7"]);
    let labels: Vec<String> = m.all(".change-block.is-added .change-tag").iter().map(|t| t.text_content().unwrap_or_default()).collect();
    assert_eq!(labels, ["* 4pm update", "* 4pm update", "** 11:30pm update", "** 11:30pm update", "** 11:30pm update"]);
    let headline_ins: Vec<String> = m.all("h1 ins").iter().map(text_of).collect();
    assert_eq!(headline_ins.len(), 1);
    assert!(headline_ins[0].ends_with("(Updated)"), "{headline_ins:?}");
    assert_eq!(m.all("ins").len(), 6 + 1, "five paragraphs, the headline, and the legend");
    assert_eq!(m.all("del.change").len(), 0);
    assert_eq!(m.all(".change-block").len(), 19);
    assert!(m.text(".changes-legend").contains("is underlined"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn switching_keeps_the_readers_place() {
    let m = mount(ArticleSource::Seed).await;
    let window = web_sys::window().unwrap();
    let target = m.get(".paragraph[data-block=p14]");
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let top = target.get_bounding_client_rect().top();
    window.scroll_by_with_x_and_y(0.0, top - 100.0);
    let before = m.get(".paragraph[data-block=p14]").get_bounding_client_rect().top();
    let top_of = |block: &str| m.get(&format!(".paragraph[data-block={block}]")).get_bounding_client_rect().top();
    click(&m.version_radio("Original"));
    until("the original shows", || m.paragraph_texts().len() == 14).await;
    until("p14 is back where it was", || (top_of("p14") - before).abs() < 2.0).await;
    // The first update paragraph is not in the original: the nearest one stays put.
    click(&m.version_radio("Updated"));
    until("the update shows", || m.paragraph_texts().len() == 19).await;
    let p4 = m.get(".paragraph[data-block=p4]");
    // p4 is the first paragraph on screen (p3 has scrolled off above).
    window.scroll_by_with_x_and_y(0.0, p4.get_bounding_client_rect().top() - 10.0);
    let p8_before = m.get(".paragraph[data-block=p8]").get_bounding_client_rect().top();
    assert!(p8_before > 100.0);
    click(&m.version_radio("Original"));
    until("the original shows", || m.paragraph_texts().len() == 14).await;
    until("the next paragraph takes p4's place", || (top_of("p8") - 10.0).abs() < 2.0).await;
    window.scroll_to_with_x_and_y(0.0, 0.0);
    m.unmount();
}

/// The seed with `n` more paragraphs at its start, each added by the 4pm
/// update: a switch between the original and the update draws them all.
fn seed_with_added_paragraphs(n: usize) -> String {
    let added: String =
        (0..n).map(|i| format!(r#"{{ "id": "added{i}", "added_in": "u1", "text": "An added paragraph, number {i}." }},"#)).collect();
    annotated_article::article::SEED_JSON.replacen(r#""blocks": ["#, &format!(r#""blocks": [{added}"#), 1)
}

/// Lets the microtasks queued so far run, and nothing else: no timer, no
/// frame.
async fn microtasks() {
    let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}

#[wasm_bindgen_test]
async fn back_or_forward_keeps_the_readers_place_before_anything_can_paint() {
    use wasm_bindgen::JsCast;
    // A switch that takes longer than a frame (a thousand paragraphs to
    // draw), asked for by the address, as back or forward do. The reader's
    // place is kept by an effect of the switch's render: a frame painted
    // between the two would show the page jumped away. Chromium and Firefox
    // would keep the place by themselves (CSS scroll anchoring), Safari would
    // not: anchoring is off here, so every engine shows what Safari would.
    let html = document().document_element().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    html.style().set_property("overflow-anchor", "none").unwrap();
    set_fragment("#v=original");
    let props = annotated_article::AppProps {
        source: ArticleSource::Inline(seed_with_added_paragraphs(1000)),
        timing: QUICK,
        sync_address: true,
        initial_version: None,
        version_pages: None,
        id_prefix: Default::default(),
    };
    let m = mount_with(None, props).await;
    until("the original shows", || m.paragraph_texts().len() == 14).await;
    let window = web_sys::window().unwrap();
    window.scroll_to_with_x_and_y(0.0, 0.0);
    window.scroll_by_with_x_and_y(0.0, m.get(".paragraph[data-block=p14]").get_bounding_client_rect().top() - 100.0);
    let top_of_p14 = || m.get(".paragraph[data-block=p14]").get_bounding_client_rect().top();
    let before = top_of_p14();
    set_fragment("");
    window.dispatch_event(&web_sys::Event::new("popstate").unwrap()).unwrap();
    // Not `until`, whose flush would run the viewer's work itself: the work
    // the event starts runs in the microtasks it queued, before these.
    microtasks().await;
    let (shown, after) = (m.paragraph_texts().len(), top_of_p14());
    window.scroll_to_with_x_and_y(0.0, 0.0);
    m.unmount();
    set_fragment("");
    html.style().remove_property("overflow-anchor").unwrap();
    assert_eq!(shown, 1019, "the switch has drawn");
    assert!((after - before).abs() < 2.0, "p14 was {before} px from the top, and is at {after} px");
}
