//! Structured values (generated structs and polymorphic enums), table-driven
//! to keep generated code small: a struct hands the runtime its property
//! slots as one array of `(json name, &dyn slot)` pairs, and everything else
//! (reading members, writing them, `Debug`, `PartialEq`) is done here, once.

use crate::de::{DeError, DeResult, DeValue, Event, MapSource, Source};
use crate::extra::Extra;
use crate::field::Field;
use crate::ser::{MapSink, SerResult, SerValue};
use crate::value_source::ValueSource;
use std::fmt;

/// One property slot, as read into (implemented by every [`Field`]).
pub trait FieldDe {
    /// Reads the member's value (or `null`) into the slot.
    fn de(&mut self, src: &mut dyn Source) -> DeResult<()>;
}

/// One property slot, as written (implemented by every [`Field`]). `Debug` and `PartialEq` of
/// generated structs go through the written JSON form too, so each field type needs only
/// this one function: that keeps the models crate's build time down.
pub trait FieldRef {
    /// `None` when the member is absent (then it is not written), else what to write:
    /// `()` for `null`, or the value.
    fn get(&self) -> Option<&dyn SerValue>;
}

impl<T: DeValue> FieldDe for Field<T> {
    fn de(&mut self, src: &mut dyn Source) -> DeResult<()> {
        match T::de_nullable(src) {
            Ok(v) => {
                *self = v;
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

impl<T: SerValue> FieldRef for Field<T> {
    fn get(&self) -> Option<&dyn SerValue> {
        match self {
            Field::Absent => None,
            Field::Null => Some(&()),
            Field::Value(v) => Some(v),
        }
    }
}

/// Property slots for reading, sorted by JSON name (byte order), and the unknown-member bag.
pub type FieldsMutFn<'f> = dyn FnMut(&mut Extra, &mut [(&'static str, &mut dyn FieldDe)]) + 'f;
/// A structured value's type name, unknown-member bag and, for a derived type in a
/// polymorphic position, the `@odata.type` tag it must carry.
#[derive(Clone, Copy)]
pub struct Head<'a> {
    /// The qualified OData type name, e.g. `microsoft.graph.call`.
    pub type_name: &'static str,
    /// The unknown members / annotations of the value.
    pub extra: &'a Extra,
    /// The `@odata.type` tag a derived type needs in a polymorphic position.
    pub poly_tag: Option<&'static str>,
}

impl<'a> Head<'a> {
    /// The head of a value of type `type_name` (no tag).
    pub fn new(type_name: &'static str, extra: &'a Extra) -> Self {
        Head {
            type_name,
            extra,
            poly_tag: None,
        }
    }
}

/// The value's [`Head`] and its property slots, in declaration order.
pub type FieldsFn<'f> = dyn FnMut(Head<'_>, &[(&'static str, &dyn FieldRef)]) + 'f;

/// The object-safe reading side of a struct.
pub trait ObjectMut {
    /// Calls `f` with the struct's bag and slots (sorted by JSON name).
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>);
}

/// A generated struct that can be read.
pub trait ObjectDe: Default + ObjectMut {
    /// The qualified OData type name, e.g. `microsoft.graph.call`.
    const TYPE_NAME: &'static str;
}

/// A structured value that can be written (generated structs and polymorphic enums).
///
/// One method only: every method here is one more function per generated type in the
/// models crate's build.
pub trait ObjectSer {
    /// Calls `f` with the value's [`Head`] and slots (declaration order).
    fn fields(&self, f: &mut FieldsFn<'_>);
}

impl dyn ObjectSer + '_ {
    /// The qualified OData type name of the value (of the variant, for polymorphic enums).
    pub fn type_name(&self) -> &'static str {
        let mut name = "";
        self.fields(&mut |head, _| name = head.type_name);
        name
    }
}

/// Writes the members of a structured value: `@odata.type` first for a derived type in a
/// polymorphic position (unless the value already carries one, which is then written back as
/// it was), then annotations, then properties, then other unknown members.
pub fn write_object(obj: &dyn ObjectSer, m: &mut dyn MapSink) -> SerResult {
    let mut result = Ok(());
    obj.fields(&mut |head, fields| {
        result = match head.poly_tag {
            Some(tag) if !head.extra.contains_key("@odata.type") => m.entry("@odata.type", &tag),
            _ => Ok(()),
        }
        .and_then(|()| write_members(head.extra, fields, m));
    });
    result
}

