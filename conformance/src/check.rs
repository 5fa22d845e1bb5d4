//! Findings from one typed read. A body (or one item of a collection) is read by its
//! generated type, leniently and with notes (`TypeEntry::parse_str_noted`), then written
//! back and compared:
//! - what the reader kept as raw JSON (a value of the wrong JSON kind, a bad literal) is a
//!   schema violation;
//! - what it noted (members the type does not declare, enum values it recognised only by
//!   case or not at all, `@odata.type` tags that are not the read type's) is classified
//!   with the schema tables: misspelled, dynamic (open types) or unknown members, evolvable
//!   enums, unknown or foreign types;
//! - a difference after the round trip is a loss.
//!
//! Members outside the schema that carry a known `@odata.type` (a notification's
//! `resourceData`) are read the same way, as that type. There is no second walk over the
//! JSON: the typed reader decides, the tables only name.
//!
//! In template mode (resource pages' "JSON representation") values are placeholders:
//! names and tags are checked, values are not.

use crate::example::Version;
use crate::finding::{Finding, Kind};
use crate::schema::{PropType, Schema};
use msgraph_core::{Note, NoteKind, PathSeg, TypeEntry};
use serde_json::Value;

/// Whether a member name is an annotation (`@odata.type`, `x@odata.bind`).
pub fn is_annotation(name: &str) -> bool {
    name.contains('@')
}

fn describe(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(60) {
        Some((at, _)) => format!("{}...", &s[..at]),
        None => s,
    }
}

/// Typed reads of one body against one version's schema, and what they found.
pub struct Reading<'a> {
    schema: &'a Schema,
    template: bool,
    /// What the reads found, each read's findings in path order.
    pub findings: Vec<Finding>,
    /// A value could not be read at all (its type does not fit the JSON at the top).
    pub failed: bool,
    /// A value read without problems was written back differently.
    pub lossy: bool,
}

impl<'a> Reading<'a> {
    /// Reads against `schema`; `template` for resource templates.
    pub fn new(schema: &'a Schema, template: bool) -> Self {
        Reading {
            schema,
            template,
            findings: Vec::new(),
            failed: false,
            lossy: false,
        }
    }

    fn version(&self) -> Version {
        self.schema.version
    }

    fn push(
        &mut self,
        kind: Kind,
        path: &str,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) {
        self.findings.push(Finding::at(kind, path, expected, found));
    }

    /// Reads `value` (whose JSON text is `text`) at `path` as the type of `entry`; returns
    /// the value written back when it was read without problems (not in template mode).
    pub fn read(
        &mut self,
        path: &str,
        entry: &TypeEntry,
        text: &str,
        value: &Value,
    ) -> Option<Value> {
        let from = self.findings.len();
        let read = entry.parse_str_noted(text);
        let back = match read {
            Err(e) => {
                self.failed |= !self.template;
                if !self.template {
                    let at = join(path, &e.path);
                    self.push(Kind::SchemaViolation, &at, "", e.message);
                }
                None
            }
            Ok((typed, problems, notes)) => {
                if !self.template {
                    for p in &problems {
                        let at = join(path, &p.path);
                        self.push(Kind::SchemaViolation, &at, "", p.message.clone());
                    }
                }
                for n in &notes {
                    self.note(path, value, n);
                }
                self.open_objects(path, value, &notes);
                if self.template {
                    None
                } else {
                    let back = msgraph_core::to_value(&*typed);
                    if let Some((p, exp, found)) = crate::run::first_difference(value, &back, path)
                        && !enum_spelling_alone(value, &back, &notes)
                    {
                        self.lossy = true;
                        self.push(Kind::Lossy, &p, exp, found);
                    }
                    problems.is_empty().then_some(back)
                }
            }
        };
        self.findings[from..].sort_by(|a, b| a.path.cmp(&b.path));
        back
    }

