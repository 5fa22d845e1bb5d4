//! One [`FromJson`] and one [`ToJson`] implementation for every generated type, chosen by
//! its kind of JSON value: a struct ([`Object`]), a string enum ([`StrEnum`]) or a
//! polymorphic enum ([`Poly`]).
//!
//! A generated type names its kind in one line (`impl Generated for Call { type Kind =
//! ObjectKind; }`, written by the runtime's `impl_object!`, `impl_enum!` and `impl_poly!`)
//! instead of implementing the two traits with a few `#[inline]` functions each. The models
//! crate then holds no function bodies for reading and writing at all: each one cost rustc
//! about 0.4 ms to check and encode, and v1.0 has about 3,700 structs and enums
//! (BENCHMARKS.md, build times). The code a program compiles for the types it reads and
//! writes is the same.

use crate::enums::{Spelling, StrEnum, read_enum, write_enum};
use crate::field::Field;
use crate::json::error::ReadResult;
use crate::json::read::Reader;
use crate::json::write::Writer;
use crate::object::{
    Object, Poly, read_object, read_object_into_field, read_object_push, read_poly, write_members,
};
use crate::value::{FromJson, ToJson, push_value, set_field};

/// A generated type, and which kind of JSON value it is. (Plumbing for the generated
/// code's macros, left out of the documentation.)
#[doc(hidden)]
pub trait Generated: Sized {
    /// [`ObjectKind`], [`EnumKind`] or [`PolyKind`].
    type Kind: Kind<Self>;
}

/// How values of type `T` are read and written. The methods mirror [`FromJson`]'s and
/// [`ToJson`]'s, which call them.
#[doc(hidden)]
pub trait Kind<T> {
    /// [`FromJson::EXPECTED`].
    const EXPECTED: &'static str;
    /// [`FromJson::IN_PLACE`].
    const IN_PLACE: bool = false;
    /// [`ToJson::SPELLED`].
    const SPELLED: bool = false;
    /// [`FromJson::read_json`].
    fn read(r: &mut Reader<'_>) -> ReadResult<T>;
    /// [`FromJson::read_into_field`]; only called when `IN_PLACE`.
    #[inline]
    fn read_into_field(r: &mut Reader<'_>, field: &mut Field<T>) -> ReadResult<()> {
        set_field(Self::read(r), field)
    }
    /// [`FromJson::read_push`]; only called when `IN_PLACE`.
    #[inline]
    fn read_push(r: &mut Reader<'_>, out: &mut Vec<T>) -> ReadResult<()> {
        push_value(Self::read(r), out)
    }
    /// [`ToJson::write_json`].
    fn write(v: &T, w: &mut Writer);
    /// [`ToJson::write_spelled`]; only called when `SPELLED`.
    #[inline]
    fn write_spelled(v: &T, w: &mut Writer, spellings: &[Spelling], slot: u32, index: u32) {
        let _ = (spellings, slot, index);
        Self::write(v, w)
    }
}

/// A struct: a JSON object read in place.
#[doc(hidden)]
pub enum ObjectKind {}

impl<T: Object> Kind<T> for ObjectKind {
    const EXPECTED: &'static str = T::TYPE_NAME;
    const IN_PLACE: bool = true;
    #[inline]
    fn read(r: &mut Reader<'_>) -> ReadResult<T> {
        read_object(r)
    }
    #[inline]
    fn read_into_field(r: &mut Reader<'_>, field: &mut Field<T>) -> ReadResult<()> {
        read_object_into_field(r, field)
    }
    #[inline]
    fn read_push(r: &mut Reader<'_>, out: &mut Vec<T>) -> ReadResult<()> {
        read_object_push(r, out)
    }
    #[inline]
    fn write(v: &T, w: &mut Writer) {
        write_members(v, w, false)
    }
}

/// A string enum: a JSON string, written back with the spelling it was read with.
#[doc(hidden)]
pub enum EnumKind {}

impl<T: StrEnum> Kind<T> for EnumKind {
    const EXPECTED: &'static str = T::TYPE_NAME;
    const SPELLED: bool = true;
    #[inline]
    fn read(r: &mut Reader<'_>) -> ReadResult<T> {
        read_enum(r)
    }
    #[inline]
    fn write(v: &T, w: &mut Writer) {
        w.str(v.as_str())
    }
    #[inline]
    fn write_spelled(v: &T, w: &mut Writer, spellings: &[Spelling], slot: u32, index: u32) {
        write_enum(v.as_str(), w, spellings, slot, index)
    }
}

/// A polymorphic enum: a JSON object of the base type or of a type derived from it, told
/// apart by its `@odata.type`.
#[doc(hidden)]
pub enum PolyKind {}

impl<T: Poly> Kind<T> for PolyKind {
    const EXPECTED: &'static str = T::BASE_NAME;
    #[inline]
    fn read(r: &mut Reader<'_>) -> ReadResult<T> {
        read_poly(r)
    }
    #[inline]
    fn write(v: &T, w: &mut Writer) {
        v.write_variant(w)
    }
}

// The plumbing items are hidden here too: rustdoc lists this implementation on every
// generated type's page.
impl<T: Generated> FromJson for T {
    const EXPECTED: &'static str = <T::Kind as Kind<T>>::EXPECTED;
    #[doc(hidden)]
    const IN_PLACE: bool = <T::Kind as Kind<T>>::IN_PLACE;
    #[inline]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        <T::Kind as Kind<T>>::read(r)
    }
    #[doc(hidden)]
    #[inline]
    fn read_into_field(r: &mut Reader<'_>, field: &mut Field<Self>) -> ReadResult<()> {
        <T::Kind as Kind<T>>::read_into_field(r, field)
    }
    #[doc(hidden)]
    #[inline]
    fn read_push(r: &mut Reader<'_>, out: &mut Vec<Self>) -> ReadResult<()> {
        <T::Kind as Kind<T>>::read_push(r, out)
    }
}

impl<T: Generated> ToJson for T {
    #[doc(hidden)]
    const SPELLED: bool = <T::Kind as Kind<T>>::SPELLED;
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        <T::Kind as Kind<T>>::write(self, w)
    }
    #[doc(hidden)]
    #[inline]
    fn write_spelled(&self, w: &mut Writer, spellings: &[Spelling], slot: u32, index: u32) {
        <T::Kind as Kind<T>>::write_spelled(self, w, spellings, slot, index)
    }
}
