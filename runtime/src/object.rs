//! Structured values: generated structs ([`Object`]) and polymorphic enums ([`Poly`]).
//!
//! A struct gives the runtime its member names as a constant table (declaration order), a
//! `read_member` function (a `match` from member index to field), and `write_fields` and
//! `visit_fields` (every field in order, for `Debug` and `PartialEq`). Reading and writing
//! are written once here over those, through the object-safe [`Members`]: members are
//! looked up in the table starting where the previous one matched, so a payload in
//! declaration order (as Graph sends it) costs one comparison per member; only present
//! members are written, with their keys copied, not escaped.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;
use std::panic::{RefUnwindSafe, UnwindSafe};

use crate::enums::Spelling;
use crate::extra::{EXTRA_MEMBER, Extra, TAG_MEMBER};
use crate::field::Field;
use crate::json::error::{Error, ErrorKind, NoteKind, PathSeg, ReadResult};
use crate::json::raw::RawJson;
use crate::json::read::{Checkpoint, Reader, note, prefix_problems, same_bytes};
use crate::json::write::Writer;
use crate::value::ToJson;

/// A generated struct: an entity or complex type, or the parameters of an action.
pub trait Object: Default + Members {
    /// The qualified OData type name, e.g. `microsoft.graph.call`.
    const TYPE_NAME: &'static str;
    /// The JSON names of the members, in declaration order (member `i` is field `i`).
    #[doc(hidden)]
    const KEYS: &'static [&'static str];
    /// The same names as written after another member: `,"name":` (the first member of an
    /// object is written without the comma), padded with spaces to at least 33 bytes so that
    /// a key of up to 32 bytes is copied as one block of fixed size.
    #[doc(hidden)]
    const KEYS_JSON: &'static [&'static str];
    /// The JSON text of the type's own `@odata.type` tag (`"#microsoft.graph.call"`), kept
    /// without an allocation when a value carries exactly that.
    #[doc(hidden)]
    const TAG: &'static str;
    /// The four constants above, for [`Members::view`].
    #[doc(hidden)]
    const META: Meta = Meta {
        type_name: Self::TYPE_NAME,
        keys: Self::KEYS,
        keys_json: Self::KEYS_JSON,
        tag: Self::TAG,
    };
    /// Shows every field to `v` (`v.field(i, "rust_name", &self.field)`, in order), for
    /// `Debug` and `PartialEq`.
    #[doc(hidden)]
    fn visit_fields<'s>(&'s self, v: &mut dyn FieldVisitor<'s>);
    /// The unknown members and annotations.
    #[inline]
    fn extra(&self) -> &Extra {
        self.view().1
    }
    /// The unknown members and annotations, mutably.
    #[inline]
    fn extra_mut(&mut self) -> &mut Extra {
        self.extra_mut_dyn()
    }
}

/// The object-safe side of a generated struct, which the reading and writing loops use:
/// they are compiled once, not once per type (a program reading every Graph type would
/// otherwise compile thousands of copies), at the cost of one indirect call per member.
/// Generated code implements it directly (no wrapper per type around [`Object`] methods:
/// each would be compiled once per type in the crate using the types).
///
/// Hidden from the docs: implemented for every generated struct, it would add the same
/// methods to thousands of pages.
#[doc(hidden)]
pub trait Members {
    /// The type's constants ([`Object::META`]) and its unknown members and annotations
    /// (one method, not two: each is compiled once per type in the crate using the types).
    fn view(&self) -> (Meta, &Extra);
    /// Reads the value of member `i` into its field: `Ok(false)` when this build has no field
    /// for it (a navigation property outside the enabled areas), so it is kept in `extra`.
    fn read_member(&mut self, i: usize, r: &mut Reader<'_>) -> ReadResult<bool>;
    /// Writes every field that is present (`w.field(i, &self.field_i)`, in order).
    fn write_fields(&self, w: &mut Fields<'_>);
    /// [`Object::extra_mut`].
    fn extra_mut_dyn(&mut self) -> &mut Extra;
}

/// An [`Object`]'s constants, behind a pointer ([`Members::view`]).
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Meta {
    /// [`Object::TYPE_NAME`].
    pub type_name: &'static str,
    /// [`Object::KEYS`].
    pub keys: &'static [&'static str],
    /// [`Object::KEYS_JSON`].
    pub keys_json: &'static [&'static str],
    /// [`Object::TAG`].
    pub tag: &'static str,
}

