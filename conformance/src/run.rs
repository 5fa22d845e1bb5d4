//! Running one example: read it leniently, find its type, deserialize it with
//! the generated type of its version (through the `msgraph-models` registry),
//! serialize it back and compare, then walk it against the schema. The result
//! is one [`Outcome`] with the findings that explain it and the round-tripped
//! JSON.

use crate::check::Walker;
use crate::example::{Declared, Example, Role, TypeSource, Version};
use crate::finding::{Finding, Kind};
use crate::lenient;
use crate::schema::{Schema, Schemas};
use crate::{infer, same_json};
use msgraph_core::TypeEntry;
use serde::Serialize;
use serde_json::Value;

/// The outcome of one example (the most severe that applies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Read into the generated type and written back as the same JSON; every name known.
    Lossless,
    /// Round-trips, but has members the schema lacks (listed with paths).
    UnknownProperties,
    /// Round-trips, but an `@odata.type` names no type of this version.
    UnknownOdataType,
    /// A value does not fit its declared type (JSON path, expected, found).
    SchemaViolation,
    /// A resource page's template: names checked, placeholder values not typed.
    ResourceTemplate,
    /// The declared type or the request's operation is not in this version's metadata.
    NotInMetadata,
    /// No type could be determined (no annotation, no `@odata.type`, no route).
    NoType,
    /// Not JSON, even after repairs.
    Unparseable,
    /// A schema-valid body that did not round-trip: a generator or runtime defect.
    Lossy,
}

impl Outcome {
    /// Every outcome, in table order.
    pub const ALL: [Outcome; 9] = [
        Outcome::Lossless,
        Outcome::UnknownProperties,
        Outcome::UnknownOdataType,
        Outcome::SchemaViolation,
        Outcome::ResourceTemplate,
        Outcome::NotInMetadata,
        Outcome::NoType,
        Outcome::Unparseable,
        Outcome::Lossy,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Lossless => "lossless",
            Outcome::UnknownProperties => "unknown_properties",
            Outcome::UnknownOdataType => "unknown_odata_type",
            Outcome::SchemaViolation => "schema_violation",
            Outcome::ResourceTemplate => "resource_template",
            Outcome::NotInMetadata => "not_in_metadata",
            Outcome::NoType => "no_type",
            Outcome::Unparseable => "unparseable",
            Outcome::Lossy => "lossy",
        }
    }
}

/// The result of checking one body.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    /// The outcome.
    pub outcome: Outcome,
    /// The type checked against, if any.
    pub declared: Option<Declared>,
    /// Findings, in the order found.
    pub findings: Vec<Finding>,
    /// The JSON written back by the generated type (the body as read for
    /// templates and bodies that could not be typed).
    pub json: Option<Value>,
}

/// The registry entry of `name` in `version`.
pub fn lookup(version: Version, name: &str) -> Option<&'static TypeEntry> {
    match version {
        Version::V1 => msgraph_models::v1::registry::lookup(name),
        Version::Beta => msgraph_models::beta::registry::lookup(name),
    }
}

