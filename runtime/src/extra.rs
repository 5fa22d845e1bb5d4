//! [`Extra`]: the insertion-ordered bag of members a generated type does not model (unknown
//! properties, instance annotations such as `@odata.type`, `@odata.id`, and property
//! annotations such as `name@odata.bind`), each kept as its exact JSON text ([`RawJson`]) and
//! written back on serialization; plus what it takes to write an object back as it came: the
//! original spellings of enum members recognised only by case ([`Spelling`]), the text of
//! members lenient reading could not type, and (when asked for) the order the members came in.
//!
//! It is 32 bytes in every generated struct and allocates nothing for the common cases: no
//! unknown member at all, or only the type's own `@odata.type` (kept as static text). Other
//! members cost one allocation for the bag (which holds the first two members), one per value,
//! and one per key only for keys longer than 22 bytes (shorter ones are kept inline; the
//! annotations OData defines are static). Spellings, invalid members' text and a recorded
//! member order cost one more allocation for the object.

use std::borrow::Cow;
use std::fmt;

use crate::enums::Spelling;
use crate::inline::InlineStr;
use crate::json::raw::RawJson;
use crate::json::write::Writer;
use crate::value::ToJson;

const ODATA_TYPE: &str = "@odata.type";

/// The instance annotations OData defines (JSON format, section 4.5), most common first.
const ANNOTATIONS: &[&str] = &[
    "@odata.type",
    "@odata.context",
    "@odata.id",
    "@odata.etag",
    "@odata.nextLink",
    "@odata.deltaLink",
    "@odata.count",
    "@odata.editLink",
    "@odata.readLink",
    "@odata.navigationLink",
    "@odata.associationLink",
    "@odata.mediaEditLink",
    "@odata.mediaReadLink",
    "@odata.mediaContentType",
    "@odata.mediaEtag",
    "@odata.removed",
];

/// Unknown members of a JSON object: the `@odata.type` annotation, then the others in the
/// order they were read or inserted.
///
/// `insert` replaces an existing key. Reading JSON with a duplicated key keeps every occurrence
/// (so reading stays linear-time and the text is written back as it came); lookups see the last
/// occurrence, as serde_json does. Equality ignores order and compares values as JSON (like
/// JSON object equality); it also ignores enum spellings and the recorded member order.
#[derive(Clone, Default)]
pub struct Extra {
    /// The `@odata.type` annotation (the first one read).
    tag: Option<RawJson>,
    inner: Option<Box<Inner>>,
}

/// Everything else, allocated only when there is something: the members, then (rarer still,
/// in their own allocation) what it takes to write the object back as it came. The pointer to
/// the rare part comes first, in the cache line of the first member, so writing an object
/// with unknown members reads one line to learn that it has none of the rare part.
#[derive(Clone, Default, Debug)]
#[repr(C)]
struct Inner {
    rare: Option<Box<Rare>>,
    members: List,
}