    /// Checks `v` at `path` as a value of type `ty`: primitives with the runtime's literal
    /// readers, anything else by a typed read of its type (elements of collections one by
    /// one). `null` is left to the reader of the containing value.
    pub fn value(&mut self, path: &str, ty: &PropType, v: &Value) {
        if v.is_null() || ty.untyped {
            return;
        }
        if ty.collection {
            match v {
                Value::Array(items) => {
                    let elem = PropType::single(&ty.name);
                    for (i, item) in items.iter().enumerate() {
                        self.value(&format!("{path}[{i}]"), &elem, item);
                    }
                }
                other if !self.template => self.push(
                    Kind::SchemaViolation,
                    path,
                    format!("Collection({}): an array", ty.name),
                    describe_kind(other),
                ),
                _ => {}
            }
            return;
        }
        if let Some(prim) = ty.name.strip_prefix("Edm.") {
            if !self.template
                && let Err(e) = primitive(prim, v)
            {
                self.push(Kind::SchemaViolation, path, ty.name.clone(), e);
            }
            return;
        }
        if let Some(entry) = crate::run::lookup(self.version(), &ty.name) {
            self.read(path, entry, &v.to_string(), v);
        }
    }

    /// Names what note `n` of a read at `path` (of `root`) says.
    fn note(&mut self, path: &str, root: &Value, n: &Note) {
        let at = kit_path(path, &n.segments);
        let owner = n.owner;
        match n.kind {
            NoteKind::EnumCase | NoteKind::UnknownEnumMember if self.template => {}
            NoteKind::EnumCase => {
                let member = self
                    .schema
                    .enum_type(owner)
                    .and_then(|e| e.members.iter().find(|m| m.eq_ignore_ascii_case(&n.text)))
                    .copied()
                    .unwrap_or_default();
                self.push(
                    Kind::EnumCasing,
                    &at,
                    format!("the member {member:?} of enum {owner} (names are case-sensitive)"),
                    format!("{:?}", n.text),
                );
            }
            NoteKind::UnknownEnumMember => {
                let e = self.schema.enum_type(owner);
                let list = e.map(|e| e.members.join(", ")).unwrap_or_default();
                if e.is_some_and(|e| e.evolvable) {
                    self.push(
                        Kind::UnknownEnumMember,
                        &at,
                        format!(
                            "a member of evolvable enum {owner} ({list}); new members are allowed"
                        ),
                        format!("{:?}", n.text),
                    );
                } else {
                    self.push(
                        Kind::SchemaViolation,
                        &at,
                        format!("a member of enum {owner} ({list})"),
                        format!("{:?}", n.text),
                    );
                }
            }
            NoteKind::TypeTag => self.tag(&at, owner, &n.text),
            NoteKind::UnknownMember => {
                let v = at_segments(root, &n.segments).unwrap_or(&Value::Null);
                self.member(&at, owner, &n.text, v);
            }
        }
    }

    /// An `@odata.type` (raw JSON `raw`, at `at`) on an object read as `owner`.
    fn tag(&mut self, at: &str, owner: &str, raw: &str) {
        let expected = || format!("{owner} or a type derived from it");
        match serde_json::from_str::<Value>(raw) {
            Ok(Value::String(tag)) => {
                let tag = tag.trim_start_matches('#');
                if !self.schema.has_type(tag) {
                    self.push(
                        Kind::UnknownOdataType,
                        at,
                        expected(),
                        format!("{tag:?}, not a type of this version"),
                    );
                } else if !self.schema.is_a(tag, owner) {
                    self.push(Kind::SchemaViolation, at, expected(), format!("{tag:?}"));
                }
            }
            Ok(other) => self.push(
                Kind::SchemaViolation,
                at,
                "a type name (a string)",
                describe_kind(&other),
            ),
            Err(_) => self.push(Kind::SchemaViolation, at, "a type name (a string)", raw),
        }
    }