/// Checks one harvested example.
pub fn run(example: &Example, schemas: &Schemas) -> Checked {
    let mut findings = Vec::new();
    if let Some(t) = &example.declared_unusable {
        findings.push(Finding::at(
            Kind::BadAnnotation,
            "",
            "a qualified type name in the annotation's @odata.type",
            format!("{t:?}"),
        ));
    }
    let read = lenient::read(&example.raw);
    findings.extend(
        read.repairs
            .iter()
            .map(|r| Finding::line(Kind::Repair, r.line, r.what.clone())),
    );
    let Some(value) = read.value else {
        findings.push(Finding::at(
            Kind::Unparseable,
            "",
            "JSON",
            read.error.unwrap_or_default(),
        ));
        return Checked {
            outcome: Outcome::Unparseable,
            declared: example.declared.clone(),
            findings,
            json: None,
        };
    };
    let schema = match schemas.get(example.version) {
        Ok(s) => s,
        Err(e) => {
            findings.push(Finding::at(Kind::NoType, "", "the version's metadata", e));
            return Checked {
                outcome: Outcome::NoType,
                declared: None,
                findings,
                json: Some(value),
            };
        }
    };
    // A non-2xx response is a Graph error, whatever the success type is.
    if let Some(status) = error_status(example) {
        let e = msgraph_core::request::GraphError::parse(
            status,
            &Default::default(),
            read.text.as_bytes(),
        );
        let fits = e.raw.is_none() && !e.code.is_empty();
        if !fits {
            findings.push(Finding::at(
                Kind::SchemaViolation,
                "$",
                format!(
                    "a Graph error for status {status}: {{\"error\": {{\"code\": ..., \"message\": ...}}}}"
                ),
                value.to_string(),
            ));
        }
        return Checked {
            outcome: if fits {
                Outcome::Lossless
            } else {
                Outcome::SchemaViolation
            },
            declared: Some(Declared {
                type_name: GRAPH_ERROR.to_string(),
                collection: false,
                from: TypeSource::Status,
            }),
            findings,
            json: Some(value),
        };
    }
    let declared = match &example.declared {
        Some(d) => Some(d.clone()),
        None => match infer::from_http(example) {
            infer::Inferred::Type(d) => Some(d),
            infer::Inferred::NotInMetadata(why) => {
                findings.push(Finding::at(
                    Kind::NotInMetadata,
                    "",
                    "an operation of this version",
                    why,
                ));
                return Checked {
                    outcome: Outcome::NotInMetadata,
                    declared: None,
                    findings,
                    json: Some(value),
                };
            }
            infer::Inferred::Reference(route) => {
                // `{"@odata.id": "<entity URL>"}` and nothing else.
                let ok = value.as_object().is_some_and(|m| {
                    m.len() == 1 && m.get("@odata.id").is_some_and(Value::is_string)
                });
                let outcome = if ok {
                    Outcome::Lossless
                } else {
                    findings.push(Finding::at(
                        Kind::SchemaViolation,
                        "$",
                        format!("a reference body of {route}: {{\"@odata.id\": \"<entity URL>\"}}"),
                        value.to_string(),
                    ));
                    Outcome::SchemaViolation
                };
                return Checked {
                    outcome,
                    declared: None,
                    findings,
                    json: Some(value),
                };
            }
            infer::Inferred::Unknown(why) => body_type(&value).ok_or(why).map_or_else(
                |why| {
                    findings.push(Finding::at(
                        Kind::NoType,
                        "",
                        "an annotation, an @odata.type in the body, or a known route",
                        why,
                    ));
                    None
                },
                Some,
            ),
        },
    };
    let Some(declared) = declared else {
        return Checked {
            outcome: Outcome::NoType,
            declared: None,
            findings,
            json: Some(value),
        };
    };
    let mut checked = check(
        example.version,
        &declared,
        &read.text,
        &value,
        example.role == Role::ResourceTemplate,
        schema,
    );
    findings.append(&mut checked.findings);
    checked.findings = findings;
    checked
}

/// How a JSON value of the Edm primitive `prim` looks (`None`: not a primitive
/// this kit knows).
fn primitive_check(prim: &str) -> Option<fn(&Value) -> bool> {
    Some(match prim {
        "String" | "Guid" | "Date" | "DateTimeOffset" | "TimeOfDay" | "Duration" | "Binary" => {
            Value::is_string
        }
        "Boolean" => Value::is_boolean,
        "Byte" | "SByte" | "Int16" | "Int32" | "Int64" => |v: &Value| v.is_i64() || v.is_u64(),
        "Double" | "Single" | "Decimal" => {
            |v: &Value| v.is_number() || matches!(v.as_str(), Some("INF" | "-INF" | "NaN"))
        }
        "Untyped" => |_: &Value| true,
        _ => return None,
    })
}

