//! Every Rust name is decided here: snake_case fields, PascalCase types and
//! variants, namespace modules, keyword escaping and collision suffixes.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;

/// Rust keywords (strict, reserved and edition-2024 reserved) that cannot be
/// plain identifiers. `self`, `Self`, `super`, `crate` cannot even be raw
/// identifiers, so every keyword gets a trailing underscore instead.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names a generated module must not shadow inside its own scope.
const RESERVED_TYPE_NAMES: &[&str] = &["Self"];

/// Keep only identifier characters; make sure the result starts validly.
fn sanitize(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    s
}

fn escape_keyword(s: String) -> String {
    if KEYWORDS.contains(&s.as_str()) || RESERVED_TYPE_NAMES.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        s
    }
}

/// `requestId`, `request-id` -> `request_id`; `type` -> `type_`.
pub fn field_name(csdl: &str) -> String {
    let snake = sanitize(&csdl.replace(['-', '.', ' '], "_").to_snake_case());
    escape_keyword(snake)
}

/// `callRecords` -> `call_records`.
pub fn module_name(segment: &str) -> String {
    escape_keyword(sanitize(&segment.replace('.', "_").to_snake_case()))
}

/// `appHostedMediaConfig` -> `AppHostedMediaConfig`.
pub fn type_name(csdl: &str) -> String {
    let camel = csdl.replace(['-', '.', ' '], "_").to_upper_camel_case();
    let s = sanitize(&camel);
    let s = if s.starts_with('_') {
        format!("T{s}")
    } else {
        s
    };
    escape_keyword(s)
}

/// Enum member `unknownFutureValue` -> `UnknownFutureValue`; `1080p` -> `V1080p`.
pub fn variant_name(csdl: &str) -> String {
    let camel = csdl.replace(['-', '.', ' '], "_").to_upper_camel_case();
    let s = sanitize(&camel);
    let s = if s.starts_with('_') {
        format!("V{}", s.trim_start_matches('_'))
    } else {
        s
    };
    if s == "V" {
        "V_".into()
    } else {
        escape_keyword(s)
    }
}

/// Hands out unique names within one scope, deterministically: the first
/// claimant of a name keeps it, later ones get `_2`, `_3`, ... (or the given
/// alternative first).
#[derive(Debug, Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub fn with_reserved(names: &[&str]) -> Self {
        Scope {
            taken: names.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    pub fn claim(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        let sep = if wanted.ends_with('_') { "" } else { "_" };
        (2..)
            .map(|n| format!("{wanted}{sep}{n}"))
            .find(|c| self.taken.insert(c.clone()))
            .expect("an unbounded counter always finds a free name")
    }

    /// Claim `wanted`, or `alternative` if `wanted` is taken, then fall back to suffixes.
    pub fn claim_or(&mut self, wanted: String, alternative: String) -> String {
        if self.taken.contains(&wanted) && !self.taken.contains(&alternative) {
            self.claim(alternative)
        } else {
            self.claim(wanted)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_graph_property_names() {
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("match"), "match_");
        assert_eq!(field_name("move"), "move_");
        assert_eq!(field_name("use"), "use_");
        assert_eq!(field_name("loop"), "loop_");
        assert_eq!(field_name("final"), "final_");
        assert_eq!(field_name("gen"), "gen_");
        assert_eq!(field_name("request-id"), "request_id");
        assert_eq!(field_name("client-request-id"), "client_request_id");
        assert_eq!(field_name("mediaConfig"), "media_config");
        assert_eq!(field_name("@odata.type"), "odata_type");
        assert_eq!(field_name("3dModel"), "_3d_model");
    }

    #[test]
    fn type_and_module_names() {
        assert_eq!(type_name("appHostedMediaConfig"), "AppHostedMediaConfig");
        assert_eq!(type_name("case"), "Case");
        assert_eq!(type_name("self"), "Self_");
        assert_eq!(module_name("callRecords"), "call_records");
        assert_eq!(module_name("partners.billing"), "partners_billing");
        assert_eq!(variant_name("unknownFutureValue"), "UnknownFutureValue");
        assert_eq!(variant_name("1080p"), "V1080p");
        assert_eq!(variant_name("self"), "Self_");
    }

    #[test]
    fn scope_suffixes_deterministically() {
        let mut s = Scope::with_reserved(&["extra"]);
        assert_eq!(s.claim("extra".into()), "extra_2");
        assert_eq!(s.claim("id".into()), "id");
        assert_eq!(s.claim("id".into()), "id_2");
        assert_eq!(s.claim("type_".into()), "type_");
        assert_eq!(s.claim("type_".into()), "type_2");
        assert_eq!(
            s.claim_or("Unknown".into(), "UnknownValue".into()),
            "Unknown"
        );
        assert_eq!(
            s.claim_or("Unknown".into(), "UnknownValue".into()),
            "UnknownValue"
        );
    }
}
