//! What is allowed but worth an editor's second look: printed by
//! `./x validate` after an article passes, never a reason to refuse it.
//! (The viewer does not compute them: nothing here reaches the WebAssembly.)

use super::error::ArticleError;
use super::model::Article;
use super::timestamp::Timestamp;

/// Every warning for a valid article, each with where, what and what would
/// remove it.
pub fn warnings(article: &Article) -> Vec<ArticleError> {
    let mut out = Vec::new();
    mixed_dates(article, &mut out);
    out
}

/// Dates and times mixed among the revisions: a date-only revision compares
/// with a timed one by calendar day only (docs/article-format.md, "Dates
/// and times together"), and times with and without an offset from UTC are
/// on different clocks.
fn mixed_dates(article: &Article, out: &mut Vec<ArticleError>) {
    let stamps: Vec<(usize, Timestamp)> =
        article.revisions.iter().enumerate().filter_map(|(i, r)| Some((i, Timestamp::parse(&r.timestamp)?))).collect();
    let timed = stamps.iter().filter(|(_, t)| t.time.is_some()).count();
    if timed > 0 && timed < stamps.len() {
        for (i, _) in stamps.iter().filter(|(_, t)| t.time.is_none()) {
            out.push(ArticleError::at(
                format!("revisions[{i}].timestamp"),
                format!(
                    "Revision \"{}\" gives a date only, and other revisions a time of day: it is compared with them by calendar day only.",
                    article.revisions[*i].id
                ),
                "the time of day, if it is known (leave the date alone if it is not).",
            ));
        }
    }
    let with_offset = stamps.iter().filter(|(_, t)| t.time.is_some() && t.offset_minutes.is_some()).count();
    if with_offset > 0 && with_offset < timed {
        for (i, _) in stamps.iter().filter(|(_, t)| t.time.is_some() && t.offset_minutes.is_none()) {
            out.push(ArticleError::at(
                format!("revisions[{i}].timestamp"),
                format!("Revision \"{}\" gives a time without an offset from UTC, and other revisions give one.", article.revisions[*i].id),
                "the same convention throughout the file: an offset such as -04:00 on every time, or on none.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::sample::Sample;
    use crate::article::Location;

    fn with_times(times: &[&str]) -> Vec<ArticleError> {
        let revisions: Vec<serde_json::Value> = times
            .iter()
            .zip(["o", "u1", "u2"])
            .map(|(t, id)| serde_json::json!({ "id": id, "timestamp": t, "provenance": { "kind": "archived" } }))
            .collect();
        let body = serde_json::json!([{ "id": "p1", "text": "Text." }]);
        warnings(&Sample::new().with("revisions", revisions.into()).blocks(body).load())
    }

    #[test]
    fn a_date_among_times_is_pointed_out() {
        let w = with_times(&["2025-04-02", "2025-04-02T16:00"]);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].location, Location::Path("revisions[0].timestamp".into()));
        assert!(w[0].problem.contains("by calendar day only"), "{}", w[0].problem);
    }

    #[test]
    fn a_time_without_an_offset_among_times_with_one_is_pointed_out() {
        let w = with_times(&["2025-04-02T09:00-04:00", "2025-04-02T16:00"]);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].location, Location::Path("revisions[1].timestamp".into()));
    }

    #[test]
    fn one_convention_throughout_is_quiet() {
        assert!(with_times(&["2025-04-02", "2025-04-03"]).is_empty());
        assert!(with_times(&["2025-04-02T09:00", "2025-04-02T16:00"]).is_empty());
        assert!(with_times(&["2025-04-02T09:00Z", "2025-04-02T16:00+02:00"]).is_empty());
    }
}
