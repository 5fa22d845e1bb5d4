//! Runtime support for the generated `msgraph-models` crate.
//!
//! Generated types are (de)serialized through small object-safe traits ([`Source`]/[`Event`]
//! and [`Sink`]/[`MapSink`]) so their code is compiled once, not per serde format; the only
//! generic code is the serde bridge ([`serialize_value`], [`deserialize_value`]).
//!
//! Round trips are lossless: [`Field`] distinguishes absent from `null`, [`Extra`] keeps unknown
//! members and annotations, the [`edm`] types keep their exact text, [`Flags`] keeps
//! non-canonical text, and polymorphic values keep their `@odata.type`.
//!
//! Modules: `field`, `extra`, `edm`, `de` (+ `de_impls`), `ser`, `value_source`,
//! `object` (structs and polymorphic enums, table-driven), `serde_bridge`, `json` (entry
//! points), `flags`, `macros`, `registry`, `request` (request builders' runtime:
//! targets, literals, typed responses), `routes` (route tables).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use http;
pub use serde;
pub use serde_json;

pub mod de;
mod de_impls;
pub mod edm;
pub mod extra;
pub mod field;
pub mod flags;
pub mod json;
mod macros;
pub mod object;
#[allow(missing_docs)] // registry.rs is maintained alongside the generator
pub mod registry;
pub mod request;
pub mod routes;
pub mod ser;
pub mod serde_bridge;
mod serde_compat;
pub mod value_source;

pub use de::{DeError, DeResult, DeValue, Event, MapSource, PathSeg, SeqSource, Source};
pub use edm::{Binary, Date, DateTimeOffset, Decimal, Duration, EdmError, Guid, TimeOfDay};
pub use extra::Extra;
pub use field::Field;
pub use flags::{Flags, StrEnum, de_str_enum};
pub use json::{
    JsonError, from_slice, from_str, from_value, read_slice, read_str, to_string, to_value, to_vec,
    try_to_string, try_to_value, try_to_vec,
};
pub use object::{
    FieldDe, FieldRef, ObjectDe, ObjectMut, ObjectSer, PolyDe, PolySer, de_object, de_poly,
    debug_object, eq_object, write_object,
};
pub use registry::{ParseFn, TypeEntry, TypeKind, parse_boxed};
pub use ser::{MapSink, SeqItems, SerError, SerResult, SerValue, Sink};
pub use serde_bridge::{AsSerialize, deserialize_value, serialize_value};
pub use serde_compat::{Serde, serde_with};
pub use value_source::ValueSource;
