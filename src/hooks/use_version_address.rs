//! Keeps the version on screen and the page address (`#v=…`) in step, so a
//! link opens the version it names and back/forward switch versions; and
//! keeps the reader's place across a switch.

use gloo_events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::after_paint::AfterPaint;
use super::dom::all;
use super::viewer_scope::ViewerScope;
use crate::article::Article;
use crate::contract::BLOCK_ATTR;
use crate::state::version::{parse_fragment, Requested};
use crate::state::Version;

fn paragraphs(root: &Element) -> Vec<Element> {
    all(root, &format!(".article-body .paragraph[{BLOCK_ATTR}]"))
}

/// Notes which paragraph is at the top of the screen, before a switch.
pub fn remember_place(scope: &ViewerScope, root: &Element) {
    let first_visible = paragraphs(root).into_iter().find(|p| p.get_bounding_client_rect().bottom() > 0.0);
    let place = first_visible.and_then(|p| Some((p.get_attribute(BLOCK_ATTR)?, p.get_bounding_client_rect().top())));
    *scope.place.borrow_mut() = place;
}

/// After a switch, scrolls so the remembered paragraph (or the nearest one
/// that exists in the new version) is where it was.
pub fn restore_place(scope: &ViewerScope, root: &Element, article: &Article) {
    let Some((id, top)) = scope.place.borrow_mut().take() else { return };
    let on_screen = paragraphs(root);
    let find = |block: &str| on_screen.iter().find(|p| p.get_attribute(BLOCK_ATTR).as_deref() == Some(block));
    let index = article.blocks.iter().position(|b| b.id == id).unwrap_or(0);
    let nearest = find(&id)
        .or_else(|| article.blocks.iter().skip(index + 1).find_map(|b| find(&b.id)))
        .or_else(|| article.blocks.iter().take(index).rev().find_map(|b| find(&b.id)));
    if let (Some(p), Some(window)) = (nearest, web_sys::window()) {
        let moved = p.get_bounding_client_rect().top() - top;
        if moved.abs() >= 1.0 {
            window.scroll_by_with_x_and_y(0.0, moved);
        }
    }
}

fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Syncs `version` with the address when `enabled` (the page's own viewer;
/// embeds and tests leave the address alone); `on_address` gets the
/// address's fragment when it should decide the version.
#[hook]
pub fn use_version_address(
    enabled: bool,
    article: Option<crate::state::SharedArticle>,
    version: Version,
    root: NodeRef,
    scope: ViewerScope,
    on_address: Callback<String>,
) {
    let started = use_mut_ref(|| false);
    {
        let on_address = on_address.clone();
        let article = article.clone();
        use_effect_with((article.is_some(), version), move |_| {
            let mut pending = None;
            if let (true, Some(article)) = (enabled, article) {
                if !std::mem::replace(&mut *started.borrow_mut(), true) {
                    // First render of the article: the address decides.
                    on_address.emit(current_fragment());
                } else {
                    // The reader switched: the address follows once the
                    // switch has painted (a newer switch cancels this), and
                    // not if back or forward has moved it meanwhile: that
                    // navigation names the version to show.
                    let seen = current_fragment();
                    pending = new_fragment(&seen, &article, version).and_then(|fragment| {
                        AfterPaint::new(move || {
                            if current_fragment() == seen {
                                push_fragment(&fragment);
                            }
                        })
                    });
                }
            }
            move || drop(pending)
        });
    }
    use_effect_with(enabled, move |enabled| {
        let listener = (*enabled).then(web_sys::window).flatten().map(|w| {
            EventListener::new(&w, "popstate", move |_| {
                if let Some(root) = root.cast::<Element>() {
                    remember_place(&scope, &root);
                }
                on_address.emit(current_fragment());
            })
        });
        move || drop(listener)
    });
}

/// The fragment naming `version`, when the address's `fragment` does not
/// name it yet.
fn new_fragment(fragment: &str, article: &Article, version: Version) -> Option<String> {
    let in_address = match parse_fragment(fragment, article) {
        Some(Requested::Version(v)) => Some(v),
        Some(Requested::Default) | Some(Requested::Unknown(_)) => Some(Version::Revision(article.latest_revision())),
        None => None,
    };
    (in_address != Some(version)).then(|| version.fragment(article))
}

fn push_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    // Keep the rest of the address; only the fragment names the version.
    let url = format!("{}{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default(), fragment);
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