/// The name a Graph error body is reported under (OData JSON's error format).
pub const GRAPH_ERROR: &str = "odata.error";

/// The status of a response example whose status line is not 2xx.
fn error_status(example: &Example) -> Option<u16> {
    if example.role != Role::Response {
        return None;
    }
    let line = example.http.as_deref()?.trim();
    let rest = line.strip_prefix("HTTP/")?;
    let code: u16 = rest.split_whitespace().nth(1)?.parse().ok()?;
    (!(200..300).contains(&code)).then_some(code)
}

/// The top-level `@odata.type` of a body, as its declared type.
fn body_type(value: &Value) -> Option<Declared> {
    let tag = value.get("@odata.type")?.as_str()?.trim_start_matches('#');
    crate::harvest::markdown::is_qualified_name(tag).then(|| Declared {
        type_name: tag.to_string(),
        collection: false,
        from: TypeSource::Body,
    })
}

/// Checks a body (`text`, already read as `value`) against `declared` in `version`.
pub fn check(
    version: Version,
    declared: &Declared,
    text: &str,
    value: &Value,
    template: bool,
    schema: &Schema,
) -> Checked {
    let mut findings = Vec::new();
    let done = |outcome, findings, json| Checked {
        outcome,
        declared: Some(declared.clone()),
        findings,
        json,
    };
    let name = &declared.type_name;
    // A primitive type (`Collection(Edm.String)`): no generated type, the JSON is the value.
    if let Some(prim) = name.strip_prefix("Edm.")
        && let Some(fits) = primitive_check(prim)
    {
        let items: Vec<(String, &Value)> = match (declared.collection, value) {
            (false, v) => vec![("$".to_string(), v)],
            (true, Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("$[{i}]"), v))
                .collect(),
            (true, Value::Object(m)) if m.get("value").is_some_and(Value::is_array) => m["value"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(i, v)| (format!("$.value[{i}]"), v))
                .collect(),
            (true, _) => {
                findings.push(Finding::at(
                    Kind::SchemaViolation,
                    "$",
                    format!("a collection of {name}: an array or an object with a `value` array"),
                    "neither",
                ));
                return done(Outcome::SchemaViolation, findings, Some(value.clone()));
            }
        };
        for (path, v) in items {
            if !(v.is_null() || fits(v)) {
                findings.push(Finding::at(
                    Kind::SchemaViolation,
                    &path,
                    name.clone(),
                    v.to_string(),
                ));
            }
        }
        let outcome = if findings.is_empty() {
            Outcome::Lossless
        } else {
            Outcome::SchemaViolation
        };
        return done(outcome, findings, Some(value.clone()));
    }
    let Some(entry) = lookup(version, name) else {
        findings.push(Finding::at(
            Kind::NotInMetadata,
            "",
            format!("a type of the {version} metadata"),
            format!("{name:?}"),
        ));
        return done(Outcome::NotInMetadata, findings, Some(value.clone()));
    };
    // The items to type: the body itself, or each item of a collection.
    let items: Vec<(String, &Value)> = if declared.collection {
        match value {
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("$[{i}]"), v))
                .collect(),
            Value::Object(m) => match m.get("value") {
                Some(Value::Array(a)) => a
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (format!("$.value[{i}]"), v))
                    .collect(),
                _ => {
                    findings.push(Finding::at(
                        Kind::SchemaViolation,
                        "$",
                        format!(
                            "a collection of {name}: an array or an object with a `value` array"
                        ),
                        "an object without `value`",
                    ));
                    Vec::new()
                }
            },
            _ => {
                findings.push(Finding::at(
                    Kind::SchemaViolation,
                    "$",
                    format!("a collection of {name}"),
                    "a scalar",
                ));
                Vec::new()
            }
        }
    } else {
        vec![("$".to_string(), value)]
    };
    // Names, enum values, @odata.type values.
    let mut walker = Walker::new(schema, template);
    for (path, item) in &items {
        let mut path = path.clone();
        if let Value::Object(map) = item {
            if schema.structured.contains_key(name) {
                walker.object(&mut path, name, map);
            }
        } else if !template && schema.structured.contains_key(name) {
            // Left to the typed read, which names the expected type.
        }
    }
    let walk_findings = std::mem::take(&mut walker.findings);
    if template {
        findings.extend(walk_findings);
        return done(Outcome::ResourceTemplate, findings, Some(value.clone()));
    }
    // The typed round-trip: whole body when it is one value (exact text), else per item.
    let mut typed: Vec<(String, Value)> = Vec::new();
    let mut violation = false;
    let mut lossy = false;
    let mut round = |path: &str,
                     entry: &TypeEntry,
                     text: &str,
                     original: &Value,
                     findings: &mut Vec<Finding>| {
        match entry.roundtrip(text) {
            Ok(back) => {
                if let Some((p, exp, found)) = first_difference(original, &back, path) {
                    lossy = true;
                    findings.push(Finding::at(Kind::Lossy, &p, exp, found));
                }
                Some(back)
            }
            Err(e) => {
                violation = true;
                let p = format!("{path}{}", e.path.strip_prefix('$').unwrap_or(&e.path));
                findings.push(Finding::at(
                    Kind::SchemaViolation,
                    &p,
                    "",
                    e.message.clone(),
                ));
                None
            }
        }
    };
    if declared.collection {
        for (path, item) in &items {
            if let Some(back) = round(path, entry, &item.to_string(), item, &mut findings) {
                typed.push((path.clone(), back));
            }
        }
    } else if let Some(back) = round("$", entry, text, value, &mut findings) {
        typed.push(("$".to_string(), back));
    }
    findings.extend(walk_findings);
    // Members outside the schema carrying a type: typed round-trip as that type.
    for d in std::mem::take(&mut walker.dynamic) {
        if let Some(e) = lookup(version, &d.type_name) {
            round(&d.path, e, &d.value.to_string(), &d.value, &mut findings);
        }
    }
    let json = rebuild(value, declared.collection, typed);
    let has = |k: Kind| findings.iter().any(|f| f.kind == k);
    let outcome = if lossy {
        Outcome::Lossy
    } else if violation || has(Kind::SchemaViolation) {
        Outcome::SchemaViolation
    } else if has(Kind::UnknownOdataType) {
        Outcome::UnknownOdataType
    } else if has(Kind::UnknownProperty) {
        Outcome::UnknownProperties
    } else {
        Outcome::Lossless
    };
    done(outcome, findings, Some(json))
}

