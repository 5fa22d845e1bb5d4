//! One example's result as text (the body of its snapshot): where it comes
//! from, how it was typed, the outcome, the findings and the JSON written back.

use crate::example::Example;
use crate::run::Checked;
use std::fmt::Write;

/// Renders an example and its result.
pub fn render(example: &Example, checked: &Checked) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "source: {}:{}", example.file, example.line);
    let _ = writeln!(s, "version: {}", example.version);
    let _ = writeln!(s, "role: {}", example.role.as_str());
    if let Some(h) = &example.http {
        let _ = writeln!(s, "http: {h}");
    }
    if let Some(n) = &example.annotation_name {
        let _ = writeln!(s, "annotation name: {n}");
    }
    if example.truncated {
        let _ = writeln!(s, "annotation: truncated (properties may be omitted)");
    }
    match &checked.declared {
        Some(d) => {
            let coll = if d.collection { "collection of " } else { "" };
            let _ = writeln!(
                s,
                "type: {coll}{} (from {})",
                d.type_name,
                serde_json::to_value(d.from)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            );
        }
        None => {
            let _ = writeln!(s, "type: none");
        }
    }
    let _ = writeln!(s, "outcome: {}", checked.outcome.as_str());
    if checked.findings.is_empty() {
        let _ = writeln!(s, "findings: none");
    } else {
        let _ = writeln!(s, "findings:");
        for f in &checked.findings {
            let _ = writeln!(s, "  - {f}");
        }
    }
    match &checked.json {
        Some(j) => {
            let _ = writeln!(s, "json:");
            let _ = writeln!(s, "{}", serde_json::to_string_pretty(j).unwrap_or_default());
        }
        None => {
            let _ = writeln!(s, "raw:");
            let _ = writeln!(s, "{}", example.raw);
        }
    }
    s
}
