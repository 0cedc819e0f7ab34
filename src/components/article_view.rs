//! The article at one revision: masthead, a note when that revision was
//! reconstructed, the body, and the list of updates.

use yew::prelude::*;

use super::article_header::ArticleHeader;
use super::paragraph::paragraph;
use super::update_list::UpdateList;
use crate::article::ProvenanceKind;
use crate::state::SharedArticle;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: SharedArticle,
    pub revision: usize,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let a = &props.article;
    let revision = props.revision.min(a.latest_revision());
    let blocks = a.blocks_at(revision);
    let reconstructed = a.revisions.get(revision).filter(|r| r.provenance.kind == ProvenanceKind::Reconstructed);
    html! {
        <article class="article" lang={ a.language.clone() }>
            <ArticleHeader article={ a.clone() } { revision } />
            if let Some(r) = reconstructed {
                <p class="provenance-note">
                    { r.provenance.detail.clone().unwrap_or_else(|| "This version was reconstructed, not archived.".into()) }
                </p>
            }
            <div class="article-body">
                { for blocks.iter().map(|b| paragraph(a, b)) }
            </div>
            <UpdateList article={ a.clone() } { revision } />
        </article>
    }
}
