//! While a person's card is open, their quotes and paraphrases in the text
//! are lit up. Done here, on attributes Yew does not manage, rather than by
//! drawing the paragraphs again: in a long article one speaker's words can
//! be in hundreds of paragraphs, and a card must open within a frame.

use web_sys::Element;
use yew::prelude::*;

use super::dom::all;
use crate::contract::{SPEAKER_ATTR, SPEAKING_ATTR};

/// Lights up the words of `speaker` (a person id) inside the viewer at `root`.
#[hook]
pub fn use_speaker_highlight(root: NodeRef, speaker: Option<String>) {
    use_effect_with(speaker, move |speaker| {
        let root = root.cast::<Element>();
        if let (Some(root), Some(id)) = (&root, speaker) {
            // Compared, not put in a selector: the id stays data.
            for words in all(root, &format!("[{SPEAKER_ATTR}]")) {
                if words.get_attribute(SPEAKER_ATTR).as_deref() == Some(id.as_str()) {
                    let _ = words.set_attribute(SPEAKING_ATTR, "");
                }
            }
        }
        move || {
            if let Some(root) = root {
                for words in all(&root, &format!("[{SPEAKING_ATTR}]")) {
                    let _ = words.remove_attribute(SPEAKING_ATTR);
                }
            }
        }
    });
}
