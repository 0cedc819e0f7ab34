//! The popover an update marker opens: the update's note and time, and a
//! link to the list of updates.

use web_sys::Element;
use yew::prelude::*;

use super::dom_ids;
use crate::article::timestamp::Timestamp;
use crate::hooks::use_popover::{
    close_and_return, jump_to_element, popover_keydown, popover_pointer_handlers, use_popover_placement, POPOVER_CLASS,
};
use crate::state::{SharedArticle, Trigger, ViewerState};
use crate::state::version::revision_name;

#[derive(Properties, PartialEq)]
pub struct UpdateNoteProps {
    pub article: SharedArticle,
    /// The update's revision index.
    pub revision: usize,
    pub trigger: Trigger,
    pub root: NodeRef,
    pub dispatch: UseReducerDispatcher<ViewerState>,
}

#[component]
pub fn UpdateNote(props: &UpdateNoteProps) -> Html {
    let node = use_node_ref();
    let key = props.trigger.key();
    use_popover_placement(node.clone(), props.root.clone(), Some(key.clone()));
    let a = &props.article;
    let Some(r) = a.revisions.get(props.revision) else { return html! {} };
    let when = Timestamp::parse(&r.timestamp).map_or_else(|| r.timestamp.clone(), |t| t.text());
    let (onpointerenter, onpointerleave, onfocusout) = popover_pointer_handlers(&props.dispatch, key.clone());
    let onkeydown = popover_keydown(&props.dispatch, props.root.clone(), key.clone());
    let onclose = close_and_return(&props.dispatch, props.root.clone(), key);
    let entry = dom_ids::update_entry(a, props.revision);
    let to_list = {
        let (root, entry) = (props.root.clone(), entry.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(target) = root.cast::<Element>().and_then(|r| r.query_selector(&format!("#{entry}")).ok().flatten()) {
                e.prevent_default();
                jump_to_element(&target);
            }
        })
    };
    let title_id = dom_ids::popover_title(a);
    html! {
        <div
            ref={ node }
            id={ dom_ids::popover(a) }
            class={ classes!(POPOVER_CLASS, "update-note") }
            role="dialog"
            aria-modal="false"
            aria-labelledby={ title_id.clone() }
            { onpointerenter }
            { onpointerleave }
            { onfocusout }
            { onkeydown }
        >
            <button type="button" class="popover-close" aria-label="Close" onclick={ onclose }>{ "×" }</button>
            <h2 class="note-title" id={ title_id }>
                <span class="note-marker" aria-hidden="true">{ a.marker(props.revision) }</span>
                { format!("Update, {when}") }
            </h2>
            if let Some(note) = &r.note {
                <p class="note-text">{ note }</p>
            }
            <p class="note-link">
                <a href={ format!("#{entry}") } onclick={ to_list }>
                    { format!("See the list of updates ({})", revision_name(a, props.revision)) }
                </a>
            </p>
        </div>
    }
}
