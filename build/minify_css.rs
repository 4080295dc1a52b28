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

/// A stylesheet read piece by piece.
pub enum Piece {
    Comment,
    /// A run of whitespace.
    Space,
    /// A quoted string, quotes included, as written.
    Quoted(String),
    Char(char),
}

/// `css` as comments, whitespace, quoted strings and single characters.
pub fn pieces(css: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        let piece = match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for inside in chars.by_ref() {
                    if previous == '*' && inside == '/' {
                        break;
                    }
                    previous = inside;
                }
                Piece::Comment
            }
            '"' | '\'' => {
                let mut text = c.to_string();
                while let Some(inside) = chars.next() {
                    text.push(inside);
                    if inside == '\\' {
                        text.extend(chars.next());
                    } else if inside == c {
                        break;
                    }
                }
                Piece::Quoted(text)
            }
            c if c.is_whitespace() => {
                while chars.next_if(|next| next.is_whitespace()).is_some() {}
                Piece::Space
            }
            c => Piece::Char(c),
        };
        out.push(piece);
    }
    out
}

/// `css` with its comments removed, every run of whitespace made one
/// space, none next to `{ } ; ,` or after `:`, and no `;` before a `}`.
/// Quoted strings are kept as they are.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut space = false;
    for piece in pieces(css) {
        let text = match piece {
            Piece::Comment => continue,
            Piece::Space => {
                space = true;
                continue;
            }
            Piece::Quoted(text) => text,
            Piece::Char(c) => c.to_string(),
        };
        let first = text.chars().next().unwrap_or(' ');
        if space && !out.is_empty() && !TIGHT.contains(&first) && !out.ends_with(TIGHT_AFTER) {
            out.push(' ');
        }
        space = false;
        if first == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push_str(&text);
    }
    out
}
