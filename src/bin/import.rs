//! `import MANIFEST.json [OUT_DIR]`: builds an article file and REVIEW.md
//! from a story's versions (see docs/authoring.md). Writes both only when
//! the whole import succeeds; on failure prints what is wrong, in which
//! file and line, and what to do, and writes nothing.

use std::process::ExitCode;

#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    // A build-time tool: nothing to do in the browser.
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    use annotated_article::import::import;
    use std::path::PathBuf;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(manifest) = args.first().map(PathBuf::from) else {
        eprintln!("usage: import MANIFEST.json [OUT_DIR]");
        eprintln!("Builds ARTICLE-ID.json and REVIEW.md from a story's versions; see docs/authoring.md.");
        return ExitCode::from(2);
    };
    let out_dir = args.get(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    let imported = match import(&manifest) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let article = out_dir.join(format!("{}.json", imported.article_id));
    let review = out_dir.join("REVIEW.md");
    let written = std::fs::create_dir_all(&out_dir)
        .and_then(|()| std::fs::write(&article, &imported.json))
        .and_then(|()| std::fs::write(&review, &imported.review));
    if let Err(e) = written {
        eprintln!("{}: cannot write the result: {e}. What to do: an output folder this user can write to.", out_dir.display());
        let _ = std::fs::remove_file(&article);
        return ExitCode::from(1);
    }
    println!("{}: written; {}: the guesses to check.", article.display(), review.display());
    ExitCode::SUCCESS
}
