//! The schema walk over a JSON body: every member name is checked against the
//! properties of its type (derived types picked by `@odata.type`, dynamic
//! properties of open types allowed), enum values against the members, and
//! `@odata.type` values against the version's types. Members outside the
//! schema that carry an `@odata.type` (a notification's `resourceData`) are
//! checked as that type too, and handed back so that the caller round-trips
//! them through the generated type.
//!
//! In template mode (resource pages' "JSON representation") values are
//! placeholders: names are checked, enum values are not.

use crate::finding::{Finding, Kind};
use crate::schema::{PropType, Schema};
use serde_json::{Map, Value};

/// A member that is not a property but carries a known `@odata.type`.
#[derive(Debug, Clone)]
pub struct Dynamic {
    /// JSON path of the value.
    pub path: String,
    /// Its `@odata.type`, without `#`.
    pub type_name: String,
    /// The value.
    pub value: Value,
}

/// Walks JSON against one version's schema.
pub struct Walker<'a> {
    schema: &'a Schema,
    template: bool,
    /// What the walk found.
    pub findings: Vec<Finding>,
    /// Values of dynamic or unknown members that carry a known type.
    pub dynamic: Vec<Dynamic>,
}

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

impl<'a> Walker<'a> {
    /// A walker; `template` for resource templates.
    pub fn new(schema: &'a Schema, template: bool) -> Self {
        Walker {
            schema,
            template,
            findings: Vec::new(),
            dynamic: Vec::new(),
        }
    }

    /// Checks `v` as a value of property type `ty` at `path`: the JSON kind and
    /// literal of primitives, enum members, structured values. `null` is left
    /// to the typed read (nullability).
    pub fn value(&mut self, path: &mut String, ty: &PropType, v: &Value) {
        if v.is_null() || ty.untyped {
            return;
        }
        if ty.collection {
            match v {
                Value::Array(items) => {
                    let elem = PropType {
                        collection: false,
                        ..ty.clone()
                    };
                    for (i, item) in items.iter().enumerate() {
                        let len = path.len();
                        path.push_str(&format!("[{i}]"));
                        self.value(path, &elem, item);
                        path.truncate(len);
                    }
                }
                other if !self.template => self.findings.push(Finding::at(
                    Kind::SchemaViolation,
                    path,
                    format!("Collection({}): an array", ty.name),
                    describe_kind(other),
                )),
                _ => {}
            }
            return;
        }
        if let Some(prim) = ty.name.strip_prefix("Edm.") {
            if !self.template
                && let Err(e) = primitive(prim, v)
            {
                self.findings
                    .push(Finding::at(Kind::SchemaViolation, path, ty.name.clone(), e));
            }
            return;
        }
        if let Some(e) = self.schema.enums.get(&ty.name) {
            if self.template {
                return;
            }
            let Value::String(s) = v else {
                self.findings.push(Finding::at(
                    Kind::SchemaViolation,
                    path,
                    format!("a member of enum {} (a string)", ty.name),
                    describe_kind(v),
                ));
                return;
            };
            let names: Vec<&str> = if e.flags {
                s.split(',')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .collect()
            } else {
                vec![s.as_str()]
            };
            for n in names {
                if e.members.iter().any(|m| m == n) {
                    continue;
                }
                let list = e.members.join(", ");
                if let Some(m) = e.members.iter().find(|m| m.eq_ignore_ascii_case(n)) {
                    self.findings.push(Finding::at(
                        Kind::EnumCasing,
                        path,
                        format!(
                            "the member {m:?} of enum {} (names are case-sensitive)",
                            ty.name
                        ),
                        format!("{n:?}"),
                    ));
                } else if e.evolvable {
                    self.findings.push(Finding::at(
                        Kind::UnknownEnumMember,
                        path,
                        format!(
                            "a member of evolvable enum {} ({list}); new members are allowed",
                            ty.name
                        ),
                        format!("{n:?}"),
                    ));
                } else {
                    self.findings.push(Finding::at(
                        Kind::SchemaViolation,
                        path,
                        format!("a member of enum {} ({list})", ty.name),
                        format!("{n:?}"),
                    ));
                }
            }
            return;
        }
        if self.schema.structured.contains_key(&ty.name) {
            match v {
                Value::Object(map) => self.object(path, &ty.name, map),
                other if !self.template => self.findings.push(Finding::at(
                    Kind::SchemaViolation,
                    path,
                    format!("an object of type {}", ty.name),
                    describe_kind(other),
                )),
                _ => {}
            }
        }
    }

