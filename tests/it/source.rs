//! Reading the crate's own source files, for the tidy checks.

use std::fs;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file below `dir` (relative to the crate root), with its text.
pub fn rust_files(dir: &str) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    collect(&root().join(dir), &mut files);
    assert!(!files.is_empty(), "no Rust files under {dir}");
    files
}

fn collect(dir: &Path, files: &mut Vec<(PathBuf, String)>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            files.push((path, text));
        }
    }
}

/// The identifiers on each line of code, with comments removed.
pub fn identifiers(source: &str) -> impl Iterator<Item = (usize, &str)> {
    source.lines().enumerate().flat_map(|(index, line)| {
        let code = line.split("//").next().unwrap_or_default();
        code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|word| !word.is_empty())
            .map(move |word| (index + 1, word))
    })
}

/// `crate::<module>` paths used in a file.
pub fn crate_modules(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let code = line.split("//").next().unwrap_or_default();
            let rest = code.split("crate::").nth(1)?;
            let module: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            Some((index + 1, module))
        })
        .collect()
}
