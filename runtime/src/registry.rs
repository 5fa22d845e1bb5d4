//! Run-time type registry entries: each generated version lists its types
//! (qualified CSDL name, kind, Rust path) with a parse function, so tools can
//! pick a type by name at run time. The per-type part is one small function
//! ([`parse_boxed`]); everything else here is shared.

use crate::de::{DeResult, DeValue, Source};
use crate::json::{JsonError, read_str, to_value};
use crate::ser::SerValue;

/// What kind of CSDL type an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// An entity type.
    Entity,
    /// A complex type.
    Complex,
    /// An enum type.
    Enum,
    /// The parameters of an action (its JSON body), named
    /// `namespace.action(binding type)`.
    Parameters,
}

/// Reads a value of one generated type from a [`Source`], boxed for writing back.
pub type ParseFn = fn(&mut dyn Source) -> DeResult<Box<dyn SerValue>>;

/// One generated type.
#[derive(Debug, Clone, Copy)]
pub struct TypeEntry {
    /// Qualified CSDL name, e.g. `microsoft.graph.call`.
    pub name: &'static str,
    /// Entity, complex or enum type.
    pub kind: TypeKind,
    /// Rust path of the type used for values declared with this type
    /// (the polymorphic `AnyX` enum when the type has derived types).
    pub rust_name: &'static str,
    /// Reads a value of this type.
    pub parse: ParseFn,
}

impl TypeEntry {
    /// Parses JSON text as this type.
    pub fn parse_str(&self, json: &str) -> Result<Box<dyn SerValue>, JsonError> {
        let mut out = None;
        read_str(json, &mut |src| {
            out = Some((self.parse)(src)?);
            Ok(())
        })?;
        out.ok_or_else(|| JsonError::from_de(crate::de::DeError::custom("no value")))
    }

    /// Parses JSON text as this type and serializes it back.
    pub fn roundtrip(&self, json: &str) -> Result<serde_json::Value, JsonError> {
        Ok(to_value(&*self.parse_str(json)?))
    }
}

/// The [`ParseFn`] of `T`.
pub fn parse_boxed<T: DeValue + SerValue + 'static>(
    src: &mut dyn Source,
) -> DeResult<Box<dyn SerValue>> {
    match T::de_value(src) {
        Ok(v) => Ok(Box::new(v)),
        Err(e) => Err(e),
    }
}