/// The index of `key` in `keys`, looking from `hint` onwards, then from the start.
/// The lengths are compared first: they sit in the table itself, so most entries are
/// rejected without loading their text.
fn find_key_slow(keys: &[&str], key: &str, hint: usize) -> Option<usize> {
    let key = key.as_bytes();
    let at = |i: usize| {
        let k = keys[i].as_bytes();
        k.len() == key.len() && k.first() == key.first() && same_bytes(k, key)
    };
    (hint.min(keys.len())..keys.len())
        .chain(0..hint.min(keys.len()))
        .find(|&i| at(i))
}

/// Reads an object of type `T` into a field, in place.
pub fn read_object_into_field<T: Object>(
    r: &mut Reader<'_>,
    field: &mut Field<T>,
) -> ReadResult<()> {
    *field = Field::Value(T::default());
    match field {
        Field::Value(v) => read_members(r, v),
        _ => Ok(()),
    }
}

/// Reads an object of type `T` onto the end of `out`, in place.
pub fn read_object_push<T: Object>(r: &mut Reader<'_>, out: &mut Vec<T>) -> ReadResult<()> {
    // `push_mut`, not `push` then `last_mut`: two functions fewer per element type in the
    // crate using the types.
    read_members(r, out.push_mut(T::default()))
}

/// Reads an object of type `T`.
pub fn read_object<T: Object>(r: &mut Reader<'_>) -> ReadResult<T> {
    let mut obj = T::default();
    match read_members(r, &mut obj) {
        Ok(()) => Ok(obj),
        Err(e) => Err(e),
    }
}

/// Reads an object into `obj` (whose fields are expected to be absent): known members into
/// their fields, the others into `extra`. When the reader keeps member order and the members
/// do not come in the order they are written in (`@odata.type`, other annotations, fields in
/// declaration order, other members), the order they came in is recorded in `extra`, so the
/// object is written back as it came.
pub fn read_members(r: &mut Reader<'_>, obj: &mut dyn Members) -> ReadResult<()> {
    let start = r.value_offset()?;
    let watch_tag = r.poly_watch.take() == Some(start);
    let meta = obj.view().0;
    if !r.object_start_of(meta.type_name)? {
        return Ok(());
    }
    let keys = meta.keys;
    let keep_order = r.keep_order;
    let base = r.order.len();
    let mut order = Canonical::default();
    let learned = Learned::of(keys);
    // The last field read (`keys.len()` before the first): the member expected next is the
    // one that followed it last time, else the next in declaration order.
    let mut prev = keys.len();
    let mut hint = learned.after(prev, keys.len()).unwrap_or(0);
    loop {
        let at_hint = match keys.get(hint) {
            Some(k) => r.member_key_is(k)?,
            None => {
                r.member_key()?;
                false
            }
        };
        let index = if at_hint {
            Some(hint)
        } else if r.key().starts_with('@') {
            // An instance annotation: property names are identifiers, so no lookup.
            None
        } else {
            find_key_slow(keys, r.key(), hint)
        };
        let found = match index {
            Some(i) => {
                if !at_hint {
                    learned.learn(prev, i);
                }
                prev = i;
                hint = learned.after(i, keys.len()).unwrap_or(i + 1);
                let problems = r.problems.len();
                let read = if r.lenient {
                    read_member_lenient(obj, i, r)
                } else {
                    obj.read_member(i, r)
                };
                match read {
                    Ok(true) => {
                        if !r.spellings.is_empty() || r.problems.len() > problems {
                            after_member(r, obj.extra_mut_dyn(), keys[i], i, problems);
                        }
                        if keep_order {
                            order.field(i as u32);
                            r.order.push(i as u32);
                        }
                        true
                    }
                    Ok(false) => false,
                    Err(e) => return Err(e.at_key(keys[i])),
                }
            }
            None => false,
        };
        if !found {
            let tag = meta.tag;
            if watch_tag && r.key() == "@odata.type" {
                // A polymorphic object read as its base type names its type late.
                let at = r.offset();
                if r.raw()? != tag {
                    return Err(Error::new(ErrorKind::Restart, at, "late @odata.type"));
                }
                r.rewind(at, r.depth());
            }
            let annotation = r.key().starts_with('@');
            let owner = if index.is_none() {
                Some(meta.type_name)
            } else {
                None
            };
            let entry = read_unknown(r, obj.extra_mut_dyn(), tag, owner)?;
            if keep_order {
                order.other(entry, annotation);
                r.order.push(entry);
            }
        }
        if !r.object_next()? {
            if order.disordered {
                obj.extra_mut_dyn().set_member_order(&r.order[base..]);
            }
            r.order.truncate(base);
            return Ok(());
        }
    }
}

