//! The frame every popover shares (speaker card, update note): a non-modal
//! dialog labelled by its title, placed by the adapter next to its trigger,
//! with the pointer, focus and keyboard handling of the popover rules and a
//! close button that returns focus to the trigger.

use yew::prelude::*;

use crate::hooks::dom::POPOVER_CLASS;
use crate::hooks::use_popover::{close_and_return, popover_keydown, popover_pointer_handlers};
use crate::hooks::ViewerScope;
use crate::state::{SharedArticle, Trigger, ViewerState};

/// What every popover (speaker card, update note) is drawn with: the
/// article, the trigger it is open for, and the viewer's parts it works in.
pub struct PopoverFrame {
    pub article: SharedArticle,
    /// The trigger it is open for: it anchors there and returns focus there.
    pub trigger: Trigger,
    /// The viewer's root element, which the popover is positioned within.
    pub root: NodeRef,
    pub dispatch: UseReducerDispatcher<ViewerState>,
    pub scope: ViewerScope,
    /// The popover element, which the viewer places (`use_popover_placement`).
    pub node: NodeRef,
}

/// The frame around `children` (whose heading carries the id
/// `Ids::popover_title`); `class` names the kind of popover.
pub fn popover(props: &PopoverFrame, class: &'static str, children: Html) -> Html {
    let ids = props.scope.ids(&props.article);
    let key = props.trigger.key();
    let (onpointerenter, onpointerleave, onfocusout) = popover_pointer_handlers(&props.dispatch, key.clone());
    let onkeydown = popover_keydown(&props.dispatch, props.root.clone(), key.clone());
    let onclose = close_and_return(&props.dispatch, props.root.clone(), key);
    html! {
        <div
            ref={ props.node.clone() }
            id={ ids.popover() }
            class={ classes!(POPOVER_CLASS, class) }
            role="dialog"
            aria-modal="false"
            aria-labelledby={ ids.popover_title() }
            { onpointerenter }
            { onpointerleave }
            { onfocusout }
            { onkeydown }
        >
            <button type="button" class="popover-close" aria-label="Close" onclick={ onclose }>{ "×" }</button>
            { children }
        </div>
    }
}
