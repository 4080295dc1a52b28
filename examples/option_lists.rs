//! Rewrites the option lists outside Rust from the domain's one table
//! (`build/option_lists.rs`). `make build` runs it; with `--check` it only
//! says which files are out of date and fails.
//!
//!     cargo run --example option_lists [-- --check]

#[path = "../build/option_lists.rs"]
mod option_lists;

use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let files = match option_lists::generate(|path| {
        std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
    }) {
        Ok(files) => files,
        Err(problem) => {
            eprintln!("option_lists: {problem}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = 0;
    for file in files {
        if std::fs::read_to_string(file.path).ok().as_deref() == Some(file.text.as_str()) {
            continue;
        }
        stale += 1;
        if check {
            eprintln!("option_lists: {} is out of date", file.path);
        } else if let Err(e) = std::fs::write(file.path, &file.text) {
            eprintln!("option_lists: {}: {e}", file.path);
            return ExitCode::FAILURE;
        } else {
            println!("option_lists: rewrote {}", file.path);
        }
    }
    if check && stale > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