/// Reads member `i` leniently: a value that does not fit its field is kept as raw JSON,
/// the field marked [`Field::Invalid`] and the problem recorded.
#[inline(never)]
fn read_member_lenient(obj: &mut dyn Members, i: usize, r: &mut Reader<'_>) -> ReadResult<bool> {
    let at = r.checkpoint();
    match obj.read_member(i, r) {
        Err(e) => {
            r.keep_invalid(&at, e)?;
            // The value is consumed: the field only records that it is invalid.
            r.mark_invalid = true;
            let read = obj.read_member(i, r);
            r.mark_invalid = false;
            read
        }
        read => read,
    }
}

/// Slots of [`NEXT`] (a power of two).
const NEXT_SLOTS: usize = 4096;

thread_local! {
    /// Which member followed which the last time the expected one did not come next, per
    /// type: `1 + index`, `0` for nothing learned, in a slot picked by the type's key table
    /// and the previous member. Payloads of one type tend to keep one member order (Graph's
    /// is not declaration order for every type), so after the first object of a type has
    /// been read on a thread, the next key is usually compared in place against the right
    /// name instead of being scanned and looked up. Only a guess: the key is always
    /// compared, and two types sharing a slot cost a lookup, never a wrong member.
    static NEXT: [std::cell::Cell<u16>; NEXT_SLOTS] =
        const { [const { std::cell::Cell::new(0) }; NEXT_SLOTS] };
}

/// The learned member order of one type (see [`NEXT`]).
#[derive(Clone, Copy)]
struct Learned {
    /// The type's part of the slot index.
    base: usize,
}

impl Learned {
    #[inline]
    fn of(keys: &'static [&'static str]) -> Self {
        let h = (keys.as_ptr() as usize as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        Learned {
            base: (h >> 52) as usize,
        }
    }

    #[inline]
    fn slot(self, prev: usize) -> usize {
        (self.base ^ prev) & (NEXT_SLOTS - 1)
    }

    /// The member that followed `prev` last time, if known (and in `0..len`).
    #[inline]
    fn after(self, prev: usize, len: usize) -> Option<usize> {
        let next = NEXT.with(|n| n[self.slot(prev)].get());
        (next as usize).checked_sub(1).filter(|&i| i < len)
    }

    /// Records that member `next` followed `prev`.
    #[inline]
    fn learn(self, prev: usize, next: usize) {
        if let Ok(v) = u16::try_from(next + 1) {
            NEXT.with(|n| n[self.slot(prev)].set(v));
        }
    }
}

/// Whether members came in canonical order so far: `@odata.type`, other annotations, fields
/// by increasing index, other members.
#[derive(Default)]
struct Canonical {
    /// 0: nothing yet, 1: annotations, 2: fields, 3: other members.
    phase: u8,
    next_field: u32,
    disordered: bool,
}

impl Canonical {
    fn field(&mut self, i: u32) {
        if self.phase > 2 || i < self.next_field {
            self.disordered = true;
        }
        self.phase = 2;
        self.next_field = i + 1;
    }

    fn other(&mut self, entry: u32, annotation: bool) {
        if entry == TAG_MEMBER {
            self.disordered |= self.phase > 0;
            self.phase = 1;
        } else if annotation {
            self.disordered |= self.phase > 1;
            self.phase = 1;
        } else {
            self.phase = 3;
        }
    }
}

/// Moves the enum spellings read for member `slot` into `extra`, and the text lenient reading
/// kept for it, and adds its key to the problems lenient reading found in it.
#[cold]
fn after_member(
    r: &mut Reader<'_>,
    extra: &mut Extra,
    key: &'static str,
    slot: usize,
    problems: usize,
) {
    if !r.spellings.is_empty() {
        extra.add_spellings(slot as u32, r.spellings.drain(..));
    }
    if let Some(raw) = r.invalid.pop() {
        extra.add_invalid(slot as u32, key, raw);
    }
    prefix_problems(r, problems, PathSeg::Key(key.into()));
}

