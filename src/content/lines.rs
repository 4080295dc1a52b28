//! The line format shared by the glossary and the checklist: one entry per
//! line, three fields separated by `|`.

/// Each non-empty line's three trimmed fields; lines with fewer, or with an
/// empty field, are skipped (the content tests count lines to catch them).
pub fn fields3(source: &'static str) -> impl Iterator<Item = [&'static str; 3]> {
    source.lines().filter_map(|line| {
        let mut parts = line.splitn(3, '|').map(str::trim).filter(|s| !s.is_empty());
        Some([parts.next()?, parts.next()?, parts.next()?])
    })
}
