//! The placeholder while an article file downloads.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadingProps {
    pub source: String,
}

#[component]
pub fn Loading(props: &LoadingProps) -> Html {
    html! {
        <div class="loading" role="status" aria-live="polite">
            <p>{ "Loading the article…" }</p>
            <p class="loading-source">{ &props.source }</p>
        </div>
    }
}
