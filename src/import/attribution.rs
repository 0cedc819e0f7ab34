//! Guesses who said what in one paragraph: quotations (curly or straight
//! quotes), the attributions that credit them ("X said", "said X",
//! "according to X", "X told Y", "he said" after a named speaker), the
//! paraphrases those attributions frame, and every mention of a listed name
//! or form. Each guess carries its reason and a confidence; none is
//! presented as certain (the editor confirms them in REVIEW.md).

use std::ops::Range;

use super::input::PersonEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quote,
    Paraphrase,
    Attribution,
    Mention,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Paraphrase => "paraphrase",
            Kind::Attribution => "attribution",
            Kind::Mention => "mention",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    pub kind: Kind,
    /// The person's id (a listed one, or one the import proposes).
    pub person: String,
    pub range: Range<usize>,
    pub confidence: Confidence,
    pub reason: String,
}

/// An anonymous source the people file does not list, proposed from the
/// story's own words ("a senior diplomat said").
#[derive(Debug, Clone, PartialEq)]
pub struct Proposed {
    pub id: String,
    pub words: String,
}

/// What carries from one paragraph to the next: who spoke last, for "he
/// said" and for a quotation that continues.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub last_speaker: Option<String>,
}

/// Verbs that credit a statement to its speaker.
const SPEECH_VERBS: [&str; 30] = [
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "asked",
    "asks",
    "stated",
    "responded",
    "replied",
    "explained",
    "warned",
    "insisted",
    "noted",
    "argued",
    "believed",
    "believes",
    "thought",
    "thinks",
    "announced",
    "confirmed",
    "denied",
    "claimed",
    "insists",
    "was cited",
    "was quoted",
    "posted",
];
/// Verbs that credit a report rather than its speaker: used for a quotation
/// only when nothing else in its sentence claims it.
const REPORTING: [&str; 2] = ["reported", "according to"];
/// Words that may follow a verb inside an attribution: when, where, to whom.
const TAIL_WORDS: [&str; 25] = [
    "on",
    "in",
    "at",
    "last",
    "this",
    "late",
    "early",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "today",
    "yesterday",
    "night",
    "morning",
    "afternoon",
    "evening",
    "Twitter",
    "X",
    "Facebook",
    "Telegram",
    "week",
];
const PRONOUNS: [&str; 6] = ["he", "she", "they", "He", "She", "They"];
/// Nouns that make "a/an/the … NOUN" an anonymous source.
const SOURCE_NOUNS: [&str; 12] = [
    "official",
    "source",
    "diplomat",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "analyst",
    "negotiator",
    "officials",
];
const ABBREVIATIONS: [&str; 16] =
    ["U.S", "U.N", "U.K", "E.U", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr"];

fn at_word_start(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

fn at_word_end(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Every place `needle` stands in `text` as whole words; its first letter
/// may differ in case ("The Iranian source" for "the Iranian source").
fn find_words(text: &str, needle: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(first) = needle.chars().next() else { return out };
    let rest = &needle[first.len_utf8()..];
    let mut from = 0;
    while let Some(i) = text[from..].find(rest).map(|i| i + from) {
        // Past this match; an empty `rest` (a one-letter form) moves one character on.
        from = i + if rest.is_empty() { text[i..].chars().next().map_or(1, char::len_utf8) } else { rest.len() };
        let Some(start) = i.checked_sub(first.len_utf8()) else { continue };
        if !text.is_char_boundary(start) {
            continue;
        }
        let Some(c) = text[start..].chars().next() else { continue };
        let same = c == first || c.to_lowercase().eq(first.to_lowercase());
        let end = i + rest.len();
        if same && at_word_start(text, start) && at_word_end(text, end) {
            out.push(start..end);
        }
    }
    out
}

/// Quotations: “…” pairs, then "…" pairs outside them.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('“').map(|i| i + from) {
        let Some(close) = text[open..].find('”').map(|i| i + open) else { break };
        out.push(open..close + '”'.len_utf8());
        from = close + '”'.len_utf8();
    }
    let straight: Vec<usize> = text.match_indices('"').map(|(i, _)| i).filter(|i| !out.iter().any(|q| q.contains(i))).collect();
    for pair in straight.chunks_exact(2) {
        out.push(pair[0]..pair[1] + 1);
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Sentences, split after `.`, `!` or `?` (and a closing quote) outside
/// quotations, before a capital or an opening quote; not after an
/// abbreviation such as "U.S.".
pub fn sentences(text: &str, quotes: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut next = k + 1;
        // A closing quote right after the stop belongs to this sentence.
        if let Some(&(j, q)) = bytes.get(next).filter(|(_, q)| matches!(q, '”' | '"' | '’' | ')')) {
            end = j + q.len_utf8();
            next += 1;
        }
        let inside = quotes.iter().any(|q| q.start < i && end < q.end);
        let followed = bytes.get(next).is_some_and(|&(_, s)| s == ' ')
            && bytes.get(next + 1).is_some_and(|&(_, n)| n.is_uppercase() || matches!(n, '“' | '"'));
        let word: String =
            text[..i].chars().rev().take_while(|&c| c.is_alphanumeric() || c == '.').collect::<Vec<_>>().into_iter().rev().collect();
        let abbreviation = ABBREVIATIONS.contains(&word.as_str()) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase));
        if followed && !inside && !abbreviation {
            out.push(start..end);
            start = end + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// One person's form where it stands.
#[derive(Debug, Clone)]
struct Occurrence {
    person: usize,
    range: Range<usize>,
}

/// Every listed form where it stands: for each person the longest forms,
/// not overlapping each other (two people's forms may nest: "Khamenei" in
/// "an advisor to Khamenei").
fn occurrences(text: &str, people: &[PersonEntry]) -> Vec<Occurrence> {
    let mut out = Vec::new();
    for (person, p) in people.iter().enumerate() {
        let mut taken: Vec<Range<usize>> = Vec::new();
        for form in p.all_forms() {
            for r in find_words(text, form) {
                if !taken.iter().any(|t| t.start < r.end && r.start < t.end) {
                    taken.push(r.clone());
                    out.push(Occurrence { person, range: r });
                }
            }
        }
    }
    out.sort_by_key(|o| (o.range.start, std::cmp::Reverse(o.range.end)));
    // Two forms from one place: the longer is the more exact description
    // ("a U.S. official told Axios" over "a U.S. official").
    out.dedup_by(|later, first| later.range.start == first.range.start);
    out
}

/// An attribution found in the text.
#[derive(Debug, Clone)]
struct Attribution {
    /// Subject start to the end of the verb and its tail.
    range: Range<usize>,
    subject: Range<usize>,
    /// Who: a listed person's index, a proposal's id, or a pronoun's speaker.
    person: Option<String>,
    reporting: bool,
    pronoun: bool,
    sentence: usize,
}

/// What may stand between a subject and its verb: nothing, a comma, a
/// parenthetical between commas, a possessive's noun ("’s personal Twitter
/// account"), or "was"/"were".
fn joins_subject_to_verb(gap: &str) -> bool {
    let g = gap.trim();
    if g.is_empty() || g == "," {
        return true;
    }
    if let Some(inner) = g.strip_prefix(',').and_then(|s| s.strip_suffix(',')) {
        return !inner.contains(['“', '”', '"']) && inner.split_whitespace().count() <= 8;
    }
    if let Some(rest) = g.strip_prefix("’s ").or_else(|| g.strip_prefix("'s ")) {
        return rest.split_whitespace().count() <= 3 && !rest.contains(',');
    }
    false
}

/// The anonymous source that ends at `end`: "a/an/the (up to four words)
/// NOUN", as written.
fn anonymous_subject(text: &str, sentence_start: usize, end: usize) -> Option<Range<usize>> {
    let before = text[sentence_start..end].trim_end_matches([',', ' ']);
    let words: Vec<(usize, &str)> = before.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    let (_, last) = words.last()?;
    if !SOURCE_NOUNS.contains(&last.trim_end_matches(',')) {
        return None;
    }
    let n = words.len();
    for back in 1..=5.min(n - 1) {
        let (at, w) = words[n - 1 - back];
        if matches!(w, "a" | "an" | "the" | "A" | "An" | "The") {
            let (last_at, last) = words[n - 1];
            return Some(at..last_at + last.trim_end_matches(',').len());
        }
    }
    None
}

fn slug(words: &str) -> String {
    let mut out = String::new();
    for w in words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if matches!(w.to_lowercase().as_str(), "a" | "an" | "the") {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_lowercase());
    }
    out.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(60).collect()
}

/// The id of the proposed source described by `words`: the same proposal
/// for the same words, else a new one whose id no listed person has.
fn propose(words: &str, people: &[PersonEntry], proposed: &mut Vec<Proposed>) -> Option<String> {
    let key = words.to_lowercase();
    if let Some(p) = proposed.iter().find(|p| p.words.to_lowercase() == key) {
        return Some(p.id.clone());
    }
    let base = slug(words);
    if base.is_empty() {
        return None;
    }
    let taken = |id: &str| people.iter().any(|p| p.id == id) || proposed.iter().any(|p| p.id == id);
    let id = (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") }).find(|id| !taken(id))?;
    proposed.push(Proposed { id: id.clone(), words: words.to_owned() });
    Some(id)
}

/// The end of a verb's tail: an audience after "told"/"tells" ("told
/// Axios"), then when and where words ("on Twitter on Tuesday").
fn tail_end(text: &str, verb: &str, mut at: usize) -> usize {
    let mut first = true;
    loop {
        let rest = &text[at..];
        let Some(word) = rest.strip_prefix(' ').and_then(|r| r.split([' ', ',', '.', ';', ':']).next()) else { return at };
        let audience = first && matches!(verb, "told" | "tells") && word.chars().next().is_some_and(char::is_uppercase);
        if word.is_empty() || !(audience || TAIL_WORDS.contains(&word)) {
            return at;
        }
        // A tail never ends on a preposition.
        let end = at + 1 + word.len();
        let next = &text[end..];
        let continues = next.starts_with(' ') && next[1..].split([' ', ',', '.']).next().is_some_and(|w| TAIL_WORDS.contains(&w));
        if matches!(word, "on" | "in" | "at" | "last" | "this" | "late" | "early") && !continues {
            return at;
        }
        at = end;
        first = false;
    }
}

fn find_attributions(
    text: &str,
    sentences: &[Range<usize>],
    quotes: &[Range<usize>],
    occ: &[Occurrence],
    people: &[PersonEntry],
    proposed: &mut Vec<Proposed>,
) -> Vec<Attribution> {
    let mut out = Vec::new();
    let in_quote = |i: usize| quotes.iter().any(|q| q.start <= i && i < q.end);
    // An attribution whose subject is a listed person's form.
    let by_form = |o: &Occurrence, range: Range<usize>, reporting: bool, sentence: usize| Attribution {
        range,
        subject: o.range.clone(),
        person: Some(people[o.person].id.clone()),
        reporting,
        pronoun: false,
        sentence,
    };
    for (s, sentence) in sentences.iter().enumerate() {
        for verb in SPEECH_VERBS.iter().chain(REPORTING.iter()) {
            let reporting = REPORTING.contains(verb);
            for v in find_words(&text[sentence.clone()], verb) {
                let v = sentence.start + v.start..sentence.start + v.end;
                if in_quote(v.start) || !text[v.start..].starts_with(verb) {
                    continue;
                }
                if *verb == "according to" {
                    // The source follows: the longest form starting there.
                    let after = v.end + 1;
                    if let Some(o) = occ.iter().filter(|o| o.range.start == after || o.range.start == v.end).max_by_key(|o| o.range.len()) {
                        out.push(by_form(o, v.start..o.range.end, reporting, s));
                    }
                    continue;
                }
                // "wrote a letter", "posted a video": the verb has an object, not a statement.
                let object = ["a ", "an "].iter().any(|d| text[v.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(d)));
                if object && matches!(*verb, "wrote" | "writes" | "posted" | "asked" | "asks") {
                    continue;
                }
                let end = tail_end(text, verb, v.end);
                // The subject: a listed form, a pronoun, or an anonymous source, before the verb.
                let named = occ
                    .iter()
                    .filter(|o| o.range.end <= v.start && o.range.start >= sentence.start)
                    .filter(|o| joins_subject_to_verb(&text[o.range.end..v.start]) || text[o.range.end..v.start].trim() == "was")
                    .min_by_key(|o| (v.start - o.range.end, o.range.start));
                let pronoun = PRONOUNS.iter().find_map(|p| {
                    let start = v.start.checked_sub(p.len() + 1).filter(|&start| start >= sentence.start)?;
                    (text.is_char_boundary(start) && text[start..v.start] == format!("{p} ") && at_word_start(text, start))
                        .then_some(start..start + p.len())
                });
                // A form that takes in the verb ("a U.S. official told Axios") names its own source.
                let whole = occ
                    .iter()
                    .filter(|o| o.range.start <= v.start && v.end <= o.range.end && o.range.start >= sentence.start)
                    .max_by_key(|o| o.range.len());
                if let Some(o) = whole {
                    out.push(by_form(o, o.range.start..tail_end(text, verb, o.range.end), reporting, s));
                    continue;
                }
                // "…,” said Trump": the subject after the verb, right after a statement.
                let after_statement = text[sentence.start..v.start].trim_end().ends_with(['”', '"', ',']);
                let inverted = occ.iter().filter(|o| o.range.start == v.end + 1).max_by_key(|o| o.range.len());
                if let (None, None, true, Some(o)) = (named, &pronoun, after_statement, inverted) {
                    out.push(by_form(o, v.start..tail_end(text, verb, o.range.end), reporting, s));
                    continue;
                }
                let attribution = if let Some(o) = named {
                    Some((o.range.clone(), Some(people[o.person].id.clone()), false))
                } else if let Some(p) = pronoun {
                    Some((p, None, true))
                } else if let Some(r) = anonymous_subject(text, sentence.start, v.start) {
                    let words = text[r.clone()].to_owned();
                    let id = propose(&words, people, proposed);
                    Some((r, id, false))
                } else {
                    None
                };
                if let Some((subject, person, pronoun)) = attribution {
                    out.push(Attribution { range: subject.start..end, subject, person, reporting, pronoun, sentence: s });
                }
            }
        }
    }
    out.sort_by_key(|a| a.range.start);
    // One attribution per subject: the first verb after it.
    out.dedup_by(|b, a| a.subject == b.subject);
    out
}

/// The words of a sentence without its final stop, trimmed.
fn clause(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let trimmed_end = s.trim_end().trim_end_matches(['.', ',', ';', ':']).trim_end().len();
    let lead = s.len() - s.trim_start().len();
    r.start + lead..r.start + trimmed_end.max(lead)
}

/// Every guess for one paragraph. `proposed` gathers anonymous sources
/// the people file does not list; `context` carries the last speaker.
pub fn guesses(text: &str, people: &[PersonEntry], proposed: &mut Vec<Proposed>, context: &mut Context) -> Vec<Guess> {
    let quotes = quotations(text);
    let sentences = sentences(text, &quotes);
    let occ = occurrences(text, people);
    let mut attributions = find_attributions(text, &sentences, &quotes, &occ, people, proposed);
    let sentence_of = |i: usize| sentences.iter().position(|s| s.start <= i && i < s.end.max(s.start + 1)).unwrap_or(0);
    let mut out = Vec::new();

    // Pronouns name the last speaker, in reading order.
    let mut last = context.last_speaker.clone();
    for a in &mut attributions {
        if a.pronoun {
            a.person = last.clone();
        } else if !a.reporting {
            last = a.person.clone().or(last);
        }
    }

    // Quotations.
    let mut previous_quote: Option<String> = None;
    for q in &quotes {
        let s = sentence_of(q.start);
        let after = attributions.iter().find(|a| a.sentence == s && a.range.start >= q.end && text[q.end..a.range.start].trim().is_empty());
        let before = attributions.iter().rev().find(|a| a.sentence == s && a.range.end <= q.start && !a.reporting);
        let reporting = attributions.iter().find(|a| a.sentence == s && a.reporting);
        let (who, confidence, reason) = match (after, before) {
            (Some(a), Some(b)) if a.reporting => {
                (b.person.clone(), Confidence::Medium, "the speaker named before it in the sentence (the one after it reports)")
            }
            (Some(a), _) if a.pronoun => (a.person.clone(), Confidence::Medium, "“he/she said” after it, naming the last speaker"),
            (Some(a), _) => (a.person.clone(), Confidence::High, "the attribution right after it"),
            (None, Some(b)) => (b.person.clone(), Confidence::High, "the attribution before it in the same sentence"),
            (None, None) => match (&previous_quote, reporting) {
                (Some(p), _) => (Some(p.clone()), Confidence::Medium, "it continues the quotation before it in the paragraph"),
                (None, Some(r)) => (r.person.clone(), Confidence::Medium, "the only attribution in its sentence reports it"),
                (None, None) => {
                    (last.clone().or(context.last_speaker.clone()), Confidence::Low, "no attribution in its sentence: the last speaker")
                }
            },
        };
        if let Some(person) = who {
            previous_quote = Some(person.clone());
            out.push(Guess { kind: Kind::Quote, person, range: q.clone(), confidence, reason: reason.to_owned() });
        }
    }

    // Attributions, and the paraphrases they frame when their sentence has no quotation.
    for a in &attributions {
        let Some(person) = a.person.clone() else { continue };
        let confidence = if a.pronoun { Confidence::Medium } else { Confidence::High };
        let reason =
            if a.pronoun { "a pronoun and a speech verb, naming the last speaker" } else { "a listed name or source with a speech verb" };
        out.push(Guess { kind: Kind::Attribution, person: person.clone(), range: a.range.clone(), confidence, reason: reason.to_owned() });
        let sentence = sentences[a.sentence].clone();
        if a.reporting || quotes.iter().any(|q| sentence.start <= q.start && q.start < sentence.end) {
            continue;
        }
        let before = text.get(sentence.start..a.range.start).unwrap_or("").trim_end();
        let paraphrase = if before.ends_with(',') && before.split_whitespace().count() >= 3 {
            // "…, a U.S. official said."
            Some(clause(text, sentence.start..sentence.start + before.len()))
        } else if before.is_empty() {
            // "A U.S. official said (that) …"
            let from = a.range.end.min(sentence.end);
            let rest = &text[from..sentence.end];
            let skip = rest.len() - rest.trim_start().len();
            let skip = skip + if rest.trim_start().starts_with("that ") { 5 } else { 0 };
            let r = clause(text, from + skip..sentence.end);
            (text[r.clone()].split_whitespace().count() >= 3).then_some(r)
        } else {
            None
        };
        if let Some(r) = paraphrase {
            out.push(Guess {
                kind: Kind::Paraphrase,
                person,
                range: r,
                confidence: Confidence::Medium,
                reason: "the clause the attribution frames".to_owned(),
            });
        }
    }

    // Mentions: every form outside quotations and outside its own person's attribution.
    for o in &occ {
        let id = &people[o.person].id;
        let in_quote = quotes.iter().any(|q| q.start <= o.range.start && o.range.end <= q.end);
        let attributed =
            attributions.iter().any(|a| a.person.as_ref() == Some(id) && a.range.start <= o.range.start && o.range.end <= a.range.end);
        if !in_quote && !attributed {
            out.push(Guess {
                kind: Kind::Mention,
                person: id.clone(),
                range: o.range.clone(),
                confidence: Confidence::High,
                reason: "a form of the name the people file lists".to_owned(),
            });
        }
    }
    context.last_speaker = out.iter().rev().find(|g| g.kind == Kind::Quote).map(|g| g.person.clone()).or(last);
    out.sort_by_key(|g| g.range.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, name: &str, forms: &[&str], anonymous: bool) -> PersonEntry {
        let json = serde_json::json!({
            "id": id, "name": name, "forms": forms,
            "sourcing": { "kind": if anonymous { "anonymous" } else { "named" } }
        });
        serde_json::from_value(json).unwrap()
    }

    fn run(text: &str, people: &[PersonEntry]) -> Vec<(Kind, String, String)> {
        let mut proposed = Vec::new();
        guesses(text, people, &mut proposed, &mut Context::default())
            .into_iter()
            .map(|g| (g.kind, g.person, text[g.range].to_owned()))
            .collect()
    }

    #[test]
    fn a_quote_goes_to_the_attribution_after_it_and_the_next_quote_continues() {
        let people = [person("trump", "Trump", &["President Trump"], false)];
        let got = run("“I think it’s better,” Trump said Thursday night. “It goes faster.”", &people);
        assert!(got.contains(&(Kind::Quote, "trump".into(), "“I think it’s better,”".into())), "{got:?}");
        assert!(got.contains(&(Kind::Attribution, "trump".into(), "Trump said Thursday night".into())), "{got:?}");
        assert!(got.contains(&(Kind::Quote, "trump".into(), "“It goes faster.”".into())), "{got:?}");
        assert!(!got.iter().any(|g| g.0 == Kind::Mention), "{got:?}");
    }

    #[test]
    fn said_before_the_name_and_told_with_its_audience() {
        let people = [person("trump", "Trump", &[], false), person("witkoff", "Steve Witkoff", &["Witkoff"], false)];
        let got = run("“We will see,” said Trump. “Great,” Witkoff told Reuters on Monday.", &people);
        assert!(got.contains(&(Kind::Quote, "trump".into(), "“We will see,”".into())), "{got:?}");
        assert!(got.contains(&(Kind::Attribution, "trump".into(), "said Trump".into())), "{got:?}");
        assert!(got.contains(&(Kind::Attribution, "witkoff".into(), "Witkoff told Reuters on Monday".into())), "{got:?}");
        assert!(got.contains(&(Kind::Quote, "witkoff".into(), "“Great,”".into())), "{got:?}");
    }

    #[test]
    fn he_said_names_the_last_speaker() {
        let people = [person("trump", "Trump", &[], false)];
        let mut context = Context { last_speaker: Some("trump".into()) };
        let got = guesses("“They are concerned,” he said.", &people, &mut Vec::new(), &mut context);
        assert_eq!(got[0].person, "trump");
        assert_eq!(got[0].confidence, Confidence::Medium);
    }

    #[test]
    fn a_paraphrase_before_an_attribution_and_after_one() {
        let people = [person("official", "U.S. official", &["a U.S. official", "A US official"], true)];
        let got = run("The United States would like direct talks, a U.S. official said.", &people);
        assert!(got.contains(&(Kind::Paraphrase, "official".into(), "The United States would like direct talks".into())), "{got:?}");
        let got = run("A US official said Wednesday that Washington was considering next steps.", &people);
        assert!(got.contains(&(Kind::Attribution, "official".into(), "A US official said Wednesday".into())), "{got:?}");
        assert!(got.contains(&(Kind::Paraphrase, "official".into(), "Washington was considering next steps".into())), "{got:?}");
    }

    #[test]
    fn an_unlisted_anonymous_source_is_proposed() {
        let mut proposed = Vec::new();
        let got = guesses("Talks will resume, a senior Omani diplomat said.", &[], &mut proposed, &mut Context::default());
        assert_eq!(proposed, [Proposed { id: "senior-omani-diplomat".into(), words: "a senior Omani diplomat".into() }]);
        assert!(got.iter().any(|g| g.kind == Kind::Attribution && g.person == "senior-omani-diplomat"));
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations_or_inside_quotes() {
        let text = "The U.S. official said so. “One. Two,” he said. Next.";
        let s: Vec<&str> = sentences(text, &quotations(text)).into_iter().map(|r| &text[r]).collect();
        assert_eq!(s, ["The U.S. official said so.", "“One. Two,” he said.", "Next."]);
    }
}
