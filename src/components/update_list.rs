//! The list of updates at the end of the article: each update's marker,
//! time and note, up to the revision shown, with links back to every
//! passage that carries its marker (↑ a b, as Wikipedia's references do).

use web_sys::Element;
use yew::prelude::*;

use crate::article::{timestamp, RevisionKind};
use crate::hooks::dom::element_by_id;
use crate::hooks::jump::jump_to;
use crate::hooks::ViewerScope;
use crate::state::{SharedArticle, TriggerId};

pub struct UpdateListProps {
    pub article: SharedArticle,
    pub revision: usize,
    pub root: NodeRef,
    pub scope: ViewerScope,
}

pub fn update_list(props: &UpdateListProps) -> Html {
    let scope = &props.scope;
    let a = &props.article;
    let ids = scope.ids(a);
    let heading_id = ids.heading("updates");
    // Where each update's markers stand in the version shown: after the
    // headline, then in the body in reading order.
    let marked = a.marker_blocks(props.revision);
    let headline = a.headline_markers(props.revision);
    let entries: Vec<Html> = a
        .revisions
        .iter()
        .enumerate()
        .skip(1)
        .take(props.revision)
        .map(|(i, r)| {
            let when = timestamp::display(&r.timestamp);
            let in_headline = headline.contains(&i).then_some(TriggerId::HeadlineMarker { revision: i });
            let in_body = marked.get(i).into_iter().flatten().map(|&block| TriggerId::Marker { block, revision: i });
            let blocks: Vec<TriggerId> = in_headline.into_iter().chain(in_body).collect();
            let backlinks = blocks.iter().enumerate().map(|(n, marker)| {
                let target = ids.trigger(marker, 0);
                let (root, scope, id) = (props.root.clone(), scope.clone(), target.clone());
                let onclick = Callback::from(move |e: MouseEvent| {
                    if let Some(el) = root.cast::<Element>().and_then(|r| element_by_id(&r, &id)) {
                        e.prevent_default();
                        jump_to(&scope, &el);
                    }
                });
                let letter = if blocks.len() == 1 { "↑".to_owned() } else { backlink_letter(n) };
                let label = match marker {
                    TriggerId::HeadlineMarker { .. } => format!("Back to the headline, marked {}", a.marker(i)),
                    _ => format!("Back to passage {} marked {}", n + 1, a.marker(i)),
                };
                html! { <a class="backlink" href={ format!("#{target}") } aria-label={ label } { onclick }>{ letter }</a> }
            });
            html! {
                <li id={ ids.update_entry(a, i) } class="update-entry" tabindex="-1">
                    <span class="update-entry-marker" aria-hidden="true">{ a.marker(i) }</span>
                    if blocks.len() > 1 {
                        <span class="backlinks" aria-hidden="true">{ "↑" }</span>
                    }
                    { for backlinks }
                    { " " }
                    if r.kind() == RevisionKind::Correction {
                        <span class="update-entry-kind">{ "Correction, " }</span>
                    }
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
            <h2 id={ heading_id }>{ a.updates_heading() }</h2>
            <ol>{ for entries }</ol>
        </section>
    }
}

/// a, b, … z, aa, ab, …
fn backlink_letter(n: usize) -> String {
    let mut n = n;
    let mut s = Vec::new();
    loop {
        s.push((b'a' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.iter().rev().collect()
}
