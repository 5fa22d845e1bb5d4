//! What the checks need of the schema of a version: per structured type its
//! properties (inherited ones included) with their types, whether it is open, its
//! derived types; per enum its members; operation names; entity sets and singletons.
//!
//! It comes from the schema tables generated into `msgraph-models` (feature `schema`:
//! `msgraph_models::v1::schema::SCHEMA`, written by `codegen/src/emit/schema_tables.rs`), so
//! the kit needs nothing but its binary. `tests/schema_tables.rs` builds the same `Schema`
//! from the CSDL with the generator's reader and resolver and requires them to be equal.

use crate::example::Version;
use msgraph_core::schema::SchemaTables;
use std::collections::{HashMap, HashSet};
/// The type of a property: an Edm primitive (`Edm.String`) or a qualified type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropType {
    /// `Collection(...)`.
    pub collection: bool,
    /// `Edm.Int32` or `microsoft.graph.call`.
    pub name: String,
    /// `Edm.Untyped` (any JSON).
    pub untyped: bool,
}

/// A structured (entity or complex) type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Structured {
    /// Properties by JSON name, inherited ones included.
    pub properties: HashMap<String, PropType>,
    /// `OpenType="true"`: other members are dynamic properties.
    pub open: bool,
    /// Every type derived from this one (directly or not).
    pub derived: HashSet<String>,
}

/// An enum type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Enum {
    /// Member names in declaration order.
    pub members: Vec<String>,
    /// `IsFlags="true"`: comma-separated member lists.
    pub flags: bool,
    /// Has the `unknownFutureValue` sentinel: Graph may add members, so an
    /// unknown member is a finding, not a violation.
    pub evolvable: bool,
}

/// One version's schema.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Schema {
    /// Which version.
    pub version: Option<Version>,
    /// Structured types by qualified name.
    pub structured: HashMap<String, Structured>,
    /// Enum types by qualified name.
    pub enums: HashMap<String, Enum>,
    /// Operation (action and function) simple names.
    pub operations: HashSet<String>,
    /// Entity set and singleton names of the container.
    pub roots: HashSet<String>,
}

impl Schema {
    /// Builds the schema from a version's generated tables.
    pub fn from_tables(t: &SchemaTables, version: Version) -> Schema {
        let structured = t
            .structured
            .iter()
            .map(|st| {
                let properties = st
                    .properties
                    .iter()
                    .map(|p| {
                        let ty = PropType {
                            collection: p.collection,
                            name: p.ty.to_string(),
                            untyped: p.untyped(),
                        };
                        (p.name.to_string(), ty)
                    })
                    .collect();
                let derived = t.derived(st).map(|d| d.name.to_string()).collect();
                let s = Structured {
                    properties,
                    open: st.open,
                    derived,
                };
                (st.name.to_string(), s)
            })
            .collect();
        let enums = t
            .enums
            .iter()
            .map(|e| {
                let en = Enum {
                    members: e.members.iter().map(|m| m.to_string()).collect(),
                    flags: e.flags,
                    evolvable: e.evolvable,
                };
                (e.name.to_string(), en)
            })
            .collect();
        Schema {
            version: Some(version),
            structured,
            enums,
            operations: t.operations.iter().map(|o| o.to_string()).collect(),
            roots: t.roots.iter().map(|r| r.to_string()).collect(),
        }
    }

    /// The schema of `version`, from the tables compiled into the binary.
    pub fn of(version: Version) -> Schema {
        let tables = match version {
            Version::V1 => &msgraph_models::v1::schema::SCHEMA,
            Version::Beta => &msgraph_models::beta::schema::SCHEMA,
        };
        Schema::from_tables(tables, version)
    }

    /// Whether `name` (qualified, no `#`) is a type of this version.
    pub fn has_type(&self, name: &str) -> bool {
        self.structured.contains_key(name) || self.enums.contains_key(name)
    }

    /// Whether `tag` is `base` or derived from it.
    pub fn is_a(&self, tag: &str, base: &str) -> bool {
        tag == base
            || self
                .structured
                .get(base)
                .is_some_and(|b| b.derived.contains(tag))
    }
}

/// Both versions' schemas, built on demand.
#[derive(Debug, Default)]
pub struct Schemas {
    v1: std::sync::OnceLock<Schema>,
    beta: std::sync::OnceLock<Schema>,
}

impl Schemas {
    /// Schemas built from the generated tables when first needed.
    pub fn new() -> Schemas {
        Schemas::default()
    }

    /// The schema of `version`, built on first use.
    pub fn get(&self, version: Version) -> &Schema {
        let cell = match version {
            Version::V1 => &self.v1,
            Version::Beta => &self.beta,
        };
        cell.get_or_init(|| Schema::of(version))
    }

    /// Builds both versions on two threads (the check needs both).
    pub fn preload(&self) {
        std::thread::scope(|s| {
            s.spawn(|| {
                let _ = self.get(Version::V1);
            });
            let _ = self.get(Version::Beta);
        });
    }
}
