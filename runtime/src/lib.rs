//! Runtime support for the generated `msgraph-models` crate.
//!
//! Generated types read and write JSON text directly: [`Reader`] is a pull scanner over the
//! input (no serde visitor, no dynamic call per token), [`Writer`] writes compact text, and
//! each generated type contributes a member table and two small functions ([`Object`]).
//! serde stays available as a bridge ([`serde_bridge`], [`Serde`], [`serde_with`]) for other
//! formats and for embedding generated types in your own serde types.
//!
//! Round trips are lossless: [`Field`] distinguishes absent from `null`, [`Extra`] keeps
//! unknown members and annotations as their exact text ([`RawJson`]), the [`edm`] types keep
//! their exact text, enums keep unknown names and the spelling of members recognised by case,
//! [`Flags`] keeps non-canonical text, and polymorphic values keep their `@odata.type`.
//! [`from_str_lenient`] keeps values of the wrong kind as raw JSON and reports them;
//! [`read_with_notes`] also reports what the schema does not declare ([`Note`]: unknown
//! members, enum values recognised by case only or not at all, foreign `@odata.type` tags).
//!
//! Modules: `json` (reader, writer, raw values, errors, entry points), `value` (the
//! [`FromJson`]/[`ToJson`] traits and primitive impls), `generated` (their one
//! implementation for every generated type), `field`, `extra`, `object` (structs and
//! polymorphic enums), `enums` (string and flags enums), `edm`, `macros`, `registry`,
//! `serde_bridge`, `request` (request builders' runtime: targets, literals, typed responses),
//! `routes` (route tables) and `schema` (schema tables: properties, enum members, derived
//! types, operations and roots per version).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use http;
pub use serde;
pub use serde_json;

pub mod edm;
pub mod enums;
pub mod extra;
pub mod field;
pub mod generated;
mod inline;
pub mod json;
mod macros;
pub mod object;
#[allow(missing_docs)] // registry.rs is maintained alongside the generator
pub mod registry;
pub mod request;
pub mod routes;
pub mod schema;
pub mod serde_bridge;
mod serde_compat;
pub mod value;

pub use edm::{Binary, Date, DateTimeOffset, Decimal, Duration, EdmError, Guid, TimeOfDay};
pub use enums::{Flags, StrEnum};
pub use extra::Extra;
pub use field::Field;
pub use json::error::{JsonError, Note, NoteKind, PathSeg, Problem, ReadResult};
pub use json::raw::RawJson;
pub use json::read::Reader;
pub use json::write::Writer;
pub use json::{
    ReadOptions, from_slice, from_slice_lenient, from_str, from_str_lenient, from_str_with,
    from_value, read_with_notes, to_string, to_value, to_vec, write_to,
};
pub use object::{Members, Object, Poly};
pub use registry::{Dyn, DynValue, ParseFn, TypeEntry, TypeKind, parse_boxed};
pub use serde_compat::{Serde, serde_with};
pub use value::{FromJson, ToJson};
