//! `validate-article FILE...`: checks article files against the format and
//! prints every problem, for editors and for a newsroom's CI. Exits 0 when
//! every file is valid, 1 when one is not, 2 when a file cannot be read.

use std::process::ExitCode;

use annotated_article::article::format::FORMAT_VERSION;
use annotated_article::article::load;
use annotated_article::article::warnings::warnings;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: validate-article ARTICLE.json [MORE.json ...]");
        eprintln!("Checks each file against the article format (docs/article-format.md).");
        return ExitCode::from(2);
    }
    let mut status = 0u8;
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{file}: cannot read the file: {e}");
                status = 2;
                continue;
            }
        };
        match load(&bytes) {
            Ok(article) => {
                let read = article.read_version();
                let version = if read == FORMAT_VERSION {
                    format!("format {read}")
                } else {
                    format!("format {read}, read as format {FORMAT_VERSION}")
                };
                println!(
                    "{file}: valid ({version}): {} revisions, {} blocks, {} people.",
                    article.revisions.len(),
                    article.blocks.len(),
                    article.people.len()
                );
                for w in warnings(&article) {
                    println!("  warning: {w}");
                }
            }
            Err(problems) => {
                let n = problems.len();
                println!("{file}: {n} problem{}:", if n == 1 { "" } else { "s" });
                for p in problems {
                    println!("  {p}");
                }
                status = status.max(1);
            }
        }
    }
    ExitCode::from(status)
}
