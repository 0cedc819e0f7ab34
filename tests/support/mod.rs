//! Shared by the browser tests: mount a viewer, wait for the DOM, read what
//! a reader sees, and send the pointer, focus and key events a reader would.
#![allow(dead_code)]

use annotated_article::interaction::popover::Timing;
use annotated_article::state::ArticleSource;
use annotated_article::{App, AppProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub const SEED_TXT: &str = include_str!("../fixtures/seed-article.txt");

pub fn seed_lines() -> Vec<&'static str> {
    SEED_TXT.split('\n').collect()
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The viewer's own stylesheet, so placement and visibility are real.
pub fn install_stylesheet() {
    let d = document();
    if d.get_element_by_id("aa-test-style").is_some() {
        return;
    }
    let style = d.create_element("style").unwrap();
    style.set_id("aa-test-style");
    style.set_text_content(Some(include_str!("../../assets/style.css")));
    d.head().unwrap().append_child(&style).unwrap();
}

pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

pub struct Mounted {
    pub root: Element,
    app: yew::AppHandle<App>,
}

/// Hover intent and grace for tests: small, so that a test waits for what
/// a reader would see rather than for the defaults (the rules themselves are
/// tested natively with a fake clock, in `interaction/popover.rs`).
pub const QUICK: Timing = Timing { open_delay_ms: 60.0, close_grace_ms: 80.0 };

pub async fn mount(source: ArticleSource) -> Mounted {
    mount_in(None, source).await
}

/// The site's own viewer (the one that keeps the version in the address
/// and remembers the reader's choices), mounted under the body.
pub async fn mount_own() -> Mounted {
    let props = AppProps {
        source: ArticleSource::Seed,
        timing: QUICK,
        sync_address: true,
        initial_version: None,
        version_pages: None,
        id_prefix: Default::default(),
    };
    mount_with(None, props).await
}

/// Mounts a viewer into a new element under `parent` (or the body).
pub async fn mount_in(parent: Option<&Element>, source: ArticleSource) -> Mounted {
    let props =
        AppProps { source, timing: QUICK, sync_address: false, initial_version: None, version_pages: None, id_prefix: Default::default() };
    mount_with(parent, props).await
}

pub async fn mount_with(parent: Option<&Element>, props: AppProps) -> Mounted {
    install_stylesheet();
    let d = document();
    let root = d.create_element("div").unwrap();
    match parent {
        Some(p) => p.append_child(&root).unwrap(),
        None => d.body().unwrap().append_child(&root).unwrap(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root, app }
}

impl Mounted {
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("valid selector");
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
    }

    pub fn one(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).expect("valid selector")
    }

    pub fn get(&self, selector: &str) -> Element {
        self.one(selector).unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// What a reader sees of an element: its rendered text.
    pub fn text(&self, selector: &str) -> String {
        self.one(selector).map(|e| text_of(&e)).unwrap_or_default()
    }

    /// The trigger span whose text is exactly `words`.
    pub fn trigger(&self, words: &str) -> Element {
        self.all("[data-trigger]")
            .into_iter()
            .find(|e| e.text_content().as_deref() == Some(words))
            .unwrap_or_else(|| panic!("no trigger reads {words:?}"))
    }

    /// The version switch's radio button whose label reads `label`.
    pub fn version_radio(&self, label: &str) -> Element {
        self.all(".version-switch label")
            .into_iter()
            .find(|l| l.query_selector(".switch-label").ok().flatten().and_then(|s| s.text_content()).is_some_and(|t| t.starts_with(label)))
            .and_then(|l| l.query_selector("input").ok().flatten())
            .unwrap_or_else(|| panic!("no version control labelled {label:?}"))
    }

    pub fn paragraph_texts(&self) -> Vec<String> {
        self.all(".article-body .paragraph").iter().map(|p| p.text_content().unwrap_or_default()).collect()
    }

    /// Turns on "Mark every quote and paraphrase", as a reader would.
    pub async fn mark_every_statement(&self) {
        click(&self.get(".aa-statement-switch input"));
        let quotes = || self.all(".aa-trigger.ann-quote").len();
        until("every quote is a trigger", || quotes() > 0 && self.all(".aa-quiet.ann-quote").is_empty()).await;
    }

    pub fn card(&self) -> Option<Element> {
        self.one("[role=dialog]")
    }

    /// Waits (up to five seconds) for an element that depends on a fetch.
    pub async fn wait_for(&self, selector: &str) -> Element {
        for _ in 0..100 {
            yew::scheduler::flush().await;
            if let Some(e) = self.one(selector) {
                return e;
            }
            sleep(50).await;
        }
        panic!("{selector} never appeared; the page shows: {}", self.root.text_content().unwrap_or_default());
    }

    pub fn unmount(self) {
        self.app.destroy();
        self.root.remove();
    }
}

pub fn text_of(e: &Element) -> String {
    e.clone().dyn_into::<HtmlElement>().map(|h| h.inner_text()).unwrap_or_default()
}

pub fn pointer(target: &Element, kind: &str, pointer_type: &str) {
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type(pointer_type);
    init.set_bubbles(!matches!(kind, "pointerenter" | "pointerleave"));
    init.set_composed(true);
    let rect = target.get_bounding_client_rect();
    init.set_client_x((rect.left() + rect.width() / 2.0) as i32);
    init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
    let e = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&e).unwrap();
}

pub fn key(target: &Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&e).unwrap();
}

pub fn click(target: &Element) {
    target.clone().dyn_into::<HtmlElement>().unwrap().click();
}

/// A tap: a touch press, focus, then the click the browser makes of it.
pub fn tap(target: &Element) {
    pointer(target, "pointerdown", "touch");
    focus(target);
    click(target);
}

pub fn focus(target: &Element) {
    target.clone().dyn_into::<HtmlElement>().unwrap().focus().unwrap();
}

pub fn active_element() -> Option<Element> {
    document().active_element()
}

pub async fn settle(ms: u32) {
    sleep(ms).await;
    yew::scheduler::flush().await;
}

/// Waits (up to five seconds) until `ready` holds, checking every 10 ms.
pub async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if ready() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting until {what}");
}

/// Milliseconds since the page started, as the viewer measures time.
pub fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Asserts that no markup in article text ran: `window.__pwned` stays
/// unset. First proves the check can see it: the same kind of markup put
/// into the page on purpose, after the article was drawn, sets
/// `window.__control` (polled for), so any markup from the article would
/// have run by then too.
pub async fn assert_no_markup_ran() {
    let window = web_sys::window().unwrap();
    let control = document().create_element("div").unwrap();
    control.set_inner_html("<img src=x onerror=\"window.__control=1\">");
    document().body().unwrap().append_child(&control).unwrap();
    let set = |name: &str| !js_sys::Reflect::get(&window, &name.into()).unwrap().is_undefined();
    until("the control markup runs", || set("__control")).await;
    control.remove();
    js_sys::Reflect::delete_property(&window, &"__control".into()).unwrap();
    assert!(!set("__pwned"), "article text ran as code");
}