/// Enum spellings, the text of invalid members and a recorded member order.
#[derive(Clone, Default, Debug)]
struct Rare {
    spellings: Vec<Spelling>,
    /// The text of members kept as `Field::Invalid`: (field index, JSON name, text).
    invalid: Vec<(u32, &'static str, RawJson)>,
    /// The members in the order they came (when the reader was asked to keep it and they did
    /// not come in canonical order): a field's index in the type's `KEYS`, [`EXTRA_MEMBER`]
    /// plus an index into `members`, or [`TAG_MEMBER`].
    order: Vec<u32>,
}

/// The longest key kept inside a member, without an allocation.
const INLINE: usize = 22;

/// A byte a key kept inline may hold: printable ASCII that needs no escaping in JSON.
fn plain(b: u8) -> bool {
    (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\'
}

/// The name of a member: one of the annotations OData defines, a short name of plain ASCII
/// kept inline, or another one on the heap. (24 bytes, like a `String`, so most names cost no allocation.)
#[derive(Clone)]
enum Key {
    Static(&'static str),
    Inline(InlineStr<INLINE>),
    Owned(Box<str>),
}

impl Key {
    fn new(key: &str) -> Key {
        if let Some(k) = InlineStr::new(key).filter(|_| key.bytes().all(plain)) {
            Key::Inline(k)
        } else if let Some(a) = ANNOTATIONS.iter().find(|a| **a == key) {
            Key::Static(a)
        } else {
            Key::Owned(key.into())
        }
    }

    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Key::Static(k) => k,
            Key::Inline(k) => k.as_str(),
            Key::Owned(k) => k,
        }
    }

    /// Writes the key (`"key":`, after a comma unless it is the first member): an inline
    /// key is plain ASCII, copied as it is.
    #[inline]
    fn write(&self, w: &mut Writer, first: &mut bool) {
        match self {
            Key::Inline(k) => {
                let (block, len) = k.block();
                w.comma_unless(first);
                w.quoted_block(block, len);
                w.raw(":");
            }
            _ => w.key(first, self.as_str()),
        }
    }

    /// Whether the key names an instance annotation (starts with `@`).
    #[inline]
    fn is_annotation(&self) -> bool {
        match self {
            Key::Static(k) => k.starts_with('@'),
            Key::Inline(k) => k.as_bytes().first() == Some(&b'@'),
            Key::Owned(k) => k.starts_with('@'),
        }
    }

    /// Whether the key is `key` (without checking UTF-8 again).
    #[inline]
    fn is(&self, key: &str) -> bool {
        match self {
            Key::Static(k) => *k == key,
            Key::Inline(k) => k.as_bytes() == key.as_bytes(),
            Key::Owned(k) => &**k == key,
        }
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

type Member = (Key, RawJson);

/// The members in order: the first two inside [`Inner`] (most bags hold one or two, so the
/// bag and its first two members cost one allocation), the others in a `Vec`.
#[derive(Clone, Default, Debug)]
struct List {
    /// `None` only when the list is empty.
    first: Option<Member>,
    /// `None` only when the list holds fewer than two members.
    second: Option<Member>,
    rest: Vec<Member>,
}

/// The members of a [`List`], in order.
type ListIter<'a> = std::iter::Chain<
    std::iter::Chain<std::option::Iter<'a, Member>, std::option::Iter<'a, Member>>,
    std::slice::Iter<'a, Member>,
>;

impl List {
    fn len(&self) -> usize {
        usize::from(self.first.is_some()) + usize::from(self.second.is_some()) + self.rest.len()
    }

    fn iter(&self) -> ListIter<'_> {
        self.first
            .iter()
            .chain(self.second.iter())
            .chain(self.rest.iter())
    }

    fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Member> {
        self.first
            .iter_mut()
            .chain(self.second.iter_mut())
            .chain(self.rest.iter_mut())
    }

    fn get(&self, j: usize) -> Option<&Member> {
        match j {
            0 => self.first.as_ref(),
            1 => self.second.as_ref(),
            _ => self.rest.get(j - 2),
        }
    }

    fn push(&mut self, m: Member) {
        if self.first.is_none() {
            self.first = Some(m);
        } else if self.second.is_none() {
            self.second = Some(m);
        } else {
            self.rest.push(m);
        }
    }

    /// Removes member `j`, keeping the order of the others.
    fn remove(&mut self, j: usize) -> Option<Member> {
        if j >= self.len() {
            return None;
        }
        let mut all: Vec<Member> = Vec::with_capacity(self.len());
        all.extend(self.first.take());
        all.extend(self.second.take());
        all.append(&mut self.rest);
        let m = all.remove(j);
        let mut rest = all.into_iter();
        self.first = rest.next();
        self.second = rest.next();
        self.rest = rest.collect();
        Some(m)
    }
}

/// Marks an entry of a recorded member order as an index into `Extra`'s members.
pub(crate) const EXTRA_MEMBER: u32 = 1 << 31;
/// The entry of a recorded member order that stands for the `@odata.type` annotation.
pub(crate) const TAG_MEMBER: u32 = u32::MAX;

impl Extra {
    /// An empty bag.
    pub fn new() -> Self {
        Self::default()
    }

    fn members(&self) -> ListIter<'_> {
        static EMPTY: List = List {
            first: None,
            second: None,
            rest: Vec::new(),
        };
        self.inner.as_deref().map_or(&EMPTY, |i| &i.members).iter()
    }

    fn member_list(&self) -> Option<&List> {
        self.inner.as_deref().map(|i| &i.members)
    }

    fn inner_mut(&mut self) -> &mut Inner {
        self.inner.get_or_insert_with(Default::default)
    }

    fn rare(&self) -> Option<&Rare> {
        self.inner.as_deref()?.rare.as_deref()
    }

    fn rare_mut(&mut self) -> &mut Rare {
        self.inner_mut().rare.get_or_insert_with(Default::default)
    }

    /// The value of member `key`.
    pub fn get(&self, key: &str) -> Option<&RawJson> {
        self.members()
            .rev()
            .find(|(k, _)| k.is(key))
            .map(|(_, v)| v)
            .or_else(|| self.tag.as_ref().filter(|_| key == ODATA_TYPE))
    }

    /// The value of member `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut RawJson> {
        let in_members = self.members().any(|(k, _)| k.is(key));
        if in_members {
            return self
                .inner
                .as_deref_mut()?
                .members
                .iter_mut()
                .rev()
                .find(|(k, _)| k.is(key))
                .map(|(_, v)| v);
        }
        self.tag.as_mut().filter(|_| key == ODATA_TYPE)
    }

