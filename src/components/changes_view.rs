//! The changes view: the latest version with what each update changed shown
//! inline. Additions are <ins>, removals <del>, each tagged with its update
//! in words (not colour alone) and announced to screen readers.

use yew::prelude::*;

use super::class_list::class_list;
use crate::article::changes::{Change, TextChanges};
use crate::state::version::revision_name;
use crate::state::SharedArticle;

pub struct ChangesViewProps {
    pub article: SharedArticle,
}

fn tag(article: &crate::article::Article, revision: usize, what: &str) -> Html {
    let name = revision_name(article, revision);
    html! {
        <>
            <span class="change-tag" aria-hidden="true">{ format!("{} {}", article.marker(revision), name) }</span>
            <span class="visually-hidden">{ format!("{what} in the {name}: ") }</span>
        </>
    }
}

/// The spans of one text, with <ins>/<del> and tags.
pub fn render_changes(article: &crate::article::Article, changes: &TextChanges, whole_tagged: bool) -> Html {
    html! {
        { for changes.spans.iter().map(|span| match span.change {
            Change::Unchanged => html! { { span.text.clone() } },
            Change::Added(r) => html! {
                <ins class="change" data-revision={ article.revisions.get(r).map(|x| x.id.clone()) }>
                    if !whole_tagged { { tag(article, r, "Added") } }
                    { span.text.clone() }
                </ins>
            },
            Change::Removed(r) => html! {
                <del class="change" data-revision={ article.revisions.get(r).map(|x| x.id.clone()) }>
                    if !whole_tagged { { tag(article, r, "Removed") } }
                    { span.text.clone() }
                </del>
            },
        }) }
    }
}

pub fn changes_view(props: &ChangesViewProps) -> Html {
    let a = &props.article;
    let latest = a.latest_revision();
    let blocks = a.block_changes(latest);
    html! {
        <div class="article-body changes-view">
            { for blocks.iter().map(|(i, c)| {
                let block_id = a.blocks.get(*i).map(|b| b.id.clone());
                let (class, whole) = match (c.added_in, c.removed_in) {
                    (_, Some(r)) => (Some("is-removed"), Some((r, "Paragraph removed"))),
                    (Some(r), None) => (Some("is-added"), Some((r, "Paragraph added"))),
                    _ => (None, None),
                };
                html! {
                    <p class={ class_list(&[Some("paragraph change-block"), class]) } data-block={ block_id }>
                        if let Some((r, what)) = whole { { tag(a, r, what) } }
                        { render_changes(a, c, whole.is_some()) }
                    </p>
                }
            }) }
        </div>
    }
}
