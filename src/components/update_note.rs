//! The popover an update marker opens: the update's note and time, and a
//! link to the list of updates.

use web_sys::Element;
use yew::prelude::*;

use super::popover_frame::{popover_frame, PopoverFrame};
use crate::article::timestamp;
use crate::hooks::dom::element_by_id;
use crate::hooks::jump::jump_to;
use crate::state::version::revision_name;

pub struct UpdateNoteProps {
    /// The article, the trigger and the viewer's parts.
    pub frame: PopoverFrame,
    /// The update's revision index.
    pub revision: usize,
}

pub fn update_note(props: &UpdateNoteProps) -> Html {
    let scope = &props.frame.scope;
    let a = &props.frame.article;
    let ids = scope.ids(a);
    let Some(r) = a.revisions.get(props.revision) else { return html! {} };
    let when = timestamp::display(&r.timestamp);
    let entry = ids.update_entry(a, props.revision);
    let to_list = {
        let (root, entry, scope) = (props.frame.root.clone(), entry.clone(), scope.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(target) = root.cast::<Element>().and_then(|r| element_by_id(&r, &entry)) {
                e.prevent_default();
                jump_to(&scope, &target);
            }
        })
    };
    let title_id = ids.popover_title();
    html! {
        { popover_frame(&props.frame, "update-note", html! { <>
            <h2 class="note-title" id={ title_id }>
                <span class="note-marker" aria-hidden="true">{ a.marker(props.revision) }</span>
                { format!("{}, {when}", r.kind().title()) }
            </h2>
            if let Some(note) = &r.note {
                <p class="note-text">{ note }</p>
            }
            <p class="note-link">
                <a href={ format!("#{entry}") } onclick={ to_list }>
                    { format!("See the list of {} ({})", a.updates_name(), revision_name(a, props.revision)) }
                </a>
            </p>
        </> }) }
    }
}
