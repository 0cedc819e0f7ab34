//! The placeholder while an article file downloads.

use yew::prelude::*;

pub struct LoadingProps {
    pub source: String,
}

pub fn loading(props: &LoadingProps) -> Html {
    html! {
        <div class="loading" role="status" aria-live="polite">
            <p>{ "Loading the article…" }</p>
            <p class="loading-source">{ &props.source }</p>
        </div>
    }
}
