//! The FHIR files made outside the widget, from the same export code:
//!
//!     cargo run --example fhir -- questionnaire dist/fhir/Questionnaire-phq9.json
//!         the PHQ-9 Questionnaire the npm package ships at its canonical URL
//!     cargo run --example fhir -- samples target/fhir
//!         bundles as the widget downloads them, in both languages, with
//!         item 9 at 0 and above 0, for the outside validator (make test)
#![allow(clippy::expect_used)]

use trd_widget::domain::lang::Lang;
use trd_widget::domain::phq9::PHQ9;
use trd_widget::domain::session::Session;
use trd_widget::export::fhir::{phq9_bundle, phq9_questionnaire, BundleIds};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(what), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("usage: cargo run --example fhir -- questionnaire FILE | samples FOLDER");
        std::process::exit(2);
    };
    let write = |path: &std::path::Path, text: String| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        println!("fhir: {}", path.display());
    };
    match what.as_str() {
        "questionnaire" => write(
            std::path::Path::new(out),
            phq9_questionnaire(&PHQ9, Lang::En).expect("the Questionnaire"),
        ),
        "samples" => {
            for lang in Lang::ALL {
                for (name, answers) in [
                    ("item9-0", [1, 2, 0, 3, 1, 0, 2, 1, 0]),
                    ("item9-2", [0, 1, 0, 0, 2, 1, 0, 0, 2]),
                ] {
                    let mut session = Session::new(&PHQ9, lang);
                    for (item, value) in answers.into_iter().enumerate() {
                        session.answer(item, value).expect("valid answer");
                    }
                    session.answer(9, 1).expect("valid answer");
                    let complete = session.phq9().responses().complete().expect("complete");
                    let ids = BundleIds {
                        questionnaire: "4a7b6c1e-0000-4000-8000-000000000001".into(),
                        response: "4a7b6c1e-0000-4000-8000-000000000002".into(),
                        observation: "4a7b6c1e-0000-4000-8000-000000000003".into(),
                    };
                    let json = phq9_bundle(&complete, lang, "2026-12-05T09:30:00.000Z", &ids)
                        .expect("the bundle");
                    write(
                        &std::path::Path::new(out)
                            .join(format!("bundle-{}-{name}.json", lang.tag())),
                        json,
                    );
                }
            }
        }
        other => {
            eprintln!("fhir: unknown {other:?}; use questionnaire or samples");
            std::process::exit(2);
        }
    }
}
