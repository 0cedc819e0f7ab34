//! The fuzzing shared by the native run (`hostile_input.rs`) and the one
//! in the browser (`fuzz_in_browser.rs`, 32-bit WebAssembly, where sizes
//! overflow sooner): mutations of article files, and everything the viewer
//! computes from an article that loads.
#![allow(dead_code)]

use annotated_article::article::{Article, ArticleError};

pub fn well_formed(errors: &[ArticleError]) -> bool {
    !errors.is_empty() && errors.iter().all(|e| !e.problem.trim().is_empty() && !e.to_string().is_empty())
}

/// Everything the viewer computes from an article, so that a bad-but-valid
/// article cannot panic in rendering either.
pub fn exercise(a: &Article) {
    for r in 0..a.revisions.len() {
        for view in a.blocks_at(r) {
            let _ = view.printed(a);
        }
        let _ = a.headline_at(r);
        let _ = a.dek_at(r);
        let _ = a.roster(r);
        for p in &a.people {
            let _ = a.statements(&p.id, r);
        }
        let _ = a.block_changes(r);
        let _ = a.headline_changes(r);
        let _ = a.body_at(r);
        let _ = a.headline_markers(r);
        let _ = a.marker_blocks(r);
    }
}

/// A small deterministic generator: a failing case is the same on every run.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: [&[u8]; 16] = [
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\"",
    b"null",
    b"1e999",
    b"-0",
    b"\\u0000",
    b"\xff",
    b"\xe2\x80",
    b"true",
    b"\"\\ud800\"",
    b"\"exact\": \"\"",
];

pub fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(64)).min(out.len());
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
            3 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, t.iter().copied());
            }
            _ => out.truncate(at),
        }
    }
    out
}