fn write_members(
    extra: &Extra,
    fields: &[(&'static str, &dyn FieldRef)],
    m: &mut dyn MapSink,
) -> SerResult {
    extra.ser_annotations(m)?;
    for (name, slot) in fields {
        if let Some(v) = slot.get() {
            m.entry(name, v)?;
        }
    }
    extra.ser_others(m)
}

fn read_member(
    key: &str,
    src: &mut dyn Source,
    extra: &mut Extra,
    fields: &mut [(&'static str, &mut dyn FieldDe)],
) -> DeResult<()> {
    match fields.binary_search_by(|(n, _)| (*n).cmp(key)) {
        Ok(i) => fields[i].1.de(src),
        Err(_) => extra.de(key, src),
    }
}

fn read_members(
    map: &mut dyn MapSource,
    key: &mut String,
    extra: &mut Extra,
    fields: &mut [(&'static str, &mut dyn FieldDe)],
) -> DeResult<()> {
    while map.next_key(key)? {
        let k: &str = key;
        map.next_value(&mut |src: &mut dyn Source| read_member(k, src, extra, fields))
            .map_err(|e| e.at_key(k))?;
    }
    Ok(())
}

/// Reads a JSON object into `T`: known members into their slots, the rest into the bag.
pub fn de_object<T: ObjectDe>(ev: Event<'_>) -> DeResult<T> {
    let mut obj = T::default();
    match read_object(ev, T::TYPE_NAME, &mut obj) {
        Ok(()) => Ok(obj),
        Err(e) => Err(e),
    }
}

/// The non-generic body of [`de_object`] (and of the `DeValue::from_event` that
/// [`impl_object!`](crate::impl_object) writes): reads an object event into `obj`.
pub fn read_object(ev: Event<'_>, type_name: &str, obj: &mut dyn ObjectMut) -> DeResult<()> {
    match ev {
        Event::Map(map) => {
            let mut key = String::new();
            let mut result = Ok(());
            obj.fields_mut(&mut |extra, fields| {
                result = read_members(map, &mut key, extra, fields);
            });
            result
        }
        other => Err(DeError::invalid_type(
            &other,
            &format!("{type_name} object"),
        )),
    }
}

/// A polymorphic value: an enum over a base type and all types derived from it.
pub trait PolyDe: Sized {
    /// The qualified name of the base type, e.g. `microsoft.graph.mediaConfig`.
    const BASE_NAME: &'static str;
    /// An empty value of the variant for a qualified type name (no leading `#`).
    fn for_tag(qualified_name: &str) -> Option<Self>;
    /// An empty value of the base type (used when the tag is absent or unknown).
    fn base() -> Self;
    /// The current variant's struct.
    fn variant_mut(&mut self) -> &mut dyn ObjectMut;
}

/// The writing side of a polymorphic enum.
pub trait PolySer {
    /// The current variant's struct, and its `@odata.type` tag unless it is the base type.
    fn variant(&self) -> (&dyn ObjectSer, Option<&'static str>);
}

const ODATA_TYPE: &str = "@odata.type";

/// Reads a polymorphic object: picks the variant from `@odata.type` (streaming when the tag is
/// the first member, buffering the members before it otherwise) and keeps the original tag.
// No `?` here: in a generic function each one is one more function per type.
#[allow(clippy::question_mark)]
pub fn de_poly<T: PolyDe>(ev: Event<'_>) -> DeResult<T> {
    let Event::Map(map) = ev else {
        return Err(DeError::invalid_type(
            &ev,
            &format!("{} object", T::BASE_NAME),
        ));
    };
    let mut head = match read_until_tag(map) {
        Ok(head) => head,
        Err(e) => return Err(e),
    };
    let mut obj = match head.type_name() {
        Some(t) => match T::for_tag(t) {
            Some(obj) => obj,
            None => T::base(),
        },
        None => T::base(),
    };
    match finish_poly(map, &mut head, obj.variant_mut()) {
        Ok(()) => Ok(obj),
        Err(e) => Err(e),
    }
}

/// The members read before the variant of a polymorphic object is known.
struct PolyHead {
    tag: Option<String>,
    buffered: Vec<(String, serde_json::Value)>,
    more: bool,
}

impl PolyHead {
    /// The qualified type name in the tag (without its leading `#`).
    fn type_name(&self) -> Option<&str> {
        let t = self.tag.as_deref()?;
        Some(t.strip_prefix('#').unwrap_or(t))
    }
}

fn read_until_tag(map: &mut dyn MapSource) -> DeResult<PolyHead> {
    let mut key = String::new();
    let mut head = PolyHead {
        tag: None,
        buffered: Vec::new(),
        more: true,
    };
    loop {
        if !map.next_key(&mut key)? {
            head.more = false;
            return Ok(head);
        }
        if key == ODATA_TYPE {
            map.next_value(&mut |src: &mut dyn Source| {
                head.tag = Some(String::de_value(src)?);
                Ok(())
            })
            .map_err(|e| e.at_key(ODATA_TYPE))?;
            return Ok(head);
        }
        let mut v = serde_json::Value::Null;
        map.next_value(&mut |src: &mut dyn Source| {
            v = src.read_json()?;
            Ok(())
        })
        .map_err(|e| e.at_key(&key))?;
        head.buffered.push((key.clone(), v));
    }
}

fn finish_poly(
    map: &mut dyn MapSource,
    head: &mut PolyHead,
    obj: &mut dyn ObjectMut,
) -> DeResult<()> {
    let mut result = Ok(());
    let mut key = String::new();
    obj.fields_mut(&mut |extra, fields| {
        result = (|| {
            if let Some(t) = head.tag.take() {
                extra.insert(ODATA_TYPE.to_owned(), serde_json::Value::String(t));
            }
            for (k, v) in head.buffered.drain(..) {
                read_member(&k, &mut ValueSource::new(v), extra, fields)
                    .map_err(|e| e.at_key(&k))?;
            }
            if head.more {
                read_members(map, &mut key, extra, fields)?;
            }
            Ok(())
        })();
    });
    result
}

/// `ObjectSer::fields` of a polymorphic enum (see [`impl_poly!`](crate::impl_poly)): the current
/// variant's, tagged unless it is the base type.
pub fn variant_fields((v, poly_tag): (&dyn ObjectSer, Option<&'static str>), f: &mut FieldsFn<'_>) {
    v.fields(&mut |head, fields| f(Head { poly_tag, ..head }, fields));
}

/// `Debug` of a structured value under its CSDL name (used for polymorphic enums).
pub struct DebugObject<'a>(pub &'a dyn ObjectSer);

impl fmt::Debug for DebugObject<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.0.type_name();
        debug_object(name.rsplit('.').next().unwrap_or(name), self.0, f)
    }
}

/// `Debug` for a structured value: the type name and every member that is not absent.
pub fn debug_object(name: &str, obj: &dyn ObjectSer, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    /// A slot printed as the JSON it is written as.
    struct Slot<'a>(&'a dyn SerValue);
    impl fmt::Debug for Slot<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match crate::json::try_to_string(self.0) {
                Ok(json) => f.write_str(&json),
                Err(e) => write!(f, "<{e}>"),
            }
        }
    }
    let mut result = Ok(());
    obj.fields(&mut |Head { extra, .. }, fields| {
        let mut d = f.debug_struct(name);
        for (n, slot) in fields {
            if let Some(v) = slot.get() {
                d.field(n, &Slot(v));
            }
        }
        if !extra.is_empty() {
            d.field("extra", extra);
        }
        result = d.finish();
    });
    result
}

/// `PartialEq` for two structured values: same type, and the same members as written (JSON
/// values; so `NaN` equals `NaN`, and a fallback enum value equals the member of that name),
/// unknown members compared regardless of order.
pub fn eq_object(a: &dyn ObjectSer, b: &dyn ObjectSer) -> bool {
    let json = |v: &dyn SerValue| crate::json::try_to_value(v).ok();
    let mut equal = false;
    a.fields(&mut |ha, fa| {
        b.fields(&mut |hb, fb| {
            equal = ha.type_name == hb.type_name
                && ha.extra == hb.extra
                && fa.len() == fb.len()
                && fa.iter().zip(fb).all(|((na, sa), (nb, sb))| {
                    na == nb
                        && match (sa.get(), sb.get()) {
                            (None, None) => true,
                            (Some(va), Some(vb)) => json(va) == json(vb),
                            _ => false,
                        }
                });
        });
    });
    equal
}
