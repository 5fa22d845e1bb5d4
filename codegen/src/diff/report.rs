//! The report: what changed, grouped by namespace and type, with a summary;
//! rendered as Markdown (for people and CI logs) or JSON (for tools).

use serde::Serialize;
use std::fmt::Write;

/// Every kind of change the comparison reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    TypeAdded,
    TypeRemoved,
    TypeKindChanged,
    TypeRustPathChanged,
    TypeDocChanged,
    /// Abstract, open, has-stream or key changed (item says which).
    TypeShapeChanged,
    BaseTypeChanged,
    /// A type now has this derived type: a new variant of its `AnyX` enum.
    DerivedTypeAdded,
    DerivedTypeRemoved,
    /// The `AnyX` variant of a derived type got another name or Rust type.
    DerivedVariantChanged,
    PolyEnumRenamed,
    FieldOrderChanged,
    PropertyAdded,
    PropertyRemoved,
    PropertyRustNameChanged,
    /// Collection-ness changed (`T` <-> `Collection(T)`).
    PropertyCollectionChanged,
    /// The CSDL type changed.
    PropertyTypeChanged,
    /// Same CSDL type, other Rust type (the target gained its first derived
    /// type, lost its last, was renamed, or became flags).
    PropertyRustTypeChanged,
    PropertyNullabilityChanged,
    /// Plain property <-> navigation property, or containment changed.
    PropertyNavigationChanged,
    PropertyDocChanged,
    FlagsChanged,
    FallbackVariantRenamed,
    MemberAdded,
    MemberRemoved,
    MemberRustNameChanged,
    MemberValueChanged,
    MemberDocChanged,
    MemberOrderChanged,
    OperationAdded,
    OperationRemoved,
    ParameterAdded,
    ParameterRemoved,
    ParameterTypeChanged,
    ParameterNullabilityChanged,
    ReturnTypeChanged,
    EntitySetAdded,
    EntitySetRemoved,
    EntitySetTypeChanged,
    SingletonAdded,
    SingletonRemoved,
    SingletonTypeChanged,
    /// What the Capabilities annotations allow through an entity set, singleton or
    /// navigation property changed (create, `$count`, `by_id`, update, delete, `$ref`):
    /// its builder methods.
    RequestsChanged,
}

impl ChangeKind {
    /// Words used in the Markdown report.
    pub fn label(self) -> &'static str {
        use ChangeKind as K;
        match self {
            K::TypeAdded => "type added",
            K::TypeRemoved => "type removed",
            K::TypeKindChanged => "type kind changed",
            K::TypeRustPathChanged => "Rust path changed",
            K::TypeDocChanged => "documentation changed",
            K::TypeShapeChanged => "shape changed",
            K::BaseTypeChanged => "base type changed",
            K::DerivedTypeAdded => "derived type added",
            K::DerivedTypeRemoved => "derived type removed",
            K::DerivedVariantChanged => "polymorphic variant changed",
            K::PolyEnumRenamed => "polymorphic enum renamed",
            K::FieldOrderChanged => "field order changed",
            K::PropertyAdded => "property added",
            K::PropertyRemoved => "property removed",
            K::PropertyRustNameChanged => "field renamed",
            K::PropertyCollectionChanged => "collection-ness changed",
            K::PropertyTypeChanged => "type changed",
            K::PropertyRustTypeChanged => "Rust type changed",
            K::PropertyNullabilityChanged => "nullability changed",
            K::PropertyNavigationChanged => "navigation kind changed",
            K::PropertyDocChanged => "documentation changed",
            K::FlagsChanged => "flags changed",
            K::FallbackVariantRenamed => "fallback variant renamed",
            K::MemberAdded => "member added",
            K::MemberRemoved => "member removed",
            K::MemberRustNameChanged => "variant renamed",
            K::MemberValueChanged => "member value changed",
            K::MemberDocChanged => "documentation changed",
            K::MemberOrderChanged => "member order changed",
            K::OperationAdded => "added",
            K::OperationRemoved => "removed",
            K::ParameterAdded => "parameter added",
            K::ParameterRemoved => "parameter removed",
            K::ParameterTypeChanged => "parameter type changed",
            K::ParameterNullabilityChanged => "parameter nullability changed",
            K::ReturnTypeChanged => "return type changed",
            K::EntitySetAdded => "entity set added",
            K::EntitySetRemoved => "entity set removed",
            K::EntitySetTypeChanged => "entity set type changed",
            K::SingletonAdded => "singleton added",
            K::SingletonRemoved => "singleton removed",
            K::SingletonTypeChanged => "singleton type changed",
            K::RequestsChanged => "requests changed",
        }
    }

    fn is_doc(self) -> bool {
        matches!(
            self,
            ChangeKind::TypeDocChanged
                | ChangeKind::PropertyDocChanged
                | ChangeKind::MemberDocChanged
        )
    }
}

