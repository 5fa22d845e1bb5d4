//! Schema tables: what a tool needs to know of a version's CSDL to walk JSON against it,
//! without the CSDL files at run time. Each generated version has one [`SchemaTables`]
//! (`msgraph_models::v1::schema::SCHEMA`, behind the `schema` feature of
//! `msgraph-models`), written by `cargo xtask codegen` (`codegen/src/emit/schema_tables.rs`).
//!
//! The tables are plain static data (names, bools and indices; no function per type), so
//! they cost little to compile. Structured and enum types are sorted by qualified name
//! and looked up by binary search; properties and enum members are in declaration order.

/// One version's schema.
#[derive(Debug, Clone, Copy)]
pub struct SchemaTables {
    /// Entity and complex types, and the bodies of actions with parameters (named as in the
    /// registry: `microsoft.graph.answer(microsoft.graph.call)`, `ns.op()` when unbound),
    /// sorted by name.
    pub structured: &'static [StructuredType],
    /// Enum types, sorted by qualified name.
    pub enums: &'static [EnumType],
    /// Simple names of every action and function (`answer`), sorted, each once.
    pub operations: &'static [&'static str],
    /// Names of the entity container's entity sets and singletons, sorted, each once.
    pub roots: &'static [&'static str],
}

/// An entity or complex type, or the body of an action (its non-binding parameters, a
/// closed type without derived types).
#[derive(Debug, Clone, Copy)]
pub struct StructuredType {
    /// Qualified name (`microsoft.graph.call`).
    pub name: &'static str,
    /// `OpenType="true"` on the type or one of its base types: undeclared members are
    /// dynamic properties.
    pub open: bool,
    /// Properties (structural and navigation), inherited ones included, base type's
    /// first, in declaration order.
    pub properties: &'static [Property],
    /// Every type derived from this one, directly or not: indices into
    /// [`SchemaTables::structured`], in order of qualified name.
    pub derived: &'static [u32],
}

/// A property of a structured type, or a parameter of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Property {
    /// JSON name.
    pub name: &'static str,
    /// Element type: an Edm primitive (`Edm.String`, `Edm.Untyped` for any JSON) or a
    /// qualified type name (`microsoft.graph.call`), without `Collection(...)`.
    pub ty: &'static str,
    /// `Collection(...)`.
    pub collection: bool,
}

impl Property {
    /// `Edm.Untyped`: any JSON value.
    pub fn untyped(&self) -> bool {
        self.ty == "Edm.Untyped"
    }
}

/// An enum type.
#[derive(Debug, Clone, Copy)]
pub struct EnumType {
    /// Qualified name (`microsoft.graph.callState`).
    pub name: &'static str,
    /// `IsFlags="true"`: values are comma-separated member lists.
    pub flags: bool,
    /// Has the `unknownFutureValue` sentinel: the service may add members, so clients
    /// must accept unknown ones.
    pub evolvable: bool,
    /// Member names in declaration order.
    pub members: &'static [&'static str],
}

impl SchemaTables {
    /// The structured type (or action body) named `name` (qualified, no `#`).
    pub fn structured_type(&self, name: &str) -> Option<&'static StructuredType> {
        let all = self.structured;
        all.binary_search_by(|t| t.name.cmp(name))
            .ok()
            .map(|i| &all[i])
    }

    /// The enum type named `name` (qualified, no `#`).
    pub fn enum_type(&self, name: &str) -> Option<&'static EnumType> {
        let all = self.enums;
        all.binary_search_by(|t| t.name.cmp(name))
            .ok()
            .map(|i| &all[i])
    }

    /// The types derived from `t` (directly or not), by name order.
    pub fn derived(&self, t: &StructuredType) -> impl Iterator<Item = &'static StructuredType> {
        let all = self.structured;
        t.derived.iter().map(move |&i| &all[i as usize])
    }

    /// Whether `name` is an action or function of this version.
    pub fn has_operation(&self, name: &str) -> bool {
        self.operations.binary_search(&name).is_ok()
    }

    /// Whether `name` is an entity set or singleton of this version.
    pub fn has_root(&self, name: &str) -> bool {
        self.roots.binary_search(&name).is_ok()
    }
}
