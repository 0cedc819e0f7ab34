//! What belongs to one viewer's DOM adapter and to nothing else: the prefix
//! of its element ids, where the pointer last pressed and hovered, the
//! reader's place across a version switch, and the passage flashing after a
//! jump. `App` makes one and hands it down to every part of the page, so
//! two viewers on a page never share any of it, as they would through
//! module statics; when the viewer is destroyed, so is its pending timer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::Element;

use crate::article::Article;
use crate::components::dom_ids::Ids;
use crate::contract::{FLASH_ATTR, FLASH_MS};

#[derive(Default)]
pub struct PointerMemory {
    /// The trigger a pointer last pressed and when: focus that follows a
    /// press is the click's, not the keyboard's, and must not open on its own.
    pub pressed: RefCell<Option<(f64, String)>>,
    /// Where the pointer last was over a trigger, to anchor to its line.
    pub y: Cell<Option<f64>>,
}

#[derive(Clone, Default)]
pub struct ViewerScope {
    prefix: Rc<str>,
    pub pointer: Rc<PointerMemory>,
    /// The paragraph at the top of the screen before a switch, and where it was.
    pub place: Rc<RefCell<Option<(String, f64)>>>,
    flashing: Rc<RefCell<Option<(Element, Timeout)>>>,
}

impl PartialEq for ViewerScope {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.pointer, &other.pointer)
    }
}

impl ViewerScope {
    /// A scope whose element ids start with `prefix`.
    pub fn new(prefix: &str) -> ViewerScope {
        ViewerScope { prefix: prefix.into(), ..ViewerScope::default() }
    }

    pub fn ids(&self, article: &Article) -> Ids {
        Ids::new(&self.prefix, article)
    }

    /// Highlights `target` for a moment; a new flash ends the previous one.
    pub fn flash(&self, target: &Element) {
        // An attribute, not a class: a re-render rewrites `class` but leaves
        // attributes it does not manage alone.
        let _ = target.set_attribute(FLASH_ATTR, "");
        let done = target.clone();
        let timer = Timeout::new(FLASH_MS, move || {
            let _ = done.remove_attribute(FLASH_ATTR);
        });
        if let Some((previous, _)) = self.flashing.replace(Some((target.clone(), timer))) {
            if previous != *target {
                let _ = previous.remove_attribute(FLASH_ATTR);
            }
        }
    }
}
