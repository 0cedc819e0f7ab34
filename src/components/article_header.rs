//! The article's masthead: publication, headline and dek as of the revision
//! shown, byline, and when it was published and last updated.

use yew::prelude::*;

use super::changes_view::render_changes;
use crate::article::timestamp;
use crate::article::web_address::is_link;
use crate::state::SharedArticle;

pub struct ArticleHeaderProps {
    pub article: SharedArticle,
    pub revision: usize,
    /// Mark what updates changed in the headline.
    pub changes: bool,
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
    html! {
        <header class="article-header">
            <p class="publication">{ publication }</p>
            <h1 class="headline">
                if let Some(c) = props.changes.then(|| a.headline_changes(props.revision)).flatten() {
                    { render_changes(a, &c, false) }
                } else {
                    { a.headline_at(props.revision) }
                }
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