/// Keeps the member whose key was just read as raw JSON in `extra` (`tag`, the object's own
/// `@odata.type` text, without copying it); returns its entry for a member order. `owner`,
/// the object's type name when its type does not declare the member, is for notes.
fn read_unknown(
    r: &mut Reader<'_>,
    extra: &mut Extra,
    tag: &'static str,
    owner: Option<&'static str>,
) -> ReadResult<u32> {
    // The key is in the input unless it had escapes (then it is copied first).
    let key: std::borrow::Cow<'_, str> = match r.key_in_input() {
        Some(k) => std::borrow::Cow::Borrowed(k),
        None => std::borrow::Cow::Owned(r.key().to_owned()),
    };
    let at = r.offset();
    match r.raw() {
        Ok(raw) => {
            let own_tag = raw == tag && key == "@odata.type";
            let value = if own_tag {
                RawJson::trusted_static(tag)
            } else {
                RawJson::trusted(raw)
            };
            if r.notes
                && let Some(owner) = owner
            {
                note_unknown(r, owner, at, &key, raw, own_tag);
            }
            Ok(extra.push(&key, value))
        }
        Err(e) => Err(e.at_key(&key)),
    }
}

/// The note for an undeclared member `key` (value `raw`) of a type `owner`: a member
/// unless it is an annotation, a tag unless it is the type's own.
#[cold]
fn note_unknown(
    r: &mut Reader<'_>,
    owner: &'static str,
    at: usize,
    key: &str,
    raw: &str,
    own: bool,
) {
    let seg = || Some(PathSeg::Key(key.into()));
    if key == "@odata.type" {
        if !own {
            note(r, NoteKind::TypeTag, owner, at, raw, seg());
        }
    } else if !key.contains('@') {
        note(r, NoteKind::UnknownMember, owner, at, key, seg());
    }
}

/// Writes `obj` as a JSON object: when `tagged` (a derived type in a polymorphic
/// position), its type's tag ([`Object::TAG`]) as `@odata.type` first, unless the value
/// already carries one, which is then written back as it was; then the annotations, the present fields, and the other unknown members.
/// Not generic: generated code passes its structs as `&dyn Members`.
pub fn write_members(obj: &dyn Members, w: &mut Writer, tagged: bool) {
    let (meta, extra) = obj.view();
    if let Some(order) = extra.member_order() {
        return write_in_order(obj, w, tagged, order);
    }
    w.object_start();
    let mut first = true;
    if tagged && !extra.contains_key("@odata.type") {
        w.plain_key(&mut first, "@odata.type");
        w.raw(meta.tag);
    }
    if !extra.is_empty() {
        extra.write_annotations(w, &mut first);
    }
    let mut fields = Fields {
        w,
        keys: meta.keys_json,
        names: meta.keys,
        first,
        spellings: extra.spellings(),
        extra,
        select: Select::All,
    };
    obj.write_fields(&mut fields);
    let mut first = fields.first;
    if !extra.is_empty() {
        extra.write_others(w, &mut first);
    }
    w.object_end();
}

/// Writes the members in the order they were read (`order`, see [`read_members`]); fields
/// set since then follow in declaration order, members added to `extra` after them.
#[cold]
fn write_in_order(obj: &dyn Members, w: &mut Writer, tagged: bool, order: &[u32]) {
    let (meta, extra) = obj.view();
    let keys = meta.keys;
    w.object_start();
    let mut first = true;
    if tagged && !extra.contains_key("@odata.type") {
        w.plain_key(&mut first, "@odata.type");
        w.raw(meta.tag);
    }
    let mut fields_done = Bits::new(keys.len());
    let mut extra_done = Bits::new(extra.member_count());
    let mut tag_done = false;
    let mut fields = Fields {
        w,
        keys: meta.keys_json,
        names: meta.keys,
        first,
        spellings: extra.spellings(),
        extra,
        select: Select::All,
    };
    for &entry in order {
        if entry == TAG_MEMBER {
            if let Some(t) = extra.tag()
                && !std::mem::replace(&mut tag_done, true)
            {
                fields.w.plain_key(&mut fields.first, "@odata.type");
                fields.w.raw(t.as_str());
            }
        } else if entry & EXTRA_MEMBER != 0 {
            let j = (entry & !EXTRA_MEMBER) as usize;
            if let Some((k, v)) = extra.member(j)
                && extra_done.set(j)
            {
                fields.w.key(&mut fields.first, k);
                fields.w.raw(v.as_str());
            }
        } else {
            let i = entry as usize;
            if i < keys.len() && fields_done.set(i) {
                // The one field, through the function every write uses: one comparison
                // per field of the type for each member (this path is rare).
                fields.select = Select::One(i);
                obj.write_fields(&mut fields);
            }
        }
    }
    fields.select = Select::Except(&fields_done);
    obj.write_fields(&mut fields);
    if let Some(t) = extra.tag()
        && !tag_done
    {
        fields.w.plain_key(&mut fields.first, "@odata.type");
        fields.w.raw(t.as_str());
    }
    for j in 0..extra.member_count() {
        if let Some((k, v)) = extra.member(j)
            && extra_done.set(j)
        {
            fields.w.key(&mut fields.first, k);
            fields.w.raw(v.as_str());
        }
    }
    fields.w.object_end();
}

