//! Reading the crate's own source files, for the tidy checks: comments and
//! literals blanked out (so neither `"https://…"` nor a comment hides or
//! fakes code), identifiers, and `crate::` paths read as Rust paths.

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

/// The source with every comment and every string and character literal
/// replaced by spaces, lines kept where they were.
pub fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !ident_before(&chars, i) {
            // A raw string: r"…" or r#"…"#.
            let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let end: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            out.push('"');
            i += 2 + hashes;
            while i < chars.len() && !chars[i..].starts_with(&end) {
                out.push(blank(chars[i]));
                i += 1;
            }
            out.push('"');
            i += end.len();
        } else if c == '"' {
            i = blank_quoted(&chars, i, &mut out);
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character literal ('x', '\n', '\u{..}'); 'a alone is a lifetime.
            i = blank_quoted(&chars, i, &mut out);
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Blanks the string or character literal opening at `chars[at]` (its
/// quotes kept, escapes skipped, lines kept); returns where it ends.
fn blank_quoted(chars: &[char], at: usize, out: &mut String) -> usize {
    let quote = chars[at];
    out.push(quote);
    let mut i = at + 1;
    while i < chars.len() && chars[i] != quote {
        if chars[i] == '\\' {
            out.push(' ');
            i += 1;
        }
        if let Some(&c) = chars.get(i) {
            out.push(if c == '\n' { '\n' } else { ' ' });
        }
        i += 1;
    }
    out.push(quote);
    i + 1
}

fn ident_before(chars: &[char], at: usize) -> bool {
    at > 0 && (chars[at - 1].is_alphanumeric() || chars[at - 1] == '_')
}

/// The identifiers on each line of code, comments and literals left out.
pub fn identifiers(source: &str) -> Vec<(usize, String)> {
    code_only(source)
        .lines()
        .enumerate()
        .flat_map(|(index, code)| {
            code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|word| !word.is_empty())
                .map(move |word| (index + 1, word.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The first module of every `crate::` path in a file, with its line:
/// every path on a line, and each branch of a `crate::{a, b::c}` group.
pub fn crate_modules(source: &str) -> Vec<(usize, String)> {
    let code = code_only(source);
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        let rest = code[at + "crate::".len()..].trim_start();
        match rest.strip_prefix('{') {
            Some(group) => {
                for branch in top_level_branches(group) {
                    found.push((line, leading_ident(branch)));
                }
            }
            None => found.push((line, leading_ident(rest))),
        }
    }
    found
}

/// The comma-separated branches of a `{…}` group, up to its closing brace.
fn top_level_branches(group: &str) -> Vec<&str> {
    let mut branches = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                branches.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                branches.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    branches.retain(|b| !b.trim().is_empty());
    branches
}

fn leading_ident(path: &str) -> String {
    path.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}