/// Facts the comparison found that decide the classification.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Fact {
    #[default]
    None,
    /// The type had no derived type before: `AnyX` (named) is new.
    FirstDerived(String),
    /// The type has no derived type any more: `AnyX` (named) is gone.
    LastDerived(String),
    /// Fields (Rust names) a base type change loses.
    LostFields(Vec<String>),
    /// A type changed between enum and struct.
    EnumVersusStruct,
    /// The parameter carries `Core.OptionalParameter`.
    Optional,
    /// Requests no longer offered (`create`, `$count`, `by_id`, `update`, `delete`, `$ref`).
    LostCalls(Vec<String>),
    /// Why a Rust type changed.
    Why(String),
}

/// One change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    /// What changed inside the type or operation: property, member, derived
    /// type or parameter name; empty for the type or operation itself.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub item: String,
    /// The Rust item it affects (`msgraph_models::v1::Call::state`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_path: Option<String>,
    /// CSDL-level value before and after (type, nullability, text, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// Rust type before and after, where a Rust type is involved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_old: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_new: Option<String>,
    pub breaking: bool,
    /// Why it is (not) breaking.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For a property change: the base type that declares the property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<String>,
    /// For a property change: it is a navigation property.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub navigation: bool,
    #[serde(skip)]
    pub fact: Fact,
}

