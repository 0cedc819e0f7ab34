//! The loader and the word diff fuzzed where they run for readers: 32-bit
//! WebAssembly in a browser, where `usize` is 32 bits and a size that fits
//! natively can overflow. A panic here aborts the module and fails the run.
//! (The native fuzz, with more cases, is in hostile_input.rs.)
#![cfg(target_arch = "wasm32")]

use annotated_article::article::diff::{diff, new_side, old_side, Op};
use annotated_article::article::{load, SEED_JSON};
use wasm_bindgen_test::*;

mod fuzz;
use fuzz::{exercise, mutate, well_formed, Rng};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn mutated_articles_load_or_are_refused_in_32_bit_webassembly() {
    const CASES: usize = 1_500;
    let seeds: [&[u8]; 2] = [SEED_JSON.as_bytes(), include_bytes!("hostile/ok-markup-and-controls-in-every-text-field.json")];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let (mut loaded, mut rejected) = (0, 0);
    for case in 0..CASES {
        let input = mutate(&mut rng, seeds[case % seeds.len()]);
        match load(&input) {
            Ok(article) => {
                exercise(&article);
                loaded += 1;
            }
            Err(errors) => {
                assert!(well_formed(&errors), "case {case}: {errors:#?}");
                rejected += 1;
            }
        }
    }
    assert_eq!(loaded + rejected, CASES);
    assert!(loaded > 0 && rejected > CASES / 2, "{loaded} loaded, {rejected} rejected");
}

/// Two wordings of 65,537 differing tokens each: their product overflows a
/// 32-bit `usize`, which once slipped under the size cap and indexed out of
/// bounds. They must come back as a whole replacement.
#[wasm_bindgen_test]
fn wordings_too_big_to_compare_are_a_whole_replacement() {
    let words = |letter: char| (0..32_769).map(|i| format!("{letter}{i}")).collect::<Vec<_>>().join(" ");
    let (old, new) = (words('a'), words('b'));
    let ops = diff(&old, &new);
    assert_eq!((old_side(&ops), new_side(&ops)), (old.clone(), new.clone()));
    assert!(!ops.iter().any(|op| matches!(op, Op::Same { .. })), "nothing is kept from a replaced wording");
    // A long paragraph with one edit still gets a word diff.
    let long_old = (0..900).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
    let long_new = long_old.replacen("w450", "changed", 1);
    let ops = diff(&long_old, &long_new);
    let changed: Vec<&Op> = ops.iter().filter(|op| !matches!(op, Op::Same { .. })).collect();
    assert_eq!(changed, [&Op::Deleted("w450".into()), &Op::Inserted("changed".into())]);
}

#[wasm_bindgen_test]
fn random_wordings_rebuild_exactly() {
    const WORDS: [&str; 8] = ["Iran", "“direct,”", "\"direct,\"", "U.S.", "said", "it’s", "—", "é"];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let text = |rng: &mut Rng| {
        (0..rng.below(40)).map(|_| WORDS[rng.below(WORDS.len())]).collect::<Vec<_>>().join(if rng.below(2) == 0 { " " } else { "\u{a0}" })
    };
    for _ in 0..2_000 {
        let (old, new) = (text(&mut rng), text(&mut rng));
        let ops = diff(&old, &new);
        assert_eq!((old_side(&ops), new_side(&ops)), (old, new));
    }
}
