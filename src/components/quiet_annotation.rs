//! A quote, paraphrase or passing name in the calm reading: plain text to
//! the eye and to the keyboard (no underline, no tab stop), while the pointer
//! still opens its speaker's card (hover, after the usual delay, or a tap),
//! and a jump can still land on it. Who said it is a tab stop nearby: the
//! paragraph's speaker trigger (`BlockView::speaker_triggers`).

use yew::prelude::*;

use super::class_list::class_list;
use crate::hooks::popover::trigger_events::trigger_handlers;
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, TriggerId};

pub struct QuietView<'a> {
    pub scope: &'a ViewerScope,
    pub id: &'a TriggerId,
    /// "quote", "paraphrase" or "mention".
    pub kind: &'static str,
    /// Its card is open.
    pub expanded: bool,
    /// Whose words these are, for a quote or paraphrase: the viewer lights
    /// them up while that person's card is open (`hooks::speaker_highlight`).
    pub speaker: Option<String>,
    pub live: bool,
    pub on_event: &'a Callback<PopoverEvent>,
    pub text: String,
}

pub fn quiet_annotation(v: QuietView<'_>) -> Html {
    let kind = format!("ann-{}", v.kind);
    let class = class_list(&[Some("aa-quiet"), Some(&kind), v.expanded.then_some("is-expanded")]);
    let key = v.id.key();
    if !v.live {
        return html! { <span { class } data-trigger={ key } data-speaker={ v.speaker }>{ v.text }</span> };
    }
    let h = trigger_handlers(v.on_event, v.scope, v.id, v.expanded, false);
    // tabindex -1: out of the tab order, but a jump from a card can focus it.
    html! {
        <span
            { class }
            tabindex="-1"
            data-trigger={ key }
            data-speaker={ v.speaker }
            onpointerenter={ h.onpointerenter }
            onpointermove={ h.onpointermove }
            onpointerleave={ h.onpointerleave }
            onpointerdown={ h.onpointerdown }
            onclick={ h.onclick }
        >{ v.text }</span>
    }
}
