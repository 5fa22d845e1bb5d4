//! Run-time type registry entries: each generated version lists its types (qualified CSDL
//! name, kind, Rust path) with a parse function, so tools can pick a type by name at run
//! time. The per-type part is one small function ([`parse_boxed`]); everything else is shared.

use std::fmt;

use crate::json::error::{JsonError, Note, Problem, ReadResult};
use crate::json::read::Reader;
use crate::json::write::Writer;
use crate::value::{FromJson, ToJson};

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

/// A value of some generated type, behind a pointer: it can be written back. Any
/// [`ToJson`] value becomes one through [`Dyn`]. (Not `Debug`:
/// every type's `Debug` code in a build that registers every type costs more than it is
/// worth; write the value to print it.)
pub trait DynValue {
    /// Writes the value as JSON.
    fn write_dyn(&self, w: &mut Writer);
}

impl fmt::Debug for dyn DynValue {
    /// The value's JSON text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut w = Writer::new();
        self.write_dyn(&mut w);
        f.write_str(w.as_str())
    }
}

/// Any value that can be written as JSON, as a [`DynValue`]: `Box::new(Dyn(call)) as
/// Box<dyn DynValue>`, or `&Dyn(call)` as `&dyn DynValue`, to keep values of different types
/// together (what [`parse_boxed`] returns). A wrapper rather than an implementation for
/// every `T: ToJson`, which rustdoc would list on the page of every generated type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dyn<T>(pub T);

impl<T: ToJson> DynValue for Dyn<T> {
    fn write_dyn(&self, w: &mut Writer) {
        self.0.write_json(w)
    }
}

impl ToJson for dyn DynValue {
    fn write_json(&self, w: &mut Writer) {
        self.write_dyn(w)
    }
}

/// What [`TypeEntry::parse_str_noted`] returns: the value, lenient reading's problems and
/// the notes.
pub type Noted = (Box<dyn DynValue>, Vec<Problem>, Vec<Note>);

/// Reads a value of one generated type, boxed.
pub type ParseFn = fn(&mut Reader<'_>) -> ReadResult<Box<dyn DynValue>>;

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
    pub fn parse_str(&self, json: &str) -> Result<Box<dyn DynValue>, JsonError> {
        crate::json::read_with(json, crate::json::ReadOptions::default(), self.parse)
            .map(|(v, _)| v)
    }

    /// Parses JSON text as this type leniently (see [`from_str_lenient`](crate::from_str_lenient)).
    pub fn parse_str_lenient(
        &self,
        json: &str,
    ) -> Result<(Box<dyn DynValue>, Vec<Problem>), JsonError> {
        crate::json::read_with(
            json,
            crate::json::ReadOptions::exact().lenient(),
            self.parse,
        )
    }

    /// Parses JSON text as this type leniently, member order kept, with the [`Note`]s of what
    /// the schema does not declare (see [`read_with_notes`](crate::read_with_notes)): one read
    /// tells a checking tool everything the typed reader decided.
    pub fn parse_str_noted(&self, json: &str) -> Result<Noted, JsonError> {
        crate::json::read_with_notes(
            json,
            crate::json::ReadOptions::exact().lenient().with_notes(),
            self.parse,
        )
    }

    /// Parses JSON text as this type and writes it back.
    pub fn roundtrip_text(&self, json: &str) -> Result<String, JsonError> {
        Ok(crate::to_string(&*self.parse_str(json)?))
    }

    /// Parses JSON text as this type and writes it back, as a JSON tree.
    pub fn roundtrip(&self, json: &str) -> Result<serde_json::Value, JsonError> {
        Ok(crate::to_value(&*self.parse_str(json)?))
    }
}

/// The [`ParseFn`] of `T`.
pub fn parse_boxed<T: FromJson + ToJson + 'static>(
    r: &mut Reader<'_>,
) -> ReadResult<Box<dyn DynValue>> {
    match T::read_json(r) {
        Ok(v) => Ok(Box::new(Dyn(v))),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_value_is_a_dyn_value_through_dyn() {
        let values: Vec<Box<dyn DynValue>> =
            vec![Box::new(Dyn(3i32)), Box::new(Dyn("x".to_string()))];
        let mut w = Writer::new();
        for v in &values {
            v.write_dyn(&mut w);
        }
        assert_eq!(w.as_str(), "3\"x\"");
        assert_eq!(format!("{:?}", &Dyn(true) as &dyn DynValue), "true");
        assert_eq!(crate::to_string(&*values[1]), "\"x\"");
    }
}
