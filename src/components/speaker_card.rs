//! The speaker card: a non-modal dialog saying who a person is (as true on
//! the article's date), how the article sources them, and what they said in
//! the version shown, each statement a jump to its passage.

use web_sys::Element;
use yew::prelude::*;

use super::class_list::class_list;
use super::popover_frame::{popover_frame, PopoverFrame};
use crate::article::people::initials;
use crate::article::web_address::is_link;
use crate::article::{Article, SourcingKind};
use crate::hooks::jump::jump_to_trigger;
use crate::state::version::revision_name;
use crate::state::TriggerId;

pub struct SpeakerCardProps {
    /// The article, the trigger and the viewer's parts.
    pub frame: PopoverFrame,
    pub person: usize,
    pub revision: usize,
}

/// "added in the 4pm update", or nothing for the original.
fn added_in(article: &Article, revision: usize) -> Option<String> {
    (revision > 0).then(|| format!("added in the {}", revision_name(article, revision)))
}

pub fn speaker_card(props: &SpeakerCardProps) -> Html {
    let scope = &props.frame.scope;
    let a = &props.frame.article;
    let Some(person) = a.people.get(props.person) else { return html! {} };
    let statements = a.statements(&person.id, props.revision);
    let title_id = scope.ids(a).popover_title();
    let anonymous = person.sourcing.kind == SourcingKind::Anonymous;
    let avatar = if anonymous { "?".to_owned() } else { initials(person.display_name()) };
    let facts: Vec<&str> = [&person.affiliation, &person.country].into_iter().flatten().map(String::as_str).collect();
    let sourcing = match (person.sourcing.kind, &person.sourcing.words) {
        (SourcingKind::Named, Some(words)) => format!("Named in the article: “{words}”"),
        (SourcingKind::Named, None) => "Named in the article".to_owned(),
        (SourcingKind::Anonymous, Some(words)) => format!("Anonymous source. The article: “{words}”"),
        (SourcingKind::Anonymous, None) => "Anonymous source".to_owned(),
    };
    // "Printed as" only for a spelling the reader would not recognise
    // (Pezezshkian), not for a surname alone or a title.
    let printed_differs = !anonymous
        && person.canonical_name.as_deref().is_some_and(|c| {
            let printed_surname = person.name.split_whitespace().last().unwrap_or("");
            !c.split_whitespace().any(|w| w == printed_surname)
        });

    let entries = statements.iter().map(|s| {
        let target = TriggerId::Annotation { block: s.block, annotation: s.annotation }.key();
        let (root, scope) = (props.frame.root.clone(), scope.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(root) = root.cast::<Element>() {
                jump_to_trigger(&scope, &root, &target);
            }
        });
        let kind = s.kind.label();
        let when = added_in(a, s.since);
        html! {
            <li>
                <button type="button" class="statement" { onclick }>
                    <span class="statement-words">{ s.words }</span>
                    <span class="statement-meta">
                        { kind }
                        if let Some(when) = when { { ", " }{ when } }
                    </span>
                </button>
            </li>
        }
    });

    html! {
        { popover_frame(&props.frame, "speaker-card", html! { <>
            <div class="card-head">
                <span class={ class_list(&[Some("avatar"), anonymous.then_some("is-anonymous"), person.is_organization().then_some("is-organization")]) } aria-hidden="true">{ avatar }</span>
                <div>
                    <h2 class="card-name" id={ title_id }>{ person.display_name() }</h2>
                    if printed_differs {
                        <p class="card-printed">{ format!("Printed as “{}”", person.name) }</p>
                    }
                </div>
            </div>
            // An organisation has no personal fields (the validator refuses
            // a role or affiliation on one): the card says what it is.
            if person.is_organization() {
                <p class="card-role">{ "Organisation" }</p>
            } else if let Some(role) = &person.role {
                <p class="card-role">{ role }</p>
            }
            if !facts.is_empty() {
                <p class="card-facts">{ facts.join(" · ") }</p>
            }
            <p class={ class_list(&[Some("card-sourcing"), anonymous.then_some("is-anonymous")]) }>{ sourcing }</p>
            if let Some(d) = &person.description {
                <p class="card-description">{ d }</p>
            }
            <h3 class="card-section">{ "In this article" }</h3>
            if statements.is_empty() {
                <p class="card-empty">{ "Mentioned, not quoted, in this version." }</p>
            } else {
                <ol class="statements">{ for entries }</ol>
            }
            if person.sources.iter().any(|s| is_link(&s.url)) {
                <p class="card-sources">
                    { "Sources: " }
                    { for person.sources.iter().filter(|s| is_link(&s.url)).map(|s| html! {
                        <a href={ s.url.clone() } rel="noopener noreferrer" target="_blank">{ &s.title }</a>
                    }) }
                </p>
            }
        </> }) }
    }
}
