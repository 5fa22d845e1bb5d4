//! Mutation test of the kit (issue 18): every documented example that comes
//! out lossless (`../shared/docs`, `../shared/docs-2021`, the seeds) is mutated
//! in ways the schema forbids, and each mutant must no longer be lossless and
//! must have a finding that names the mutated JSON path.
//!
//! Mutants (at most [`PER_KIND`] sites per example and kind, spread over the
//! body, so that the test stays fast in debug builds):
//! - an extra member no schema declares, at the top and in a nested object;
//! - a declared member renamed to a different letter case;
//! - an enum value replaced by a string that is no member;
//! - a value of the wrong JSON kind (a string for a number or boolean, a
//!   number for a string, an object for a primitive);
//! - an `@odata.type` naming a type that does not derive from the declared one;
//! - an integer outside its Edm type's range (`Int32`, `Byte`, ...), a
//!   malformed date, duration, time or GUID.
//!
//! The kill rate per mutant kind and per type kind is printed. A mutant that
//! survives fails the test unless it is one of the cases listed in
//! [`accepted`] with the reason it is legitimately accepted.

use msgraph_conformance::harvest::{Harvest, harvest_docs, harvest_seeds};
use msgraph_conformance::run::{self, GRAPH_ERROR, Outcome};
use msgraph_conformance::schema::{PropType, Schema, Schemas};
use msgraph_conformance::{Example, Kind, TypeSource, Version, default_dir};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Sites mutated per example and mutant kind.
const PER_KIND: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mutant {
    ExtraMemberTop,
    ExtraMemberNested,
    CaseRenamed,
    EnumNoMember,
    StringForNonString,
    NumberForString,
    ObjectForPrimitive,
    ForeignOdataType,
    IntegerOutOfRange,
    MalformedLiteral,
}

impl Mutant {
    fn name(self) -> &'static str {
        match self {
            Mutant::ExtraMemberTop => "extra member (top)",
            Mutant::ExtraMemberNested => "extra member (nested)",
            Mutant::CaseRenamed => "member renamed to another case",
            Mutant::EnumNoMember => "enum value no member",
            Mutant::StringForNonString => "string for a number/boolean",
            Mutant::NumberForString => "number for a string",
            Mutant::ObjectForPrimitive => "object for a primitive",
            Mutant::ForeignOdataType => "@odata.type not derived",
            Mutant::IntegerOutOfRange => "integer out of range",
            Mutant::MalformedLiteral => "malformed date/duration/time/GUID",
        }
    }
}

/// One step of a JSON pointer.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// A place in a body the schema gives a type.
#[derive(Debug, Clone)]
enum Site {
    /// An object of a structured type (the type after `@odata.type`); `top`
    /// for the body (or a collection item).
    Object {
        steps: Vec<Step>,
        path: String,
        ty: String,
        open: bool,
        top: bool,
    },
    /// A declared member of an object.
    Member {
        steps: Vec<Step>,
        path: String,
        key: String,
    },
    /// A primitive value (`Edm.*`, not null).
    Primitive {
        steps: Vec<Step>,
        path: String,
        edm: String,
        value: Value,
    },
    /// An enum value.
    Enum { steps: Vec<Step>, path: String },
}

struct Sites<'a> {
    schema: &'a Schema,
    out: Vec<Site>,
}

