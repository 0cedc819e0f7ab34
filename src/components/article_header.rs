//! The article's masthead: publication, headline and dek as of the revision
//! shown, byline, and when it was published and last updated.

use yew::prelude::*;

use super::changes_view::render_changes;
use super::update_marker::{update_marker, MarkerView};
use crate::article::timestamp;
use crate::article::web_address::is_link;
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, SharedArticle, TriggerId};

pub struct ArticleHeaderProps {
    pub article: SharedArticle,
    pub revision: usize,
    /// Mark what updates changed in the headline.
    pub changes: bool,
    /// The open popover's trigger (a headline marker's note may be open).
    pub open: Option<TriggerId>,
    pub scope: ViewerScope,
    pub live: bool,
    pub on_popover: Callback<PopoverEvent>,
}

fn time(prefix: &str, value: &str) -> Html {
    let text = timestamp::display(value);
    html! { <span class="dateline-part">{ prefix }{ " " }<time datetime={ value.to_owned() }>{ text }</time></span> }
}

pub fn article_header(props: &ArticleHeaderProps) -> Html {
    let a = &props.article;
    let publication = match a.publication.url.as_deref().filter(|u| is_link(u)) {
        Some(url) => html! { <a href={ url.to_owned() }>{ &a.publication.name }</a> },
        None => html! { { &a.publication.name } },
    };
    let updated = (props.revision > 0)
        .then(|| a.revisions.get(props.revision))
        .flatten()
        .map(|r| html! { <>{ " · " }{ time("Updated", &r.timestamp) }</> });
    // Updates that changed only the headline or dek are marked after it.
    let ids = props.scope.ids(a);
    let markers = if props.changes { Vec::new() } else { a.headline_markers(props.revision) };
    let markers = markers.into_iter().map(|revision| {
        let id = TriggerId::HeadlineMarker { revision };
        update_marker(MarkerView {
            article: a,
            scope: &props.scope,
            ids: &ids,
            expanded: props.open.as_ref() == Some(&id),
            id,
            live: props.live,
            on_event: &props.on_popover,
        })
    });
    html! {
        <header class="article-header">
            <p class="publication">{ publication }</p>
            <h1 class="headline">
                if let Some(c) = props.changes.then(|| a.headline_changes(props.revision)).flatten() {
                    { render_changes(a, &c, false) }
                } else {
                    { a.headline_at(props.revision) }
                }
                { for markers }
            </h1>
            if let Some(dek) = a.dek_at(props.revision) {
                <p class="dek">{ dek }</p>
            }
            if let Some(byline) = &a.byline {
                <p class="byline">{ byline }</p>
            }
            <p class="dateline">{ time("Published", &a.published) }{ updated }</p>
        </header>
    }
}