/// A set of small indices: a `u64` up to 64, a `Vec` beyond.
enum Bits {
    Small(u64),
    Large(Vec<bool>),
}

impl Bits {
    fn new(n: usize) -> Self {
        if n <= 64 {
            Bits::Small(0)
        } else {
            Bits::Large(vec![false; n])
        }
    }

    /// Whether `i` is in the set.
    fn contains(&self, i: usize) -> bool {
        match self {
            Bits::Small(b) => i < 64 && *b & 1 << i != 0,
            Bits::Large(v) => v.get(i).copied().unwrap_or(false),
        }
    }

    /// Adds `i`; whether it was not there yet.
    fn set(&mut self, i: usize) -> bool {
        match self {
            Bits::Small(b) if i < 64 => {
                let fresh = *b & 1 << i == 0;
                *b |= 1 << i;
                fresh
            }
            Bits::Small(_) => false,
            Bits::Large(v) => v.get_mut(i).is_some_and(|d| !std::mem::replace(d, true)),
        }
    }
}

/// Writes the present fields of an object ([`Members::write_fields`]).
pub struct Fields<'a> {
    w: &'a mut Writer,
    /// `,"name":` per member, padded ([`Object::KEYS_JSON`]).
    keys: &'static [&'static str],
    /// The names ([`Object::KEYS`]).
    names: &'static [&'static str],
    first: bool,
    spellings: &'a [Spelling],
    extra: &'a Extra,
    select: Select<'a>,
}

/// Which fields a [`Fields`] writes.
enum Select<'a> {
    /// Every present field (every write but those in a kept member order).
    All,
    /// Field `i` only.
    One(usize),
    /// The fields not in the set.
    Except(&'a Bits),
}

impl Fields<'_> {
    /// Writes field `slot` (its index in [`Object::KEYS`]) unless it is absent.
    #[inline]
    pub fn field<T: ToJson>(&mut self, slot: usize, value: &Field<T>) {
        match value {
            Field::Absent => {}
            _ if !self.selects(slot) => {}
            Field::Value(v) => {
                self.key(slot);
                if T::SPELLED && !self.spellings.is_empty() {
                    v.write_spelled(self.w, self.spellings, slot as u32, u32::MAX);
                } else {
                    v.write_json(self.w);
                }
            }
            Field::Null => self.null(slot),
            Field::Invalid => self.invalid(slot),
        }
    }

    /// Whether field `slot` is to be written.
    #[inline]
    fn selects(&self, slot: usize) -> bool {
        match self.select {
            Select::All => true,
            Select::One(i) => i == slot,
            Select::Except(done) => !done.contains(slot),
        }
    }

    /// Writes member `slot` as `null` (not generic).
    fn null(&mut self, slot: usize) {
        self.key(slot);
        self.w.null();
    }

    /// Writes `,"name":` (`"name":` for the first member). The generated key is padded with
    /// spaces to 33 bytes, so a key of up to 32 bytes is copied as one 32-byte block and the
    /// padding cut off; its length is the name's plus 4 (names need no escaping).
    #[inline]
    fn key(&mut self, slot: usize) {
        let k = self.keys[slot];
        let skip = usize::from(std::mem::replace(&mut self.first, false));
        let len = self.names[slot].len() + 4 - skip;
        match k.as_bytes().get(skip..skip + 32).map(<&[u8; 32]>::try_from) {
            Some(Ok(block)) if len <= 32 => self.w.raw_block(block, len),
            // A long key, not padded (a `KEYS_JSON` written by hand may not be either).
            _ => self
                .w
                .raw(k.get(skip..).unwrap_or_default().trim_end_matches(' ')),
        }
    }

    /// The kept text of an invalid field (`null` if there is none: set by hand).
    /// Writes member `slot` as the text lenient reading kept for it (not generic).
    #[cold]
    fn invalid(&mut self, slot: usize) {
        self.key(slot);
        match self.extra.invalid_at(slot as u32) {
            Some(raw) => self.w.raw(raw.as_str()),
            None => self.w.null(),
        }
    }
}