impl Sites<'_> {
    fn value(&mut self, steps: &mut Vec<Step>, path: &str, ty: &PropType, v: &Value, top: bool) {
        if v.is_null() || ty.untyped {
            return;
        }
        if ty.collection {
            if let Value::Array(items) = v {
                let elem = PropType {
                    collection: false,
                    ..ty.clone()
                };
                for (i, item) in items.iter().enumerate() {
                    steps.push(Step::Index(i));
                    self.value(steps, &format!("{path}[{i}]"), &elem, item, top);
                    steps.pop();
                }
            }
            return;
        }
        if let Some(edm) = ty.name.strip_prefix("Edm.") {
            self.out.push(Site::Primitive {
                steps: steps.clone(),
                path: path.to_string(),
                edm: edm.to_string(),
                value: v.clone(),
            });
            return;
        }
        if self.schema.enum_type(&ty.name).is_some() {
            if v.is_string() {
                self.out.push(Site::Enum {
                    steps: steps.clone(),
                    path: path.to_string(),
                });
            }
            return;
        }
        let Value::Object(map) = v else { return };
        let mut actual = ty.name.clone();
        if let Some(Value::String(tag)) = map.get("@odata.type") {
            let tag = tag.trim_start_matches('#');
            if self.schema.is_a(tag, &ty.name) {
                actual = tag.to_string();
            }
        }
        let Some(st) = self.schema.structured(&actual) else {
            return;
        };
        self.out.push(Site::Object {
            steps: steps.clone(),
            path: path.to_string(),
            ty: actual.clone(),
            open: st.open,
            top,
        });
        for (k, v) in map {
            let Some(p) = st.properties.iter().find(|p| p.name == k) else {
                continue;
            };
            let p = &PropType::of(p);
            self.out.push(Site::Member {
                steps: steps.clone(),
                path: path.to_string(),
                key: k.clone(),
            });
            steps.push(Step::Key(k.clone()));
            self.value(steps, &format!("{path}.{k}"), p, v, false);
            steps.pop();
        }
    }
}

fn at_mut<'v>(root: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    let mut v = root;
    for s in steps {
        v = match (s, v) {
            (Step::Key(k), Value::Object(m)) => m.get_mut(k)?,
            (Step::Index(i), Value::Array(a)) => a.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

fn object_mut<'v>(root: &'v mut Value, steps: &[Step]) -> Option<&'v mut Map<String, Value>> {
    at_mut(root, steps)?.as_object_mut()
}

/// A type that exists in the schema and does not derive from `ty`.
fn foreign(schema: &Schema, ty: &str) -> Option<&'static str> {
    [
        "microsoft.graph.driveItem",
        "microsoft.graph.team",
        "microsoft.graph.user",
    ]
    .into_iter()
    .filter(|_| schema.structured(ty).is_some())
    .find(|c| schema.structured(c).is_some() && !schema.is_a(c, ty) && !schema.is_a(ty, c))
}

fn flip_case(k: &str) -> Option<String> {
    let mut chars = k.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let flipped = if first.is_ascii_lowercase() {
        first.to_ascii_uppercase()
    } else {
        first.to_ascii_lowercase()
    };
    Some(format!("{flipped}{}", chars.as_str()))
}

const NUMERIC: &[&str] = &[
    "Byte", "SByte", "Int16", "Int32", "Int64", "Double", "Single", "Decimal",
];
const LITERAL: &[&str] = &[
    "String",
    "Date",
    "DateTimeOffset",
    "Duration",
    "Guid",
    "TimeOfDay",
];