impl Change {
    pub fn new(kind: ChangeKind, item: impl Into<String>) -> Self {
        Change {
            kind,
            item: item.into(),
            rust_path: None,
            old: None,
            new: None,
            rust_old: None,
            rust_new: None,
            breaking: false,
            note: None,
            inherited_from: None,
            navigation: false,
            fact: Fact::None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Added,
    Removed,
    Changed,
}

/// The changes of one entity, complex or enum type (a type that appears here
/// has different generated code).
#[derive(Debug, Clone, Serialize)]
pub struct TypeChanges {
    /// Qualified CSDL name (`microsoft.graph.callRecords.participant`).
    pub qualified: String,
    /// `entity`, `complex` or `enum` (the new kind when it changed).
    pub kind: &'static str,
    pub status: Status,
    pub rust_path: String,
    /// The base type (new side, else old), for added and removed types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    pub breaking: bool,
    pub changes: Vec<Change>,
}

/// The changes of one action or function overload.
#[derive(Debug, Clone, Serialize)]
pub struct OperationChanges {
    pub qualified: String,
    /// `action` or `function`.
    pub kind: &'static str,
    /// CSDL type of the binding parameter for bound operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound_to: Option<String>,
    pub status: Status,
    pub breaking: bool,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NamespaceChanges {
    pub namespace: String,
    /// The Rust module of the namespace (new side, else old).
    pub rust_module: String,
    pub types: Vec<TypeChanges>,
    pub operations: Vec<OperationChanges>,
    /// Entity sets and singletons (in the namespace holding the container).
    pub container: Vec<Change>,
    /// Requests the Capabilities annotations allow differently: through the entity sets
    /// and singletons (in the namespace holding the container) and through the
    /// navigation properties of the namespace's entity types.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requests: Vec<Change>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SummaryRow {
    pub what: &'static str,
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub breaking: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Number of change entries.
    pub changes: usize,
    /// Number of breaking change entries.
    pub breaking: usize,
    /// Types whose generated code changes (added, removed or changed).
    pub types_touched: usize,
    pub rows: Vec<SummaryRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub old: String,
    pub new: String,
    /// Crate path the Rust paths start with (`msgraph_models::v1`).
    pub rust_root: String,
    pub summary: Summary,
    pub namespaces: Vec<NamespaceChanges>,
}

const ROWS: [&str; 14] = [
    "entity types",
    "complex types",
    "enum types",
    "properties",
    "navigation properties",
    "inherited by derived types",
    "enum members",
    "polymorphic variants (derived types)",
    "type-level (base, shape, names, order)",
    "documentation",
    "operations",
    "parameters and return types",
    "entity sets and singletons",
    "requests (capabilities)",
];

/// Which row a change counts in, and as added (0), removed (1) or changed (2).
fn row_of(c: &Change) -> (usize, usize) {
    use ChangeKind as K;
    if c.inherited_from.is_some() {
        let col = match c.kind {
            K::PropertyAdded => 0,
            K::PropertyRemoved => 1,
            _ => 2,
        };
        return (5, col);
    }
    if c.kind.is_doc() {
        return (9, 2);
    }
    match c.kind {
        K::PropertyAdded => (3 + usize::from(c.navigation), 0),
        K::PropertyRemoved => (3 + usize::from(c.navigation), 1),
        K::PropertyRustNameChanged
        | K::PropertyCollectionChanged
        | K::PropertyTypeChanged
        | K::PropertyRustTypeChanged
        | K::PropertyNullabilityChanged
        | K::PropertyNavigationChanged => (3 + usize::from(c.navigation), 2),
        K::MemberAdded => (6, 0),
        K::MemberRemoved => (6, 1),
        K::MemberRustNameChanged | K::MemberValueChanged => (6, 2),
        K::DerivedTypeAdded => (7, 0),
        K::DerivedTypeRemoved => (7, 1),
        K::DerivedVariantChanged | K::PolyEnumRenamed => (7, 2),
        K::ParameterAdded => (11, 0),
        K::ParameterRemoved => (11, 1),
        K::ParameterTypeChanged | K::ParameterNullabilityChanged | K::ReturnTypeChanged => (11, 2),
        K::EntitySetAdded | K::SingletonAdded => (12, 0),
        K::EntitySetRemoved | K::SingletonRemoved => (12, 1),
        K::EntitySetTypeChanged | K::SingletonTypeChanged => (12, 2),
        K::RequestsChanged => (13, 2),
        // Type and operation additions/removals are counted per type/operation.
        _ => (8, 2),
    }
}

impl Summary {
    pub fn compute(namespaces: &[NamespaceChanges]) -> Summary {
        let mut rows: Vec<SummaryRow> = ROWS
            .iter()
            .map(|&what| SummaryRow {
                what,
                ..Default::default()
            })
            .collect();
        let (mut changes, mut breaking, mut types_touched) = (0, 0, 0);
        let bump = |row: &mut SummaryRow, col: usize, b: bool| {
            match col {
                0 => row.added += 1,
                1 => row.removed += 1,
                _ => row.changed += 1,
            }
            row.breaking += usize::from(b);
        };
        for ns in namespaces {
            for t in &ns.types {
                types_touched += 1;
                let r = match t.kind {
                    "entity" => 0,
                    "complex" => 1,
                    _ => 2,
                };
                let col = match t.status {
                    Status::Added => 0,
                    Status::Removed => 1,
                    Status::Changed => 2,
                };
                bump(&mut rows[r], col, t.breaking);
                for c in &t.changes {
                    changes += 1;
                    breaking += usize::from(c.breaking);
                    if !matches!(c.kind, ChangeKind::TypeAdded | ChangeKind::TypeRemoved) {
                        let (r, col) = row_of(c);
                        bump(&mut rows[r], col, c.breaking);
                    }
                }
            }
            for o in &ns.operations {
                let col = match o.status {
                    Status::Added => 0,
                    Status::Removed => 1,
                    Status::Changed => 2,
                };
                bump(&mut rows[10], col, o.breaking);
                for c in &o.changes {
                    changes += 1;
                    breaking += usize::from(c.breaking);
                    if !matches!(
                        c.kind,
                        ChangeKind::OperationAdded | ChangeKind::OperationRemoved
                    ) {
                        let (r, col) = row_of(c);
                        bump(&mut rows[r], col, c.breaking);
                    }
                }
            }
            for c in ns.container.iter().chain(&ns.requests) {
                changes += 1;
                breaking += usize::from(c.breaking);
                let (r, col) = row_of(c);
                bump(&mut rows[r], col, c.breaking);
            }
        }
        Summary {
            changes,
            breaking,
            types_touched,
            rows,
        }
    }
}

/// The breaking rules, as printed in the Markdown header.
pub const RULES: &str = "\
Breaking means: code that compiled against the crate generated from the old file may not compile \
against the new one. Removed types, fields, variants, operations, parameters and entity sets, \
changed Rust names, and fields whose Rust type changes (other type, collection-ness, a type gaining \
its first derived type so `X` becomes `AnyX`, or it becomes boxed) are breaking. Added enum members and added derived \
types (a new variant of `AnyX`) are breaking for exhaustive `match`. A base type change is breaking \
when inherited fields are lost. Added types, fields and operations, nullability (every field is a \
tri-state `Field<T>`), navigation kind, shape (abstract, open, key), member values, field order and \
documentation are not breaking. Operations and entity sets have no generated item: they are \
classified as the API a client built on these types calls. A request the Capabilities \
annotations no longer allow (create, update, delete, `$count`, access by key, `$ref` through an \
entity set, singleton or navigation property) is breaking: its builder method goes; one they \
newly allow is not.";

fn code(s: &str) -> String {
    let fence = if s.contains('`') { "`` " } else { "`" };
    let close = if s.contains('`') { " ``" } else { "`" };
    format!("{fence}{s}{close}")
}

/// One line of prose, at most `max` characters.
fn short(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        line
    } else {
        let cut: String = line.chars().take(max).collect();
        format!("{cut}…")
    }
}

fn value(v: &Option<String>, kind: ChangeKind) -> String {
    match v {
        None => "(none)".into(),
        Some(s) if kind.is_doc() => {
            if s.is_empty() {
                "(none)".into()
            } else {
                format!("\"{}\"", short(s, 70))
            }
        }
        Some(s) => code(&short(s, 160)),
    }
}

/// Both texts from shortly before their first difference, so that a change
/// deep inside a long description stays visible.
fn doc_excerpts(old: &str, new: &str, max: usize) -> (String, String) {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (a, b) = (words(old), words(new));
    let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let same = ac.iter().zip(&bc).take_while(|(x, y)| x == y).count();
    let start = same.saturating_sub(20);
    let cut = |cs: &[char]| {
        let body: String = cs.iter().skip(start).take(max).collect();
        let head = if start > 0 { "…" } else { "" };
        let tail = if cs.len() > start + max { "…" } else { "" };
        format!("\"{head}{body}{tail}\"")
    };
    (cut(&ac), cut(&bc))
}

fn change_line(out: &mut String, c: &Change) {
    let mut line = String::from("- ");
    if c.breaking {
        line.push_str("**BREAKING** ");
    }
    line.push_str(c.kind.label());
    if !c.item.is_empty() {
        let _ = write!(line, " {}", code(&c.item));
    }
    match (&c.old, &c.new) {
        (None, None) => {}
        (Some(a), Some(b)) if c.kind.is_doc() && a != b => {
            let (a, b) = doc_excerpts(a, b, 70);
            let _ = write!(line, ": {a} → {b}");
        }
        (None, Some(_)) => {
            let _ = write!(line, ": {}", value(&c.new, c.kind));
        }
        (Some(_), None)
            if matches!(
                c.kind,
                ChangeKind::PropertyRemoved
                    | ChangeKind::MemberRemoved
                    | ChangeKind::ParameterRemoved
                    | ChangeKind::EntitySetRemoved
                    | ChangeKind::SingletonRemoved
                    | ChangeKind::DerivedTypeRemoved
            ) =>
        {
            let _ = write!(line, ": {}", value(&c.old, c.kind));
        }
        (Some(a), Some(b)) if a == b => {
            let _ = write!(line, ": {}", value(&c.new, c.kind));
        }
        _ => {
            let _ = write!(
                line,
                ": {} → {}",
                value(&c.old, c.kind),
                value(&c.new, c.kind)
            );
        }
    }
    if c.navigation
        && matches!(
            c.kind,
            ChangeKind::PropertyAdded | ChangeKind::PropertyRemoved
        )
    {
        line.push_str(" (navigation)");
    }
    if let Some(b) = &c.inherited_from {
        let _ = write!(line, " (inherited from {})", code(b));
    }
    match (&c.rust_old, &c.rust_new) {
        (Some(a), Some(b)) if a != b => {
            let _ = write!(line, "; Rust {} → {}", code(a), code(b));
        }
        (Some(a), Some(_)) if !matches!(c.kind, ChangeKind::PropertyNullabilityChanged) => {
            let _ = write!(line, "; Rust {}", code(a));
        }
        (None, Some(b)) => {
            let _ = write!(line, "; Rust {}", code(b));
        }
        (Some(a), None) => {
            let _ = write!(line, "; Rust {}", code(a));
        }
        _ => {}
    }
    if let Some(p) = &c.rust_path {
        let _ = write!(line, " — {}", code(p));
    }
    if let Some(n) = &c.note
        && c.breaking
    {
        let _ = write!(line, " — {n}");
    }
    out.push_str(&line);
    out.push('\n');
}

impl Report {
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let s = &self.summary;
        let _ = writeln!(
            out,
            "# Schema changes: `{}` → `{}`\n\nRust paths are in `{}`. {} changes, **{} breaking**, {} types with different generated code.\n",
            self.old, self.new, self.rust_root, s.changes, s.breaking, s.types_touched
        );
        out.push_str(
            "## Summary\n\n| | added | removed | changed | breaking |\n|---|---:|---:|---:|---:|\n",
        );
        for r in &s.rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                r.what, r.added, r.removed, r.changed, r.breaking
            );
        }
        let _ = writeln!(
            out,
            "\nType and operation rows count types and operations (breaking: those with a breaking change); the other rows count changes. \"Inherited by derived types\" counts property changes repeated in each derived type, whose flattened struct changes too.\n\n{RULES}\n"
        );
        if self.namespaces.is_empty() {
            out.push_str("No changes.\n");
        }
        for ns in &self.namespaces {
            let _ = writeln!(
                out,
                "## Namespace `{}` (`{}`)\n",
                ns.namespace, ns.rust_module
            );
            for (status, title) in [
                (Status::Added, "Types added"),
                (Status::Removed, "Types removed"),
            ] {
                let list: Vec<&TypeChanges> =
                    ns.types.iter().filter(|t| t.status == status).collect();
                if list.is_empty() {
                    continue;
                }
                let _ = writeln!(out, "### {title} ({})\n", list.len());
                for t in list {
                    let marker = if t.breaking { "**BREAKING** " } else { "" };
                    let base = match &t.base {
                        Some(b) => format!(", derived from {}", code(b)),
                        None => String::new(),
                    };
                    let _ = writeln!(
                        out,
                        "- {marker}{} {}{base} — {}",
                        t.kind,
                        code(&t.qualified),
                        code(&t.rust_path)
                    );
                }
                out.push('\n');
            }
            let changed: Vec<&TypeChanges> = ns
                .types
                .iter()
                .filter(|t| t.status == Status::Changed)
                .collect();
            if !changed.is_empty() {
                let _ = writeln!(out, "### Types changed ({})\n", changed.len());
                for t in changed {
                    let marker = if t.breaking { " — BREAKING" } else { "" };
                    let _ = writeln!(
                        out,
                        "#### {} ({}) — {}{marker}\n",
                        code(&t.qualified),
                        t.kind,
                        code(&t.rust_path)
                    );
                    for c in &t.changes {
                        change_line(&mut out, c);
                    }
                    out.push('\n');
                }
            }
            if !ns.operations.is_empty() {
                let _ = writeln!(out, "### Operations ({})\n", ns.operations.len());
                for o in &ns.operations {
                    let bound = match &o.bound_to {
                        Some(b) => format!(" bound to {}", code(b)),
                        None => String::new(),
                    };
                    let single = o.changes.len() == 1
                        && matches!(
                            o.changes[0].kind,
                            ChangeKind::OperationAdded | ChangeKind::OperationRemoved
                        );
                    let head = format!("{} {}{bound}", o.kind, code(&o.qualified));
                    if single {
                        let c = &o.changes[0];
                        let marker = if c.breaking { "**BREAKING** " } else { "" };
                        let _ = writeln!(out, "- {marker}{} {head}", c.kind.label());
                    } else {
                        let marker = if o.breaking { " — BREAKING" } else { "" };
                        let _ = writeln!(out, "- changed {head}{marker}");
                        for c in &o.changes {
                            out.push_str("  ");
                            change_line(&mut out, c);
                        }
                    }
                }
                out.push('\n');
            }
            for (title, changes) in [
                ("Entity sets and singletons", &ns.container),
                (
                    "Requests: what the Capabilities annotations allow",
                    &ns.requests,
                ),
            ] {
                if changes.is_empty() {
                    continue;
                }
                let _ = writeln!(out, "### {title} ({})\n", changes.len());
                for c in changes {
                    change_line(&mut out, c);
                }
                out.push('\n');
            }
        }
        out
    }
}
