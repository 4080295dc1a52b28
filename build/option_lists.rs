//! The option lists outside Rust, generated from `src/domain/option_list.rs`,
//! and the crisis sentence a page shows before the widget loads
//! (`domain::crisis::FALLBACK`).
//!
//! Each file keeps its list between a `BEGIN generated` and an
//! `END generated` line (`block.json`, which has no comments, its
//! `"attributes"` object). `make build` rewrites them
//! (`examples/option_lists.rs`); `tests/it/options.rs` fails when one is
//! out of date. Shared by both through `#[path]`, like `minify_css.rs`.

use trd_widget::domain::crisis::{FALLBACK, FALLBACK_DANGER};
use trd_widget::domain::option_list::{Choice, Kind, OptionSpec, OPTIONS};

const NOTE: &str =
    "generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there";

/// A generated file: its path and its contents as they should be.
pub struct Generated {
    pub path: &'static str,
    pub text: String,
}

/// Every file with a generated list, as it should read, given a reader
/// for the files as they are.
pub fn generate(read: impl Fn(&str) -> Result<String, String>) -> Result<Vec<Generated>, String> {
    let names = |pick: &dyn Fn(&OptionSpec) -> bool| -> String {
        let quoted: Vec<String> = OPTIONS
            .iter()
            .filter(|o| pick(o))
            .map(|o| quote(o.name))
            .collect();
        quoted.join(", ")
    };
    let by_camel: Vec<String> = OPTIONS
        .iter()
        .map(|o| format!("{}: {}", quote(&o.camel()), quote(o.name)))
        .collect();
    let loader = format!(
        "// Every option's attribute name, by its camelCase key (the JS API takes either).\n\
         const OPTIONS = {{ {} }};\n\
         // Attributes a live element reacts to (`start` applies only when a widget opens).\n\
         const OBSERVED = [{}];",
        by_camel.join(", "),
        names(&|o| o.live)
    );
    // The frame page has no page text around it, so it adds the 911 line.
    let frame_en = format!("{} {}", FALLBACK.en, FALLBACK_DANGER.en);
    let frame_es = format!("{} {}", FALLBACK.es, FALLBACK_DANGER.es);
    let fallback = |name: &str, en: &str, es: &str| {
        format!(
            "// What shows before the widget loads, or if it cannot (domain::crisis::FALLBACK).\nvar {name} = {{ en: {}, es: {} }};",
            quote(en),
            quote(es)
        )
    };
    let frame = format!(
        "// The options a frame takes (a frame has no host page to remember for or to send events to).\nvar OPTIONS = [{}];\n{}",
        names(&|o| o.in_frame),
        fallback("FALLBACK", &frame_en, &frame_es)
    );
    let php_rows: Vec<String> = OPTIONS
        .iter()
        .map(|o| format!("\t{} => {},", quote(&o.camel()), quote(o.name)))
        .collect();
    let field_rows: Vec<String> = OPTIONS.iter().map(php_field).collect();
    let php = format!(
        "/** Every option's attribute name, by the block's camelCase key. */\nconst TRD_WIDGET_OPTIONS = array(\n{}\n);\n\n\
         /** Every option's field on the settings page, by attribute name: its words (translatable), kind and choices. */\n\
         function trd_widget_fields() {{\n\treturn array(\n{}\n\t);\n}}\n\n\
         /** What shows before the widget loads, or if it cannot, by language (domain::crisis::FALLBACK). */\n\
         const TRD_WIDGET_FALLBACK = array(\n\t'en' => {},\n\t'es' => {},\n);",
        php_rows.join("\n"),
        field_rows.join("\n"),
        quote(FALLBACK.en),
        quote(FALLBACK.es)
    );
    let editor_rows: Vec<String> = OPTIONS.iter().map(editor_row).collect();
    let editor = format!(
        "var OPTIONS = [\n{}\n];\n{}",
        editor_rows.join("\n"),
        fallback("FALLBACK", FALLBACK.en, FALLBACK.es)
    );
    let configure = format!(
        "// Text fields and selects, then checkboxes (written as bare attributes);\n\
         // the colour and the sections are controls of their own.\n\
         var TEXT = [{}];\n\
         var FLAGS = [{}];\n{}",
        names(&|o| matches!(o.kind, Kind::Text | Kind::CrisisLine | Kind::Choice(_))),
        names(&|o| o.kind == Kind::Flag),
        fallback("FALLBACK", FALLBACK.en, FALLBACK.es)
    );
    let block_rows: Vec<String> = OPTIONS
        .iter()
        .map(|o| {
            format!(
                "    {}: {{ \"type\": \"string\", \"default\": \"\" }}",
                quote(&o.camel())
            )
        })
        .collect();
    let mut out = Vec::new();
    for (path, generated) in [
        ("src/platform/loader.js", loader),
        ("src/platform/frame.js", frame),
        ("wordpress/trd-widget/trd-widget.php", php),
        ("wordpress/trd-widget/block/editor.js", editor),
        ("demo/configure.js", configure),
    ] {
        let text = splice(path, &read(path)?, &generated)?;
        out.push(Generated { path, text });
    }
    let path = "wordpress/trd-widget/block/block.json";
    let text = between(
        path,
        &read(path)?,
        "  \"attributes\": {\n",
        "\n  },\n",
        &block_rows.join(",\n"),
    )?;
    out.push(Generated { path, text });
    let path = "src/platform/frame.html";
    let text = between(path, &read(path)?, "<noscript>", "</noscript>", &frame_en)?;
    out.push(Generated { path, text });
    Ok(out)
}

