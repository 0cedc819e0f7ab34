//! Card placement in a real browser window. `./x test` runs this file with
//! the window at 1280 and at 320 CSS pixels wide (AA_VIEWPORT_WIDTH says
//! which), in Chromium and in Firefox: for a trigger at each edge of the
//! viewport the card lies inside the viewport and does not cover the trigger.
#![cfg(target_arch = "wasm32")]

use annotated_article::state::ArticleSource;
use wasm_bindgen_test::*;
use web_sys::{DomRect, Element};

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = r#"{
  "format": "annotated-article", "format_version": 2, "id": "edge",
  "publication": { "name": "Edge Test" }, "published": "2025-04-02", "headline": "Edges",
  "revisions": [{ "id": "o", "timestamp": "2025-04-02", "provenance": { "kind": "archived" } }],
  "people": [{ "id": "ann", "name": "Ann Lee", "role": "Mayor", "sourcing": { "kind": "named" },
    "description": "A person whose card is long enough to need room: mayor of a town, former teacher." }],
  "blocks": [
    { "id": "p1", "text": "Ann Lee said so.", "annotations": [{ "kind": "attribution", "person": "ann", "exact": "Ann Lee said" }] },
    { "id": "p2", "text": "“We will build the bridge and the road and the school, all of them this year,” she said.",
      "annotations": [{ "kind": "quote", "person": "ann", "exact": "“We will build the bridge and the road and the school, all of them this year,”" }] }
  ]
}"#;

/// The test page has no viewport meta; a phone-sized (emulated) window
/// needs one, as the viewer's own index.html has, to be 320 CSS px wide.
async fn phone_ready() {
    let d = document();
    if d.query_selector("meta[name=viewport]").unwrap().is_none() {
        let meta = d.create_element("meta").unwrap();
        meta.set_attribute("name", "viewport").unwrap();
        meta.set_attribute("content", "width=device-width, initial-scale=1").unwrap();
        d.head().unwrap().append_child(&meta).unwrap();
    }
    let expected = expected_width();
    until(&format!("the window is {expected} px wide"), || viewport().0 == expected).await;
}

/// The width this run is for: `./x test` sets it for each engine and size.
fn expected_width() -> f64 {
    let Some(width) = option_env!("AA_VIEWPORT_WIDTH") else {
        panic!("AA_VIEWPORT_WIDTH is not set: run the browser tests through ./x test");
    };
    width.parse().expect("AA_VIEWPORT_WIDTH is a number of CSS pixels")
}

/// The open card, once placed and still: its entrance animation moves it.
/// Still means the same box for six checks in a row, about four frames.
async fn settled_card(m: &Mounted, what: &str) -> (Element, DomRect) {
    let mut last: Option<(f64, f64, f64, f64)> = None;
    let mut unchanged = 0;
    until(what, || {
        let Some(card) = m.card().filter(|c| c.has_attribute("data-placement")) else { return false };
        let r = card.get_bounding_client_rect();
        let now = (r.left(), r.top(), r.width(), r.height());
        unchanged = if last == Some(now) { unchanged + 1 } else { 0 };
        last = Some(now);
        unchanged >= 6
    })
    .await;
    let card = m.card().expect("a placed card");
    let rect = card.get_bounding_client_rect();
    (card, rect)
}

fn viewport() -> (f64, f64) {
    let w = web_sys::window().unwrap();
    (w.inner_width().unwrap().as_f64().unwrap(), w.inner_height().unwrap().as_f64().unwrap())
}

fn scroll_to_top() {
    web_sys::window().unwrap().scroll_to_with_x_and_y(0.0, 0.0);
}

fn inside_viewport(r: &DomRect) -> bool {
    let (w, h) = viewport();
    r.left() >= -0.5 && r.top() >= -0.5 && r.right() <= w + 0.5 && r.bottom() <= h + 0.5
}

fn overlaps(a: &DomRect, b: &DomRect) -> bool {
    a.left() < b.right() - 0.5 && b.left() < a.right() - 0.5 && a.top() < b.bottom() - 0.5 && b.top() < a.bottom() - 0.5
}

fn set_style(el: &Element, css: &str) {
    el.set_attribute("style", css).unwrap();
}

/// A page taller than the window, so a trigger near the bottom can scroll.
fn spacer() -> Element {
    let d = document();
    let s = d.create_element("div").unwrap();
    set_style(&s, "height: 300vh");
    d.body().unwrap().append_child(&s).unwrap();
    s
}

#[wasm_bindgen_test]
async fn the_window_has_the_width_this_run_is_for() {
    phone_ready().await;
    assert_eq!(viewport().0, expected_width(), "window width");
}

