//! The article's people and quote annotations as a W3C Web Annotation
//! collection (JSON-LD, https://www.w3.org/TR/annotation-model/): for each
//! passage, who it is about, whether it is a quote, paraphrase, attribution
//! or mention, and where it stands, as a TextQuoteSelector on the page of
//! the latest version that carries it. Archives and fact-checkers can read
//! who said what without scraping the page.

use serde_json::{json, Value};

use super::address::Site;
use super::site::{annotations_file, version_page};
use crate::article::{Article, SourcingKind};
use crate::state::Version;

/// Characters of context kept on each side of a quote.
const CONTEXT: usize = 32;

pub fn collection(article: &Article, site: &Site) -> Value {
    let file = annotations_file(article);
    let id = site.absolute(&file).unwrap_or_else(|| "annotations.jsonld".to_owned());
    let mut items = Vec::new();
    for (bi, block) in article.blocks.iter().enumerate() {
        for (ai, a) in block.annotations.iter().enumerate().filter(|(_, a)| a.kind.is_about_person()) {
            let Some(person) = a.person.as_deref().and_then(|p| article.person(p)) else { continue };
            // The latest version whose text carries the passage, and where.
            let found = (0..article.revisions.len()).rev().find_map(|r| {
                let view = article.block_at(bi, r)?;
                let range = view.printed_range(article, ai)?;
                Some((r, view.printed(article), range))
            });
            let Some((revision, printed, range)) = found else { continue };
            let (Some(before), Some(exact), Some(after)) =
                (printed.get(..range.start), printed.get(range.clone()), printed.get(range.end..))
            else {
                continue;
            };
            let prefix: String = before.chars().rev().take(CONTEXT).collect::<Vec<_>>().into_iter().rev().collect();
            let suffix: String = after.chars().take(CONTEXT).collect();
            let mut selector = json!({ "type": "TextQuoteSelector", "exact": exact });
            if !prefix.is_empty() {
                selector["prefix"] = json!(prefix);
            }
            if !suffix.is_empty() {
                selector["suffix"] = json!(suffix);
            }
            let source = site.link(&file, &version_page(article, Version::Revision(revision)));
            let text = |purpose: &str, value: String| json!({ "type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain", "language": article.language });
            items.push(json!({
                "id": format!("{id}#{}-{ai}", block.id),
                "type": "Annotation",
                "motivation": "identifying",
                "body": [
                    text("identifying", person.display_name().to_owned()),
                    text("classifying", a.kind.as_str().to_owned()),
                    text("describing", who(person)),
                ],
                "target": { "source": source, "selector": selector },
            }));
        }
    }
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": id,
        "type": "AnnotationCollection",
        "label": format!("Who said what in “{}”", article.headline_at(article.latest_revision())),
        "total": items.len(),
        "first": { "id": format!("{id}#page-1"), "type": "AnnotationPage", "startIndex": 0, "items": items },
    })
}

/// "Donald Trump, U.S. President (named source)": what the card's header says.
fn who(person: &crate::article::Person) -> String {
    let mut parts = vec![person.display_name().to_owned()];
    parts.extend(person.role.iter().cloned());
    parts.extend(person.affiliation.iter().cloned());
    let sourcing = match person.sourcing.kind {
        SourcingKind::Named => "named",
        SourcingKind::Anonymous => "anonymous source",
    };
    format!("{} ({sourcing})", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};

    #[test]
    fn every_person_annotation_of_the_seed_is_exported_with_a_selector_that_finds_it() {
        let a = load(SEED_JSON.as_bytes()).unwrap();
        let c = collection(&a, &Site::default());
        assert_eq!(c["type"], "AnnotationCollection");
        let items = c["first"]["items"].as_array().unwrap();
        let expected = a.blocks.iter().flat_map(|b| &b.annotations).filter(|x| x.kind.is_about_person()).count();
        assert_eq!(items.len(), expected);
        assert_eq!(c["total"], expected);
        let latest: Vec<String> = a.blocks_at(2).iter().map(|b| b.printed(&a)).collect();
        for item in items {
            let s = &item["target"]["selector"];
            let quoted =
                format!("{}{}{}", s["prefix"].as_str().unwrap_or(""), s["exact"].as_str().unwrap(), s["suffix"].as_str().unwrap_or(""));
            assert_eq!(item["target"]["source"], "index.html", "every seed annotation is in the latest version");
            assert_eq!(latest.iter().filter(|p| p.contains(&quoted)).count(), 1, "{quoted}");
        }
        let trump = items
            .iter()
            .find(|i| i["target"]["selector"]["exact"] == "“I think it’s better if we have direct talks,”")
            .expect("Trump's first quote");
        assert_eq!(trump["body"][0]["value"], "Donald Trump");
        assert_eq!(trump["body"][1]["value"], "quote");
    }
}