    /// The value of member `key` parsed as a `serde_json::Value`.
    pub fn get_value(&self, key: &str) -> Option<serde_json::Value> {
        self.get(key).map(RawJson::to_value)
    }

    /// Inserts or replaces (in place, keeping its position) member `key`; returns the old value.
    pub fn insert(&mut self, key: impl Into<String>, value: RawJson) -> Option<RawJson> {
        let key = key.into();
        if let Some(slot) = self.get_mut(&key) {
            return Some(std::mem::replace(slot, value));
        }
        if key == ODATA_TYPE {
            self.tag = Some(value);
        } else {
            self.inner_mut().members.push((Key::new(&key), value));
        }
        None
    }

    /// Inserts or replaces member `key` with the JSON of `value`.
    pub fn insert_json<T: ToJson + ?Sized>(
        &mut self,
        key: impl Into<String>,
        value: &T,
    ) -> Option<RawJson> {
        self.insert(key, RawJson::from_json(value))
    }

    /// Appends a member read from JSON (no duplicate scan: reading stays linear); returns its
    /// entry for a recorded member order. The annotations OData defines keep their name
    /// without an allocation.
    #[inline]
    pub(crate) fn push(&mut self, key: &str, value: RawJson) -> u32 {
        if key == ODATA_TYPE && self.tag.is_none() {
            self.tag = Some(value);
            return TAG_MEMBER;
        }
        let key = Key::new(key);
        let members = &mut self.inner_mut().members;
        members.push((key, value));
        EXTRA_MEMBER | (members.len() - 1) as u32
    }

    /// Removes member `key` (every occurrence), keeping the order of the others; returns the
    /// value of the last occurrence.
    pub fn remove(&mut self, key: &str) -> Option<RawJson> {
        let mut removed = None;
        if let Some(inner) = self.inner.as_deref_mut() {
            while let Some(i) = (0..inner.members.len())
                .rev()
                .find(|&i| inner.members.get(i).is_some_and(|(k, _)| k.is(key)))
                && let Some((_, v)) = inner.members.remove(i)
            {
                removed.get_or_insert(v);
            }
        }
        if key == ODATA_TYPE
            && let Some(t) = self.tag.take()
        {
            removed.get_or_insert(t);
        }
        removed
    }

