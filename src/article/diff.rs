//! A word-level diff between two wordings of a text, for the changes view.
//! Text is split into words and the spaces between them; two tokens are the
//! same when they differ only in ways a reader would not call an edit
//! (straight quotes turned curly, one kind of space for another), and such
//! tokens keep both spellings so either text can be rebuilt exactly.

/// One step from the old text to the new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// In both (perhaps with trivially different spellings).
    Same {
        old: String,
        new: String,
    },
    Inserted(String),
    Deleted(String),
}

/// Splits text into alternating runs of non-space and space characters.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The form two tokens are compared in.
fn normal(token: &str) -> String {
    if token.chars().all(char::is_whitespace) {
        return " ".into();
    }
    token
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '″' => '"',
            '‘' | '’' | '‚' | '′' => '\'',
            c => c,
        })
        .collect()
}

/// Above this many token pairs the diff gives up on finding common words
/// and reports a whole replacement, so that a huge edit cannot freeze the page.
const MAX_CELLS: usize = 4_000_000;

/// The word diff from `old` to `new`: the longest common run of tokens is
/// kept, everything else is inserted or deleted.
pub fn diff(old: &str, new: &str) -> Vec<Op> {
    let a = tokens(old);
    let b = tokens(new);
    let (na, nb) = (a.iter().map(|t| normal(t)).collect::<Vec<_>>(), b.iter().map(|t| normal(t)).collect::<Vec<_>>());
    // Common prefix and suffix first: most edits touch a few words.
    let prefix = na.iter().zip(&nb).take_while(|(x, y)| x == y).count();
    let suffix = na[prefix..].iter().rev().zip(nb[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&na[prefix..na.len() - suffix], &nb[prefix..nb.len() - suffix]);

    let mut ops = Vec::new();
    for i in 0..prefix {
        ops.push(Op::Same { old: a[i].into(), new: b[i].into() });
    }
    let (m, n) = (ma.len(), mb.len());
    // Checked: on 32-bit WebAssembly two wordings of 65,537 tokens each
    // would overflow `usize` and slip under the cap.
    match (m + 1).checked_mul(n + 1).filter(|&cells| cells <= MAX_CELLS) {
        None => {
            ops.extend(a[prefix..a.len() - suffix].iter().map(|t| Op::Deleted((*t).into())));
            ops.extend(b[prefix..b.len() - suffix].iter().map(|t| Op::Inserted((*t).into())));
        }
        Some(cells) => {
            // lcs[i][j]: longest common subsequence of ma[i..] and mb[j..].
            let mut lcs = vec![0u32; cells];
            let at = |i: usize, j: usize| i * (n + 1) + j;
            for i in (0..m).rev() {
                for j in (0..n).rev() {
                    lcs[at(i, j)] = if ma[i] == mb[j] { lcs[at(i + 1, j + 1)] + 1 } else { lcs[at(i + 1, j)].max(lcs[at(i, j + 1)]) };
                }
            }
            let (mut i, mut j) = (0, 0);
            while i < m || j < n {
                if i < m && j < n && ma[i] == mb[j] {
                    ops.push(Op::Same { old: a[prefix + i].into(), new: b[prefix + j].into() });
                    i += 1;
                    j += 1;
                } else if i < m && (j == n || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                    // Deletions before insertions, so a replaced word reads "old new".
                    ops.push(Op::Deleted(a[prefix + i].into()));
                    i += 1;
                } else {
                    ops.push(Op::Inserted(b[prefix + j].into()));
                    j += 1;
                }
            }
        }
    }
    for k in 0..suffix {
        ops.push(Op::Same { old: a[a.len() - suffix + k].into(), new: b[b.len() - suffix + k].into() });
    }
    ops
}

/// The old text, rebuilt from a diff.
pub fn old_side(ops: &[Op]) -> String {
    ops.iter()
        .filter_map(|o| match o {
            Op::Same { old, .. } | Op::Deleted(old) => Some(old.as_str()),
            Op::Inserted(_) => None,
        })
        .collect()
}

/// The new text, rebuilt from a diff.
pub fn new_side(ops: &[Op]) -> String {
    ops.iter()
        .filter_map(|o| match o {
            Op::Same { new, .. } | Op::Inserted(new) => Some(new.as_str()),
            Op::Deleted(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(old: &str, new: &str) -> Vec<String> {
        diff(old, new)
            .into_iter()
            .filter_map(|o| match o {
                Op::Inserted(t) => Some(format!("+{t}")),
                Op::Deleted(t) => Some(format!("-{t}")),
                Op::Same { .. } => None,
            })
            .collect()
    }

    #[test]
    fn splits_words_and_spaces() {
        assert_eq!(tokens("a  b\tc"), ["a", "  ", "b", "\t", "c"]);
        assert_eq!(tokens(" x "), [" ", "x", " "]);
        assert!(tokens("").is_empty());
    }

    #[test]
    fn an_edited_word() {
        assert_eq!(changes("Talks may start in May.", "Talks will start in May."), ["-may", "+will"]);
    }

    #[test]
    fn an_appended_phrase() {
        assert_eq!(changes("Iran could agree", "Iran could agree (Updated)"), ["+ ", "+(Updated)"]);
    }

    #[test]
    fn curled_quotes_and_changed_spaces_are_not_edits() {
        assert!(changes("\"Great,\" he said.", "“Great,”  he said.").is_empty());
        assert!(changes("Iran's talks", "Iran’s talks").is_empty());
        let ops = diff("\"Great,\"", "“Great,”");
        assert_eq!(new_side(&ops), "“Great,”");
        assert_eq!(old_side(&ops), "\"Great,\"");
    }

    #[test]
    fn a_rewrite_is_a_deletion_and_an_insertion() {
        assert_eq!(changes("one two", "three four"), ["-one", "+three", "-two", "+four"]);
    }

    /// A small deterministic generator, so the property runs without a
    /// crate and fails the same way every time.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % n
        }
    }

    fn random_text(rng: &mut Lcg) -> String {
        const WORDS: [&str; 12] = ["Iran", "talks", "“direct,”", "\"direct,\"", "U.S.", "said", "it’s", "it's", "Oman", "—", "é", "a"];
        const SPACES: [&str; 4] = [" ", "  ", "\n", "\u{a0}"];
        let mut s = String::new();
        for _ in 0..rng.next(14) {
            s.push_str(WORDS[rng.next(WORDS.len())]);
            s.push_str(SPACES[rng.next(SPACES.len())]);
        }
        if rng.next(2) == 0 {
            s.push_str(WORDS[rng.next(WORDS.len())]);
        }
        s
    }

    #[test]
    fn property_the_diff_rebuilds_both_texts_exactly() {
        let mut rng = Lcg(0x5eed);
        for _ in 0..5_000 {
            let old = random_text(&mut rng);
            let new = random_text(&mut rng);
            let ops = diff(&old, &new);
            assert_eq!(new_side(&ops), new, "old {old:?}");
            assert_eq!(old_side(&ops), old, "new {new:?}");
        }
    }

    #[test]
    fn property_identical_texts_have_no_changes() {
        let mut rng = Lcg(42);
        for _ in 0..1_000 {
            let text = random_text(&mut rng);
            assert!(changes(&text, &text).is_empty());
        }
    }
}