    /// A member `key` (value `v`, at `at`) that the type `owner` does not declare.
    fn member(&mut self, at: &str, owner: &str, key: &str, v: &Value) {
        let st = self.schema.structured(owner);
        let properties = st.map_or(&[][..], |st| st.properties);
        let cased = properties
            .iter()
            .filter(|p| p.name.eq_ignore_ascii_case(key))
            .min_by_key(|p| p.name);
        if let Some(p) = cased {
            // Dynamic or not, a member that differs from a property only by case is a
            // misspelling the service will not read.
            self.push(
                Kind::MemberCasing,
                at,
                format!(
                    "the property {:?} of {owner} (names are case-sensitive)",
                    p.name
                ),
                format!("{key:?}"),
            );
            // Read as the property it was meant to be, which also reads the objects in it
            // that say their type: not again below.
            self.value(at, &PropType::of(p), v);
            return;
        } else if key == "value" && v.is_array() && !self.template {
            self.push(
                Kind::CollectionWrapper,
                at,
                format!("one {owner} value, not a collection page"),
                describe_kind(v),
            );
        } else if st.is_some_and(|st| st.open) {
            self.push(
                Kind::DynamicProperty,
                at,
                format!("{owner} is open: dynamic member allowed"),
                describe_kind(v),
            );
        } else {
            self.push(
                Kind::UnknownProperty,
                at,
                format!("a property of {owner}"),
                format!("{key:?}"),
            );
        }
        self.tagged(at, v);
    }

    /// A member outside the schema: objects carrying an `@odata.type` (or arrays of them)
    /// are read as that type.
    fn tagged(&mut self, at: &str, v: &Value) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(tag)) = map.get("@odata.type") {
                    let tag = tag.trim_start_matches('#');
                    match crate::run::lookup(self.version(), tag) {
                        Some(entry) if self.schema.structured(tag).is_some() => {
                            self.read(at, entry, &v.to_string(), v);
                        }
                        _ => self.push(
                            Kind::UnknownOdataType,
                            &format!("{at}.@odata.type"),
                            "a type of this version",
                            format!("{tag:?}"),
                        ),
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.tagged(&format!("{at}[{i}]"), item);
                }
            }
            _ => {}
        }
    }

    /// An open type accepts any member, but an object none of whose members is a declared
    /// property is another type's payload.
    fn open_objects(&mut self, path: &str, root: &Value, notes: &[Note]) {
        if self.template {
            return;
        }
        let mut seen: Vec<&[PathSeg]> = Vec::new();
        for n in notes.iter().filter(|n| n.kind == NoteKind::UnknownMember) {
            let parent = &n.segments[..n.segments.len().saturating_sub(1)];
            if seen.contains(&parent) {
                continue;
            }
            seen.push(parent);
            let Some(st) = self.schema.structured(n.owner).filter(|st| st.open) else {
                continue;
            };
            let Some(Value::Object(map)) = at_segments(root, parent) else {
                continue;
            };
            let has_properties = st.properties.iter().any(|p| p.name != "id");
            let members = || map.keys().filter(|k| !is_annotation(k));
            let declared = members().any(|k| st.properties.iter().any(|p| p.name == k));
            let dynamic: Vec<&str> = members().map(String::as_str).collect();
            if has_properties && !declared && dynamic.len() >= 2 {
                let mut shown = dynamic
                    .iter()
                    .take(5)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                if dynamic.len() > 5 {
                    shown.push_str(", ...");
                }
                let owner = n.owner;
                self.push(
                    Kind::UnknownProperty,
                    &kit_path(path, parent),
                    format!("a {owner}: at least one of its declared properties"),
                    format!("only dynamic members ({shown}): not a {owner} payload"),
                );
            }
        }
    }
}

/// An enum value read on its own (the value of a member whose name differs from its
/// property's by case, checked as that property) comes back in the member's own spelling:
/// the reader keeps the spelling of a value recognised by case only in the object holding
/// it, and here there is none. The `enum_casing` finding already says so; it is no loss
/// of the reader's (in its object, the value is written back as it came).
fn enum_spelling_alone(value: &Value, back: &Value, notes: &[Note]) -> bool {
    let same_but_case = |a: &Value, b: &Value| match (a, b) {
        (Value::String(a), Value::String(b)) => a.eq_ignore_ascii_case(b),
        _ => false,
    };
    let by_case = notes
        .iter()
        .any(|n| n.kind == NoteKind::EnumCase && n.segments.is_empty());
    by_case
        && match (value, back) {
            (Value::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_but_case(a, b))
            }
            (a, b) => same_but_case(a, b),
        }
}

