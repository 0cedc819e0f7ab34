//! The article in the version shown: masthead, version switch, the body
//! (with speaker triggers and update markers, or with its changes marked),
//! the list of updates, the people in the article, and the open popover.

use yew::prelude::*;

use super::article_header::{article_header, ArticleHeaderProps};
use super::changes_view::{changes_view, ChangesViewProps};
use super::paragraph::Paragraph;
use super::people_list::{people_list, PeopleListProps};
use super::popover_frame::PopoverFrame;
use super::removed_block::{removed_block, RemovedBlockProps};
use super::speaker_card::{speaker_card, SpeakerCardProps};
use super::statement_switch::{statement_switch, StatementSwitchProps};
use super::update_list::{update_list, UpdateListProps};
use super::update_note::{update_note, UpdateNoteProps};
use super::version_switch::{version_switch, VersionSwitchProps};
use crate::article::BodyItem;
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, SharedArticle, TriggerId, Version};

pub struct ArticleViewProps {
    pub article: SharedArticle,
    pub version: Version,
    /// The trigger whose popover is open.
    pub open: Option<TriggerId>,
    pub announcement: Option<String>,
    pub notice: Option<String>,
    pub on_switch: Callback<Version>,
    pub root: NodeRef,
    /// Where popover events go (the popover rules, through the reducer).
    pub on_popover: Callback<PopoverEvent>,
    pub scope: ViewerScope,
    /// The open popover's element and the version switch's, which the
    /// viewer's hooks place and keep focus in.
    pub popover_node: NodeRef,
    pub switch_node: NodeRef,
    /// Whether the viewer is running, rather than pre-rendered (see `trigger`).
    pub live: bool,
    /// Every quote and paraphrase marked as a trigger (the reader's switch).
    pub mark_statements: bool,
    pub on_mark_statements: Callback<bool>,
    /// Where each version's pre-rendered page is (see `AppProps`).
    pub version_pages: Option<String>,
}

pub fn article_view(props: &ArticleViewProps) -> Html {
    let a = &props.article;
    let revision = props.version.revision(a);
    let changes = props.version == Version::Changes;
    let expanded_in = |block: usize| match &props.open {
        Some(TriggerId::Annotation { block: b, annotation }) if *b == block => Some(*annotation),
        _ => None,
    };
    let marker_expanded_in = |block: usize| match &props.open {
        Some(TriggerId::Marker { block: b, revision }) if *b == block => Some(*revision),
        _ => None,
    };
    let roster_expanded = match &props.open {
        Some(TriggerId::Roster { person }) => Some(*person),
        _ => None,
    };
    let popover = props.open.as_ref().map(|t| {
        let frame = PopoverFrame {
            article: a.clone(),
            trigger: t.clone(),
            root: props.root.clone(),
            on_event: props.on_popover.clone(),
            scope: props.scope.clone(),
            node: props.popover_node.clone(),
        };
        match (t.update(), t.person(a)) {
            (Some(r), _) => update_note(&UpdateNoteProps { frame, revision: r }),
            (None, Some(person)) => speaker_card(&SpeakerCardProps { frame, person, revision }),
            (None, None) => html! {},
        }
    });
    html! {
        <>
            <article class="article" lang={ a.language.clone() }>
                { article_header(&ArticleHeaderProps {
                    article: a.clone(),
                    revision,
                    changes,
                    open: props.open.clone(),
                    scope: props.scope.clone(),
                    live: props.live,
                    on_popover: props.on_popover.clone(),
                }) }
                if a.revisions.len() > 1 {
                    { version_switch(&VersionSwitchProps {
                        article: a.clone(),
                        version: props.version,
                        announcement: props.announcement.clone(),
                        notice: props.notice.clone(),
                        on_switch: props.on_switch.clone(),
                        live: props.live,
                        pages: props.version_pages.clone(),
                        scope: props.scope.clone(),
                        node: props.switch_node.clone(),
                    }) }
                }
                if !changes {
                    { statement_switch(&StatementSwitchProps { on: props.mark_statements, on_change: props.on_mark_statements.clone() }) }
                }
                if changes {
                    { changes_view(&ChangesViewProps { article: a.clone() }) }
                } else {
                    <div class="article-body">
                        { for a.body_at(revision).into_iter().map(|item| match item {
                            BodyItem::Removed { block, revision: removed } => removed_block(RemovedBlockProps {
                                article: a,
                                block,
                                revision: removed,
                                expanded: marker_expanded_in(block) == Some(removed),
                                scope: &props.scope,
                                live: props.live,
                                on_popover: &props.on_popover,
                            }),
                            BodyItem::Block(block) => html! {
                            <Paragraph
                                key={ block }
                                article={ a.clone() }
                                { block }
                                revision={ a.block_revision(block, revision) }
                                expanded={ expanded_in(block) }
                                expanded_marker={ marker_expanded_in(block) }
                                mark_statements={ props.mark_statements }
                                on_popover={ props.on_popover.clone() }
                                scope={ props.scope.clone() }
                                live={ props.live }
                            />
                            },
                        }) }
                    </div>
                }
                { update_list(&UpdateListProps { article: a.clone(), revision, root: props.root.clone(), scope: props.scope.clone() }) }
                { people_list(&PeopleListProps {
                    article: a.clone(),
                    revision,
                    expanded: roster_expanded,
                    on_popover: props.on_popover.clone(),
                    scope: props.scope.clone(),
                    live: props.live,
                }) }
            </article>
            // Always present, so opening a popover never shifts the article's
            // place among its siblings (which would make Yew rebuild it).
            <div class="aa-popover-layer">{ for popover }</div>
        </>
    }
}
