//! Running one example: read it leniently, find its type, read it with the generated
//! type of its version (through the `msgraph-models` registry), with notes of what the
//! schema does not declare, write it back and compare (`check.rs`). The result is one
//! [`Outcome`] with the findings that explain it and the round-tripped JSON.

use crate::check::Reading;
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
    /// Round-trips, but an enum value is no member (of an evolvable enum) or has the wrong case.
    UnknownEnumMember,
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
    pub const ALL: [Outcome; 10] = [
        Outcome::Lossless,
        Outcome::UnknownProperties,
        Outcome::UnknownOdataType,
        Outcome::UnknownEnumMember,
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
            Outcome::UnknownEnumMember => "unknown_enum_member",
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
    let schema = schemas.get(example.version);
    // A non-2xx response is a Graph error, whatever the success type is.
    if let Some(status) = error_status(example) {
        let e = msgraph_core::request::GraphError::parse(
            status,
            &Default::default(),
            read.text.as_bytes(),
        );
        let before = findings.len();
        if e.raw.is_some() || e.code.is_empty() {
            findings.push(Finding::at(
                Kind::SchemaViolation,
                "$",
                format!(
                    "a Graph error for status {status}: {{\"error\": {{\"code\": ..., \"message\": ...}}}}"
                ),
                describe(&value),
            ));
        } else {
            error_shape(&value, &mut findings);
        }
        let fits = findings[before..].is_empty();
        return Checked {
            outcome: if fits {
                Outcome::Lossless
            } else {
                outcome_of(&findings[before..], false, false)
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
                let before = findings.len();
                let expected =
                    format!("a reference body of {route}: {{\"@odata.id\": \"<entity URL>\"}}");
                match &value {
                    Value::Object(m) => {
                        if !m.get("@odata.id").is_some_and(Value::is_string) {
                            findings.push(Finding::at(
                                Kind::SchemaViolation,
                                "$.@odata.id",
                                expected.clone(),
                                m.get("@odata.id")
                                    .map_or_else(|| "no @odata.id".to_string(), describe),
                            ));
                        }
                        for k in m.keys().filter(|k| *k != "@odata.id") {
                            findings.push(Finding::at(
                                Kind::SchemaViolation,
                                &format!("$.{k}"),
                                expected.clone(),
                                format!("{k:?}"),
                            ));
                        }
                    }
                    other => findings.push(Finding::at(
                        Kind::SchemaViolation,
                        "$",
                        expected,
                        describe(other),
                    )),
                }
                let outcome = if findings.len() == before {
                    Outcome::Lossless
                } else {
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

fn describe(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(80) {
        Some((at, _)) => format!("{}...", &s[..at]),
        None => s,
    }
}

/// Walks a Graph error body (OData JSON's error format): `error` and
/// annotations at the top; `code` and `message` strings, `target` a string,
/// `details` an array of `{code, message, target}`, `innererror` any object.
fn error_shape(value: &Value, findings: &mut Vec<Finding>) {
    let Value::Object(top) = value else { return };
    let string = |m: &serde_json::Map<String, Value>, k: &str, path: &str, f: &mut Vec<Finding>| {
        if let Some(v) = m.get(k)
            && !(v.is_string() || v.is_null())
        {
            f.push(Finding::at(
                Kind::SchemaViolation,
                &format!("{path}.{k}"),
                "a string",
                describe(v),
            ));
        }
    };
    for k in top.keys() {
        if k != "error" && !crate::check::is_annotation(k) {
            findings.push(Finding::at(
                Kind::UnknownProperty,
                &format!("$.{k}"),
                "a member of a Graph error body (`error`)",
                format!("{k:?}"),
            ));
        }
    }
    let Some(Value::Object(error)) = top.get("error") else {
        return;
    };
    for (k, v) in error {
        let path = format!("$.error.{k}");
        match k.as_str() {
            "code" | "message" | "target" => string(error, k, "$.error", findings),
            "innererror" => {
                if !(v.is_object() || v.is_null()) {
                    findings.push(Finding::at(
                        Kind::SchemaViolation,
                        &path,
                        "an object",
                        describe(v),
                    ));
                }
            }
            "details" => match v {
                Value::Array(items) => {
                    for (i, d) in items.iter().enumerate() {
                        let p = format!("{path}[{i}]");
                        let Value::Object(d) = d else {
                            findings.push(Finding::at(
                                Kind::SchemaViolation,
                                &p,
                                "an error detail object",
                                describe(d),
                            ));
                            continue;
                        };
                        for k in d.keys() {
                            if matches!(k.as_str(), "code" | "message" | "target") {
                                string(d, k, &p, findings);
                            } else if !crate::check::is_annotation(k) {
                                findings.push(Finding::at(
                                    Kind::UnknownProperty,
                                    &format!("{p}.{k}"),
                                    "a member of an error detail (code, message, target)",
                                    format!("{k:?}"),
                                ));
                            }
                        }
                    }
                }
                Value::Null => {}
                other => findings.push(Finding::at(
                    Kind::SchemaViolation,
                    &path,
                    "an array of error details",
                    describe(other),
                )),
            },
            _ if crate::check::is_annotation(k) => {}
            _ => findings.push(Finding::at(
                Kind::UnknownProperty,
                &path,
                "a member of a Graph error (code, message, target, details, innererror)",
                format!("{k:?}"),
            )),
        }
    }
}

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
    // A Graph error where a success body belongs.
    if let Some(Value::Object(err)) = value.get("error")
        && (err.contains_key("code") || err.contains_key("message"))
        && schema.property(name, "error").is_none()
    {
        findings.push(Finding::at(
            Kind::SchemaViolation,
            "$.error",
            format!("a {name} body (a success response), not a Graph error"),
            "a Graph error {\"error\": {...}}",
        ));
        return done(Outcome::SchemaViolation, findings, Some(value.clone()));
    }
    // A primitive type (`Collection(Edm.String)`, a function returning `Edm.Int32`):
    // no generated type, the JSON is the value.
    if let Some(prim) = name.strip_prefix("Edm.")
        && primitive_check(prim).is_some()
    {
        let ty = crate::schema::PropType::single(name);
        let items: Vec<(String, &Value)> = match (declared.collection, value) {
            // `{"@odata.context": ..., "value": 12}`: a function's primitive result.
            (false, Value::Object(m)) if m.contains_key("value") => {
                page_members(value, false, &mut findings);
                vec![("$.value".to_string(), &m["value"])]
            }
            (false, v) => vec![("$".to_string(), v)],
            (true, Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("$[{i}]"), v))
                .collect(),
            (true, Value::Object(m)) if m.get("value").is_some_and(Value::is_array) => {
                page_members(value, true, &mut findings);
                m["value"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(|(i, v)| (format!("$.value[{i}]"), v))
                    .collect()
            }
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
        let mut reading = Reading::new(schema, template);
        for (path, v) in items {
            reading.value(&path, &ty, v);
        }
        findings.append(&mut reading.findings);
        let outcome = outcome_of(&findings, false, false);
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
                Some(Value::Array(a)) => {
                    page_members(value, true, &mut findings);
                    a.iter()
                        .enumerate()
                        .map(|(i, v)| (format!("$.value[{i}]"), v))
                        .collect()
                }
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
    // One typed read per item: names, enum values, @odata.type values, literals, and
    // the round trip (whole body when it is one value, for its exact text).
    let mut reading = Reading::new(schema, template);
    let mut typed: Vec<(String, Value)> = Vec::new();
    if declared.collection {
        for (path, item) in &items {
            if let Some(back) = reading.read(path, entry, &item.to_string(), item) {
                typed.push((path.clone(), back));
            }
        }
    } else if let Some(back) = reading.read("$", entry, text, value) {
        typed.push(("$".to_string(), back));
    }
    findings.append(&mut reading.findings);
    if template {
        return done(Outcome::ResourceTemplate, findings, Some(value.clone()));
    }
    let (lossy, violation) = (reading.lossy, reading.failed);
    let json = rebuild(value, declared.collection, typed);
    let outcome = outcome_of(&findings, lossy, violation);
    done(outcome, findings, Some(json))
}

/// The outcome the findings of a typed body decide (the most severe).
fn outcome_of(findings: &[Finding], lossy: bool, violation: bool) -> Outcome {
    let has = |k: Kind| findings.iter().any(|f| f.kind == k);
    if lossy {
        Outcome::Lossy
    } else if violation || has(Kind::SchemaViolation) {
        Outcome::SchemaViolation
    } else if has(Kind::UnknownOdataType) {
        Outcome::UnknownOdataType
    } else if has(Kind::EnumCasing) || has(Kind::UnknownEnumMember) {
        Outcome::UnknownEnumMember
    } else if has(Kind::UnknownProperty) || has(Kind::MemberCasing) || has(Kind::CollectionWrapper)
    {
        Outcome::UnknownProperties
    } else {
        Outcome::Lossless
    }
}

/// The members of a collection page (or of a function's `{"value": ...}`
/// result) beside `value`: only OData control information, with the right
/// JSON kinds (`@odata.count` an integer, links strings).
fn page_members(value: &Value, collection: bool, findings: &mut Vec<Finding>) {
    let Value::Object(m) = value else { return };
    for (k, v) in m {
        let path = format!("$.{k}");
        match k.as_str() {
            "value" => {}
            "@odata.count" if collection => {
                if !(v.is_u64() || v.is_null()) {
                    findings.push(Finding::at(
                        Kind::SchemaViolation,
                        &path,
                        "a count (a non-negative integer)",
                        v.to_string(),
                    ));
                }
            }
            "@odata.nextLink" | "@odata.deltaLink" | "@odata.context" | "@odata.id"
            | "@odata.editLink" | "@odata.readLink" => {
                if !(v.is_string() || v.is_null()) {
                    findings.push(Finding::at(
                        Kind::SchemaViolation,
                        &path,
                        "a URL (a string)",
                        v.to_string(),
                    ));
                }
            }
            _ if crate::check::is_annotation(k) => {}
            _ => findings.push(Finding::at(
                Kind::UnknownProperty,
                &path,
                if collection {
                    "a collection page: `value` and OData control information"
                } else {
                    "a result: `value` and OData control information"
                },
                format!("{k:?}"),
            )),
        }
    }
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
        let schemas = Schemas::new();
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
        let schemas = Schemas::new();
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
        let schema = Schema::of(Version::V1);
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

    fn body(version: Version, ty: &str, collection: bool, raw: &str, schemas: &Schemas) -> Checked {
        let v: Value = serde_json::from_str(raw).expect("json");
        check(
            version,
            &declared(ty, collection),
            raw,
            &v,
            false,
            schemas.get(version),
        )
    }

    fn at(c: &Checked, kind: Kind, path: &str) -> bool {
        c.findings.iter().any(|f| f.kind == kind && f.path == path)
    }

    /// Issue 18, defect 1: action parameter bodies were round-tripped but
    /// never walked, so anything in them was "lossless".
    #[test]
    fn action_parameter_bodies_are_checked_against_the_parameters() {
        let schemas = Schemas::new();
        let accept = "microsoft.graph.accept(microsoft.graph.event)";
        let c = body(
            Version::V1,
            accept,
            false,
            r#"{"SendResponse": true, "Comment": "ok"}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        // The docs' `sendResponse`: the CSDL parameter is `SendResponse`.
        let c = body(
            Version::V1,
            accept,
            false,
            r#"{"sendResponse": true, "comment": "ok"}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::UnknownProperties, "{:?}", c.findings);
        assert!(
            at(&c, Kind::MemberCasing, "$.sendResponse"),
            "{:?}",
            c.findings
        );
        assert!(at(&c, Kind::MemberCasing, "$.comment"), "{:?}", c.findings);
        let c = body(
            Version::V1,
            accept,
            false,
            r#"{"sendResponse": "notabool"}"#,
            &schemas,
        );
        assert!(
            at(&c, Kind::SchemaViolation, "$.sendResponse"),
            "{:?}",
            c.findings
        );
        assert_eq!(c.outcome, Outcome::SchemaViolation);
        let upgrade = "microsoft.graph.upgrade(microsoft.graph.teamsAppInstallation)";
        let c = body(
            Version::V1,
            upgrade,
            false,
            r#"{"consentedPermissionSet": {"resourceSpecificPermissions": [{"permissionValue": "Chat.Read", "permissionType": "delegated"}]}, "bogus": 1}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::UnknownProperties, "{:?}", c.findings);
        assert!(at(&c, Kind::UnknownProperty, "$.bogus"), "{:?}", c.findings);
        // Nested values are walked as their declared types.
        let c = body(
            Version::V1,
            upgrade,
            false,
            r#"{"consentedPermissionSet": {"resourceSpecificPermissions": [{"permissionValue": 3, "permissionType": "delegated"}]}}"#,
            &schemas,
        );
        assert!(
            at(
                &c,
                Kind::SchemaViolation,
                "$.consentedPermissionSet.resourceSpecificPermissions[0].permissionValue"
            ),
            "{:?}",
            c.findings
        );
        // Typed from the request line (no annotation), as documented pages are.
        let example = Example {
            name: "x".into(),
            file: "v1.0/api/event-accept.md".into(),
            line: 1,
            version: Version::V1,
            role: Role::Request,
            declared_unusable: None,
            declared: None,
            request: None,
            http: Some("POST https://graph.microsoft.com/v1.0/me/events/e1/accept".into()),
            annotation_name: None,
            truncated: false,
            raw: r#"{"comment": "ok", "sendResponse": true}"#.into(),
        };
        let c = run(&example, &schemas);
        assert_eq!(c.outcome, Outcome::UnknownProperties, "{:?}", c.findings);
        assert!(
            at(&c, Kind::MemberCasing, "$.sendResponse"),
            "{:?}",
            c.findings
        );
    }

    /// Issue 18, defect 2: a Graph error under a success status or annotation.
    #[test]
    fn error_bodies_under_a_success_type_are_violations() {
        let schemas = Schemas::new();
        let c = body(
            Version::V1,
            "microsoft.graph.message",
            false,
            r#"{"error": {"code": "ErrorInvalidIdMalformed", "message": "Id is malformed."}}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::SchemaViolation, "{:?}", c.findings);
        assert!(at(&c, Kind::SchemaViolation, "$.error"));
        let c = body(
            Version::V1,
            "microsoft.graph.message",
            true,
            r#"{"error": {"code": "x", "message": "y"}}"#,
            &schemas,
        );
        assert!(at(&c, Kind::SchemaViolation, "$.error"));
    }

    /// Issue 18, defect 3: an open type took a whole misplaced payload (and
    /// issue 14, 14: case-only names and `value` wrappers) as dynamic members.
    #[test]
    fn open_types_do_not_take_misplaced_payloads() {
        let schemas = Schemas::new();
        let c = body(
            Version::V1,
            "microsoft.graph.team",
            false,
            r#"{"name": "report.docx", "size": 1024, "file": {"mimeType": "text/plain"}}"#,
            &schemas,
        );
        assert_ne!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        assert!(at(&c, Kind::UnknownProperty, "$"), "{:?}", c.findings);
        let c = body(
            Version::V1,
            "microsoft.graph.group",
            false,
            r#"{"displayName": "g", "mailenabled": true}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::UnknownProperties, "{:?}", c.findings);
        assert!(at(&c, Kind::MemberCasing, "$.mailenabled"));
        let c = body(
            Version::V1,
            "microsoft.graph.group",
            false,
            r#"{"value": [{"displayName": "g"}]}"#,
            &schemas,
        );
        assert!(
            at(&c, Kind::CollectionWrapper, "$.value"),
            "{:?}",
            c.findings
        );
        // A genuine dynamic member next to declared ones stays allowed.
        let c = body(
            Version::V1,
            "microsoft.graph.group",
            false,
            r#"{"displayName": "g", "extension_abc_tag": "x"}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
    }

    #[test]
    fn collection_pages_and_primitive_results() {
        let schemas = Schemas::new();
        let c = body(
            Version::V1,
            "microsoft.graph.group",
            true,
            r#"{"@odata.nextLink": "https://graph.microsoft.com/v1.0/groups?$skiptoken=x", "@odata.count": 1, "value": [{"displayName": "g"}]}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        let c = body(
            Version::V1,
            "microsoft.graph.group",
            true,
            r#"{"@odata.count": "1", "nextLink": "x", "value": []}"#,
            &schemas,
        );
        assert!(
            at(&c, Kind::SchemaViolation, "$.@odata.count"),
            "{:?}",
            c.findings
        );
        assert!(
            at(&c, Kind::UnknownProperty, "$.nextLink"),
            "{:?}",
            c.findings
        );
        let c = body(
            Version::V1,
            "Edm.Int32",
            false,
            r#"{"@odata.context": "x", "value": 3}"#,
            &schemas,
        );
        assert_eq!(c.outcome, Outcome::Lossless, "{:?}", c.findings);
        let c = body(
            Version::V1,
            "Edm.Int32",
            false,
            r#"{"value": "3"}"#,
            &schemas,
        );
        assert!(at(&c, Kind::SchemaViolation, "$.value"), "{:?}", c.findings);
        let c = body(Version::V1, "Edm.Guid", true, r#"["nope"]"#, &schemas);
        assert!(at(&c, Kind::SchemaViolation, "$[0]"), "{:?}", c.findings);
    }
}
