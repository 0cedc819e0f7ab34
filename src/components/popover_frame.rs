//! The frame every popover shares (speaker card, update note): a non-modal
//! dialog labelled by its title, placed by the adapter next to its trigger,
//! with the pointer, focus and keyboard handling of the popover rules and a
//! close button that returns focus to the trigger.

use yew::prelude::*;

use super::class_list::class_list;
use crate::contract::POPOVER_CLASS;
use crate::hooks::popover::popover_events::popover_handlers;
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, SharedArticle, TriggerId};

/// What every popover (speaker card, update note) is drawn with: the
/// article, the trigger it is open for, and the viewer's parts it works in.
pub struct PopoverFrame {
    pub article: SharedArticle,
    /// The trigger it is open for: it anchors there and returns focus there.
    pub trigger: TriggerId,
    /// The viewer's root element, which the popover is positioned within.
    pub root: NodeRef,
    /// Where the popover's events go (the popover rules).
    pub on_event: Callback<PopoverEvent>,
    pub scope: ViewerScope,
    /// The popover element, which the viewer places (`hooks::popover::placement`).
    pub node: NodeRef,
}

/// The frame around `children` (whose heading carries the id
/// `Ids::popover_title`); `class` names the kind of popover.
pub fn popover_frame(props: &PopoverFrame, class: &'static str, children: Html) -> Html {
    let ids = props.scope.ids(&props.article);
    let key = props.trigger.key();
    let h = popover_handlers(&props.on_event, &props.root, &key);
    html! {
        <div
            ref={ props.node.clone() }
            id={ ids.popover() }
            class={ class_list(&[Some(POPOVER_CLASS), Some(class)]) }
            role="dialog"
            aria-modal="false"
            aria-labelledby={ ids.popover_title() }
            onpointerenter={ h.onpointerenter }
            onpointerleave={ h.onpointerleave }
            onfocusout={ h.onfocusout }
            onkeydown={ h.onkeydown }
        >
            <button type="button" class="popover-close" aria-label="Close" onclick={ h.onclose }>{ "×" }</button>
            { children }
        </div>
    }
}
