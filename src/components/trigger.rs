//! A popover trigger. Before the WebAssembly runs (the pre-rendered page,
//! readers without JavaScript) it is a plain link to where the same facts
//! are written out: the person's entry in "People in this article", the
//! update in the list of updates. Once live, it is a control with the ARIA
//! disclosure attributes and the adapter's event handlers: a link with
//! `role="button"` over article text (a `<button>` cannot wrap across
//! lines, and the link keeps working if the app stops), a `<button>` in
//! lists and for markers.

use yew::prelude::*;

use super::class_list::class_list;
use super::dom_ids::Ids;
use crate::hooks::popover::trigger_events::trigger_handlers;
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, TriggerId};

pub struct TriggerView<'a> {
    /// The viewer's scope and its element ids.
    pub scope: &'a ViewerScope,
    pub ids: &'a Ids,
    pub id: &'a TriggerId,
    /// Which piece of a trigger split by a nested one; only piece 0 is in the tab order.
    pub fragment: usize,
    pub expanded: bool,
    /// Inline text (a link) rather than a list entry or a marker (a button).
    pub inline: bool,
    /// Its classes (`class_list` adds `is-expanded` while its popover is open).
    pub class: String,
    /// An accessible name, when the content alone does not say enough (a bare `*`).
    pub label: Option<String>,
    /// Where the trigger leads without JavaScript (`#…`); plain text when none.
    pub href: Option<String>,
    /// Whether the viewer is running, rather than pre-rendered.
    pub live: bool,
    /// Where the trigger's events go (the popover rules).
    pub on_event: &'a Callback<PopoverEvent>,
    pub content: Html,
}

pub fn trigger(v: TriggerView<'_>) -> Html {
    let id = v.ids.trigger(v.id, v.fragment);
    let key = v.id.key();
    if !v.live {
        return match v.href {
            Some(href) => html! {
                <a { id } class={ v.class } { href } aria-label={ v.label } data-trigger={ key }>{ v.content }</a>
            },
            None => html! { <span { id } class={ v.class } data-trigger={ key }>{ v.content }</span> },
        };
    }
    let card_id = v.ids.popover();
    let h = trigger_handlers(v.on_event, v.scope, v.id, v.expanded, !v.inline);
    let tag = if v.inline { "a" } else { "button" };
    let href = if v.inline { v.href } else { None };
    // A link without an address is not focusable by itself.
    let tabindex = match (v.inline, v.fragment, &href) {
        (true, 0, Some(_)) | (false, ..) => None,
        (true, 0, None) => Some("0"),
        (true, ..) => Some("-1"),
    };
    html! {
        <@{tag}
            { id }
            class={ class_list(&[Some(&v.class), v.expanded.then_some("is-expanded")]) }
            { href }
            type={ (!v.inline).then_some("button") }
            role={ v.inline.then_some("button") }
            { tabindex }
            aria-label={ v.label }
            aria-haspopup="dialog"
            aria-expanded={ if v.expanded { "true" } else { "false" } }
            aria-controls={ v.expanded.then_some(card_id) }
            data-trigger={ key }
            onpointerenter={ h.onpointerenter }
            onpointermove={ h.onpointermove }
            onpointerleave={ h.onpointerleave }
            onpointerdown={ h.onpointerdown }
            onfocus={ h.onfocus }
            onblur={ h.onblur }
            onclick={ h.onclick }
            onkeydown={ h.onkeydown }
        >{ v.content }</@>
    }
}
