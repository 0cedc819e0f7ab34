//! Which paragraph of one version is which of the next: the same, edited in
//! place, removed, or added. Paragraphs are paired in order (no paragraph
//! moves) so that the pairs' similarity adds up to the most; a pair must
//! share at least half its words to count as an edit.

/// One step of the alignment, by index into the old and new lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Same(usize, usize),
    Edited(usize, usize),
    Removed(usize),
    Added(usize),
}

/// How alike two paragraphs are, 0 to 1: the Dice coefficient of their words.
pub fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
        w.sort_unstable();
        w
    };
    let (x, y) = (words(a), words(b));
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    2.0 * common as f64 / (x.len() + y.len()) as f64
}

/// The least similarity for two different paragraphs to be one edited.
pub const EDIT_THRESHOLD: f64 = 0.5;

/// More paragraphs than this in one version is not a news story; the
/// alignment's table would grow with the square of it.
pub const MAX_PARAGRAPHS: usize = 2_000;

/// Aligns `old` to `new` in order. `None` when either list is longer than
/// `MAX_PARAGRAPHS`.
pub fn align(old: &[&str], new: &[&str]) -> Option<Vec<Step>> {
    if old.len() > MAX_PARAGRAPHS || new.len() > MAX_PARAGRAPHS {
        return None;
    }
    let (n, m) = (old.len(), new.len());
    let cols = m.checked_add(1)?;
    let cells = n.checked_add(1)?.checked_mul(cols)?;
    let sim: Vec<f64> = old.iter().flat_map(|a| new.iter().map(move |b| similarity(a, b))).collect();
    // best[i][j]: the most similarity the pairs of old[i..] and new[j..] can add up to.
    let mut best = vec![0.0f64; cells];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let s = sim[i * m + j];
            let pair = if s >= EDIT_THRESHOLD { s + best[(i + 1) * cols + j + 1] } else { f64::MIN };
            best[i * cols + j] = pair.max(best[(i + 1) * cols + j]).max(best[i * cols + j + 1]);
        }
    }
    let (mut i, mut j, mut steps) = (0, 0, Vec::with_capacity(n + m));
    while i < n || j < m {
        if i == n {
            steps.push(Step::Added(j));
            j += 1;
        } else if j == m {
            steps.push(Step::Removed(i));
            i += 1;
        } else {
            let s = sim[i * m + j];
            if s >= EDIT_THRESHOLD && best[i * cols + j] == s + best[(i + 1) * cols + j + 1] {
                steps.push(if old[i] == new[j] { Step::Same(i, j) } else { Step::Edited(i, j) });
                i += 1;
                j += 1;
            } else if best[i * cols + j] == best[(i + 1) * cols + j] {
                steps.push(Step::Removed(i));
                i += 1;
            } else {
                steps.push(Step::Added(j));
                j += 1;
            }
        }
    }
    Some(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_edited_added_and_removed_in_order() {
        let old = ["One two three four.", "Gone for good now.", "Five six seven eight."];
        let new = ["One two three four.", "Five six seven nine.", "Brand new paragraph here."];
        let steps = align(&old, &new).unwrap();
        assert_eq!(steps, [Step::Same(0, 0), Step::Removed(1), Step::Edited(2, 1), Step::Added(2)]);
    }

    #[test]
    fn an_insertion_does_not_shift_the_pairs_after_it() {
        let old = ["A b c d.", "E f g h."];
        let new = ["A b c d.", "New words entirely.", "E f g h."];
        assert_eq!(align(&old, &new).unwrap(), [Step::Same(0, 0), Step::Added(1), Step::Same(1, 2)]);
    }

    #[test]
    fn similarity_counts_shared_words() {
        assert_eq!(similarity("a b", "a b"), 1.0);
        assert_eq!(similarity("a b c d", "a b x y"), 0.5);
        assert_eq!(similarity("a", "b"), 0.0);
    }
}