/// The mutants of one site: (kind, mutated body, the path a finding must name).
fn mutants(schema: &Schema, root: &Value, site: &Site) -> Vec<(Mutant, Value, String)> {
    let mut out = Vec::new();
    let mut with = |kind: Mutant, path: String, f: &dyn Fn(&mut Value) -> Option<()>| {
        let mut v = root.clone();
        if f(&mut v).is_some() {
            out.push((kind, v, path));
        }
    };
    match site {
        Site::Object {
            steps,
            path,
            ty,
            top,
            ..
        } => {
            let kind = if *top {
                Mutant::ExtraMemberTop
            } else {
                Mutant::ExtraMemberNested
            };
            with(kind, format!("{path}.zzNotAProperty"), &|v| {
                object_mut(v, steps)?.insert("zzNotAProperty".into(), Value::from(1));
                Some(())
            });
            if let Some(f) = foreign(schema, ty) {
                with(
                    Mutant::ForeignOdataType,
                    format!("{path}.@odata.type"),
                    &|v| {
                        object_mut(v, steps)?
                            .insert("@odata.type".into(), Value::from(format!("#{f}")));
                        Some(())
                    },
                );
            }
        }
        Site::Member { steps, path, key } => {
            let Some(new) = flip_case(key) else {
                return out;
            };
            with(Mutant::CaseRenamed, format!("{path}.{new}"), &|v| {
                let m = object_mut(v, steps)?;
                if m.contains_key(&new) {
                    return None;
                }
                let x = m.remove(key)?;
                m.insert(new.clone(), x);
                Some(())
            });
        }
        Site::Enum { steps, path } => {
            with(Mutant::EnumNoMember, path.clone(), &|v| {
                *at_mut(v, steps)? = Value::from("zzNoMember");
                Some(())
            });
        }
        Site::Primitive {
            steps,
            path,
            edm,
            value,
        } => {
            let set = |x: Value| {
                move |v: &mut Value| {
                    *at_mut(v, steps)? = x.clone();
                    Some(())
                }
            };
            let edm = edm.as_str();
            if NUMERIC.contains(&edm) || edm == "Boolean" {
                with(
                    Mutant::StringForNonString,
                    path.clone(),
                    &set(Value::from("zz")),
                );
            }
            if LITERAL.contains(&edm) || edm == "Binary" {
                with(Mutant::NumberForString, path.clone(), &set(Value::from(12)));
            }
            if NUMERIC.contains(&edm) || LITERAL.contains(&edm) || edm == "Boolean" {
                with(
                    Mutant::ObjectForPrimitive,
                    path.clone(),
                    &set(serde_json::json!({"zz": 1})),
                );
            }
            let out_of_range = match edm {
                "Int32" => Some(Value::from(2_147_483_648_i64)),
                "Int16" => Some(Value::from(40_000)),
                "Byte" => Some(Value::from(256)),
                "SByte" => Some(Value::from(200)),
                "Int64" => serde_json::from_str("9223372036854775808").ok(),
                _ => None,
            };
            if let Some(x) = out_of_range {
                with(Mutant::IntegerOutOfRange, path.clone(), &set(x));
            }
            let malformed = match edm {
                "Date" => Some("2021-13-45"),
                "DateTimeOffset" => Some("2021-02-30T25:61:00Z"),
                "Duration" => Some("P1Q"),
                "TimeOfDay" => Some("25:61:00"),
                "Guid" => Some("not-a-guid"),
                _ => None,
            };
            if let Some(x) = malformed
                && value.is_string()
            {
                with(Mutant::MalformedLiteral, path.clone(), &set(Value::from(x)));
            }
        }
    }
    out
}

/// Where a body's type comes from, for the per-type-kind table.
fn type_kind(version: Version, c: &run::Checked, value: &Value) -> String {
    let Some(d) = &c.declared else {
        return "$ref body".into();
    };
    if d.type_name == GRAPH_ERROR {
        return "error body".into();
    }
    let base = if d.type_name.starts_with("Edm.") {
        "primitive"
    } else {
        match run::lookup(version, &d.type_name).map(|e| e.kind) {
            Some(msgraph_core::TypeKind::Entity) => "entity",
            Some(msgraph_core::TypeKind::Complex) => "complex",
            Some(msgraph_core::TypeKind::Parameters) => "action parameters",
            Some(msgraph_core::TypeKind::Enum) => "enum",
            None => "other",
        }
    };
    let delta = value.get("@odata.deltaLink").is_some()
        || value
            .get("@odata.nextLink")
            .and_then(Value::as_str)
            .is_some_and(|l| l.contains("delta"));
    if delta {
        format!("{base} (delta page)")
    } else if d.collection {
        format!("{base} (collection)")
    } else {
        base.to_string()
    }
}