#[wasm_bindgen_test]
async fn the_card_stays_inside_the_viewport_for_a_trigger_at_each_edge() {
    phone_ready().await;
    let spacer = spacer();
    let (w, h) = viewport();
    let corners = [
        ("top left", "left: 0; top: 0".to_string()),
        ("top right", "right: 0; top: 0".to_string()),
        ("bottom left", format!("left: 0; top: {}px", h - 30.0)),
        ("bottom right", format!("right: 0; top: {}px", h - 30.0)),
    ];
    for (name, position) in corners {
        for opener in ["tap", "hover", "focus"] {
            scroll_to_top();
            let d = document();
            let holder = d.create_element("div").unwrap();
            set_style(&holder, &format!("position: absolute; {position}; width: 130px; margin: 0; font: 16px/20px serif"));
            d.body().unwrap().append_child(&holder).unwrap();
            let m = mount_in(Some(&holder), ArticleSource::Inline(ARTICLE.into())).await;
            // Keep only the first paragraph, at the very corner.
            for hide in [".article-header", ".aa-statement-switch", ".update-list", ".people-list"] {
                if let Some(e) = m.one(hide) {
                    set_style(&e, "display: none");
                }
            }
            if let Some(p) = m.all(".paragraph").get(1) {
                set_style(p, "display: none");
            }
            set_style(&m.get(".paragraph"), "margin: 0");
            let trigger = m.trigger("Ann Lee said");
            match opener {
                "tap" => tap(&trigger),
                "hover" => pointer(&trigger, "pointerenter", "mouse"),
                _ => focus(&trigger),
            }
            let (card, card_rect) = settled_card(&m, &format!("{name}/{opener}: the card is placed")).await;
            let trigger_rect = trigger.get_bounding_client_rect();
            assert!(
                inside_viewport(&card_rect),
                "{name}/{opener} at {w}px: card {:?} outside the viewport {:?}",
                (card_rect.left(), card_rect.top(), card_rect.right(), card_rect.bottom()),
                viewport()
            );
            assert!(
                !overlaps(&card_rect, &trigger_rect),
                "{name}/{opener} at {w}px: card {:?} covers its trigger {:?} (scrollY {:?})",
                (card_rect.left(), card_rect.top(), card_rect.right(), card_rect.bottom()),
                (trigger_rect.left(), trigger_rect.top(), trigger_rect.right(), trigger_rect.bottom()),
                web_sys::window().unwrap().scroll_y()
            );
            assert_eq!(card.get_attribute("data-placement").as_deref() == Some("sheet"), w < 600.0, "sheet only on narrow screens");
            m.unmount();
            holder.remove();
        }
    }
    spacer.remove();
    scroll_to_top();
}

#[wasm_bindgen_test]
async fn a_wrapped_quote_anchors_to_the_line_under_the_pointer() {
    phone_ready().await;
    let (w, _) = viewport();
    // Room to scroll, as an article has: on a narrow screen the sheet
    // scrolls the page to keep the quote above it.
    let spacer = spacer();
    scroll_to_top();
    let d = document();
    let holder = d.create_element("div").unwrap();
    let left = if w < 600.0 { 10.0 } else { 300.0 };
    set_style(&holder, &format!("position: absolute; left: {left}px; top: 200px; width: 260px; font: 16px/22px serif"));
    d.body().unwrap().append_child(&holder).unwrap();
    let m = mount_in(Some(&holder), ArticleSource::Inline(ARTICLE.into())).await;
    let quote = m.get(".ann-quote");
    let lines = quote.get_client_rects();
    assert!(
        lines.length() >= 2,
        "the quote should wrap over several lines: {} rects, box {:?}",
        lines.length(),
        (quote.get_bounding_client_rect().width(), quote.get_bounding_client_rect().height())
    );
    let last = lines.item(lines.length() - 1).unwrap();
    // Rest the pointer on the last line.
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type("mouse");
    init.set_client_x((last.left() + 5.0) as i32);
    init.set_client_y((last.top() + last.height() / 2.0) as i32);
    quote.dispatch_event(&web_sys::PointerEvent::new_with_event_init_dict("pointerenter", &init).unwrap()).unwrap();
    let (element, card) = settled_card(&m, "the card is placed").await;
    if w < 600.0 {
        // A bottom sheet, which scrolls the page to keep the quote above it.
        assert!(element.get_attribute("data-placement").as_deref() == Some("sheet"), "a narrow screen gets a bottom sheet");
    } else {
        // Beside the line the pointer rests on, centred on it.
        let card_centre = card.left() + card.width() / 2.0;
        let line_centre = last.left() + last.width() / 2.0;
        assert!((card_centre - line_centre).abs() < 1.0, "card centred at {card_centre}, pointed line at {line_centre}");
    }
    let lines = quote.get_client_rects();
    for i in 0..lines.length() {
        assert!(!overlaps(&card, &lines.item(i).unwrap()), "card covers line {i} of the quote");
    }
    m.unmount();
    holder.remove();
    spacer.remove();
    scroll_to_top();
}