/// `Debug` of a struct: its Rust name and the fields that are not absent (a value as itself,
/// `null` as `Null`, a value kept raw by lenient reading as `Invalid(<json>)`), then `extra`
/// if not empty. `{:#?}` nests.
pub fn debug_object<T: Object>(obj: &T, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let extra = obj.extra();
    let mut d = DebugFields {
        d: f.debug_struct(name),
        extra,
    };
    obj.visit_fields(&mut d);
    if !extra.is_empty() {
        d.d.field("extra", extra);
    }
    d.d.finish()
}

/// Field-wise equality of two structs of one type: each field compared with `==` (as a
/// derived `PartialEq` would), then the unknown members ([`Extra`]'s equality). The fields
/// are listed by [`Object::visit_fields`], the list `Debug` uses too, so a struct's
/// `PartialEq` costs it one line (see [`DynField`]).
#[inline]
pub fn eq_objects<T: Object>(a: &T, b: &T) -> bool {
    let mut fields = CollectFields(Vec::with_capacity(T::KEYS.len()));
    a.visit_fields(&mut fields);
    let mut same = CompareFields {
        with: &fields.0,
        at: 0,
        equal: true,
    };
    b.visit_fields(&mut same);
    same.equal && same.at == fields.0.len() && a.extra() == b.extra()
}

/// One field of a generated struct as the code written once for every struct sees it:
/// `Debug` ([`debug_object`]) and `PartialEq` ([`eq_objects`]) go through it. A struct thus
/// has one generated list of its fields ([`Object::visit_fields`]) and no derived
/// `PartialEq` (a derive checks a comparison per field in every struct: 8-9 % of a part
/// crate's compile time, measured in BENCHMARKS.md); the code per field type (`Field<String>`,
/// `Field<Vec<X>>`, ...) is shared by every struct with a field of that type.
#[doc(hidden)]
pub trait DynField: Any {
    /// Whether the field is absent, `null`, invalid or a value (as `Debug`).
    fn state(&self) -> FieldState<'_>;
    /// `self == other`; fields of different types are not equal.
    fn eq_dyn(&self, other: &dyn DynField) -> bool;
}

/// A field's state, for [`debug_object`].
#[doc(hidden)]
pub enum FieldState<'a> {
    /// [`Field::Absent`].
    Absent,
    /// [`Field::Null`].
    Null,
    /// [`Field::Invalid`].
    Invalid,
    /// [`Field::Value`].
    Value(&'a dyn fmt::Debug),
}

impl<T: PartialEq + fmt::Debug + 'static> DynField for Field<T> {
    fn state(&self) -> FieldState<'_> {
        match self {
            Field::Absent => FieldState::Absent,
            Field::Null => FieldState::Null,
            Field::Invalid => FieldState::Invalid,
            Field::Value(v) => FieldState::Value(v),
        }
    }

    fn eq_dyn(&self, other: &dyn DynField) -> bool {
        (other as &dyn Any).downcast_ref::<Self>() == Some(self)
    }
}

/// What [`Object::visit_fields`] shows each field to.
#[doc(hidden)]
pub trait FieldVisitor<'s> {
    /// Field `slot` (its index in [`Object::KEYS`]), named `name` in Rust.
    fn field(&mut self, slot: usize, name: &'static str, value: &'s dyn DynField);
}

/// Collects an object's fields, for [`eq_objects`].
struct CollectFields<'s>(Vec<&'s dyn DynField>);

impl<'s> FieldVisitor<'s> for CollectFields<'s> {
    fn field(&mut self, _: usize, _: &'static str, value: &'s dyn DynField) {
        self.0.push(value);
    }
}

/// Compares an object's fields with those collected from another, for [`eq_objects`].
struct CompareFields<'w, 'a> {
    with: &'w [&'a dyn DynField],
    at: usize,
    equal: bool,
}

impl<'s> FieldVisitor<'s> for CompareFields<'_, '_> {
    fn field(&mut self, _: usize, _: &'static str, value: &'s dyn DynField) {
        if self.equal {
            self.equal = self.with.get(self.at).is_some_and(|a| a.eq_dyn(value));
        }
        self.at += 1;
    }
}

/// Lists the fields of an object for [`debug_object`].
struct DebugFields<'a, 'b> {
    d: fmt::DebugStruct<'a, 'b>,
    extra: &'a Extra,
}

/// `null` in `Debug` output.
struct NullField;

impl fmt::Debug for NullField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Null")
    }
}

/// A value kept raw by lenient reading, in `Debug` output.
struct InvalidField<'a>(Option<&'a RawJson>);

