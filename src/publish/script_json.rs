//! JSON inside a `<script>` element: the HTML parser ends the element at
//! the first `</script`, whatever JSON thinks. In valid JSON `<` can only
//! occur inside strings, where `\u003c` means the same character, so
//! escaping every one keeps the data identical and the element closed.

pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// Valid `json` without the whitespace between its tokens, in the same
/// order: the same data in fewer bytes, for a page to carry.
pub fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_tag_in_the_data_cannot_end_the_script() {
        let value = serde_json::json!({ "headline": "</script><script>alert(1)</script> <!-- x" });
        let escaped = json_for_script(&value.to_string());
        assert!(!escaped.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn compacting_keeps_the_data_and_its_order_and_drops_only_the_layout() {
        let json = "{\n  \"b\": [1, 2,\t{ \"c\" : \"  spaced \\\" \\\\\" }],\r\n  \"a\": \"x \\\\\",\n \"d\": \"\\\"\"\n}\n";
        let compacted = compact(json);
        assert_eq!(compacted, r#"{"b":[1,2,{"c":"  spaced \" \\"}],"a":"x \\","d":"\""}"#);
        let seed = crate::article::SEED_JSON;
        let value = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        assert_eq!(value(&compact(seed)), value(seed));
        assert!(compact(seed).len() < seed.len() * 4 / 5);
    }
}
