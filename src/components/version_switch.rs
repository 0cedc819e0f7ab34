//! The version switch: Original · Updated · What changed, as a radio group,
//! and beneath it every revision in order as a timeline, with a note when
//! the version shown was reconstructed and a live region that announces
//! each switch. Pre-rendered, the choices link to each version's own page.

use yew::prelude::*;

use super::class_list::class_list;
use crate::article::case::capitalised;
use crate::article::timestamp::Timestamp;
use crate::article::ProvenanceKind;
use crate::hooks::ViewerScope;
use crate::state::version::revision_name;
use crate::state::{SharedArticle, Version};

pub struct VersionSwitchProps {
    pub article: SharedArticle,
    pub version: Version,
    pub announcement: Option<String>,
    pub notice: Option<String>,
    pub on_switch: Callback<Version>,
    /// Whether the viewer is running, rather than pre-rendered.
    pub live: bool,
    /// Where each version's pre-rendered page is, relative to this page.
    pub pages: Option<String>,
    pub scope: ViewerScope,
    /// The switch's element, whose focus the viewer carries over when the
    /// links become radios (`use_live`).
    pub node: NodeRef,
}

pub fn version_switch(props: &VersionSwitchProps) -> Html {
    let a = &props.article;
    let latest = a.latest_revision();
    let shown = props.version.revision(a);
    let scope = &props.scope;
    // Pre-rendered, and without JavaScript, each choice is a link to that
    // version's page, laid out as the radio it becomes.
    let links = props.pages.as_ref().filter(|_| !props.live);
    let radio = |name: &str, label: Html, version: Version, checked: bool, class: &'static str| {
        let class = class_list(&[Some(class), checked.then_some("is-checked")]);
        if let Some(base) = links {
            let href = format!("{base}{}", version.page_name(a));
            let current = checked.then_some("page");
            return html! { <a { class } { href } aria-current={ current }><span class="switch-label">{ label }</span></a> };
        }
        let on_switch = props.on_switch.clone();
        let onchange = Callback::from(move |_: Event| on_switch.emit(version));
        html! {
            <label { class }>
                <input type="radio" name={ name.to_owned() } { checked } { onchange } />
                <span class="switch-label">{ label }</span>
            </label>
        }
    };
    let ids = scope.ids(a);
    let modes_name = ids.radio_group("mode");
    let timeline_name = ids.radio_group("revision");
    let in_revision = |r: usize| props.version == Version::Revision(r);
    let reconstructed = match props.version {
        Version::Revision(r) => a.revisions.get(r).filter(|rev| rev.provenance.kind == ProvenanceKind::Reconstructed),
        Version::Changes => None,
    };
    html! {
        <div class="version-switch" ref={ props.node.clone() }>
            <fieldset class="version-modes">
                <legend class="switch-legend">{ "Version" }</legend>
                <div class="segmented">
                    { radio(&modes_name, html! { "Original" }, Version::Revision(0), in_revision(0), "segment") }
                    { radio(&modes_name, html! { "Updated" }, Version::Revision(latest), matches!(props.version, Version::Revision(r) if r > 0), "segment") }
                    { radio(&modes_name, html! { "What changed" }, Version::Changes, props.version == Version::Changes, "segment") }
                </div>
            </fieldset>
            <fieldset class="version-timeline">
                <legend class="switch-legend">{ "History" }</legend>
                <ol>
                    { for a.revisions.iter().enumerate().map(|(r, rev)| {
                        let when = Timestamp::parse(&rev.timestamp)
                            .map(|t| t.time_text().unwrap_or_else(|| t.date_text()))
                            .unwrap_or_else(|| rev.timestamp.clone());
                        let marker = (r > 0).then(|| a.marker(r));
                        let label = html! {
                            <>
                                <span class="timeline-name">{ capitalised(&revision_name(a, r)) }</span>
                                if let Some(m) = marker { <span class="timeline-marker" aria-hidden="true">{ m }</span> }
                                <span class="timeline-time">{ when }</span>
                            </>
                        };
                        let checked = props.version != Version::Changes && shown == r;
                        html! { <li>{ radio(&timeline_name, label, Version::Revision(r), checked, "timeline-step") }</li> }
                    }) }
                </ol>
            </fieldset>
            if let Some(rev) = reconstructed {
                <p class="provenance-note">
                    <strong>{ format!("{} reconstructed. ", capitalised(&revision_name(a, shown))) }</strong>
                    { rev.provenance.detail.clone().unwrap_or_else(|| "No archived copy of this version exists.".into()) }
                </p>
            }
            if props.version == Version::Changes {
                <p class="changes-legend">
                    <ins class="legend-ins">{ "Added text" }</ins>{ " is underlined, " }
                    <del class="legend-del">{ "removed text" }</del>{ " is struck through, and each change is tagged with its update." }
                </p>
            }
            if let Some(notice) = &props.notice {
                <p class="version-notice" role="status">{ notice }</p>
            }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ props.announcement.clone().unwrap_or_default() }</p>
        </div>
    }
}
