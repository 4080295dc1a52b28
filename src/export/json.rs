//! A small JSON writer: enough for the FHIR export, without pulling a
//! serialization framework into the widget's download.

/// A JSON value built in code.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Str(String),
    Int(i64),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    pub fn str(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// Pretty-printed with two-space indentation.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| out.push_str(&"  ".repeat(depth));
        match self {
            Json::Str(text) => escape(text, out),
            Json::Int(value) => out.push_str(&value.to_string()),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Array(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Object(fields) => {
                out.push_str("{\n");
                for (i, (key, value)) in fields.iter().enumerate() {
                    indent(out, depth + 1);
                    escape(key, out);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

fn escape(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_escaped_nested_values() {
        let value = Json::Object(vec![
            ("a", Json::str("say \"hi\"\n\\ ñ")),
            ("b", Json::Array(vec![Json::Int(1), Json::Int(-2)])),
            ("c", Json::Object(vec![])),
            ("d", Json::Array(vec![])),
            ("e", Json::str("\u{1}")),
        ]);
        assert_eq!(
            value.render(),
            "{\n  \"a\": \"say \\\"hi\\\"\\n\\\\ ñ\",\n  \"b\": [\n    1,\n    -2\n  ],\n  \"c\": {},\n  \"d\": [],\n  \"e\": \"\\u0001\"\n}\n"
        );
    }
}
