//! An update's marker where it stands: in a paragraph, at the place of a
//! removed paragraph, or after the headline. A button (once live) that opens
//! the update's note; before that, a link to the update in the list.

use yew::prelude::*;

use super::dom_ids::Ids;
use super::trigger::{trigger, TriggerView};
use crate::article::{timestamp, Article};
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, TriggerId};

/// "Update: April 2, 2025, 4 p.m." or "Correction: …" — how a marker is announced.
pub fn update_label(article: &Article, revision: usize) -> String {
    let Some(r) = article.revisions.get(revision) else { return String::new() };
    format!("{}: {}", r.kind().title(), timestamp::display(&r.timestamp))
}

pub struct MarkerView<'a> {
    pub article: &'a Article,
    pub scope: &'a ViewerScope,
    pub ids: &'a Ids,
    /// `TriggerId::Marker` or `TriggerId::HeadlineMarker`.
    pub id: TriggerId,
    pub expanded: bool,
    pub live: bool,
    pub on_event: &'a Callback<PopoverEvent>,
}

pub fn update_marker(v: MarkerView<'_>) -> Html {
    let Some(revision) = v.id.update() else { return html! {} };
    let a = v.article;
    html! {
        <sup class="update-marker">
            { trigger(TriggerView {
                scope: v.scope,
                ids: v.ids,
                id: &v.id,
                fragment: 0,
                expanded: v.expanded,
                inline: false,
                class: "aa-marker".to_owned(),
                label: Some(update_label(a, revision)),
                href: Some(format!("#{}", v.ids.update_entry(a, revision))),
                live: v.live,
                on_event: v.on_event,
                content: html! { a.marker(revision) },
            }) }
        </sup>
    }
}
