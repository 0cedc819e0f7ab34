//! When the viewer page runs inside an iframe, it tells the host page its
//! height whenever it changes (a card opening in the flow, a version switch,
//! a font load, a resize), in Pym.js's protocol, so the iframe never scrolls
//! or clips. Only to the parent origin named when the frame was made, and
//! only width requests from that origin are answered.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, ResizeObserver, UrlSearchParams, Window};

use super::pym;
use crate::article::web_address::origin;

/// Starts reporting the page's height to the parent frame, if there is one
/// and it gave a `childId`. Lives as long as the page.
pub fn report_height_to_parent(window: &Window) {
    let Ok(parent) = window.parent() else { return };
    let Some(parent) = parent else { return };
    if parent == *window {
        return;
    }
    let params = window.location().search().ok().and_then(|s| UrlSearchParams::new_with_str(&s).ok());
    let Some(id) = params.as_ref().and_then(|p| p.get("childId")) else { return };
    // The parent says where it is (Pym passes parentUrl); without that,
    // heights go to whichever page framed us, which learns nothing secret.
    let parent_origin = params
        .as_ref()
        .and_then(|p| p.get("parentUrl"))
        .and_then(|u| origin(&u))
        .or_else(|| window.document().and_then(|d| origin(&d.referrer())));
    let target = parent_origin.clone().unwrap_or_else(|| "*".to_owned());
    let Some(body) = window.document().and_then(|d| d.document_element()) else { return };

    let last = Rc::new(Cell::new(-1i64));
    let send = {
        let (parent, body, id, target, last) = (parent.clone(), body.clone(), id.clone(), target.clone(), last.clone());
        move || {
            let height = body.get_bounding_client_rect().height().ceil() as i64;
            if height != last.get() {
                last.set(height);
                let _ = parent.post_message(&pym::message(&id, "height", &height.to_string()).into(), &target);
            }
        }
    };
    send();
    let observer_cb = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(send)
    };
    if let Ok(observer) = ResizeObserver::new(observer_cb.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    observer_cb.forget();
    // Pym parents ask with a "width" message; answer with the height.
    let listener = EventListener::new(window, "message", move |e| {
        let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
        if parent_origin.as_deref().is_some_and(|o| o != e.origin()) {
            return;
        }
        if let Some(text) = e.data().as_string() {
            if let Some((msg_id, "width", _)) = pym::parse(&text) {
                if msg_id == id {
                    last.set(-1);
                    send();
                }
            }
        }
    });
    listener.forget();
}
