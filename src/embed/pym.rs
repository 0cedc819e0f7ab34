//! Pym.js's message protocol, so that a news page already using `pym.Parent`
//! sizes our iframe with no new code: messages are strings
//! `pymxPYMx{id}xPYMx{type}xPYMx{value}`, e.g. the child reporting its height.

use crate::article::substring::split_once;

const SEP: &str = "xPYMx";

/// `pymxPYMx{id}xPYMx{kind}xPYMx{value}`
pub fn message(id: &str, kind: &str, value: &str) -> String {
    format!("pym{SEP}{id}{SEP}{kind}{SEP}{value}")
}

/// A Pym message's id, type and value; `None` for anything else.
pub fn parse(message: &str) -> Option<(&str, &str, &str)> {
    let rest = message.strip_prefix("pym")?.strip_prefix(SEP)?;
    let (id, rest) = split_once(rest, SEP)?;
    let (kind, value) = split_once(rest, SEP)?;
    (!id.is_empty() && !kind.is_empty()).then_some((id, kind, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip() {
        let m = message("article-1", "height", "1234");
        assert_eq!(m, "pymxPYMxarticle-1xPYMxheightxPYMx1234");
        assert_eq!(parse(&m), Some(("article-1", "height", "1234")));
        assert_eq!(parse("pymxPYMxidxPYMxwidthxPYMx"), Some(("id", "width", "")));
    }

    #[test]
    fn other_messages_are_not_pym() {
        for m in ["", "hello", "pymxPYMx", "pymxPYMxidxPYMx", "xpymxPYMxidxPYMxheightxPYMx1", "pymxPYMxxPYMxheightxPYMx1"] {
            assert_eq!(parse(m), None, "{m}");
        }
    }
}
