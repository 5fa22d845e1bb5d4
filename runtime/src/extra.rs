//! [`Extra`]: the insertion-ordered bag of members a generated type does not model (unknown
//! properties, instance annotations such as `@odata.type`, `@odata.id`, and property
//! annotations such as `name@odata.bind`), each kept as its exact JSON text ([`RawJson`]) and
//! written back on serialization; plus the original spellings of enum members recognised only
//! by case ([`Spelling`]).

use std::borrow::Cow;
use std::fmt;

use crate::enums::Spelling;
use crate::json::raw::RawJson;
use crate::json::write::Writer;
use crate::value::ToJson;

const ODATA_TYPE: &str = "@odata.type";

/// Unknown members of a JSON object, in the order they were read or inserted.
///
/// `insert` replaces an existing key. Reading JSON with a duplicated key keeps every occurrence
/// (so reading stays linear-time and the text is written back as it came); lookups see the last
/// occurrence, as serde_json does. Equality ignores order and compares values as JSON (like
/// JSON object equality), so a value equals itself after a round trip, which moves annotations
/// first; it also ignores enum spellings.
#[derive(Clone, Default)]
pub struct Extra {
    members: Vec<(Box<str>, RawJson)>,
    spellings: Option<Box<Vec<Spelling>>>,
}

impl Extra {
    /// An empty bag.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of member `key`.
    pub fn get(&self, key: &str) -> Option<&RawJson> {
        self.members
            .iter()
            .rev()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| v)
    }

    /// The value of member `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut RawJson> {
        self.members
            .iter_mut()
            .rev()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| v)
    }

    /// The value of member `key` parsed as a `serde_json::Value`.
    pub fn get_value(&self, key: &str) -> Option<serde_json::Value> {
        self.get(key).map(RawJson::to_value)
    }

    /// Inserts or replaces (in place, keeping its position) member `key`; returns the old value.
    pub fn insert(&mut self, key: impl Into<String>, value: RawJson) -> Option<RawJson> {
        let key = key.into();
        match self.get_mut(&key) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                self.members.push((key.into_boxed_str(), value));
                None
            }
        }
    }

    /// Inserts or replaces member `key` with the JSON of `value`.
    pub fn insert_json<T: ToJson + ?Sized>(&mut self, key: impl Into<String>, value: &T) -> Option<RawJson> {
        self.insert(key, RawJson::from_json(value))
    }

    /// Appends a member read from JSON (no duplicate scan: reading stays linear).
    #[inline]
    pub(crate) fn push(&mut self, key: Box<str>, value: RawJson) {
        self.members.push((key, value));
    }

    /// Removes member `key` (every occurrence), keeping the order of the others; returns the
    /// value of the last occurrence.
    pub fn remove(&mut self, key: &str) -> Option<RawJson> {
        let mut removed = None;
        while let Some(i) = self.members.iter().rposition(|(k, _)| &**k == key) {
            let v = self.members.remove(i).1;
            removed.get_or_insert(v);
        }
        removed
    }

    /// Whether member `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.members.iter().any(|(k, _)| &**k == key)
    }

    /// The members in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &RawJson)> + ExactSizeIterator {
        self.members.iter().map(|(k, v)| (&**k, v))
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
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
        self.spellings.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Forgets the recorded enum spellings (members are then written in canonical form).
    pub fn clear_spellings(&mut self) {
        self.spellings = None;
    }

    pub(crate) fn add_spellings(&mut self, slot: u32, found: impl Iterator<Item = (u32, Box<str>)>) {
        let list = self.spellings.get_or_insert_with(Default::default);
        for (index, text) in found {
            list.push(Spelling { slot, index, text });
        }
    }

    /// Writes the instance annotations (keys starting with `@`), which OData puts first.
    #[inline]
    pub(crate) fn write_annotations(&self, w: &mut Writer, first: &mut bool) {
        for (k, v) in &self.members {
            if k.starts_with('@') {
                w.key(first, k);
                w.raw(v.as_str());
            }
        }
    }

    /// Writes every other member (unknown properties and property annotations).
    #[inline]
    pub(crate) fn write_others(&self, w: &mut Writer, first: &mut bool) {
        for (k, v) in &self.members {
            if !k.starts_with('@') {
                w.key(first, k);
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

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a str, &'a RawJson);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Box<str>, RawJson)>,
        fn(&'a (Box<str>, RawJson)) -> (&'a str, &'a RawJson),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.members.iter().map(|(k, v)| (&**k, v))
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
        let reordered: Extra = e.iter().rev().map(|(k, v)| (k.to_owned(), v.clone())).collect();
        assert_eq!(reordered, e);
        assert_ne!(reordered, Extra::new());
        assert_eq!(e.get_value("a"), Some(serde_json::json!(2)));
        let mut w = Writer::new();
        let mut first = true;
        e.write_annotations(&mut w, &mut first);
        e.write_others(&mut w, &mut first);
        assert_eq!(w.as_str(), r##""@odata.type":"#microsoft.graph.user","b":3,"a":2"##);
    }
}
