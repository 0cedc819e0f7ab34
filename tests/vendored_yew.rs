//! The vendored Yew's changes to data structures keep upstream's behaviour
//! (vendor/README.md, changes 3, 4 and 6): the scheduler's per-component
//! queues render parents before children and run children's effects before
//! their parents' (a component asked to render twice before the scheduler
//! runs renders once, as upstream); `Classes` keeps each class once, in the
//! order first given; an event reaches each of its handlers once, the
//! element's before its ancestors', however many elements listen for it;
//! each listener names its DOM event as upstream's kind does (change 5).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use wasm_bindgen_test::*;
use yew::prelude::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static SET_COUNT: RefCell<Option<UseStateSetter<u32>>> = const { RefCell::new(None) };
}

fn log(entry: String) {
    LOG.with(|l| l.borrow_mut().push(entry));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

#[derive(Properties, PartialEq)]
struct ChildProps {
    name: &'static str,
    count: u32,
}

#[function_component]
fn Child(props: &ChildProps) -> Html {
    log(format!("render {} {}", props.name, props.count));
    let name = props.name;
    use_effect(move || log(format!("effect {name}")));
    html! { <span class="child">{ props.count }</span> }
}

#[function_component]
fn Parent() -> Html {
    let count = use_state(|| 0u32);
    log(format!("render parent {}", *count));
    SET_COUNT.with(|s| *s.borrow_mut() = Some(count.setter()));
    use_effect(|| log("effect parent".to_owned()));
    html! {
        <div class="parent">
            <Child name="a" count={ *count } />
            <Child name="b" count={ *count } />
        </div>
    }
}

fn position(log: &[String], entry: &str) -> usize {
    log.iter().position(|e| e == entry).unwrap_or_else(|| panic!("{entry:?} not in {log:?}"))
}

#[wasm_bindgen_test]
async fn parents_render_first_children_finish_first_and_each_renders_once() {
    take_log();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<Parent>::with_root(root.clone()).render();
    until("both children show 0", || root.query_selector_all(".child").map(|l| l.length()).unwrap_or(0) == 2).await;
    until("the parent's effect ran", || LOG.with(|l| l.borrow().iter().any(|e| e == "effect parent"))).await;

    let first = take_log();
    assert!(position(&first, "render parent 0") < position(&first, "render a 0"), "{first:?}");
    assert!(position(&first, "render parent 0") < position(&first, "render b 0"), "{first:?}");
    assert!(position(&first, "effect a") < position(&first, "effect parent"), "{first:?}");
    assert!(position(&first, "effect b") < position(&first, "effect parent"), "{first:?}");

    // Asked twice before the scheduler runs: the parent renders once, with the last value.
    let set = SET_COUNT.with(|s| s.borrow().clone()).expect("the parent rendered");
    set.set(1);
    set.set(2);
    until("the children show 2", || root.text_content().unwrap_or_default() == "22").await;
    until("the parent's effect ran again", || LOG.with(|l| l.borrow().iter().any(|e| e == "effect parent"))).await;
    let second = take_log();
    let parent_renders: Vec<&String> = second.iter().filter(|e| e.starts_with("render parent")).collect();
    assert_eq!(parent_renders, ["render parent 2"], "{second:?}");
    assert_eq!(second.iter().filter(|e| e.starts_with("render a")).count(), 1, "{second:?}");
    assert!(position(&second, "render parent 2") < position(&second, "render a 2"), "{second:?}");
    assert!(position(&second, "effect a") < position(&second, "effect parent"), "{second:?}");

    app.destroy();
    root.remove();
}

#[function_component]
fn Buttons() -> Html {
    let on = |name: &'static str| Callback::from(move |_: MouseEvent| log(name.to_owned()));
    html! {
        <div class="outer" onclick={ on("outer click") }>
            <button class="first" onclick={ on("first click") } onmousedown={ on("first press") }>{ "1" }</button>
            <button class="second" onclick={ on("second click") }>{ "2" }</button>
        </div>
    }
}

#[wasm_bindgen_test]
async fn an_event_reaches_each_handler_once_inner_first() {
    take_log();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<Buttons>::with_root(root.clone()).render();
    until("the buttons are drawn", || root.query_selector(".second").ok().flatten().is_some()).await;
    let first = root.query_selector(".first").unwrap().unwrap();
    let press = web_sys::MouseEvent::new_with_mouse_event_init_dict("mousedown", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    first.dispatch_event(&press).unwrap();
    click(&first);
    click(&root.query_selector(".second").unwrap().unwrap());
    until("the last click was handled", || LOG.with(|l| l.borrow().len() >= 5)).await;
    yew::scheduler::flush().await;
    assert_eq!(take_log(), ["first press", "first click", "outer click", "second click", "outer click"]);
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
fn each_listener_names_the_dom_event_its_kind_names() {
    use yew::virtual_dom::Listener;
    let listeners: [(&dyn Listener, &str); 9] = [
        (&yew::html::onclick::Wrapper::new(Callback::noop()), "click"),
        (&yew::html::onmousedown::Wrapper::new(Callback::noop()), "mousedown"),
        (&yew::html::onkeydown::Wrapper::new(Callback::noop()), "keydown"),
        (&yew::html::onfocus::Wrapper::new(Callback::noop()), "focus"),
        (&yew::html::onfocusout::Wrapper::new(Callback::noop()), "focusout"),
        (&yew::html::onblur::Wrapper::new(Callback::noop()), "blur"),
        (&yew::html::onpointerenter::Wrapper::new(Callback::noop()), "pointerenter"),
        (&yew::html::onpointerleave::Wrapper::new(Callback::noop()), "pointerleave"),
        (&yew::html::ontouchstart::Wrapper::new(Callback::noop()), "touchstart"),
    ];
    for (listener, event) in listeners {
        assert_eq!(listener.event_type(), event);
        assert_eq!(listener.kind().type_name(), event, "upstream's name for the kind");
    }
}

#[wasm_bindgen_test]
fn classes_keep_each_class_once_in_the_order_first_given() {
    let mut classes = classes!("card", String::from("is-open card"), "wide");
    classes.push("is-open");
    classes.push(Some("narrow"));
    classes.push(None::<&str>);
    assert_eq!(classes.to_string(), "card is-open wide narrow");
    assert!(classes.contains("wide") && !classes.contains("is"));
    assert_eq!(Classes::from("  spaced   out ").to_string(), "spaced out");
    assert!(Classes::from(String::new()).is_empty());
    let as_attribute: Option<AttrValue> = yew::html::IntoPropValue::into_prop_value(classes!("a", "b", "a"));
    assert_eq!(as_attribute.as_deref(), Some("a b"));
}
