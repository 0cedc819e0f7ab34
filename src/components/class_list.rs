//! A `class` attribute written from its names, some of which apply only sometimes.
//!
//! Yew's `classes!` builds a `Classes` set at each place it is written, a push per name, each
//! checking for repeats; the viewer's class lists are fixed names that never repeat, and one
//! function that joins them is less WebAssembly (bench/byte-levers.md).

/// The names given, in order, separated by single spaces; `None` and empty names are left out.
pub fn class_list(names: &[Option<&str>]) -> String {
    let mut list = String::new();
    for name in names.iter().flatten().filter(|name| !name.is_empty()) {
        if !list.is_empty() {
            list.push(' ');
        }
        list.push_str(name);
    }
    list
}

#[cfg(test)]
mod tests {
    use super::class_list;

    #[test]
    fn names_present_are_joined_in_order() {
        assert_eq!(class_list(&[Some("aa-quiet"), None, Some("ann-quote"), Some("is-expanded")]), "aa-quiet ann-quote is-expanded");
        assert_eq!(class_list(&[None, Some("paragraph"), Some("")]), "paragraph");
        assert_eq!(class_list(&[None]), "");
    }
}