/// The round-tripped JSON: the typed items put back in place of the originals.
fn rebuild(value: &Value, collection: bool, typed: Vec<(String, Value)>) -> Value {
    if !collection {
        return typed
            .into_iter()
            .next()
            .map_or_else(|| value.clone(), |(_, v)| v);
    }
    let mut out = value.clone();
    for (path, v) in typed {
        let index = |p: &str| {
            p.rsplit_once('[')
                .and_then(|(_, i)| i.trim_end_matches(']').parse::<usize>().ok())
        };
        let slot = match (&mut out, index(&path)) {
            (Value::Array(a), Some(i)) => a.get_mut(i),
            (Value::Object(m), Some(i)) => m
                .get_mut("value")
                .and_then(|v| v.as_array_mut())
                .and_then(|a| a.get_mut(i)),
            _ => None,
        };
        if let Some(slot) = slot {
            *slot = v;
        }
    }
    out
}

/// The first place where `b` differs from `a` (JSON equality as [`same_json`]).
pub fn first_difference(a: &Value, b: &Value, path: &str) -> Option<(String, String, String)> {
    if same_json(a, b) {
        return None;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => {
                        if let Some(d) = first_difference(v, w, &format!("{path}.{k}")) {
                            return Some(d);
                        }
                    }
                    None => {
                        return Some((
                            format!("{path}.{k}"),
                            v.to_string(),
                            "absent after the round-trip".into(),
                        ));
                    }
                }
            }
            for (k, w) in y {
                if !x.contains_key(k) {
                    return Some((
                        format!("{path}.{k}"),
                        "absent".into(),
                        format!("{w} after the round-trip"),
                    ));
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]"))),
        _ => Some((
            path.to_string(),
            a.to_string(),
            format!("{b} after the round-trip"),
        )),
    }
}

