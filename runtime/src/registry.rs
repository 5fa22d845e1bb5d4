//! Run-time type registry entries: each generated version lists its types
//! (qualified CSDL name, kind, Rust path) with a JSON round-trip function, so
//! tools can pick a type by name at run time.

use crate::{DeValue, JsonError, SerValue, from_str, to_value};

/// What kind of CSDL type an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Entity,
    Complex,
    Enum,
}

/// One generated type.
#[derive(Debug, Clone, Copy)]
pub struct TypeEntry {
    /// Qualified CSDL name, e.g. `microsoft.graph.call`.
    pub name: &'static str,
    pub kind: TypeKind,
    /// Rust path of the type used for values declared with this type
    /// (the polymorphic `AnyX` enum when the type has derived types).
    pub rust_name: &'static str,
    /// Parse JSON as this type and serialize it back.
    pub roundtrip: fn(&str) -> Result<serde_json::Value, JsonError>,
}

/// Parse `json` as `T` and serialize it back to a JSON value.
pub fn roundtrip<T: DeValue + SerValue>(json: &str) -> Result<serde_json::Value, JsonError> {
    let value: T = from_str(json)?;
    Ok(to_value(&value))
}
