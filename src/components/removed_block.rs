//! Where a paragraph stood before an update removed it: a short line with
//! that update's marker, so a removal is marked like any other change. The
//! removed words themselves are in the "What changed" view.

use yew::prelude::*;

use super::update_marker::{update_marker, MarkerView};
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, SharedArticle, TriggerId};

pub struct RemovedBlockProps<'a> {
    pub article: &'a SharedArticle,
    /// The removed block's index in `Article::blocks`.
    pub block: usize,
    /// The update that removed it.
    pub revision: usize,
    pub expanded: bool,
    pub scope: &'a ViewerScope,
    pub live: bool,
    pub on_popover: &'a Callback<PopoverEvent>,
}

pub fn removed_block(props: RemovedBlockProps<'_>) -> Html {
    let a = props.article;
    let ids = props.scope.ids(a);
    let id = a.blocks.get(props.block).map(|b| b.id.clone());
    html! {
        <p key={ props.block } class="paragraph removed-block" data-block={ id }>
            <span class="removed-note">{ "A paragraph was removed here." }</span>
            { update_marker(MarkerView {
                article: a,
                scope: props.scope,
                ids: &ids,
                id: TriggerId::Marker { block: props.block, revision: props.revision },
                expanded: props.expanded,
                live: props.live,
                on_event: props.on_popover,
            }) }
        </p>
    }
}
