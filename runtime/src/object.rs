//! Structured values: generated structs ([`Object`]) and polymorphic enums ([`Poly`]).
//!
//! A struct gives the runtime its member names as a constant table (declaration order), one
//! `read_member` function (a `match` from member index to field) and one generic `visit`
//! function (every field in order). Reading, writing and `Debug` are written once here over
//! those: members are looked up in the table starting where the previous one matched, so a
//! payload in declaration order (as Graph sends it) costs one comparison per member; only
//! present members are written, with their keys copied, not escaped.

use std::fmt;

use crate::enums::Spelling;
use crate::extra::Extra;
use crate::field::Field;
use crate::json::error::{PathSeg, ReadResult};
use crate::json::raw::RawJson;
use crate::json::read::{Reader, prefix_problems};
use crate::json::write::Writer;
use crate::value::ToJson;

/// A generated struct: an entity or complex type, or the parameters of an action.
pub trait Object: Default {
    /// The qualified OData type name, e.g. `microsoft.graph.call`.
    const TYPE_NAME: &'static str;
    /// The JSON names of the members, in declaration order (member `i` is field `i`).
    const KEYS: &'static [&'static str];
    /// Reads the value of member `i` into its field: `Ok(false)` when this build has no field
    /// for it (a navigation property outside the enabled areas), so it is kept in `extra`.
    fn read_member(&mut self, i: usize, r: &mut Reader<'_>) -> ReadResult<bool>;
    /// Calls `v.field` for every field, in declaration order.
    fn visit<V: Visit>(&self, v: &mut V);
    /// The unknown members and annotations.
    fn extra(&self) -> &Extra;
    /// The unknown members and annotations, mutably.
    fn extra_mut(&mut self) -> &mut Extra;
}

/// Receives the fields of an [`Object`] (see [`Object::visit`]).
pub trait Visit {
    /// Field `slot` (its index in [`Object::KEYS`]), named `name` in Rust.
    fn field<T: ToJson + fmt::Debug>(&mut self, slot: usize, name: &'static str, value: &Field<T>);
}

/// The index of `key` in `keys`, looking at `hint` first, then onwards, then from the start.
#[inline]
fn find_key(keys: &[&str], key: &str, hint: usize) -> Option<usize> {
    if let Some(k) = keys.get(hint)
        && *k == key
    {
        return Some(hint);
    }
    find_key_slow(keys, key, hint)
}

fn find_key_slow(keys: &[&str], key: &str, hint: usize) -> Option<usize> {
    let at = |i: usize| keys[i].len() == key.len() && keys[i] == key;
    (hint.min(keys.len())..keys.len())
        .chain(0..hint.min(keys.len()))
        .find(|&i| at(i))
}

/// Reads an object of type `T`.
#[inline]
pub fn read_object<T: Object>(r: &mut Reader<'_>) -> ReadResult<T> {
    let mut obj = T::default();
    match read_object_into(r, &mut obj) {
        Ok(()) => Ok(obj),
        Err(e) => Err(e),
    }
}

/// Reads an object into `obj` (whose fields are expected to be absent): known members into
/// their fields, the others into `extra`.
#[inline]
pub fn read_object_into<T: Object>(r: &mut Reader<'_>, obj: &mut T) -> ReadResult<()> {
    if !r.object_start_of(T::TYPE_NAME)? {
        return Ok(());
    }
    let mut hint = 0;
    loop {
        r.member_key()?;
        let found = match find_key(T::KEYS, r.key(), hint) {
            Some(i) => {
                hint = i + 1;
                let problems = r.problems.len();
                match obj.read_member(i, r) {
                    Ok(read) => {
                        if !r.spellings.is_empty() || r.problems.len() > problems {
                            after_member(r, obj.extra_mut(), T::KEYS[i], i, problems);
                        }
                        read
                    }
                    Err(e) => return Err(e.at_key(T::KEYS[i])),
                }
            }
            None => false,
        };
        if !found {
            read_unknown(r, obj.extra_mut())?;
        }
        if !r.object_next()? {
            return Ok(());
        }
    }
}

/// Moves the enum spellings read for member `slot` into `extra` and adds its key to the
/// problems lenient reading found in it.
#[cold]
fn after_member(r: &mut Reader<'_>, extra: &mut Extra, key: &str, slot: usize, problems: usize) {
    if !r.spellings.is_empty() {
        extra.add_spellings(slot as u32, r.spellings.drain(..));
    }
    prefix_problems(r, problems, || PathSeg::Key(key.into()));
}

/// Keeps the member whose key was just read as raw JSON in `extra`.
fn read_unknown(r: &mut Reader<'_>, extra: &mut Extra) -> ReadResult<()> {
    let key: Box<str> = r.key().into();
    match r.raw() {
        Ok(raw) => {
            extra.push(key, RawJson::trusted(raw));
            Ok(())
        }
        Err(e) => Err(e.at_key(&key)),
    }
}

/// Writes `obj` as a JSON object: `tag` as `@odata.type` first (a derived type in a
/// polymorphic position), unless the value already carries one, which is then written back
/// as it was; then the annotations, the present fields, and the other unknown members.
#[inline]
pub fn write_object<T: Object>(obj: &T, w: &mut Writer, tag: Option<&str>) {
    w.object_start();
    let extra = obj.extra();
    let mut first = true;
    if let Some(tag) = tag {
        write_tag(extra, tag, w, &mut first);
    }
    if !extra.is_empty() {
        extra.write_annotations(w, &mut first);
    }
    let mut fields = FieldWriter {
        w,
        keys: T::KEYS,
        first,
        spellings: extra.spellings(),
    };
    obj.visit(&mut fields);
    let first = fields.first;
    let mut first = first;
    if !extra.is_empty() {
        extra.write_others(w, &mut first);
    }
    w.object_end();
}

fn write_tag(extra: &Extra, tag: &str, w: &mut Writer, first: &mut bool) {
    if !extra.contains_key("@odata.type") {
        w.plain_key(first, "@odata.type");
        w.str(tag);
    }
}

/// Writes the present fields of an object.
struct FieldWriter<'a> {
    w: &'a mut Writer,
    keys: &'static [&'static str],
    first: bool,
    spellings: &'a [Spelling],
}

