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

    /// Checks `v` as a value of property type `ty` at `path`.
    pub fn value(&mut self, path: &mut String, ty: &PropType, v: &Value) {
        if ty.collection {
            if let Value::Array(items) = v {
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
            return;
        }
        if let Some(e) = self.schema.enums.get(&ty.name) {
            if self.template {
                return;
            }
            if let Value::String(s) = v {
                let names: Vec<&str> = if e.flags {
                    s.split(',')
                        .map(str::trim)
                        .filter(|n| !n.is_empty())
                        .collect()
                } else {
                    vec![s.as_str()]
                };
                for n in names {
                    if !e.members.iter().any(|m| m == n) {
                        self.findings.push(Finding::at(
                            Kind::SchemaViolation,
                            path,
                            format!("a member of enum {} ({})", ty.name, e.members.join(", ")),
                            format!("{n:?}"),
                        ));
                    }
                }
            }
            return;
        }
        if self.schema.structured.contains_key(&ty.name)
            && let Value::Object(map) = v
        {
            self.object(path, &ty.name, map);
        }
    }

    /// Checks an object declared as `type_name` at `path`.
    pub fn object(&mut self, path: &mut String, type_name: &str, map: &Map<String, Value>) {
        let mut actual = type_name.to_string();
        if let Some(Value::String(tag)) = map.get("@odata.type") {
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
                if st.open {
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
        s.enums.insert(
            "ns.state".into(),
            Enum {
                members: vec!["a".into(), "b".into()],
                flags: false,
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
}
