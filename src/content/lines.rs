//! The line format shared by the glossary and the checklist: one entry per
//! line, three fields separated by `|`.

/// Each non-empty line's three trimmed fields; lines with fewer, or with an
/// empty field, are skipped (the content tests compare with `line_count`
/// to catch them, for the glossary and the checklist).
pub fn fields3(source: &'static str) -> impl Iterator<Item = [&'static str; 3]> {
    source.lines().filter_map(|line| {
        let mut parts = line.splitn(3, '|').map(str::trim).filter(|s| !s.is_empty());
        Some([parts.next()?, parts.next()?, parts.next()?])
    })
}

/// The non-empty lines of `source`: as many as `fields3` must give.
pub fn line_count(source: &str) -> usize {
    source.lines().filter(|l| !l.trim().is_empty()).count()
}