/// A path relative to a read (`$.a[0]`, as the runtime writes it) under `path`.
fn join(path: &str, relative: &str) -> String {
    format!("{path}{}", relative.strip_prefix('$').unwrap_or(relative))
}

/// Segments under `path`, written as the kit writes paths (`.key` for every key, so that
/// `$.x.@odata.type` reads as the member it is).
fn kit_path(path: &str, segments: &[PathSeg]) -> String {
    let mut out = path.to_string();
    for s in segments {
        match s {
            PathSeg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            PathSeg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The value at `segments` under `root`.
fn at_segments<'v>(root: &'v Value, segments: &[PathSeg]) -> Option<&'v Value> {
    let mut v = root;
    for s in segments {
        v = match (s, v) {
            (PathSeg::Key(k), Value::Object(m)) => m.get(&**k)?,
            (PathSeg::Index(i), Value::Array(a)) => a.get(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

/// Checks a JSON value against the Edm primitive `prim` (`Int32`, `Date`, ...)
/// with the runtime's own readers, so the walk and the typed read agree on
/// what is valid. The error names what was found.
pub fn primitive(prim: &str, v: &Value) -> Result<(), String> {
    use msgraph_core::edm;
    fn read<T: msgraph_core::FromJson>(v: &Value) -> Result<(), String> {
        msgraph_core::json::from_str::<T>(&v.to_string())
            .map(|_| ())
            .map_err(|e| e.message)
    }
    match prim {
        "String" if v.is_string() => Ok(()),
        "String" => read::<String>(v),
        "Boolean" => read::<bool>(v),
        "Byte" => read::<u8>(v),
        "SByte" => read::<i8>(v),
        "Int16" => read::<i16>(v),
        "Int32" => read::<i32>(v),
        "Int64" => read::<i64>(v),
        "Double" | "Single" => read::<f64>(v),
        "Decimal" => read::<edm::Decimal>(v),
        "Date" => read::<edm::Date>(v),
        "DateTimeOffset" => read::<edm::DateTimeOffset>(v),
        "TimeOfDay" => read::<edm::TimeOfDay>(v),
        "Duration" => read::<edm::Duration>(v),
        "Guid" => read::<edm::Guid>(v),
        "Binary" => read::<edm::Binary>(v),
        // Streams, spatial values and anything else: left to the typed read.
        _ => Ok(()),
    }
}

fn describe_kind(v: &Value) -> String {
    match v {
        Value::Object(m) => match m.get("@odata.type") {
            Some(Value::String(t)) => format!("an object of type {}", t.trim_start_matches('#')),
            _ => "an object".to_string(),
        },
        Value::Array(a) => format!("an array of {} items", a.len()),
        other => describe(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The findings of one read of `json` as the v1 type `ty`, as `kind at path`.
    fn read(ty: &str, json: &str, template: bool) -> Vec<String> {
        let schema = Schema::of(Version::V1);
        let entry = crate::run::lookup(Version::V1, ty).expect("a v1 type");
        let v: Value = serde_json::from_str(json).expect("JSON");
        let mut r = Reading::new(&schema, template);
        let back = r.read("$", entry, json, &v);
        assert!(!r.lossy, "{:?}", r.findings);
        // Templates are not written back.
        assert!(!template || back.is_none());
        r.findings
            .iter()
            .map(|f| f.to_string().split(':').next().unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn one_read_names_members_enums_and_tagged_values() {
        let got = read(
            "microsoft.graph.commsNotification",
            r##"{"changeType": "Deleted", "ResourceUrl": "/d",
                 "resourceData": {"@odata.type": "#microsoft.graph.call", "state": "ringing", "zz": 1}}"##,
            false,
        );
        assert_eq!(
            got,
            [
                "member_casing at $.ResourceUrl",
                "enum_casing at $.changeType",
                // Not a property of the notification, but it says its type: read as a call.
                "dynamic_property at $.resourceData",
                // `callState` has `unknownFutureValue`: new members are allowed.
                "unknown_enum_member at $.resourceData.state",
                "dynamic_property at $.resourceData.zz",
            ]
        );
    }

    #[test]
    fn violations_tags_and_foreign_payloads() {
        let got = read(
            "microsoft.graph.commsNotification",
            r#"{"changeType": "zapped", "resourceUrl": 7}"#,
            false,
        );
        // `changeType` has no `unknownFutureValue`; a number is no string.
        assert_eq!(
            got,
            [
                "schema_violation at $.changeType",
                "schema_violation at $.resourceUrl"
            ]
        );
        let got = read(
            "microsoft.graph.participantInfo",
            r##"{"@odata.type": "#microsoft.graph.user", "endpointType": "default"}"##,
            false,
        );
        assert_eq!(got, ["schema_violation at $.@odata.type"]);
        let got = read(
            "microsoft.graph.participantInfo",
            r##"{"@odata.type": "#microsoft.graph.nope"}"##,
            false,
        );
        assert_eq!(got, ["unknown_odata_type at $.@odata.type"]);
        // An open type's payload none of whose members is declared: another type's.
        let got = read(
            "microsoft.graph.commsNotification",
            r#"{"a": 1, "b": 2}"#,
            false,
        );
        assert_eq!(
            got,
            [
                "unknown_property at $",
                "dynamic_property at $.a",
                "dynamic_property at $.b"
            ]
        );
    }

    #[test]
    fn values_of_members_cased_wrong_are_checked_once_and_not_lossy() {
        // `Body` is `body` cased wrong: its value is checked as an `itemBody`, where
        // `ContentType` is `contentType` cased wrong and its value "HTML" is `html` by case
        // (alone, the value cannot keep its spelling: no loss). `Extensions` holds an object
        // that says its type: read once, not once as the property and again for its tag.
        let got = read(
            "microsoft.graph.post",
            r##"{"Body": {"ContentType": "HTML", "Content": "x"},
                 "Extensions": [{"@odata.type": "#microsoft.graph.openTypeExtension",
                                 "extensionName": "E", "companyName": "C"}]}"##,
            false,
        );
        assert_eq!(
            got,
            [
                // `post` is open, but none of these members is one of its properties.
                "unknown_property at $",
                "member_casing at $.Body",
                "member_casing at $.Body.Content",
                "member_casing at $.Body.ContentType",
                "enum_casing at $.Body.ContentType",
                "member_casing at $.Extensions",
                "dynamic_property at $.Extensions[0].companyName",
            ]
        );
        // In its object, the value keeps its spelling; alone, only the finding says it.
        let got = read(
            "microsoft.graph.itemBody",
            r#"{"contentType": "HTML"}"#,
            false,
        );
        assert_eq!(got, ["enum_casing at $.contentType"]);
        assert_eq!(
            read("microsoft.graph.bodyType", r#""HTML""#, false),
            ["enum_casing at $"]
        );
    }

    #[test]
    fn only_a_change_of_case_of_a_lone_enum_value_is_excused() {
        let v = |s: &str| Value::String(s.into());
        let (_, _, notes) = msgraph_core::read_with_notes(
            r#""HTML""#,
            msgraph_core::ReadOptions::exact().lenient().with_notes(),
            <msgraph_models::v1::BodyType as msgraph_core::FromJson>::read_json,
        )
        .expect("read");
        assert!(enum_spelling_alone(&v("HTML"), &v("html"), &notes));
        assert!(!enum_spelling_alone(&v("HTML"), &v("text"), &notes));
        assert!(!enum_spelling_alone(&v("HTML"), &v("html"), &[]), "no note");
        let arr = |a: &[&str]| Value::Array(a.iter().map(|s| v(s)).collect());
        assert!(enum_spelling_alone(
            &arr(&["HTML"]),
            &arr(&["html"]),
            &notes
        ));
        assert!(!enum_spelling_alone(
            &arr(&["HTML"]),
            &arr(&["html", "x"]),
            &notes
        ));
    }

    #[test]
    fn templates_check_names_not_values() {
        let json = r#"{"changeType": "String", "resourceUrl": 1, "ResourceUrl": "x"}"#;
        let got = read("microsoft.graph.commsNotification", json, true);
        assert_eq!(got, ["member_casing at $.ResourceUrl"]);
    }
}
