//! The viewer: loads its article and shows it, the loading state or the
//! error panel. One `App` is one independent viewer; a page can hold several.

use web_sys::Element;
use yew::prelude::*;

use crate::components::{article_view, error_panel, loading, ArticleViewProps, ErrorPanelProps, LoadingProps};
use crate::contract::{css_variables, LIVE_ATTR, ROOT_CLASS};
use crate::failure;
use crate::hooks::marking_memory::{remember_marking, use_remembered_marking};
use crate::hooks::popover::{now, outside_press::use_dismiss_on_outside_press, placement::use_popover_placement, timer::use_popover_timer};
use crate::hooks::speaker_highlight::use_speaker_highlight;
use crate::hooks::use_version_address::{remember_place, restore_place};
use crate::hooks::{use_article, use_live, use_version_address, ViewerScope};
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
    /// The version to open at (a revision id, or "changes"): an embed's
    /// `version`, or the version a pre-rendered version page shows.
    #[prop_or_default]
    pub initial_version: Option<String>,
    /// Where the pre-rendered page of each version lives, relative to this
    /// page (`articles/<id>/`, or `""` on those pages themselves). Until the
    /// WebAssembly runs, the version switch links to them.
    #[prop_or_default]
    pub version_pages: Option<String>,
    /// What this viewer's element ids start with, before the article id:
    /// empty for a page's own viewer, unique for each embed.
    #[prop_or_default]
    pub id_prefix: AttrValue,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_article(&props.source, props.timing, props.initial_version.clone());
    let root = use_node_ref();
    let scope = (*use_state(|| ViewerScope::new(&props.id_prefix))).clone();
    let dispatch = state.dispatcher();
    let article = match &state.status {
        Status::Ready(a) => Some(a.clone()),
        _ => None,
    };
    let open_key = state.popover.open_key().map(|t| t.key());
    let popover_node = use_node_ref();
    let switch_node = use_node_ref();
    // Components get this callback, not the dispatcher: each event is
    // stamped with the time the rules run on. One callback for the viewer's
    // life: callbacks compare by identity, so a new one on each render would
    // make every paragraph's props differ and every paragraph draw again.
    let on_popover = use_callback(dispatch.clone(), |event, dispatch| dispatch.dispatch(Action::Popover { event, now: now() }));
    use_popover_timer(state.popover.next_deadline(), on_popover.clone());
    use_dismiss_on_outside_press(open_key.clone(), root.clone(), on_popover.clone());
    use_popover_placement(popover_node.clone(), root.clone(), scope.clone(), open_key);
    let speaker = article.as_ref().zip(state.popover.open_key()).and_then(|(a, t)| Some(a.people.get(t.person(a)?)?.id.clone()));
    use_speaker_highlight(root.clone(), speaker);
    let on_address = dispatch.to_callback().reform(Action::ShowFromFragment);
    use_version_address(props.sync_address, article.clone(), state.version, root.clone(), scope.clone(), on_address);
    {
        let (root, article, scope) = (root.clone(), article.clone(), scope.clone());
        use_effect_with(state.version, move |_| {
            if let (Some(root), Some(article)) = (root.cast::<Element>(), article) {
                restore_place(&scope, &root, &article);
            }
        });
    }
    // The numbers the stylesheet shares with the Rust code (contract.rs).
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(root) = root.cast::<web_sys::HtmlElement>() {
                for (name, value) in css_variables() {
                    let _ = root.style().set_property(name, &value);
                }
            }
        });
    }
    // If anything panics, this viewer says it stopped, whichever viewer it was.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            let watched = root.cast::<Element>();
            if let Some(el) = &watched {
                failure::watch(el);
            }
            move || {
                if let Some(el) = watched {
                    failure::unwatch(&el);
                }
            }
        });
    }
    let live = use_live(&switch_node);
    let on_mark_statements = {
        let (dispatch, remember) = (dispatch.clone(), props.sync_address);
        Callback::from(move |on: bool| {
            remember_marking(remember, on);
            dispatch.dispatch(Action::MarkStatements(on));
        })
    };
    use_remembered_marking(props.sync_address, dispatch.to_callback().reform(Action::MarkStatements));
    let on_switch = {
        let (root, dispatch, scope) = (root.clone(), dispatch.clone(), scope.clone());
        Callback::from(move |version: Version| {
            if let Some(root) = root.cast::<Element>() {
                remember_place(&scope, &root);
            }
            dispatch.dispatch(Action::Show(version));
        })
    };
    // `data-live` says the viewer is interactive: set once every part has
    // been drawn live and every effect of that render has run (this one is
    // the last), so nothing that waits for it sees a link that is about to
    // become a control or focus that is about to move. Set on the element,
    // not through a state: a state would cost one more render of the page.
    {
        let root = root.clone();
        use_effect_with(live, move |&live| {
            if let Some(root) = root.cast::<Element>().filter(|_| live) {
                let _ = root.set_attribute(LIVE_ATTR, "");
            }
        });
    }
    let content = match &state.status {
        Status::Loading { source } => loading(&LoadingProps { source: source.clone() }),
        Status::Failed(failure) => error_panel(&ErrorPanelProps { failure: failure.clone() }),
        Status::Ready(article) => article_view(&ArticleViewProps {
            article: article.clone(),
            version: state.version,
            open: state.popover.open_key().cloned(),
            announcement: state.announcement.clone(),
            notice: state.notice.clone(),
            on_switch,
            mark_statements: state.mark_statements,
            on_mark_statements,
            root: root.clone(),
            on_popover,
            scope,
            popover_node,
            switch_node,
            live,
            version_pages: props.version_pages.clone(),
        }),
    };
    html! { <div class={ ROOT_CLASS } ref={ root }>{ content }</div> }
}
