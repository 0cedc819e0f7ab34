//! The viewer: loads its article and shows it, the loading state or the
//! error panel. One `App` is one independent viewer; a page can hold several.

use yew::prelude::*;

use crate::components::{ArticleView, ErrorPanel, Loading};
use crate::hooks::use_article;
use crate::hooks::use_popover::{use_dismiss_on_outside_press, use_popover_timer};
use crate::interaction::popover::Timing;
use crate::state::{ArticleSource, Status};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or(ArticleSource::Seed)]
    pub source: ArticleSource,
    /// Hover-intent delay and close grace for cards and notes.
    #[prop_or_default]
    pub timing: Timing,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_article(&props.source, props.timing);
    let root = use_node_ref();
    let dispatch = state.dispatcher();
    use_popover_timer(state.popover.next_deadline(), dispatch.clone());
    use_dismiss_on_outside_press(state.popover.open_key().map(|t| t.key()), dispatch.clone());
    let content = match &state.status {
        Status::Loading { source } => html! { <Loading source={ source.clone() } /> },
        Status::Failed(failure) => html! { <ErrorPanel failure={ failure.clone() } /> },
        Status::Ready(article) => html! {
            <ArticleView
                article={ article.clone() }
                revision={ state.revision() }
                open={ state.popover.open_key().cloned() }
                root={ root.clone() }
                { dispatch }
            />
        },
    };
    html! { <div class="annotated-article" ref={ root }>{ content }</div> }
}
