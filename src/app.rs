//! The viewer: loads its article and shows it, the loading state or the
//! error panel. One `App` is one independent viewer; a page can hold several.

use yew::prelude::*;

use crate::components::{ArticleView, ErrorPanel, Loading};
use crate::hooks::use_article;
use crate::state::{ArticleSource, Status};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or(ArticleSource::Seed)]
    pub source: ArticleSource,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_article(&props.source);
    let content = match &state.status {
        Status::Loading { source } => html! { <Loading source={ source.clone() } /> },
        Status::Failed(failure) => html! { <ErrorPanel failure={ failure.clone() } /> },
        Status::Ready(article) => html! { <ArticleView article={ article.clone() } revision={ state.revision } /> },
    };
    html! { <div class="annotated-article">{ content }</div> }
}
