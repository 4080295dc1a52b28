//! Writes the clinician review page: `cargo run --example review_page -- dist/review.html`.
//! The page itself is built by `trd_widget::export::review`.
#![allow(clippy::expect_used)]

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/review.html".to_owned());
    std::fs::write(&path, trd_widget::export::review::review_page())
        .unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("review page: {path}");
}
