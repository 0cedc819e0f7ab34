//! The viewer: loads its article and shows it, the loading state or the
//! error panel. One `App` is one independent viewer; a page can hold several.

use web_sys::Element;
use yew::prelude::*;

use crate::components::{ArticleView, ErrorPanel, Loading};
use crate::hooks::use_popover::{use_dismiss_on_outside_press, use_popover_timer};
use crate::hooks::use_version_address::{remember_place, restore_place};
use crate::hooks::{use_article, use_version_address};
use crate::interaction::popover::Timing;
use crate::state::{Action, ArticleSource, Status, Version};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or(ArticleSource::Seed)]
    pub source: ArticleSource,
    /// Hover-intent delay and close grace for cards and notes.
    #[prop_or_default]
    pub timing: Timing,
    /// Keep the version in the page address (`#v=…`): on for the page's own
    /// viewer, off for embeds that share a page.
    #[prop_or_default]
    pub sync_address: bool,
    /// The version to open at (a revision id, or "changes"), for embeds.
    #[prop_or_default]
    pub initial_version: Option<String>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_article(&props.source, props.timing);
    let root = use_node_ref();
    let dispatch = state.dispatcher();
    let article = match &state.status {
        Status::Ready(a) => Some(a.clone()),
        _ => None,
    };
    use_popover_timer(state.popover.next_deadline(), dispatch.clone());
    use_dismiss_on_outside_press(state.popover.open_key().map(|t| t.key()), dispatch.clone());
    use_version_address(props.sync_address, article.clone(), state.version, root.clone(), dispatch.clone());
    {
        let (dispatch, initial) = (dispatch.clone(), props.initial_version.clone());
        use_effect_with(article.is_some(), move |ready| {
            if let (true, Some(v)) = (*ready, initial) {
                dispatch.dispatch(Action::ShowFromFragment(format!("#v={v}")));
            }
        });
    }
    {
        let (root, article) = (root.clone(), article.clone());
        use_effect_with(state.version, move |_| {
            if let (Some(root), Some(article)) = (root.cast::<Element>(), article) {
                restore_place(&root, &article);
            }
        });
    }
    {
        // Marks the viewer as running (not just pre-rendered HTML); an
        // attribute, because Yew rewrites `class` but leaves this alone.
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<Element>() {
                let _ = el.set_attribute("data-live", "");
            }
        });
    }
    let on_switch = {
        let (root, dispatch) = (root.clone(), dispatch.clone());
        Callback::from(move |version: Version| {
            if let Some(root) = root.cast::<Element>() {
                remember_place(&root);
            }
            dispatch.dispatch(Action::Show(version));
        })
    };
    let content = match &state.status {
        Status::Loading { source } => html! { <Loading source={ source.clone() } /> },
        Status::Failed(failure) => html! { <ErrorPanel failure={ failure.clone() } /> },
        Status::Ready(article) => html! {
            <ArticleView
                article={ article.clone() }
                version={ state.version }
                open={ state.popover.open_key().cloned() }
                announcement={ state.announcement.clone() }
                notice={ state.notice.clone() }
                { on_switch }
                root={ root.clone() }
                { dispatch }
            />
        },
    };
    html! { <div class="annotated-article" ref={ root }>{ content }</div> }
}