    /// Whether member `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        (key == ODATA_TYPE && self.tag.is_some()) || self.members().any(|(k, _)| k.is(key))
    }

    /// The members: `@odata.type` first, then the others in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &RawJson)> {
        self.tag
            .iter()
            .map(|t| (ODATA_TYPE, t))
            .chain(self.members().map(|(k, v)| (k.as_str(), v)))
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        usize::from(self.tag.is_some()) + self.member_count()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.tag.is_none() && self.member_count() == 0
    }

    /// The `@odata.type` annotation, if present and a string, as written
    /// (`#microsoft.graph.user`).
    pub fn odata_type(&self) -> Option<Cow<'_, str>> {
        self.get(ODATA_TYPE).and_then(RawJson::as_string)
    }

    /// Sets the `@odata.type` annotation.
    pub fn set_odata_type(&mut self, tag: &str) {
        self.insert(ODATA_TYPE, RawJson::string(tag));
    }

    /// The spellings of enum members recognised only by case, kept for writing back.
    pub fn spellings(&self) -> &[Spelling] {
        self.rare().map_or(&[], |r| r.spellings.as_slice())
    }

    /// Forgets the recorded enum spellings (members are then written in canonical form).
    pub fn clear_spellings(&mut self) {
        if let Some(r) = self
            .inner
            .as_deref_mut()
            .and_then(|i| i.rare.as_deref_mut())
        {
            r.spellings = Vec::new();
        }
    }

    pub(crate) fn add_spellings(
        &mut self,
        slot: u32,
        found: impl Iterator<Item = (u32, Box<str>)>,
    ) {
        let list = &mut self.rare_mut().spellings;
        for (index, text) in found {
            list.push(Spelling { slot, index, text });
        }
    }

    /// The JSON text of member `key`, kept as [`Field::Invalid`](crate::Field::Invalid) by
    /// lenient reading.
    pub fn invalid_member(&self, key: &str) -> Option<&RawJson> {
        self.invalid_members()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }

    /// Every member kept as [`Field::Invalid`](crate::Field::Invalid): its JSON name and text.
    pub fn invalid_members(&self) -> impl Iterator<Item = (&'static str, &RawJson)> {
        self.rare()
            .into_iter()
            .flat_map(|r| r.invalid.iter().map(|(_, k, v)| (*k, v)))
    }

    pub(crate) fn invalid_at(&self, slot: u32) -> Option<&RawJson> {
        self.rare()?
            .invalid
            .iter()
            .find(|(s, _, _)| *s == slot)
            .map(|(_, _, v)| v)
    }

    pub(crate) fn add_invalid(&mut self, slot: u32, key: &'static str, raw: RawJson) {
        let i = self.rare_mut();
        i.invalid.retain(|(s, _, _)| *s != slot);
        i.invalid.push((slot, key, raw));
    }

    /// Whether the order the object's members came in was kept for writing back (see
    /// [`ReadOptions::keep_order`](crate::json::ReadOptions)); it is only kept when it
    /// differs from the order the object is written in: `@odata.type`, the other
    /// annotations, the properties in declaration order, the other members.
    pub fn has_member_order(&self) -> bool {
        self.member_order().is_some()
    }

    /// Forgets the recorded member order (the object is then written in canonical order).
    pub fn clear_member_order(&mut self) {
        if let Some(r) = self
            .inner
            .as_deref_mut()
            .and_then(|i| i.rare.as_deref_mut())
        {
            r.order = Vec::new();
        }
    }

    pub(crate) fn member_order(&self) -> Option<&[u32]> {
        self.rare()
            .map(|r| r.order.as_slice())
            .filter(|o| !o.is_empty())
    }

    pub(crate) fn set_member_order(&mut self, order: &[u32]) {
        self.rare_mut().order = order.to_vec();
    }

    /// Member `j` (not the tag), for writing in recorded order.
    pub(crate) fn member(&self, j: usize) -> Option<(&str, &RawJson)> {
        self.member_list()?.get(j).map(|(k, v)| (k.as_str(), v))
    }

    /// The `@odata.type` annotation, for writing in recorded order.
    pub(crate) fn tag(&self) -> Option<&RawJson> {
        self.tag.as_ref()
    }

    /// Number of members besides the tag.
    pub(crate) fn member_count(&self) -> usize {
        self.member_list().map_or(0, List::len)
    }

    /// Writes the instance annotations (keys starting with `@`), which OData puts first:
    /// `@odata.type` first.
    #[inline]
    pub(crate) fn write_annotations(&self, w: &mut Writer, first: &mut bool) {
        if let Some(t) = &self.tag {
            w.plain_key(first, ODATA_TYPE);
            w.raw(t.as_str());
        }
        for (k, v) in self.members() {
            if k.is_annotation() {
                k.write(w, first);
                w.raw(v.as_str());
            }
        }
    }

    /// Writes every other member (unknown properties and property annotations).
    #[inline]
    pub(crate) fn write_others(&self, w: &mut Writer, first: &mut bool) {
        for (k, v) in self.members() {
            if !k.is_annotation() {
                k.write(w, first);
                w.raw(v.as_str());
            }
        }
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self.iter().all(|(k, _)| self.get(k) == other.get(k))
            && other.iter().all(|(k, _)| self.get(k) == other.get(k))
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.iter() {
            m.entry(&k, v);
        }
        m.finish()
    }
}

