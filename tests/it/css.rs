//! The stylesheets the widget compiles in are `style/*.css` minified
//! (`build/minify_css.rs`): the same rules, only fewer bytes.

#[path = "../../build/minify_css.rs"]
mod minify_css;

use minify_css::{minify, pieces, Piece};

/// `css` as a browser's tokenizer reads it, for comparing: no comments,
/// no whitespace outside strings, no `;` before `}`. (Only for checking:
/// it glues words a space separated, which `minify` must never do.)
fn tokens(css: &str) -> String {
    let mut out = String::new();
    for piece in pieces(css) {
        match piece {
            Piece::Comment | Piece::Space => {}
            Piece::Quoted(text) => out.push_str(&text),
            Piece::Char(c) => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out
}

#[test]
fn minifying_keeps_every_rule_and_what_spaces_mean() {
    let rows = [
        // Comments go; a descendant combinator stays a space.
        (
            "/* a */\n.trd  .trd-x:hover  {\n  color: red;\n}\n",
            ".trd .trd-x:hover{color:red}",
        ),
        ("a , b >  c { margin : 0 1em ; }", "a,b > c{margin :0 1em}"),
        // Strings are kept, comment-like text and spaces inside them too.
        (
            "p::before { content: \"\\25B8  /* x */\" / \"\"; }",
            "p::before{content:\"\\25B8  /* x */\" / \"\"}",
        ),
        (
            "@media (max-width: 30em) {\n  .a { b: c; }\n}",
            "@media (max-width:30em){.a{b:c}}",
        ),
        ("a{b:c}", "a{b:c}"),
    ];
    for (css, expected) in rows {
        assert_eq!(minify(css), expected, "{css:?}");
    }
}

#[test]
fn every_stylesheet_minifies_to_the_same_rules() {
    let mut sizes = Vec::new();
    for entry in std::fs::read_dir("style").expect("style/") {
        let path = entry.expect("entry").path();
        let css = std::fs::read_to_string(&path).expect("stylesheet");
        let small = minify(&css);
        assert_eq!(tokens(&small), tokens(&css), "{} changed", path.display());
        assert!(!small.contains("/*"), "{} keeps a comment", path.display());
        sizes.push(format!(
            "{} {} → {}",
            path.display(),
            css.len(),
            small.len()
        ));
    }
    sizes.sort();
    eprintln!("minified stylesheets (bytes): {}", sizes.join("; "));
}