    /// Checks an object declared as `type_name` at `path`.
    pub fn object(&mut self, path: &mut String, type_name: &str, map: &Map<String, Value>) {
        let mut actual = type_name.to_string();
        if let Some(tag) = map.get("@odata.type") {
            let Value::String(tag) = tag else {
                self.findings.push(Finding::at(
                    Kind::SchemaViolation,
                    &format!("{path}.@odata.type"),
                    "a type name (a string)",
                    describe_kind(tag),
                ));
                return;
            };
            let tag = tag.trim_start_matches('#');
            if !self.schema.has_type(tag) {
                self.findings.push(Finding::at(
                    Kind::UnknownOdataType,
                    &format!("{path}.@odata.type"),
                    format!("{type_name} or a type derived from it"),
                    format!("{tag:?}, not a type of this version"),
                ));
            } else if self.schema.is_a(tag, type_name) {
                actual = tag.to_string();
            } else {
                self.findings.push(Finding::at(
                    Kind::SchemaViolation,
                    &format!("{path}.@odata.type"),
                    format!("{type_name} or a type derived from it"),
                    format!("{tag:?}"),
                ));
            }
        }
        let Some(st) = self.schema.structured.get(&actual) else {
            return;
        };
        for (k, v) in map {
            if is_annotation(k) {
                continue;
            }
            let len = path.len();
            path.push('.');
            path.push_str(k);
            if let Some(p) = st.properties.get(k) {
                let p = p.clone();
                self.value(path, &p, v);
            } else {
                let cased = st
                    .properties
                    .keys()
                    .filter(|p| p.eq_ignore_ascii_case(k))
                    .min()
                    .cloned();
                if let Some(p) = cased {
                    // Dynamic or not, a member that differs from a property only
                    // by case is a misspelling the service will not read.
                    self.findings.push(Finding::at(
                        Kind::MemberCasing,
                        path,
                        format!("the property {p:?} of {actual} (names are case-sensitive)"),
                        format!("{k:?}"),
                    ));
                    let ty = st.properties[&p].clone();
                    self.value(path, &ty, v);
                } else if k == "value" && v.is_array() && !self.template {
                    self.findings.push(Finding::at(
                        Kind::CollectionWrapper,
                        path,
                        format!("one {actual} value, not a collection page"),
                        describe_kind(v),
                    ));
                } else if st.open {
                    self.findings.push(Finding::at(
                        Kind::DynamicProperty,
                        path,
                        format!("{actual} is open: dynamic member allowed"),
                        describe_kind(v),
                    ));
                } else {
                    self.findings.push(Finding::at(
                        Kind::UnknownProperty,
                        path,
                        format!("a property of {actual}"),
                        format!("{k:?}"),
                    ));
                }
                self.tagged(path, v);
            }
            path.truncate(len);
        }
        // An open type accepts any member, but a body none of whose members is
        // a declared property is another type's payload.
        if st.open && !self.template {
            let has_properties = st.properties.keys().any(|k| k != "id");
            let members = || map.keys().filter(|k| !is_annotation(k));
            let declared = members().any(|k| st.properties.contains_key(k));
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
                self.findings.push(Finding::at(
                    Kind::UnknownProperty,
                    path,
                    format!("a {actual}: at least one of its declared properties"),
                    format!("only dynamic members ({shown}): not a {actual} payload"),
                ));
            }
        }
    }

    /// A member outside the schema: checks objects carrying an `@odata.type`
    /// (or arrays of them) as that type.
    fn tagged(&mut self, path: &mut String, v: &Value) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(tag)) = map.get("@odata.type") {
                    let tag = tag.trim_start_matches('#').to_string();
                    if self.schema.structured.contains_key(&tag) {
                        self.object(path, &tag, map);
                        self.dynamic.push(Dynamic {
                            path: path.clone(),
                            type_name: tag,
                            value: v.clone(),
                        });
                    } else {
                        self.findings.push(Finding::at(
                            Kind::UnknownOdataType,
                            &format!("{path}.@odata.type"),
                            "a type of this version",
                            format!("{tag:?}"),
                        ));
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    self.tagged(path, item);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
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
    use crate::schema::{Enum, Structured};
    use serde_json::json;

    fn schema() -> Schema {
        let mut s = Schema::default();
        let p = |n: &str, c| PropType {
            collection: c,
            name: n.to_string(),
            untyped: false,
        };
        s.structured.insert(
            "ns.call".into(),
            Structured {
                properties: [
                    ("state".into(), p("ns.state", false)),
                    ("id".into(), p("Edm.String", false)),
                ]
                .into(),
                open: false,
                derived: Default::default(),
            },
        );
        s.structured.insert(
            "ns.note".into(),
            Structured {
                properties: [("calls".into(), p("ns.call", true))].into(),
                open: true,
                derived: Default::default(),
            },
        );
        s.structured.insert(
            "ns.team".into(),
            Structured {
                properties: [
                    ("displayName".into(), p("Edm.String", false)),
                    ("memberCount".into(), p("Edm.Int32", false)),
                    ("size".into(), p("Edm.Byte", false)),
                    ("created".into(), p("Edm.Date", false)),
                    ("lasts".into(), p("Edm.Duration", false)),
                    ("tenant".into(), p("Edm.Guid", false)),
                    ("mode".into(), p("ns.mode", false)),
                    ("id".into(), p("Edm.String", false)),
                ]
                .into(),
                open: true,
                derived: Default::default(),
            },
        );
        s.enums.insert(
            "ns.mode".into(),
            Enum {
                members: vec!["open".into(), "closed".into(), "unknownFutureValue".into()],
                flags: false,
                evolvable: true,
            },
        );
        s.enums.insert(
            "ns.state".into(),
            Enum {
                members: vec!["a".into(), "b".into()],
                flags: false,
                evolvable: false,
            },
        );
        s
    }

    #[test]
    fn names_enums_and_dynamic_values() {
        let s = schema();
        let mut w = Walker::new(&s, false);
        let v = json!({
            "calls": [{"state": "c", "idd": "x", "@odata.etag": "1"}],
            "resourceData": {"@odata.type": "#ns.call", "state": "a", "zz": 1},
        });
        w.object(&mut "$".to_string(), "ns.note", v.as_object().unwrap());
        let got: Vec<String> = w.findings.iter().map(|f| f.to_string()).collect();
        assert_eq!(
            got,
            [
                "unknown_property at $.calls[0].idd: expected a property of ns.call; found \"idd\"",
                "schema_violation at $.calls[0].state: expected a member of enum ns.state (a, b); found \"c\"",
                "dynamic_property at $.resourceData: expected ns.note is open: dynamic member allowed; found an object of type ns.call",
                "unknown_property at $.resourceData.zz: expected a property of ns.call; found \"zz\"",
            ]
        );
        assert_eq!(w.dynamic.len(), 1);
        assert_eq!(w.dynamic[0].path, "$.resourceData");
    }

    fn walk(s: &Schema, ty: &str, v: &Value) -> Vec<String> {
        let mut w = Walker::new(s, false);
        w.object(&mut "$".to_string(), ty, v.as_object().unwrap());
        w.findings.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn open_types_report_case_only_names_and_collection_wrappers() {
        let s = schema();
        let got = walk(
            &s,
            "ns.team",
            &json!({"displayname": "x", "value": [{"id": "1"}], "extra": 1}),
        );
        assert_eq!(
            got,
            [
                "member_casing at $.displayname: expected the property \"displayName\" of ns.team (names are case-sensitive); found \"displayname\"",
                "dynamic_property at $.extra: expected ns.team is open: dynamic member allowed; found 1",
                "collection_wrapper at $.value: expected one ns.team value, not a collection page; found an array of 1 items",
                "unknown_property at $: expected a ns.team: at least one of its declared properties; found only dynamic members (displayname, extra, value): not a ns.team payload",
            ]
        );
        // Closed types too: the casing is named, not just "unknown".
        let got = walk(&s, "ns.call", &json!({"ID": "x"}));
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("member_casing at $.ID"), "{got:?}");
    }

    #[test]
    fn evolvable_enums_and_enum_casing() {
        let s = schema();
        let got = walk(&s, "ns.team", &json!({"displayName": "t", "mode": "ajar"}));
        assert_eq!(
            got,
            [
                "unknown_enum_member at $.mode: expected a member of evolvable enum ns.mode (open, closed, unknownFutureValue); new members are allowed; found \"ajar\""
            ]
        );
        let got = walk(&s, "ns.team", &json!({"displayName": "t", "mode": "Open"}));
        assert!(got[0].starts_with("enum_casing at $.mode"), "{got:?}");
        // Without the sentinel an unknown member stays a violation.
        let got = walk(&s, "ns.call", &json!({"state": "A"}));
        assert!(got[0].starts_with("enum_casing at $.state"), "{got:?}");
        let got = walk(&s, "ns.call", &json!({"state": "zz"}));
        assert!(got[0].starts_with("schema_violation at $.state"), "{got:?}");
    }

    #[test]
    fn every_edm_error_is_reported() {
        let s = schema();
        let got = walk(
            &s,
            "ns.team",
            &json!({
                "displayName": 3,
                "memberCount": 2147483648i64,
                "size": 256,
                "created": "2021-13-45",
                "lasts": "P1Q",
                "tenant": "not-a-guid",
                "mode": {"a": 1},
            }),
        );
        let paths: Vec<&str> = got
            .iter()
            .map(|f| f.split(':').next().unwrap_or(""))
            .collect();
        assert_eq!(
            paths,
            [
                "schema_violation at $.created",
                "schema_violation at $.displayName",
                "schema_violation at $.lasts",
                "schema_violation at $.memberCount",
                "schema_violation at $.mode",
                "schema_violation at $.size",
                "schema_violation at $.tenant",
            ],
            "{got:#?}"
        );
    }
}
