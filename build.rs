//! Writes `style/*.css`, minified (`build/minify_css.rs`), to `OUT_DIR`,
//! where `src/platform/styles.rs` and `src/ui/frame/lazy_screens.rs`
//! compile them in.

#[path = "build/minify_css.rs"]
mod minify_css;

use std::{env, fs, io, path::Path};

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=build/minify_css.rs");
    println!("cargo:rerun-if-changed=style");
    let out = env::var_os("OUT_DIR")
        .ok_or_else(|| io::Error::other("OUT_DIR is not set: run this through cargo"))?;
    for entry in fs::read_dir("style")? {
        let path = entry?.path();
        let (Some(name), true) = (
            path.file_name(),
            path.extension().is_some_and(|e| e == "css"),
        ) else {
            continue;
        };
        println!("cargo:rerun-if-changed={}", path.display());
        let css = fs::read_to_string(&path)?;
        fs::write(Path::new(&out).join(name), minify_css::minify(&css))?;
    }
    Ok(())
}
