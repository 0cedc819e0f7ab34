//! One paragraph as it reads at the revision shown: plain text, annotated
//! stretches marked for the speaker cards, and update markers in place.
//! Article strings only ever become text nodes.

use yew::prelude::*;

use crate::article::timestamp::Timestamp;
use crate::article::{Article, BlockView, Piece};

/// The DOM id of an update's entry in the list of updates. Prefixed with the
/// article id so that two viewers on one page never share ids.
pub fn update_entry_id(article: &Article, revision: usize) -> String {
    let rev = article.revisions.get(revision).map_or("", |r| r.id.as_str());
    format!("{}-update-{}", article.id, rev)
}

/// "Update: April 2, 2025, 4 p.m." — how a marker is announced.
pub fn update_label(article: &Article, revision: usize) -> String {
    let when = article
        .revisions
        .get(revision)
        .map(|r| Timestamp::parse(&r.timestamp).map_or_else(|| r.timestamp.clone(), |t| t.text()))
        .unwrap_or_default();
    format!("Update: {when}")
}

/// Renders a block view's pieces.
pub fn paragraph(article: &Article, view: &BlockView<'_>) -> Html {
    let pieces = view.pieces.iter().map(|piece| match piece {
        Piece::Text { range, annotations } => {
            let text = view.text.get(range.clone()).unwrap_or("").to_owned();
            if annotations.is_empty() {
                return html! { { text } };
            }
            let mut kinds = Vec::new();
            let mut people = Vec::new();
            for a in annotations.iter().filter_map(|&i| view.annotation(i)) {
                kinds.push(format!("ann-{}", a.kind.as_str()));
                if let Some(p) = &a.person {
                    if !people.contains(p) {
                        people.push(p.clone());
                    }
                }
            }
            kinds.sort();
            kinds.dedup();
            html! { <span class={ classes!("ann", kinds) } data-people={ people.join(" ") }>{ text }</span> }
        }
        Piece::Marker { revision, .. } => html! {
            <sup class="update-marker">
                <a href={ format!("#{}", update_entry_id(article, *revision)) } aria-label={ update_label(article, *revision) }>
                    { article.marker(*revision) }
                </a>
            </sup>
        },
    });
    html! { <p class="paragraph" data-block={ view.block.id.clone() }>{ for pieces }</p> }
}
