//! The names in `src/contract.rs` against the files that must spell them the
//! same way without compiling Rust: the stylesheet, the embedding script,
//! the page shell, and the markup the viewer renders (Yew's `html!` takes
//! attribute names only as literals). A rename in `contract.rs` fails here,
//! naming the file that still has the old name.
#![cfg(not(target_arch = "wasm32"))]

use annotated_article::contract::*;
use annotated_article::state::ArticleSource;
use annotated_article::{App, AppProps};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn has(file: &str, text: &str, needle: &str, why: &str) {
    assert!(text.contains(needle), "{file} should contain `{needle}` ({why})");
}

#[test]
fn the_stylesheet_uses_the_viewers_names_and_numbers() {
    let css = read("assets/style.css");
    let f = "assets/style.css";
    has(f, &css, &format!(".{ROOT_CLASS}"), "ROOT_CLASS");
    has(f, &css, &format!(".{POPOVER_CLASS}"), "POPOVER_CLASS");
    has(f, &css, &format!("[{PLACEMENT_ATTR}=\"floating\"]"), "PLACEMENT_ATTR");
    has(f, &css, &format!("[{PLACEMENT_ATTR}=\"sheet\"]"), "PLACEMENT_ATTR");
    has(f, &css, &format!("[{FLASH_ATTR}]"), "FLASH_ATTR");
    has(f, &css, &format!("[{LIVE_ATTR}]"), "LIVE_ATTR");
    has(f, &css, &format!("[{SPEAKING_ATTR}]"), "SPEAKING_ATTR");
    for (name, _) in css_variables() {
        has(f, &css, &format!("var({name})"), "css_variables()");
    }
    // The numbers themselves live in contract.rs only.
    for spelled in [format!("{}px", 2 * EDGE_PX), format!("{FLASH_MS}ms"), format!("{}s", f64::from(FLASH_MS) / 1000.0)] {
        assert!(!css.contains(&spelled), "{f} spells `{spelled}`: use the custom property from contract::css_variables()");
    }
}

#[test]
fn the_custom_element_passes_on_the_attributes_the_viewer_reads() {
    let js = read("assets/embed/embed.js");
    let f = "assets/embed/embed.js";
    let list = EMBED_ATTRIBUTES.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>().join(", ");
    has(f, &js, &format!("static observedAttributes = [{list}];"), "EMBED_ATTRIBUTES");
    has(f, &js, &format!("customElements.define('{EMBED_TAG}'"), "EMBED_TAG");
    // The viewer reads the attributes from the element itself.
    has(f, &js, "m.mount_embed(this, root)", "mount_embed(host, root) in src/main.rs");
}

#[test]
fn the_page_shell_marks_where_the_viewer_mounts() {
    has("index.html", &read("index.html"), MOUNT_ATTR, "MOUNT_ATTR");
}

#[test]
fn the_build_and_the_boot_script_find_a_pre_rendered_article_by_the_viewers_names() {
    // boot.js sends `?article=` away from a page with a pre-rendered
    // article; the build points exactly those pages at the site build.
    let f = "assets/boot.js";
    has(f, &read(f), &format!("[{MOUNT_ATTR}] .{ROOT_CLASS}"), "MOUNT_ATTR and ROOT_CLASS");
    let f = "tools/post-build.mjs";
    has(f, &read(f), &format!("class=\"{ROOT_CLASS}\""), "ROOT_CLASS");
}

#[test]
fn the_rendered_viewer_uses_the_names_in_contract_rs() {
    let props = AppProps {
        source: ArticleSource::Seed,
        timing: Default::default(),
        sync_address: false,
        initial_version: None,
        version_pages: None,
        id_prefix: Default::default(),
    };
    let html = futures_executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render());
    let f = "the rendered viewer";
    has(f, &html, &format!("class=\"{ROOT_CLASS}\""), "ROOT_CLASS");
    has(f, &html, &format!("{TRIGGER_ATTR}=\""), "TRIGGER_ATTR: the literal in components/trigger.rs");
    has(f, &html, &format!("{BLOCK_ATTR}=\""), "BLOCK_ATTR: the literal in components/paragraph.rs");
}