/// A double-quoted string, valid in JSON, JS and PHP for these names and
/// labels (a test in `src/domain/option_list.rs` keeps them free of `$`,
/// backslashes and control characters).
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A string through WordPress's translation function (`__()` in PHP,
/// `wp.i18n.__` in JS, the same call), in the plugin's text domain: what
/// `.pot` extraction looks for.
fn translated(text: &str) -> String {
    format!("__( {}, 'trd-widget' )", quote(text))
}

/// The kind's name in the generated PHP and JS, and its choices if any.
fn kind_of(option: &OptionSpec) -> (&'static str, &'static [Choice]) {
    match option.kind {
        Kind::Text => ("text", &[]),
        Kind::CrisisLine => ("crisis-line", &[]),
        Kind::Colour => ("colour", &[]),
        Kind::Flag => ("flag", &[]),
        Kind::Choice(choices) => ("choice", choices),
        Kind::Sections(choices) => ("sections", choices),
    }
}

/// The choices as `open` + `item, item` + `close`, or nothing.
fn listed(choices: &[Choice], item: impl Fn(&Choice) -> String, open: &str, close: &str) -> String {
    if choices.is_empty() {
        return String::new();
    }
    let items: Vec<String> = choices.iter().map(item).collect();
    format!("{open}{}{close}", items.join(", "))
}

fn php_field(option: &OptionSpec) -> String {
    let (kind, choices) = kind_of(option);
    let choices = listed(
        choices,
        |c| format!("{} => {}", quote(c.value), translated(c.label)),
        ", 'choices' => array( ",
        " )",
    );
    format!(
        "\t\t{} => array( 'label' => {}, 'help' => {}, 'kind' => '{kind}'{choices} ),",
        quote(option.name),
        translated(option.label),
        translated(option.help)
    )
}

fn editor_row(option: &OptionSpec) -> String {
    let (kind, choices) = kind_of(option);
    let choices = listed(
        choices,
        |c| {
            format!(
                "{{ value: {}, label: {} }}",
                quote(c.value),
                translated(c.label)
            )
        },
        ", choices: [",
        "]",
    );
    format!(
        "  {{ key: {}, name: {}, label: {}, kind: {}{} }},",
        quote(&option.camel()),
        quote(option.name),
        translated(option.label),
        quote(kind),
        choices
    )
}

/// `text` with the lines between its `BEGIN generated` and `END generated`
/// markers replaced by `generated`, indented as the markers are.
fn splice(path: &str, text: &str, generated: &str) -> Result<String, String> {
    // `//` is a comment in every file with markers (JS and PHP).
    let begin = format!("// BEGIN {NOTE}\n");
    let end = "// END generated\n";
    let start = text
        .find(&begin)
        .ok_or_else(|| format!("{path}: no line \"{}\"", begin.trim_end()))?;
    let indent_from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = &text[indent_from..start];
    let body_from = start + begin.len();
    let body_to = text[body_from..]
        .find(&format!("{indent}{end}"))
        .map(|i| body_from + i)
        .ok_or_else(|| {
            format!(
                "{path}: no line \"{indent}{}\" after the BEGIN line",
                end.trim_end()
            )
        })?;
    let body: String = generated
        .lines()
        .map(|line| {
            if line.is_empty() {
                "\n".to_owned()
            } else {
                format!("{indent}{line}\n")
            }
        })
        .collect();
    Ok(format!("{}{body}{}", &text[..body_from], &text[body_to..]))
}

/// `text` with what lies between `open` and the next `close` replaced.
fn between(
    path: &str,
    text: &str,
    open: &str,
    close: &str,
    generated: &str,
) -> Result<String, String> {
    let from = text
        .find(open)
        .ok_or_else(|| format!("{path}: no {open:?}"))?
        + open.len();
    let to = text[from..]
        .find(close)
        .map(|i| from + i)
        .ok_or_else(|| format!("{path}: no {close:?} after {open:?}"))?;
    Ok(format!("{}{generated}{}", &text[..from], &text[to..]))
}