impl fmt::Debug for InvalidField<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(raw) => write!(f, "Invalid({raw})"),
            None => f.write_str("Invalid"),
        }
    }
}

impl<'s> FieldVisitor<'s> for DebugFields<'_, '_> {
    /// Lists the field unless it is absent.
    fn field(&mut self, slot: usize, name: &'static str, value: &'s dyn DynField) {
        match value.state() {
            FieldState::Absent => {}
            FieldState::Null => {
                self.d.field(name, &NullField);
            }
            FieldState::Value(v) => {
                self.d.field(name, v);
            }
            FieldState::Invalid => {
                let raw = self.extra.invalid_at(slot as u32);
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
    /// (This and the other methods are plumbing for the reading and writing code, left out
    /// of the documentation, where they would repeat on every polymorphic enum's page: read
    /// and write through `FromJson` and `ToJson`.)
    #[doc(hidden)]
    fn read_variant(tag: Option<&str>, r: &mut Reader<'_>) -> ReadResult<Self>;
    /// The current variant's value, for the object reading and writing code (one `match`
    /// per enum; the type name, `extra` and writing go through it).
    #[doc(hidden)]
    fn members(&self) -> &dyn Members;
    /// [`Poly::members`], mutably.
    #[doc(hidden)]
    fn members_mut(&mut self) -> &mut dyn Members;
    /// Writes the current variant, tagged with its `@odata.type` unless it is the base type.
    #[doc(hidden)]
    #[inline]
    fn write_variant(&self, w: &mut Writer) {
        write_variant(self.members(), Self::BASE_NAME, w)
    }
}

/// [`Poly::write_variant`]: `obj` tagged unless its type is `base` (not generic, so it is
/// compiled once, not once per polymorphic enum).
pub fn write_variant(obj: &dyn Members, base: &str, w: &mut Writer) {
    let tagged = obj.view().0.type_name != base;
    write_members(obj, w, tagged)
}

/// Reads a polymorphic object: as the type its `@odata.type` names when that is the first
/// member (as Graph sends it); else as the base type, unless the object holds an
/// `@odata.type` naming another type further on, in which case it is read again as that
/// type.
#[inline(never)]
#[allow(clippy::question_mark)] // a `?` here is one more function per enum (see below)
pub fn read_poly<P: Poly>(r: &mut Reader<'_>) -> ReadResult<P> {
    // `match`es, not `?`: `?` converts the error through a function per return type.
    match poly_start(r, P::BASE_NAME) {
        Err(e) => Err(e),
        Ok(PolyStart::Tagged(tag)) => P::read_variant(tag.as_deref(), r),
        Ok(PolyStart::Watch(at)) => match P::read_variant(None, r) {
            Err(e) if e.kind() == ErrorKind::Restart => {
                let tag = match poly_restart(r, &at) {
                    Ok(tag) => tag,
                    Err(e) => return Err(e),
                };
                r.poly_lookahead = true;
                let read = P::read_variant(tag.as_deref(), r);
                r.poly_lookahead = false;
                read
            }
            other => {
                r.poly_watch = None;
                other
            }
        },
    }
}

/// How [`read_poly`] reads an object: as the type a tag names (`#` stripped; `None`: the
/// base type), or optimistically as the base type, watching for a late tag.
enum PolyStart<'a> {
    Tagged(Option<Cow<'a, str>>),
    Watch(Checkpoint),
}

/// The non-generic start of [`read_poly`].
fn poly_start<'a>(r: &mut Reader<'a>, base: &str) -> ReadResult<PolyStart<'a>> {
    if r.peek()? != b'{' {
        return Err(r.mismatch(&format!("{base} object")));
    }
    if let Some(tag) = r.first_member_string("@odata.type")? {
        return Ok(PolyStart::Tagged(Some(strip_hash(tag))));
    }
    if r.poly_lookahead {
        let tag = r.peek_member_string("@odata.type")?;
        return Ok(PolyStart::Tagged(tag.map(strip_hash)));
    }
    let at = r.checkpoint();
    r.poly_watch = Some(at.offset());
    Ok(PolyStart::Watch(at))
}

/// Goes back to the start of an object read as its base type that named another type late;
/// returns that type (`#` stripped).
#[cold]
fn poly_restart<'a>(r: &mut Reader<'a>, at: &Checkpoint) -> ReadResult<Option<Cow<'a, str>>> {
    r.restore(at);
    r.poly_watch = None;
    Ok(r.peek_member_string("@odata.type")?.map(strip_hash))
}

