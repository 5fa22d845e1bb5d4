//! The two traits every generated type implements, [`FromJson`] and [`ToJson`], and their
//! implementations for the primitive OData types (`Edm.String`, `Edm.Boolean`, the integer
//! types, `Edm.Double`/`Edm.Single`, `Edm.Untyped` as [`RawJson`]) and for the containers
//! generated code uses (`Vec<T>`). Edm text types implement them in `edm`, flags enums in
//! `enums`; generated structs and enums have one implementation in `generated` (and `Box` of
//! a struct a property holds boxed, `impl_boxed!`).

use crate::enums::Spelling;
use crate::json::error::{Error, ReadResult};
use crate::json::raw::RawJson;
use crate::json::read::Reader;
use crate::json::write::Writer;

/// A value that can be read from JSON text.
pub trait FromJson: Sized {
    /// What the value is called in error messages (`Int32`, `string`,
    /// `microsoft.graph.call`).
    const EXPECTED: &'static str;

    /// Reads one value. `null` is not a value of any type here: the [`Field`](crate::Field)
    /// holding the value reads it.
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self>;

    /// Whether [`FromJson::read_into_field`] and [`FromJson::read_push`] read in place
    /// (generated structs, so a large struct is not built on the stack and copied). Readers
    /// of fields and arrays test it and otherwise call `read_json` themselves, so that the
    /// two default methods are not compiled for every other type (a branch on a constant
    /// is left out at monomorphisation).
    #[doc(hidden)]
    const IN_PLACE: bool = false;

    /// Reads one value into a field. Generated structs read in place, so a large struct is
    /// not built on the stack and copied. (Plumbing for generated code, like `IN_PLACE`:
    /// left out of the documentation, where it would repeat on every type's page.)
    #[doc(hidden)]
    #[inline]
    fn read_into_field(r: &mut Reader<'_>, field: &mut crate::Field<Self>) -> ReadResult<()> {
        set_field(Self::read_json(r), field)
    }

    /// Reads one value onto the end of `out` (generated structs: in place). (Plumbing, left
    /// out of the documentation.)
    #[doc(hidden)]
    #[inline]
    fn read_push(r: &mut Reader<'_>, out: &mut Vec<Self>) -> ReadResult<()> {
        push_value(Self::read_json(r), out)
    }
}

/// A value read whole, stored into `field`: what `read_into_field` does for a value not read
/// in place.
#[inline]
pub(crate) fn set_field<T>(value: ReadResult<T>, field: &mut crate::Field<T>) -> ReadResult<()> {
    match value {
        Ok(v) => {
            *field = crate::Field::Value(v);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// A value read whole, pushed onto `out`: what `read_push` does for a value not read in
/// place.
#[inline]
pub(crate) fn push_value<T>(value: ReadResult<T>, out: &mut Vec<T>) -> ReadResult<()> {
    match value {
        Ok(v) => {
            out.push(v);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// A value that can be written as JSON text.
pub trait ToJson {
    /// Writes the value.
    fn write_json(&self, w: &mut Writer);

    /// Whether [`ToJson::write_spelled`] differs from `write_json` (enums, and containers
    /// of them). Writers test it before calling `write_spelled`, so that for every other
    /// type it is not compiled at all (a branch on a constant is left out at
    /// monomorphisation).
    #[doc(hidden)]
    const SPELLED: bool = false;

    /// Writes the value, using the original spelling of enum members recorded for member
    /// `slot` of the containing object (see [`Extra`](crate::Extra)); `index` is the element
    /// index for collections, `u32::MAX` for a single value. Only enums (and containers of
    /// them) look at the spellings.
    #[doc(hidden)]
    #[inline]
    fn write_spelled(&self, w: &mut Writer, spellings: &[Spelling], slot: u32, index: u32) {
        let _ = (spellings, slot, index);
        self.write_json(w)
    }
}

impl FromJson for String {
    const EXPECTED: &'static str = "string";
    #[inline]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        r.string("string").map(str::to_owned)
    }
}

impl ToJson for String {
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        w.str(self)
    }
}

impl ToJson for str {
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        w.str(self)
    }
}

impl FromJson for bool {
    const EXPECTED: &'static str = "Boolean";
    #[inline]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        r.bool("Boolean")
    }
}

impl ToJson for bool {
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        w.bool(*self)
    }
}

macro_rules! int_impl {
    ($t:ty, $name:literal) => {
        impl FromJson for $t {
            const EXPECTED: &'static str = $name;
            #[inline]
            fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
                // In range by construction: `int` checks `MIN..=MAX`.
                r.int(<$t>::MIN as i64, <$t>::MAX as i64, $name)
                    .map(|v| v as $t)
            }
        }
        impl ToJson for $t {
            #[inline]
            fn write_json(&self, w: &mut Writer) {
                w.i64(i64::from(*self))
            }
        }
    };
}

int_impl!(i8, "SByte");
int_impl!(u8, "Byte");
int_impl!(i16, "Int16");
int_impl!(i32, "Int32");
int_impl!(i64, "Int64");

impl FromJson for f64 {
    const EXPECTED: &'static str = "Double";
    /// A number, or one of the OData strings `INF`, `-INF`, `NaN`.
    #[inline]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        if r.peek()? != b'"' {
            return r.float("Double");
        }
        let at = r.offset();
        match r.string("Double")? {
            "INF" => Ok(f64::INFINITY),
            "-INF" => Ok(f64::NEG_INFINITY),
            "NaN" => Ok(f64::NAN),
            s => Err(Error::invalid_value(at, s, "Double")),
        }
    }
}

