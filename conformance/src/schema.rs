//! What the checks need of the schema of a version: the tables generated into
//! `msgraph-models` (feature `schema`: `msgraph_models::v1::schema::SCHEMA`, written by
//! `codegen/src/emit/schema_tables.rs`), looked up in place, so the kit needs nothing but
//! its binary. Per structured type its properties (inherited ones included), whether it is
//! open, its derived types; per enum its members; operation names; entity sets and
//! singletons. `tests/schema_tables.rs` compares the tables with the CSDL read and
//! resolved by the generator.

use crate::example::Version;
use msgraph_core::schema::{EnumType, Property, SchemaTables, StructuredType};

/// The type of a value: an Edm primitive (`Edm.String`) or a qualified type name, or a
/// collection of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropType {
    /// `Collection(...)`.
    pub collection: bool,
    /// `Edm.Int32` or `microsoft.graph.call`.
    pub name: String,
    /// `Edm.Untyped` (any JSON).
    pub untyped: bool,
}

impl PropType {
    /// The type of a property of the tables.
    pub fn of(p: &Property) -> PropType {
        PropType {
            collection: p.collection,
            name: p.ty.to_string(),
            untyped: p.untyped(),
        }
    }

    /// One value (not a collection) of `name`.
    pub fn single(name: &str) -> PropType {
        PropType {
            collection: false,
            name: name.to_string(),
            untyped: name == "Edm.Untyped",
        }
    }
}

/// One version's schema.
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    /// Which version.
    pub version: Version,
    tables: &'static SchemaTables,
}

impl Schema {
    /// The schema of `version`, from the tables compiled into the binary.
    pub fn of(version: Version) -> Schema {
        let tables = match version {
            Version::V1 => &msgraph_models::v1::schema::SCHEMA,
            Version::Beta => &msgraph_models::beta::schema::SCHEMA,
        };
        Schema { version, tables }
    }

    /// The generated tables.
    pub fn tables(&self) -> &'static SchemaTables {
        self.tables
    }

    /// The structured type (or action body) named `name` (qualified, no `#`).
    pub fn structured(&self, name: &str) -> Option<&'static StructuredType> {
        self.tables.structured_type(name)
    }

    /// The enum type named `name` (qualified, no `#`).
    pub fn enum_type(&self, name: &str) -> Option<&'static EnumType> {
        self.tables.enum_type(name)
    }

    /// The property `name` of the structured type `type_name` (inherited ones included).
    pub fn property(&self, type_name: &str, name: &str) -> Option<&'static Property> {
        let st = self.structured(type_name)?;
        st.properties.iter().find(|p| p.name == name)
    }

    /// Whether `name` (qualified, no `#`) is a type of this version.
    pub fn has_type(&self, name: &str) -> bool {
        self.structured(name).is_some() || self.enum_type(name).is_some()
    }

    /// Whether `tag` is `base` or derived from it.
    pub fn is_a(&self, tag: &str, base: &str) -> bool {
        tag == base
            || self
                .structured(base)
                .is_some_and(|b| self.tables.derived(b).any(|d| d.name == tag))
    }
}

/// Both versions' schemas.
#[derive(Debug)]
pub struct Schemas {
    v1: Schema,
    beta: Schema,
}

impl Default for Schemas {
    fn default() -> Self {
        Schemas::new()
    }
}

impl Schemas {
    /// The schemas of the tables compiled into the binary.
    pub fn new() -> Schemas {
        Schemas {
            v1: Schema::of(Version::V1),
            beta: Schema::of(Version::Beta),
        }
    }

    /// The schema of `version`.
    pub fn get(&self, version: Version) -> &Schema {
        match version {
            Version::V1 => &self.v1,
            Version::Beta => &self.beta,
        }
    }
}
