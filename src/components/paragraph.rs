//! One paragraph as it reads at the revision shown: plain text, speaker
//! triggers over each quote, paraphrase, attribution and name, and update
//! markers in place. Article strings only ever become text nodes.

use yew::prelude::*;

use super::quiet_annotation::{quiet_annotation, QuietView};
use super::trigger::{trigger, TriggerView};
use super::update_marker::{update_marker, MarkerView};
use crate::article::people::spoken_name;
use crate::article::{BlockView, Piece};
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, SharedArticle, TriggerId};

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub article: SharedArticle,
    pub block: usize,
    /// The revision it is drawn from: the earliest that reads and marks it
    /// as the one shown does (`Article::block_revision`), so a version
    /// switch leaves the paragraphs it does not change alone.
    pub revision: usize,
    /// The annotation of this block whose card is open, if any; a paragraph
    /// re-renders only when this (or the revision) changes.
    pub expanded: Option<usize>,
    /// The update whose note is open from this block's marker, if any.
    pub expanded_marker: Option<usize>,
    /// The reader asked to see every quote and paraphrase marked, as
    /// triggers (the look before the calm reading).
    pub mark_statements: bool,
    pub on_popover: Callback<PopoverEvent>,
    pub scope: ViewerScope,
    /// Whether the viewer is running (see `trigger`).
    pub live: bool,
}

/// A stretch of text and the person annotation it triggers, if any: where
/// annotations nest, the innermost (shortest) one wins, so a name inside a
/// paraphrase opens the named person's card.
enum Run {
    Text { text: String, annotation: Option<usize> },
    Marker { revision: usize },
}

fn runs(view: &BlockView<'_>) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for piece in &view.pieces {
        match piece {
            Piece::Marker { revision, .. } => runs.push(Run::Marker { revision: *revision }),
            Piece::Text { range, annotations } => {
                let chosen = annotations
                    .iter()
                    .copied()
                    .filter(|&i| view.annotation(i).is_some_and(|a| a.kind.is_about_person()))
                    .min_by_key(|&i| view.annotation(i).and_then(|a| a.exact.as_ref()).map_or(usize::MAX, String::len));
                let text = view.text.get(range.clone()).unwrap_or("");
                match runs.last_mut() {
                    Some(Run::Text { text: t, annotation }) if *annotation == chosen => t.push_str(text),
                    _ => runs.push(Run::Text { text: text.to_owned(), annotation: chosen }),
                }
            }
        }
    }
    runs
}

/// The one part of the page that stays a Yew component: a paragraph
/// re-renders only when its own props change, so opening a card in a long
/// article touches one paragraph, not all of them.
#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let scope = &props.scope;
    let a = &props.article;
    let ids = scope.ids(a);
    let Some(view) = a.block_at(props.block, props.revision) else { return html! {} };
    let mut fragments: Vec<usize> = vec![0; view.block.annotations.len()];
    let speaker_triggers = view.speaker_triggers();
    let content = runs(&view).into_iter().map(|run| match run {
        Run::Text { text, annotation: None } => html! { { text } },
        Run::Text { text, annotation: Some(i) } => {
            let key = TriggerId::Annotation { block: props.block, annotation: i };
            let fragment = fragments.get(i).copied().unwrap_or(0);
            if let Some(f) = fragments.get_mut(i) {
                *f += 1;
            }
            let annotation = view.annotation(i);
            let kind = annotation.map_or("mention", |x| x.kind.as_str());
            let expanded = props.expanded == Some(i);
            if !props.mark_statements && !speaker_triggers.get(i).copied().unwrap_or(true) {
                return quiet_annotation(QuietView {
                    scope,
                    id: &key,
                    kind,
                    expanded,
                    speaker: annotation.filter(|x| x.kind.is_statement()).and_then(|x| x.person.clone()),
                    live: props.live,
                    on_event: &props.on_popover,
                    text,
                });
            }
            let person = key.person(a);
            let href = person.map(|p| format!("#{}", ids.person_entry(a, p)));
            let label = match (annotation.map(|x| x.kind.is_statement()), person.and_then(|p| a.people.get(p))) {
                (Some(false), Some(person)) => spoken_name(&text, person),
                _ => None,
            };
            trigger(TriggerView {
                scope,
                ids: &ids,
                id: &key,
                fragment,
                expanded,
                inline: true,
                class: format!("aa-trigger ann-{kind}"),
                label,
                href,
                live: props.live,
                on_event: &props.on_popover,
                content: html! { { text } },
            })
        }
        Run::Marker { revision } => update_marker(MarkerView {
            article: a,
            scope,
            ids: &ids,
            id: TriggerId::Marker { block: props.block, revision },
            expanded: props.expanded_marker == Some(revision),
            live: props.live,
            on_event: &props.on_popover,
        }),
    });
    html! { <p class="paragraph" data-block={ view.block.id.clone() }>{ for content }</p> }
}