/// A tag without its leading `#`.
fn strip_hash(tag: Cow<'_, str>) -> Cow<'_, str> {
    match tag {
        Cow::Borrowed(t) => Cow::Borrowed(t.strip_prefix('#').unwrap_or(t)),
        Cow::Owned(t) => match t.strip_prefix('#') {
            Some(s) => Cow::Owned(s.to_owned()),
            None => Cow::Owned(t),
        },
    }
}

/// Compiles only for a type that is `Send`, `Sync`, `Unpin`, `UnwindSafe` and
/// `RefUnwindSafe`. Generated polymorphic enums state these auto traits instead of having
/// them derived (deriving them through enums that reach every type made `cargo doc` grow
/// with the square of the number of types), and call this for every variant's type in a
/// constant, so that the compiler still checks them:
///
/// ```compile_fail
/// // `Rc` is neither `Send` nor `Sync`.
/// const _: () = msgraph_core::object::auto_traits::<std::rc::Rc<u8>>();
/// ```
///
/// ```
/// const _: () = msgraph_core::object::auto_traits::<Box<String>>();
/// ```
#[doc(hidden)]
pub const fn auto_traits<T: Send + Sync + Unpin + UnwindSafe + RefUnwindSafe>() {}

/// A boxed default `T`: a polymorphic enum's `read_variant` makes the variant its tag names
/// with it, then reads the object into that variant through one `read_members` call. So a
/// variant costs this small function in the crate using the types (a function reading
/// each variant's type would be compiled once per variant there), and the variant's
/// default value never sits in `read_variant`'s stack frame (a frame as large as the sum of
/// the variants' sizes in unoptimised builds).
#[inline]
pub fn new_boxed<T: Default>() -> Box<T> {
    // Not `Box::default()`, which is three functions per type (see the generator's lint
    // header).
    Box::new(T::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_compare_by_type_and_value() {
        let (a, b) = (Field::Value(1u32), Field::Value(1u32));
        assert!(a.eq_dyn(&b));
        assert!(!a.eq_dyn(&Field::Value(2u32)));
        assert!(!a.eq_dyn(&Field::<u32>::Null));
        // Equal values of different types are different fields.
        assert!(!a.eq_dyn(&Field::Value(1u64)));
        assert!(Field::<u32>::Absent.eq_dyn(&Field::<u32>::Absent));
        assert!(!Field::<u32>::Absent.eq_dyn(&Field::<u32>::Null));
        assert!(matches!(a.state(), FieldState::Value(_)));
        assert!(matches!(Field::<u8>::Invalid.state(), FieldState::Invalid));
    }

    #[test]
    fn bit_sets_hold_small_and_large_indices() {
        // Up to 64 members in a word, more in a vector (a kept member order of a large type).
        for n in [3usize, 64, 65, 200] {
            let mut b = Bits::new(n);
            assert!(!b.contains(n - 1) && !b.contains(n));
            assert!(b.set(n - 1));
            assert!(!b.set(n - 1));
            assert!(b.contains(n - 1) && !b.contains(0));
        }
    }

    #[test]
    fn keys_are_found_from_the_hint_onwards() {
        let keys = ["id", "name", "state", "id2"];
        assert_eq!(find_key_slow(&keys, "id", 0), Some(0));
        assert_eq!(find_key_slow(&keys, "state", 1), Some(2));
        assert_eq!(find_key_slow(&keys, "id", 3), Some(0));
        assert_eq!(find_key_slow(&keys, "id2", 9), Some(3));
        assert_eq!(find_key_slow(&keys, "nope", 2), None);
        assert_eq!(find_key_slow(&[], "x", 0), None);
    }

    #[test]
    fn the_expected_key_is_compared_in_place() {
        let mut r = Reader::new(r#"{"id": 1, "ide": 2, "i\u0064": 3, "x":4}"#);
        assert!(r.object_start("o").unwrap());
        assert!(r.member_key_is("id").unwrap());
        r.skip().unwrap();
        assert!(r.object_next().unwrap());
        assert!(!r.member_key_is("id").unwrap());
        assert_eq!(r.key(), "ide");
        r.skip().unwrap();
        assert!(r.object_next().unwrap());
        assert!(!r.member_key_is("id").unwrap());
        assert_eq!(r.key(), "id");
        r.skip().unwrap();
        assert!(r.object_next().unwrap());
        assert!(!r.member_key_is("a-much-longer-key").unwrap());
        assert_eq!(r.key(), "x");
    }
}
