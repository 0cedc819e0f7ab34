//! What a reader (or the editor checking a file) sees instead of an article
//! that cannot be shown: why, and every problem with where it is.

use yew::prelude::*;

use crate::state::Failure;

/// More problems than this are counted, not listed.
const MAX_LISTED: usize = 50;

pub struct ErrorPanelProps {
    pub failure: Failure,
}

pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let (summary, problems) = match &props.failure {
        Failure::BadRequest { message } => (message.clone(), Vec::new()),
        Failure::Network { source, message } => (format!("The article file at {source} could not be downloaded. {message}"), Vec::new()),
        Failure::Invalid { source, errors } => {
            let n = errors.len();
            let s = if n == 1 { "" } else { "s" };
            (format!("The article file from {source} is not a valid article: {n} problem{s} found."), errors.clone())
        }
    };
    let hidden = problems.len().saturating_sub(MAX_LISTED);
    html! {
        <section class="error-panel" role="alert">
            <h1 class="error-title">{ "This article could not be shown" }</h1>
            <p class="error-summary">{ summary }</p>
            if !problems.is_empty() {
                <ol class="error-list">
                    { for problems.iter().take(MAX_LISTED).map(|e| html! {
                        <li>
                            <strong class="error-location">{ e.location.to_string() }</strong>{ ": " }
                            <span class="error-problem">{ &e.problem }</span>
                            if !e.expected.is_empty() {
                                { " " }<span class="error-expected">{ format!("Expected: {}", e.expected) }</span>
                            }
                        </li>
                    }) }
                </ol>
                if hidden > 0 {
                    <p>{ format!("…and {hidden} more.") }</p>
                }
            }
        </section>
    }
}
