//! A popover trigger: an inline `role="button"` span over article text (a
//! real `<button>` cannot wrap across lines) or a `<button>` in lists, with
//! the ARIA disclosure attributes and the adapter's event handlers.

use yew::prelude::*;

use super::dom_ids;
use crate::article::Article;
use crate::hooks::use_popover::trigger_handlers;
use crate::state::{Trigger, ViewerState};

pub struct TriggerView<'a> {
    pub article: &'a Article,
    pub trigger: &'a Trigger,
    /// Which piece of a trigger split by a nested one; only piece 0 is in the tab order.
    pub fragment: usize,
    pub expanded: bool,
    /// Inline text (a span) rather than a list entry (a button).
    pub inline: bool,
    pub class: Classes,
    /// An accessible name, when the content alone does not say enough (a bare `*`).
    pub label: Option<String>,
    pub dispatch: &'a UseReducerDispatcher<ViewerState>,
    pub content: Html,
}

pub fn trigger(v: TriggerView<'_>) -> Html {
    let card_id = dom_ids::popover(v.article);
    let h = trigger_handlers(v.dispatch, v.trigger, &card_id, v.expanded, !v.inline);
    let tag = if v.inline { "span" } else { "button" };
    let tabindex = v.inline.then_some(if v.fragment == 0 { "0" } else { "-1" });
    html! {
        <@{tag}
            id={ dom_ids::trigger(v.article, v.trigger, v.fragment) }
            class={ classes!(v.class, v.expanded.then_some("is-expanded")) }
            type={ (!v.inline).then_some("button") }
            role={ v.inline.then_some("button") }
            { tabindex }
            aria-label={ v.label }
            aria-haspopup="dialog"
            aria-expanded={ if v.expanded { "true" } else { "false" } }
            aria-controls={ v.expanded.then_some(card_id) }
            data-trigger={ v.trigger.key() }
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
