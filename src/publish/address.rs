//! Addresses of published files: site-relative paths, made absolute when
//! the build knows where the site is served (`AA_SITE_URL`), relative from
//! the page that links to them otherwise.

/// Where the built site is served, if the build was told.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Site {
    /// An absolute http(s) address ending in `/`.
    base: Option<String>,
}

impl Site {
    /// `base` must be an http(s) address; a missing final `/` is added.
    pub fn new(base: Option<&str>) -> Result<Site, String> {
        let Some(base) = base.map(str::trim).filter(|b| !b.is_empty()) else { return Ok(Site::default()) };
        if !is_web_url(base) || base.contains(['"', '<', '>', '#', '?']) {
            return Err(format!("AA_SITE_URL must be the http(s) address the site is served from, not “{base}”"));
        }
        let slash = if base.ends_with('/') { "" } else { "/" };
        Ok(Site { base: Some(format!("{base}{slash}")) })
    }

    /// The absolute address of the site-relative `path` (a directory's
    /// `index.html` is addressed as the directory).
    pub fn absolute(&self, path: &str) -> Option<String> {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        self.base.as_ref().map(|b| format!("{b}{path}"))
    }

    /// How the page at `from` links to `to` (both site-relative): absolute
    /// when the site is known, relative otherwise.
    pub fn link(&self, from: &str, to: &str) -> String {
        self.absolute(to).unwrap_or_else(|| relative(from, to))
    }
}

/// An http(s) address, the only kind metadata links to.
pub use crate::article::web_address::is_web_url;

/// The relative link from the file `from` to the file `to`, both
/// site-relative paths with `/` between directories.
pub fn relative(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect::<Vec<_>>().split_last().map_or(Vec::new(), |(_, d)| d.to_vec());
    let to_parts: Vec<&str> = to.split('/').collect();
    let (to_file, to_dirs) = to_parts.split_last().map_or(("", &[][..]), |(f, d)| (*f, d));
    let common = from_dirs.iter().zip(to_dirs).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(from_dirs.len() - common);
    for dir in &to_dirs[common..] {
        out.push_str(dir);
        out.push('/');
    }
    out.push_str(to_file);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_between_pages() {
        assert_eq!(relative("index.html", "articles/a/index.html"), "articles/a/index.html");
        assert_eq!(relative("articles/a/version-o.html", "articles/a/index.html"), "index.html");
        assert_eq!(relative("articles/a/index.html", "articles/b/x.json"), "../b/x.json");
        assert_eq!(relative("articles/a/index.html", "index.html"), "../../index.html");
    }

    #[test]
    fn absolute_links_when_the_site_is_known() {
        let site = Site::new(Some("https://news.example/viewer")).unwrap();
        assert_eq!(site.absolute("articles/a/index.html").as_deref(), Some("https://news.example/viewer/articles/a/"));
        assert_eq!(site.link("index.html", "articles/a/changes.html"), "https://news.example/viewer/articles/a/changes.html");
        assert_eq!(Site::new(None).unwrap().absolute("index.html"), None);
        for bad in ["javascript:alert(1)", "/viewer/", "https://x.example/\"><script>"] {
            assert!(Site::new(Some(bad)).is_err(), "{bad}");
        }
    }
}
