//! The article at one revision: masthead, a note when that revision was
//! reconstructed, the body with its speaker triggers, the list of updates,
//! the people in the article, and the open speaker card.

use yew::prelude::*;

use super::article_header::ArticleHeader;
use super::paragraph::Paragraph;
use super::people_list::PeopleList;
use super::speaker_card::SpeakerCard;
use super::update_list::UpdateList;
use crate::article::ProvenanceKind;
use crate::state::{SharedArticle, Trigger, ViewerState};

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: SharedArticle,
    pub revision: usize,
    /// The trigger whose popover is open.
    pub open: Option<Trigger>,
    pub root: NodeRef,
    pub dispatch: UseReducerDispatcher<ViewerState>,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let a = &props.article;
    let revision = props.revision.min(a.latest_revision());
    let reconstructed = a.revisions.get(revision).filter(|r| r.provenance.kind == ProvenanceKind::Reconstructed);
    let expanded_in = |block: usize| match &props.open {
        Some(Trigger::Annotation { block: b, annotation }) if *b == block => Some(*annotation),
        _ => None,
    };
    let roster_expanded = match &props.open {
        Some(Trigger::Roster { person }) => Some(*person),
        _ => None,
    };
    let card = props.open.as_ref().and_then(|t| Some((t.clone(), t.person(a)?)));
    html! {
        <>
            <article class="article" lang={ a.language.clone() }>
                <ArticleHeader article={ a.clone() } { revision } />
                if let Some(r) = reconstructed {
                    <p class="provenance-note">
                        { r.provenance.detail.clone().unwrap_or_else(|| "This version was reconstructed, not archived.".into()) }
                    </p>
                }
                <div class="article-body">
                    { for a.block_indices_at(revision).into_iter().map(|block| html! {
                        <Paragraph
                            key={ block }
                            article={ a.clone() }
                            { block }
                            { revision }
                            expanded={ expanded_in(block) }
                            dispatch={ props.dispatch.clone() }
                        />
                    }) }
                </div>
                <UpdateList article={ a.clone() } { revision } />
                <PeopleList article={ a.clone() } { revision } expanded={ roster_expanded } dispatch={ props.dispatch.clone() } />
            </article>
            if let Some((trigger, person)) = card {
                <SpeakerCard
                    article={ a.clone() }
                    { person }
                    { revision }
                    { trigger }
                    root={ props.root.clone() }
                    dispatch={ props.dispatch.clone() }
                />
            }
        </>
    }
}
