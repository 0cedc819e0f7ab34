//! JSON inside a `<script>` element: the HTML parser ends the element at
//! the first `</script`, whatever JSON thinks. In valid JSON `<` can only
//! occur inside strings, where `\u003c` means the same character, so
//! escaping every one keeps the data identical and the element closed.

pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
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
}