impl ToJson for f64 {
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        w.f64(*self)
    }
}

impl FromJson for RawJson {
    const EXPECTED: &'static str = "any JSON value";
    /// Any JSON value, kept as its text.
    #[inline]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        r.raw().map(RawJson::trusted)
    }
}

impl ToJson for RawJson {
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        w.raw(self.as_str())
    }
}

impl FromJson for serde_json::Value {
    const EXPECTED: &'static str = "any JSON value";
    /// Any JSON value (for users' own code; generated types keep untyped values as
    /// [`RawJson`]).
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        let at = r.offset();
        let raw = r.raw()?;
        serde_json::from_str(raw).map_err(|e| Error::data(at, e.to_string()))
    }
}

impl ToJson for serde_json::Value {
    fn write_json(&self, w: &mut Writer) {
        w.raw(&self.to_string())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    const EXPECTED: &'static str = "array";
    #[inline(never)]
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        // `match`es rather than `?`: this is compiled once per element type in the crate
        // using the types, and each `?` is a few more calls there.
        // A constant (no `Vec::new` call) and a count of our own (no `Vec::len` call): two
        // functions fewer per element type.
        let mut out = const { Vec::new() };
        match r.array_of(T::EXPECTED) {
            Ok(true) => {}
            Ok(false) => return Ok(out),
            Err(e) => return Err(e),
        }
        // A list of large structs starts with room for one: `Vec`'s first allocation is
        // four elements, and most such lists (a call record's sessions, segments, media, of
        // structs up to 1.9 KB) hold one or two, so the other three would be held for
        // nothing (peak heap of a page of call records -13 %, speed the same). The
        // condition is a constant: other element types compile no call.
        if T::IN_PLACE && std::mem::size_of::<T>() > 128 {
            out.reserve_exact(1);
        }
        let mut i = 0;
        loop {
            let problems = r.element_start(i);
            let read = if T::IN_PLACE {
                T::read_push(r, &mut out)
            } else {
                match T::read_json(r) {
                    Ok(v) => {
                        out.push(v);
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            };
            if let Err(e) = read {
                return Err(e.at_index(i));
            }
            match r.element_end(problems, i) {
                Ok(true) => i += 1,
                Ok(false) => return Ok(out),
                Err(e) => return Err(e),
            }
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    const SPELLED: bool = T::SPELLED;
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        write_items(self, w, &[], 0)
    }
    #[inline]
    fn write_spelled(&self, w: &mut Writer, spellings: &[Spelling], slot: u32, _: u32) {
        write_items(self, w, spellings, slot)
    }
}

impl<T: ToJson> ToJson for [T] {
    const SPELLED: bool = T::SPELLED;
    #[inline]
    fn write_json(&self, w: &mut Writer) {
        write_items(self, w, &[], 0)
    }
    #[inline]
    fn write_spelled(&self, w: &mut Writer, spellings: &[Spelling], slot: u32, _: u32) {
        write_items(self, w, spellings, slot)
    }
}

/// Writes an array (the elements' enum spellings, if any, are those of member `slot`): one
/// loop per element type, for slices and vectors, spelled or not.
#[inline(never)]
fn write_items<T: ToJson>(items: &[T], w: &mut Writer, spellings: &[Spelling], slot: u32) {
    w.array_start();
    // A slice pattern, not an iterator: no iterator functions to compile per element type.
    let (mut rest, mut i) = (items, 0u32);
    while let [v, tail @ ..] = rest {
        if i > 0 {
            w.comma();
        }
        if T::SPELLED && !spellings.is_empty() {
            v.write_spelled(w, spellings, slot, i);
        } else {
            v.write_json(w);
        }
        (rest, i) = (tail, i + 1);
    }
    w.array_end();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: FromJson>(s: &str) -> Result<T, String> {
        crate::from_str(s).map_err(|e| e.to_string())
    }

    #[test]
    fn integers_and_doubles() {
        assert_eq!(read::<u8>("255"), Ok(255));
        assert_eq!(
            read::<u8>("256"),
            Err("invalid value: integer `256`, expected Byte at $ (line 1, column 1)".into())
        );
        assert_eq!(read::<i8>("-128"), Ok(-128));
        assert!(
            read::<i32>("1.5")
                .unwrap_err()
                .contains("floating point `1.5`, expected Int32")
        );
        assert!(
            read::<i16>("\"7\"")
                .unwrap_err()
                .contains("string \"7\", expected Int16")
        );
        assert_eq!(read::<f64>("\"INF\""), Ok(f64::INFINITY));
        assert!(read::<f64>("\"NaN\"").unwrap().is_nan());
        assert!(
            read::<f64>("\"1.5\"")
                .unwrap_err()
                .contains("expected Double")
        );
        assert!(
            read::<f64>("true")
                .unwrap_err()
                .contains("boolean `true`, expected Double")
        );
    }

    #[test]
    fn containers() {
        let v: Vec<i64> = read("[1, 2 ,3]").unwrap();
        assert_eq!(crate::to_string(&v), "[1,2,3]");
        let e = read::<Vec<i32>>("[1, true]").unwrap_err();
        assert_eq!(
            e,
            "invalid type: boolean `true`, expected Int32 at $[1] (line 1, column 5)"
        );
        let raw: RawJson = read(" {\"a\": [1]} ").unwrap();
        assert_eq!(crate::to_string(&raw), "{\"a\": [1]}");
    }
}
