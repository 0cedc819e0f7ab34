//! Who speaks and who is mentioned at a revision: each person's statements
//! (quotes and paraphrases, in reading order, with the revision that added
//! them) and the roster of people grouped as the reader meets them.

use super::alphabetic::is_alphabetic;
use super::heap_sort;
use super::model::{Annotation, AnnotationKind, Article, Person, SourcingKind};
use super::substring::find;

/// One thing a person said in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement<'a> {
    pub block: usize,
    pub annotation: usize,
    pub kind: AnnotationKind,
    pub words: &'a str,
    /// The first revision whose text carries it.
    pub since: usize,
}

/// One place a person appears: the block, the byte where their words start
/// in its text, and the annotation.
struct Appearance<'a> {
    block: usize,
    at: usize,
    annotation: usize,
    a: &'a Annotation,
}

/// The people present at a revision, as the "People in this article" list
/// groups them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roster {
    /// Named people who are quoted or paraphrased.
    pub named: Vec<usize>,
    /// Anonymous sources.
    pub anonymous: Vec<usize>,
    /// Named people who are only mentioned or credited.
    pub mentioned: Vec<usize>,
}

impl Article {
    /// Whether the annotation's words are in the block's text at `revision`.
    pub fn annotation_present(&self, block: usize, annotation: usize, revision: usize) -> bool {
        let Some(b) = self.blocks.get(block) else { return false };
        let Some(text) = b.history().text_at(&self.revisions, revision) else { return false };
        b.annotations.get(annotation).is_some_and(|a| a.range_in(text).is_some())
    }

    /// The revision that first carried the annotation's words.
    pub fn annotation_since(&self, block: usize, annotation: usize) -> Option<usize> {
        (0..self.revisions.len()).find(|&r| self.annotation_present(block, annotation, r))
    }

    /// Every place `person` appears at `revision`, in reading order: by
    /// block, then by where the words stand in that block's text (not by
    /// their order in the file).
    fn about(&self, person: &str, revision: usize) -> Vec<Appearance<'_>> {
        let mut found = Vec::new();
        for (block, b) in self.blocks.iter().enumerate() {
            let Some(text) = b.history().text_at(&self.revisions, revision) else { continue };
            let start = found.len();
            for (annotation, a) in b.annotations.iter().enumerate().filter(|(_, a)| a.person.as_deref() == Some(person)) {
                if let Some(range) = a.range_in(text) {
                    found.push(Appearance { block, at: range.start, annotation, a });
                }
            }
            // Each (at, annotation) once: the unstable heap sort will do.
            heap_sort::sort_by(&mut found[start..], |x, y| (x.at, x.annotation) < (y.at, y.annotation));
        }
        found
    }

    /// The person's quotes and paraphrases at `revision`, in reading order.
    pub fn statements(&self, person: &str, revision: usize) -> Vec<Statement<'_>> {
        self.about(person, revision)
            .into_iter()
            .filter(|x| x.a.kind.is_statement())
            .map(|x| Statement {
                block: x.block,
                annotation: x.annotation,
                kind: x.a.kind,
                words: x.a.exact.as_deref().unwrap_or(""),
                since: self.annotation_since(x.block, x.annotation).unwrap_or(0),
            })
            .collect()
    }

    /// The people present at `revision`, grouped, in order of first appearance.
    pub fn roster(&self, revision: usize) -> Roster {
        let mut first_seen: Vec<((usize, usize), usize, bool)> = Vec::new();
        for (pi, person) in self.people.iter().enumerate() {
            let appearances = self.about(&person.id, revision);
            let Some(first) = appearances.first() else { continue };
            let speaks = appearances.iter().any(|x| x.a.kind.is_statement());
            first_seen.push(((first.block, first.at), pi, speaks));
        }
        // No two entries are equal (each person once): the unstable heap sort will do.
        heap_sort::sort(&mut first_seen);
        let mut roster = Roster::default();
        for (_, pi, speaks) in first_seen {
            let person: &Person = &self.people[pi];
            match (person.sourcing.kind, speaks) {
                (SourcingKind::Anonymous, _) => roster.anonymous.push(pi),
                (SourcingKind::Named, true) => roster.named.push(pi),
                (SourcingKind::Named, false) => roster.mentioned.push(pi),
            }
        }
        roster
    }
}

