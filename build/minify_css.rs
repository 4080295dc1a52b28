//! The widget's stylesheets without comments and without whitespace a
//! browser does not need (issue 17: every byte of the first load counts).
//! Shared by `build.rs`, which writes the minified files the crate
//! compiles in, and by `tests/it/css.rs`.

/// Characters next to which whitespace never matters: the rule braces,
/// the declaration and selector separators.
const TIGHT: &[char] = &['{', '}', ';', ','];
/// After a colon no space matters either (before one it can: `a :hover`
/// is not `a:hover`).
const TIGHT_AFTER: &[char] = &['{', '}', ';', ',', ':'];

/// `css` with its comments removed, every run of whitespace made one
/// space, none next to `{ } ; ,` or after `:`, and no `;` before a `}`. Quoted strings
/// are kept as they are.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(escaped) = chars.next() {
                    out.push(escaped);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for inside in chars.by_ref() {
                if previous == '*' && inside == '/' {
                    break;
                }
                previous = inside;
            }
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !TIGHT.contains(&c) && !out.ends_with(TIGHT_AFTER) {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
    }
    out
}
