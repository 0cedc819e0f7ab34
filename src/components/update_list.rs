//! The list of updates at the end of the article: each update's marker,
//! time and note, up to the revision shown.

use yew::prelude::*;

use super::dom_ids;
use crate::article::timestamp::Timestamp;
use crate::state::SharedArticle;

#[derive(Properties, PartialEq)]
pub struct UpdateListProps {
    pub article: SharedArticle,
    pub revision: usize,
}

#[component]
pub fn UpdateList(props: &UpdateListProps) -> Html {
    let a = &props.article;
    let heading_id = format!("{}-updates-heading", a.id);
    let entries: Vec<Html> = a
        .revisions
        .iter()
        .enumerate()
        .skip(1)
        .take(props.revision)
        .map(|(i, r)| {
            let when = Timestamp::parse(&r.timestamp).map_or_else(|| r.timestamp.clone(), |t| t.text());
            html! {
                <li id={ dom_ids::update_entry(a, i) } class="update-entry">
                    <span class="update-entry-marker" aria-hidden="true">{ a.marker(i) }</span>
                    <time datetime={ r.timestamp.clone() }>{ when }</time>
                    if let Some(note) = &r.note {
                        { ": " }<span class="update-entry-note">{ note }</span>
                    }
                </li>
            }
        })
        .collect();
    if entries.is_empty() {
        return html! {};
    }
    html! {
        <section class="update-list" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>{ "Updates" }</h2>
            <ol>{ for entries }</ol>
        </section>
    }
}
