//! The article in the version shown: masthead, version switch, the body
//! (with speaker triggers and update markers, or with its changes marked),
//! the list of updates, the people in the article, and the open popover.

use yew::prelude::*;

use super::article_header::ArticleHeader;
use super::changes_view::ChangesView;
use super::paragraph::Paragraph;
use super::people_list::PeopleList;
use super::speaker_card::SpeakerCard;
use super::update_list::UpdateList;
use super::update_note::UpdateNote;
use super::version_switch::VersionSwitch;
use crate::state::{SharedArticle, Trigger, Version, ViewerState};

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: SharedArticle,
    pub version: Version,
    /// The trigger whose popover is open.
    pub open: Option<Trigger>,
    pub announcement: Option<String>,
    pub notice: Option<String>,
    pub on_switch: Callback<Version>,
    pub root: NodeRef,
    pub dispatch: UseReducerDispatcher<ViewerState>,
    /// Whether the viewer is running, rather than pre-rendered (see `trigger`).
    pub live: bool,
    /// Where each version's pre-rendered page is (see `AppProps`).
    pub version_pages: Option<String>,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let a = &props.article;
    let revision = props.version.revision(a);
    let changes = props.version == Version::Changes;
    let expanded_in = |block: usize| match &props.open {
        Some(Trigger::Annotation { block: b, annotation }) if *b == block => Some(*annotation),
        _ => None,
    };
    let marker_expanded_in = |block: usize| match &props.open {
        Some(Trigger::Marker { block: b, revision }) if *b == block => Some(*revision),
        _ => None,
    };
    let roster_expanded = match &props.open {
        Some(Trigger::Roster { person }) => Some(*person),
        _ => None,
    };
    let popover = props.open.as_ref().map(|t| match t {
        Trigger::Marker { revision: r, .. } => html! {
            <UpdateNote article={ a.clone() } revision={ *r } trigger={ t.clone() } root={ props.root.clone() } dispatch={ props.dispatch.clone() } />
        },
        _ => match t.person(a) {
            Some(person) => html! {
                <SpeakerCard article={ a.clone() } { person } { revision } trigger={ t.clone() } root={ props.root.clone() } dispatch={ props.dispatch.clone() } />
            },
            None => html! {},
        },
    });
    html! {
        <>
            <article class="article" lang={ a.language.clone() }>
                <ArticleHeader article={ a.clone() } { revision } { changes } />
                if a.revisions.len() > 1 {
                    <VersionSwitch
                        article={ a.clone() }
                        version={ props.version }
                        announcement={ props.announcement.clone() }
                        notice={ props.notice.clone() }
                        on_switch={ props.on_switch.clone() }
                        live={ props.live }
                        pages={ props.version_pages.clone() }
                    />
                }
                if changes {
                    <ChangesView article={ a.clone() } />
                } else {
                    <div class="article-body">
                        { for a.block_indices_at(revision).into_iter().map(|block| html! {
                            <Paragraph
                                key={ block }
                                article={ a.clone() }
                                { block }
                                { revision }
                                expanded={ expanded_in(block) }
                                expanded_marker={ marker_expanded_in(block) }
                                dispatch={ props.dispatch.clone() }
                                live={ props.live }
                            />
                        }) }
                    </div>
                }
                <UpdateList article={ a.clone() } { revision } root={ props.root.clone() } />
                <PeopleList article={ a.clone() } { revision } expanded={ roster_expanded } dispatch={ props.dispatch.clone() } live={ props.live } />
            </article>
            // Always present, so opening a popover never shifts the article's
            // place among its siblings (which would make Yew rebuild it).
            <div class="aa-popover-layer">{ for popover }</div>
        </>
    }
}