impl<K: Into<String>> FromIterator<(K, RawJson)> for Extra {
    fn from_iter<I: IntoIterator<Item = (K, RawJson)>>(iter: I) -> Self {
        let mut out = Extra::new();
        for (k, v) in iter {
            out.insert(k, v);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(s: &str) -> RawJson {
        RawJson::parse(s).unwrap()
    }

    #[test]
    fn insertion_order_and_replace_in_place() {
        let mut e = Extra::new();
        e.insert("b", raw("1"));
        e.insert("@odata.id", raw("\"x\""));
        e.insert("a", raw("2"));
        assert_eq!(e.insert("b", raw("3")), Some(raw("1")));
        let keys: Vec<_> = e.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "@odata.id", "a"]);
        assert_eq!(e.remove("@odata.id"), Some(raw("\"x\"")));
        assert!(!e.contains_key("@odata.id"));
        assert_eq!(e.odata_type(), None);
        e.set_odata_type("#microsoft.graph.user");
        assert_eq!(e.odata_type().as_deref(), Some("#microsoft.graph.user"));
        assert_eq!(e.len(), 3);
        let keys: Vec<_> = e.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["@odata.type", "b", "a"]);
        let reordered: Extra = e
            .iter()
            .rev()
            .map(|(k, v)| (k.to_owned(), v.clone()))
            .collect();
        assert_eq!(reordered, e);
        assert_ne!(reordered, Extra::new());
        assert_eq!(e.get_value("a"), Some(serde_json::json!(2)));
        let mut w = Writer::new();
        let mut first = true;
        e.write_annotations(&mut w, &mut first);
        e.write_others(&mut w, &mut first);
        assert_eq!(
            w.as_str(),
            r##""@odata.type":"#microsoft.graph.user","b":3,"a":2"##
        );
        assert_eq!(
            e.remove("@odata.type"),
            Some(RawJson::string("#microsoft.graph.user"))
        );
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn keys_short_long_and_annotations_with_removal_in_order() {
        assert_eq!(std::mem::size_of::<Key>(), 24);
        let long = "aPropertyNameLongerThanInline";
        let mut e = Extra::new();
        e.push("tenantId", raw("\"t\""));
        e.push(long, raw("1"));
        e.push("@odata.mediaContentType", raw("\"x/y\""));
        e.push("é", raw("2"));
        assert!(matches!(
            e.inner.as_ref().unwrap().members.first,
            Some((Key::Inline(..), _))
        ));
        assert!(matches!(
            e.inner.as_ref().unwrap().members.rest[0],
            (Key::Static(_), _)
        ));
        assert!(matches!(
            e.inner.as_ref().unwrap().members.rest[1],
            (Key::Owned(_), _)
        ));
        e.push("a\"b", raw("3"));
        let mut w = Writer::new();
        let mut first = true;
        e.write_others(&mut w, &mut first);
        assert_eq!(
            w.as_str(),
            r#""tenantId":"t","aPropertyNameLongerThanInline":1,"é":2,"a\"b":3"#
        );
        assert_eq!(e.remove("a\"b"), Some(raw("3")));
        let keys: Vec<_> = e.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["tenantId", long, "@odata.mediaContentType", "é"]);
        assert_eq!(e.get(long), Some(&raw("1")));
        assert_eq!(e.remove("tenantId"), Some(raw("\"t\"")));
        assert_eq!(e.member(0), Some((long, &raw("1"))));
        assert_eq!(e.remove("@odata.mediaContentType"), Some(raw("\"x/y\"")));
        assert_eq!(e.remove("nope"), None);
        let keys: Vec<_> = e.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, [long, "é"]);
        assert_eq!(e.remove(long), Some(raw("1")));
        assert_eq!(e.remove("é"), Some(raw("2")));
        assert!(e.is_empty());
        assert_eq!(e.member(0), None);
        e.insert("a", raw("3"));
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn small_and_free_when_empty_or_only_tagged() {
        assert_eq!(std::mem::size_of::<Extra>(), 32);
        let mut e = Extra::new();
        assert_eq!(
            e.push("@odata.type", RawJson::trusted_static("\"#x.y\"")),
            TAG_MEMBER
        );
        assert!(e.inner.is_none());
        assert_eq!(e.push("@odata.type", raw("\"#x.z\"")), EXTRA_MEMBER);
        // Lookups see the last occurrence.
        assert_eq!(e.odata_type().as_deref(), Some("#x.z"));
    }
}
