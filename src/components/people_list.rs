//! "People in this article": everyone present in the version shown, grouped
//! as named sources, anonymous sources and people mentioned, each opening
//! their card.

use yew::prelude::*;

use super::trigger::{trigger, TriggerView};
use crate::hooks::ViewerScope;
use crate::state::{PopoverEvent, SharedArticle, TriggerId};

pub struct PeopleListProps {
    pub article: SharedArticle,
    pub revision: usize,
    /// The person whose card is open from this list, if any.
    pub expanded: Option<usize>,
    pub on_popover: Callback<PopoverEvent>,
    pub scope: ViewerScope,
    pub live: bool,
}

pub fn people_list(props: &PeopleListProps) -> Html {
    let scope = &props.scope;
    let a = &props.article;
    let ids = scope.ids(a);
    let roster = a.roster(props.revision);
    let heading_id = ids.heading("people");
    let entry = |pi: &usize| {
        let Some(person) = a.people.get(*pi) else { return html! {} };
        let key = TriggerId::Roster { person: *pi };
        html! {
            <li id={ ids.person_entry(a, *pi) } tabindex="-1">
                { trigger(TriggerView {
                    scope,
                    ids: &ids,
                    id: &key,
                    fragment: 0,
                    expanded: props.expanded == Some(*pi),
                    inline: false,
                    class: "aa-roster-trigger".to_owned(),
                    label: None,
                    href: None,
                    live: props.live,
                    on_event: &props.on_popover,
                    content: html! { person.display_name() },
                }) }
                if person.is_organization() {
                    <span class="roster-role">{ "Organisation" }</span>
                } else if let Some(role) = &person.role {
                    <span class="roster-role">{ role }</span>
                }
            </li>
        }
    };
    let group = |title: &str, list: &[usize]| {
        if list.is_empty() {
            return html! {};
        }
        html! {
            <div class="roster-group">
                <h3>{ title }</h3>
                <ul>{ for list.iter().map(entry) }</ul>
            </div>
        }
    };
    html! {
        <section class="people-list" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>
                if a.people.iter().any(|p| p.is_organization()) { { "People and organisations in this article" } } else { { "People in this article" } }
            </h2>
            { group("Named sources", &roster.named) }
            { group("Anonymous sources", &roster.anonymous) }
            { group("Also mentioned", &roster.mentioned) }
        </section>
    }
}
