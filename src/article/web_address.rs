//! Web addresses, judged in one place: which links an article may carry
//! (http(s) and mailto), which addresses are on the web, and an address's
//! origin, to compare where an article or a message comes from. Plain
//! string work, so the validator, the publisher and the viewer agree, and
//! the WebAssembly carries no URL parser of its own.

use super::substring::split_once;

/// The origin (`scheme://host[:port]`, lower case, default port dropped) of
/// an absolute http(s) address with a host; `None` for anything else,
/// including addresses with a user name (`https://user@host`), which are
/// too easily misread by people.
pub fn origin(url: &str) -> Option<String> {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let (scheme, rest) = split_once(url, "://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => "80",
        "https" => "443",
        _ => return None,
    };
    // Browsers read `\` as `/` in web addresses.
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        // An IPv6 address keeps its colons inside brackets.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (authority, None),
    };
    if host.is_empty() || !port.is_none_or(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let host = host.to_ascii_lowercase();
    Some(match port {
        Some(p) if !p.is_empty() && p != default_port => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// An absolute http(s) address with a host.
pub fn is_web_url(url: &str) -> bool {
    origin(url).is_some()
}

/// A `mailto:` address with someone to write to.
pub fn is_mailto(url: &str) -> bool {
    url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("mailto:"))
        && url.len() > 7
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// A link readers can safely follow: a web address or a mailto: address.
pub fn is_link(url: &str) -> bool {
    is_web_url(url) || is_mailto(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_of_web_addresses() {
        let cases = [
            ("https://News.example:8443/story?x=1#y", Some("https://news.example:8443")),
            ("http://127.0.0.1:5000/", Some("http://127.0.0.1:5000")),
            // Default ports are not part of an origin as browsers report it.
            ("https://news.example:443/a", Some("https://news.example")),
            ("HTTP://news.example:80", Some("http://news.example")),
            ("http://news.example:443/", Some("http://news.example:443")),
            ("https://news.example:/a", Some("https://news.example")),
            ("https://[::1]:8080/a", Some("https://[::1]:8080")),
            ("https://[::1]/a", Some("https://[::1]")),
            ("https://evil.example\\@news.example/", Some("https://evil.example")),
            ("https://evil.example\\news.example/", Some("https://evil.example")),
            ("https://user@evil.example/", None),
            ("https://news.example:80x/", None),
            ("javascript:alert(1)", None),
            ("javascript://news.example/%0aalert(1)", None),
            ("https://", None),
            ("https:///path", None),
            ("/relative", None),
            ("//news.example/a", None),
            (" https://news.example/", None),
            ("https://news.example/a b", None),
            ("https://news.example/\u{7}", None),
        ];
        for (url, want) in cases {
            assert_eq!(origin(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn links_are_web_or_mail_addresses() {
        for ok in ["https://a.example/x", "http://a.example", "mailto:desk@news.example", "MAILTO:desk@news.example"] {
            assert!(is_link(ok), "{ok}");
        }
        for bad in ["mailto:", "mailto: x@y", "data:text/html,x", "JaVaScRiPt:alert(1)", "ftp://a.example/", "https://a.example/\n"] {
            assert!(!is_link(bad), "{bad}");
        }
        assert!(!is_web_url("mailto:desk@news.example"));
    }
}