/// Surviving mutants that are legitimately accepted, with the reason; `None`
/// for a survivor that is a kit defect.
fn accepted(kind: Mutant, site_open: bool, m: &run::Checked, path: &str) -> Option<&'static str> {
    let findings = &m.findings;
    match kind {
        // An open type takes any member as a dynamic property; the finding
        // (`dynamic_property`) must still name it.
        Mutant::ExtraMemberTop | Mutant::ExtraMemberNested
            if site_open
                && findings
                    .iter()
                    .any(|f| f.kind == Kind::DynamicProperty && f.path == path) =>
        {
            Some("open type: a dynamic member is allowed (reported as dynamic_property)")
        }
        // A body typed by its own top-level `@odata.type` (a notification with
        // no annotation and no request line): the mutant retypes the whole
        // body, so no declared type is there to contradict; it is caught as
        // a payload of the wrong type instead (not lossless).
        Mutant::ForeignOdataType
            if path == "$.@odata.type"
                && m.outcome != Outcome::Lossless
                && m.declared
                    .as_ref()
                    .is_some_and(|d| d.from == TypeSource::Body) =>
        {
            Some("@odata.type is the body's only type: retyped body caught as a wrong payload")
        }
        _ => None,
    }
}

/// Spreads `n` picks over `len` items: the first, the last and between.
fn spread(len: usize, n: usize) -> Vec<usize> {
    if len <= n {
        return (0..len).collect();
    }
    let mut v: Vec<usize> = (0..n).map(|i| i * (len - 1) / (n - 1).max(1)).collect();
    v.dedup();
    v
}

#[derive(Default)]
struct Tally {
    mutants: usize,
    killed: usize,
    accepted: usize,
    survived: usize,
}

fn row(name: &str, t: &Tally) -> String {
    let rate = if t.mutants == 0 {
        100.0
    } else {
        100.0 * (t.killed + t.accepted) as f64 / t.mutants as f64
    };
    format!(
        "| {name} | {} | {} | {} | {} | {rate:.1}% |\n",
        t.mutants, t.killed, t.accepted, t.survived
    )
}

