//! The editors' command: what it prints and how it exits, as a newsroom's CI
//! would see it.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate-article")).args(args).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn a_valid_file_exits_zero() {
    let (code, text) = run(&["assets/articles/iran-us-talks-2025-04-02.json"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("valid (format 2): 3 revisions, 19 blocks, 14 people."), "{text}");
    // Allowed, but pointed out: the original has a date only.
    assert!(text.contains("  warning: revisions[0].timestamp: Revision \"original\" gives a date only"), "{text}");
}

#[test]
fn an_invalid_file_prints_each_problem_and_exits_one() {
    let dir = std::env::temp_dir().join(format!("validate-article-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.json");
    let broken = annotated_article::article::SEED_JSON.replacen("\"published\": \"2025-04-02\"", "\"published\": \"April 2\"", 1).replacen(
        "\"person\": \"trump\"",
        "\"person\": \"trunp\"",
        1,
    );
    std::fs::write(&file, broken).unwrap();
    let (code, text) = run(&[file.to_str().unwrap()]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("2 problems:"), "{text}");
    assert!(text.contains("  published: \"April 2\" is not a date this viewer can read."), "{text}");
    assert!(text.contains("  blocks[4].annotations[0].person: There is no person \"trunp\"."), "{text}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_missing_file_or_no_argument_exits_two() {
    assert_eq!(run(&["/no/such/file.json"]).0, 2);
    let (code, text) = run(&[]);
    assert_eq!(code, 2);
    assert!(text.contains("usage: validate-article"));
}

#[test]
fn a_format_1_file_is_valid_and_the_command_says_how_it_was_read() {
    let dir = std::env::temp_dir().join(format!("validate-article-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("old.json");
    let old = annotated_article::article::SEED_JSON.replacen("\"format_version\": 2", "\"format_version\": 1", 1);
    std::fs::write(&file, old).unwrap();
    let (code, text) = run(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("valid (format 1, read as format 2): 3 revisions"), "{text}");
    std::fs::remove_dir_all(dir).ok();
}