/// The name a screen reader gives a trigger whose words are `words` and
/// which stands for `person`: the words themselves, then who it is when they
/// do not say ("he said (Donald Trump)"), so a listener learns who spoke
/// without visiting the quote. The visible words come first (WCAG 2.5.3).
pub fn spoken_name(words: &str, person: &Person) -> Option<String> {
    let names = [person.name.as_str(), person.display_name()];
    (!names.iter().any(|n| find(words, n).is_some())).then(|| format!("{words} ({})", person.display_name()))
}

/// Up to two initials for an avatar: "Donald Trump" → "DT".
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().filter(|w| w.chars().next().is_some_and(is_alphabetic)).collect();
    let pick = match words.as_slice() {
        [] => vec![],
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    let firsts: String = pick.iter().filter_map(|w| w.chars().next()).collect();
    super::case::upper(&firsts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{load, SEED_JSON};

    fn seed() -> Article {
        load(SEED_JSON.as_bytes()).unwrap()
    }

    fn ids(a: &Article, list: &[usize]) -> Vec<String> {
        list.iter().map(|&i| a.people[i].id.clone()).collect()
    }

    #[test]
    fn trump_speaks_only_from_the_late_update() {
        let a = seed();
        let latest = a.statements("trump", 2);
        assert_eq!(latest.len(), 6);
        assert!(latest.iter().all(|s| s.since == 2 && s.kind == AnnotationKind::Quote));
        assert_eq!(latest[0].words, "“I think it’s better if we have direct talks,”");
        assert!(a.statements("trump", 1).is_empty());
        assert!(a.statements("trump", 0).is_empty());
    }

    #[test]
    fn statements_follow_reading_order_and_the_version_shown() {
        let a = seed();
        let src: Vec<usize> = a.statements("iranian-source", 2).iter().map(|s| s.block).collect();
        assert_eq!(src, [0, 1, 7, 8, 8], "p9 credits the source with two phrases, not the writer's aside between them");
        assert_eq!(a.statements("us-official", 1).len(), 2);
        assert!(a.statements("us-official", 0).is_empty());
    }

    #[test]
    fn the_roster_groups_named_anonymous_and_mentioned() {
        let a = seed();
        let r = a.roster(2);
        assert_eq!(ids(&a, &r.anonymous), ["iranian-source", "us-official", "us-official-wednesday", "us-official-axios"]);
        assert_eq!(ids(&a, &r.named), ["trump", "pezeshkian", "witkoff", "araghchi", "shamkhani"]);
        assert_eq!(ids(&a, &r.mentioned), ["ravanchi", "gharibabadi", "khamenei", "gargash", "aslani"]);
        let original = a.roster(0);
        assert_eq!(ids(&a, &original.anonymous), ["iranian-source", "us-official-wednesday", "us-official-axios"]);
        // In the original Trump is only mentioned: his quotes came with the update.
        assert!(ids(&a, &original.mentioned).contains(&"trump".to_owned()));
    }

    #[test]
    fn a_trigger_that_does_not_name_its_person_says_who_it_is() {
        let a = seed();
        let trump = a.person("trump").unwrap();
        assert_eq!(spoken_name("he said", trump).as_deref(), Some("he said (Donald Trump)"));
        assert_eq!(spoken_name("Trump said", trump), None);
        assert_eq!(spoken_name("US President Donald Trump", trump), None);
    }

    #[test]
    fn people_and_statements_follow_the_text_not_the_file() {
        use crate::article::sample::Sample;
        use serde_json::json;
        // Listed in the file last-first; read first-last.
        let a = Sample::new()
            .people(&[("a", "Ann"), ("b", "Bo")])
            .blocks(json!([{ "id": "p1", "text": "“One,” Ann said. “Two,” Bo said. “Three,” Ann added.", "annotations": [
                { "kind": "quote", "person": "b", "exact": "“Two,”" },
                { "kind": "quote", "person": "a", "exact": "“Three,”" },
                { "kind": "quote", "person": "a", "exact": "“One,”" }
            ] }]))
            .load();
        assert_eq!(ids(&a, &a.roster(0).named), ["a", "b"]);
        let words: Vec<&str> = a.statements("a", 0).iter().map(|s| s.words).collect();
        assert_eq!(words, ["“One,”", "“Three,”"]);
    }

    #[test]
    fn initials_for_avatars() {
        assert_eq!(initials("Donald Trump"), "DT");
        assert_eq!(initials("Seyed Abbas Araghchi"), "SA");
        assert_eq!(initials("Ali"), "A");
        assert_eq!(initials("U.S. official"), "UO");
        assert_eq!(initials(""), "");
    }
}