#[test]
fn every_lossless_example_fails_once_mutated() {
    let started = std::time::Instant::now();
    let mut corpora: Vec<(&str, Harvest)> = Vec::new();
    for (name, env, dir) in [
        ("docs", "GRAPH_DOCS_DIR", "docs"),
        ("docs-2021", "GRAPH_DOCS_2021_DIR", "docs-2021"),
    ] {
        corpora.push((
            name,
            harvest_docs(&default_dir(env, dir)).expect("docs folder"),
        ));
    }
    corpora.push((
        "seeds",
        harvest_seeds(&default_dir("GRAPH_SEEDS_DIR", "seeds")).expect("seeds folder"),
    ));
    let schemas = Schemas::new();

    let mut by_kind: BTreeMap<Mutant, Tally> = BTreeMap::new();
    let mut by_type: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_corpus: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    let mut survivors: Vec<String> = Vec::new();
    for (corpus, h) in &corpora {
        for e in &h.examples {
            let c = run::run(e, &schemas);
            let entry = by_corpus.entry(corpus).or_default();
            entry.0 += 1;
            if c.outcome != Outcome::Lossless {
                continue;
            }
            entry.1 += 1;
            let Some(value) = msgraph_conformance::lenient::read(&e.raw).value else {
                continue;
            };
            let schema = schemas.get(e.version);
            let tkind = type_kind(e.version, &c, &value);
            // The sites: typed by the declared type; references and error
            // bodies by their fixed shapes (the top object only).
            let mut sites = Sites {
                schema,
                out: Vec::new(),
            };
            match &c.declared {
                Some(d) if d.type_name != GRAPH_ERROR => {
                    let ty = PropType {
                        collection: d.collection,
                        name: d.type_name.clone(),
                        untyped: false,
                    };
                    let (steps, path): (Vec<Step>, &str) = match &value {
                        Value::Object(m) if d.collection && m.contains_key("value") => {
                            (vec![Step::Key("value".into())], "$.value")
                        }
                        Value::Object(m)
                            if d.type_name.starts_with("Edm.") && m.contains_key("value") =>
                        {
                            (vec![Step::Key("value".into())], "$.value")
                        }
                        _ => (Vec::new(), "$"),
                    };
                    let inner = at_mut(&mut value.clone(), &steps).cloned();
                    if let Some(inner) = inner {
                        sites.value(&mut steps.clone(), path, &ty, &inner, true);
                    }
                    if d.collection && value.is_object() {
                        sites.out.push(Site::Object {
                            steps: Vec::new(),
                            path: "$".into(),
                            ty: "collection page".into(),
                            open: false,
                            top: true,
                        });
                    }
                }
                _ => {
                    if value.is_object() {
                        sites.out.push(Site::Object {
                            steps: Vec::new(),
                            path: "$".into(),
                            ty: String::new(),
                            open: false,
                            top: true,
                        });
                    }
                }
            }
            // At most PER_KIND mutants per kind, spread over the body.
            let mut per_kind: BTreeMap<Mutant, Vec<(Value, String, bool)>> = BTreeMap::new();
            for site in &sites.out {
                let open = matches!(site, Site::Object { open: true, .. });
                for (k, v, p) in mutants(schema, &value, site) {
                    per_kind.entry(k).or_default().push((v, p, open));
                }
            }
            for (kind, list) in per_kind {
                for i in spread(list.len(), PER_KIND) {
                    let (v, path, open) = &list[i];
                    let mutant = Example {
                        raw: v.to_string(),
                        ..e.clone()
                    };
                    let m = run::run(&mutant, &schemas);
                    let named = m.findings.iter().any(|f| f.path == *path);
                    let tk = by_kind.entry(kind).or_default();
                    let tt = by_type.entry(tkind.clone()).or_default();
                    tk.mutants += 1;
                    tt.mutants += 1;
                    if m.outcome != Outcome::Lossless && named {
                        tk.killed += 1;
                        tt.killed += 1;
                    } else if let Some(r) = accepted(kind, *open, &m, path) {
                        tk.accepted += 1;
                        tt.accepted += 1;
                        *reasons.entry(r).or_default() += 1;
                    } else {
                        tk.survived += 1;
                        tt.survived += 1;
                        survivors.push(format!(
                            "{}:{} [{tkind}] {}: {path} -> {} {:?}",
                            e.file,
                            e.line,
                            kind.name(),
                            m.outcome.as_str(),
                            m.findings.iter().map(|f| f.to_string()).collect::<Vec<_>>()
                        ));
                    }
                }
            }
        }
    }
    let mut report = String::new();
    let _ = writeln!(
        report,
        "| corpus | examples | lossless (mutated) |\n|---|---:|---:|"
    );
    for (c, (n, l)) in &by_corpus {
        let _ = writeln!(report, "| {c} | {n} | {l} |");
    }
    let header =
        "| mutants | killed | accepted | survived | kill rate |\n|---|---:|---:|---:|---:|---:|\n";
    let _ = write!(report, "\n| mutant kind {header}");
    let mut total = Tally::default();
    for (k, t) in &by_kind {
        report.push_str(&row(k.name(), t));
        total.mutants += t.mutants;
        total.killed += t.killed;
        total.accepted += t.accepted;
        total.survived += t.survived;
    }
    report.push_str(&row("**all**", &total));
    let _ = write!(report, "\n| type kind {header}");
    for (k, t) in &by_type {
        report.push_str(&row(k, t));
    }
    let _ = writeln!(
        report,
        "\nAccepted survivors (kill rate counts them as caught):"
    );
    for (r, n) in &reasons {
        let _ = writeln!(report, "- {n}: {r}");
    }
    let _ = writeln!(report, "\n({:.1} s)", started.elapsed().as_secs_f64());
    println!("{report}");
    assert!(total.mutants > 1000, "too few mutants: {}", total.mutants);
    for (corpus, (_, l)) in &by_corpus {
        assert!(*l > 0, "{corpus}: no lossless example to mutate");
    }
    assert!(
        survivors.is_empty(),
        "{} mutant(s) survived:\n{}",
        survivors.len(),
        survivors
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