impl Visit for FieldWriter<'_> {
    #[inline]
    fn field<T: ToJson + fmt::Debug>(&mut self, slot: usize, _: &'static str, value: &Field<T>) {
        let v = match value {
            Field::Absent => return,
            Field::Value(v) => v,
            Field::Null => {
                self.w.plain_key(&mut self.first, self.keys[slot]);
                self.w.null();
                return;
            }
            Field::Invalid(raw) => {
                self.w.plain_key(&mut self.first, self.keys[slot]);
                self.w.raw(raw.as_str());
                return;
            }
        };
        self.w.plain_key(&mut self.first, self.keys[slot]);
        if self.spellings.is_empty() {
            v.write_json(self.w);
        } else {
            v.write_spelled(self.w, self.spellings, slot as u32, u32::MAX);
        }
    }
}

/// `Debug` of a struct: its Rust name and the fields that are not absent (a value as itself,
/// `null` as `Null`, a value kept raw by lenient reading as `Invalid(<json>)`), then `extra`
/// if not empty. `{:#?}` nests.
pub fn debug_object<T: Object>(obj: &T, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut d = DebugFields {
        d: f.debug_struct(name),
    };
    obj.visit(&mut d);
    let extra = obj.extra();
    if !extra.is_empty() {
        d.d.field("extra", extra);
    }
    d.d.finish()
}

struct DebugFields<'a, 'b> {
    d: fmt::DebugStruct<'a, 'b>,
}

/// `null` in `Debug` output.
struct NullField;

impl fmt::Debug for NullField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Null")
    }
}

/// A value kept raw by lenient reading, in `Debug` output.
struct InvalidField<'a>(&'a RawJson);

impl fmt::Debug for InvalidField<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Invalid({})", self.0)
    }
}

impl Visit for DebugFields<'_, '_> {
    #[inline]
    fn field<T: ToJson + fmt::Debug>(&mut self, _: usize, name: &'static str, value: &Field<T>) {
        match value {
            Field::Absent => {}
            Field::Null => {
                self.d.field(name, &NullField);
            }
            Field::Value(v) => {
                self.d.field(name, v);
            }
            Field::Invalid(raw) => {
                self.d.field(name, &InvalidField(raw));
            }
        }
    }
}

/// A polymorphic value: an enum over a base type and every type derived from it, the variant
/// chosen by the value's `@odata.type`.
pub trait Poly: Sized {
    /// The qualified name of the base type, e.g. `microsoft.graph.mediaConfig`.
    const BASE_NAME: &'static str;
    /// Reads the object as the type named `tag` (qualified, without `#`), or as the base type
    /// when the tag is missing or names no type of this enum (the tag is kept in `extra`).
    fn read_variant(tag: Option<&str>, r: &mut Reader<'_>) -> ReadResult<Self>;
    /// Writes the current variant, tagged with its `@odata.type` unless it is the base type.
    fn write_variant(&self, w: &mut Writer);
}

/// Reads a polymorphic object: finds its `@odata.type` (the first member, usually; else by
/// looking ahead through the object), then reads the object as that type.
#[inline]
pub fn read_poly<P: Poly>(r: &mut Reader<'_>) -> ReadResult<P> {
    if r.peek()? != b'{' {
        return Err(r.mismatch(&format!("{} object", P::BASE_NAME)));
    }
    let tag = r.peek_member_string("@odata.type")?;
    let name = tag.as_deref().map(|t| t.strip_prefix('#').unwrap_or(t));
    P::read_variant(name, r)
}

/// Reads an object of type `T` into a box (a polymorphic enum's variant).
#[inline]
pub fn read_boxed<T: Object>(r: &mut Reader<'_>) -> ReadResult<Box<T>> {
    let mut obj = Box::<T>::default();
    match read_object_into(r, &mut *obj) {
        Ok(()) => Ok(obj),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_from_the_hint_onwards() {
        let keys = ["id", "name", "state", "id2"];
        assert_eq!(find_key(&keys, "id", 0), Some(0));
        assert_eq!(find_key(&keys, "state", 1), Some(2));
        assert_eq!(find_key(&keys, "id", 3), Some(0));
        assert_eq!(find_key(&keys, "id2", 9), Some(3));
        assert_eq!(find_key(&keys, "nope", 2), None);
        assert_eq!(find_key(&[], "x", 0), None);
    }
}