#[cfg(test)]
mod primitive_tests {
    use super::*;

    #[test]
    fn error_responses_are_graph_errors() {
        let schemas = Schemas::new(crate::schema::metadata_dir(None));
        let example = |status: &str, raw: &str| Example {
            name: "x".into(),
            file: "v1.0/api/message-createreply.md".into(),
            line: 1,
            version: Version::V1,
            role: Role::Response,
            declared_unusable: None,
            declared: Some(declared("microsoft.graph.message", false)),
            request: Some(
                "POST https://graph.microsoft.com/v1.0/me/messages/m1/createReply".into(),
            ),
            http: Some(status.into()),
            annotation_name: None,
            truncated: false,
            raw: raw.into(),
        };
        let c = run(
            &example(
                "HTTP/1.1 400 Bad Request",
                r#"{"error": {"code": "ErrorMimeContentInvalidBase64String", "message": "Invalid base64 string for MIME content."}}"#,
            ),
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        assert_eq!(c.declared.expect("declared").type_name, GRAPH_ERROR);
        let c = run(
            &example("HTTP/1.1 404 Not Found", r#"{"subject": "x"}"#),
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::SchemaViolation);
        let c = run(
            &example("HTTP/1.1 201 Created", r#"{"subject": "x"}"#),
            &schemas,
        );
        assert_eq!(
            c.declared.expect("declared").type_name,
            "microsoft.graph.message"
        );
    }

    #[test]
    fn ref_request_bodies_are_references() {
        let schemas = Schemas::new(crate::schema::metadata_dir(None));
        let example = |raw: &str| Example {
            name: "x".into(),
            file: "v1.0/api/group-post-owners.md".into(),
            line: 1,
            version: Version::V1,
            role: Role::Request,
            declared_unusable: None,
            declared: None,
            request: None,
            http: Some("POST https://graph.microsoft.com/v1.0/groups/g1/owners/$ref".into()),
            annotation_name: None,
            truncated: false,
            raw: raw.into(),
        };
        let c = run(
            &example(r#"{"@odata.id": "https://graph.microsoft.com/v1.0/users/u1"}"#),
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        let c = run(&example(r#"{"id": "u1"}"#), &schemas);
        assert_eq!(c.outcome, Outcome::SchemaViolation);
    }

    fn declared(name: &str, collection: bool) -> Declared {
        Declared {
            type_name: name.to_string(),
            collection,
            from: TypeSource::Annotation,
        }
    }

    #[test]
    fn collections_of_primitives_are_checked_not_looked_up() {
        let schema = Schema::default();
        let body = serde_json::json!({"value": ["Google", "Facebook"]});
        let c = check(
            Version::V1,
            &declared("Edm.String", true),
            &body.to_string(),
            &body,
            false,
            &schema,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        let bad = serde_json::json!({"value": ["Google", 3]});
        let c = check(
            Version::V1,
            &declared("Edm.String", true),
            &bad.to_string(),
            &bad,
            false,
            &schema,
        );
        assert_eq!(c.outcome, Outcome::SchemaViolation);
        assert_eq!(c.findings[0].path, "$.value[1]");
        let n = serde_json::json!(12);
        let c = check(
            Version::V1,
            &declared("Edm.Int64", false),
            "12",
            &n,
            false,
            &schema,
        );
        assert_eq!(c.outcome, Outcome::Lossless);
    }
}
