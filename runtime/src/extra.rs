//! [`Extra`]: the insertion-ordered bag of members a generated type doesn't model — unknown
//! properties, instance annotations (`@odata.type`, `@odata.id`, ...) and property annotations
//! (`name@odata.bind`) — kept verbatim so they are written back on serialization.

use serde_json::Value;

use crate::de::{DeResult, Source};
use crate::ser::{MapSink, SerResult};

const ODATA_TYPE: &str = "@odata.type";

/// Unknown members of a JSON object, in the order they were read or inserted.
///
/// `insert` replaces an existing key. Reading JSON with a duplicated key keeps every occurrence
/// (so reading stays linear-time and the text is written back as it came); lookups see the last
/// occurrence, matching serde_json. Equality ignores order, like JSON object equality, so a
/// value equals itself after a round trip (which moves annotations first).
#[derive(Debug, Clone, Default)]
pub struct Extra {
    entries: Vec<(String, Value)>,
}

impl Extra {
    /// An empty bag.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of member `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The value of member `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.entries
            .iter_mut()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Inserts or replaces (in place, keeping its position) member `key`; returns the old value.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.get_mut(&key) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    /// Removes member `key` (every occurrence), keeping the order of the others; returns the
    /// value of the last occurrence.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let mut removed = None;
        while let Some(i) = self.entries.iter().rposition(|(k, _)| k == key) {
            let v = self.entries.remove(i).1;
            removed.get_or_insert(v);
        }
        removed
    }

    /// Whether member `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == key)
    }

    /// The members in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &Value)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The `@odata.type` annotation, if present and a string (as written, e.g. `#microsoft.graph.user`).
    pub fn odata_type(&self) -> Option<&str> {
        self.get(ODATA_TYPE).and_then(Value::as_str)
    }

    /// Sets the `@odata.type` annotation.
    pub fn set_odata_type(&mut self, tag: String) {
        self.insert(ODATA_TYPE.to_owned(), Value::String(tag));
    }

    /// Reads the value of unknown member `key` (any JSON) and appends it (no duplicate scan,
    /// so objects with many unknown members are read in linear time).
    pub fn de(&mut self, key: &str, src: &mut dyn Source) -> DeResult<()> {
        let v = src.read_json()?;
        self.entries.push((key.to_owned(), v));
        Ok(())
    }

    /// Writes the instance annotations (keys starting with `@`); generated code calls this
    /// before its properties so annotations come first, as OData requires.
    pub fn ser_annotations(&self, m: &mut dyn MapSink) -> SerResult {
        for (k, v) in self.entries.iter().filter(|(k, _)| k.starts_with('@')) {
            m.entry(k, v)?;
        }
        Ok(())
    }

    /// Writes every other member (unknown properties and property annotations).
    pub fn ser_others(&self, m: &mut dyn MapSink) -> SerResult {
        for (k, v) in self.entries.iter().filter(|(k, _)| !k.starts_with('@')) {
            m.entry(k, v)?;
        }
        Ok(())
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self.iter().all(|(k, _)| self.get(k) == other.get(k))
            && other.iter().all(|(k, _)| self.get(k) == other.get(k))
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a str, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a str, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl FromIterator<(String, Value)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
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
    use serde_json::json;

    #[test]
    fn insertion_order_and_replace_in_place() {
        let mut e = Extra::new();
        e.insert("b".into(), json!(1));
        e.insert("@odata.id".into(), json!("x"));
        e.insert("a".into(), json!(2));
        assert_eq!(e.insert("b".into(), json!(3)), Some(json!(1)));
        let keys: Vec<_> = e.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "@odata.id", "a"]);
        assert_eq!(e.remove("@odata.id"), Some(json!("x")));
        assert!(!e.contains_key("@odata.id"));
        assert_eq!(e.odata_type(), None);
        e.set_odata_type("#microsoft.graph.user".into());
        assert_eq!(e.odata_type(), Some("#microsoft.graph.user"));
        assert_eq!(e.len(), 3);
        let reordered: Extra = e
            .iter()
            .rev()
            .map(|(k, v)| (k.to_owned(), v.clone()))
            .collect();
        assert_eq!(reordered, e);
        assert_ne!(reordered, Extra::new());
    }

    #[test]
    fn duplicate_keys_from_json_are_kept_and_last_wins() {
        let e: Extra = crate::from_str::<Holder>(r#"{"a":1,"b":2,"a":3}"#)
            .unwrap()
            .0;
        assert_eq!(e.len(), 3);
        assert_eq!(e.get("a"), Some(&json!(3)));
        let text = crate::to_string(&Holder(e.clone()));
        assert_eq!(text, r#"{"a":1,"b":2,"a":3}"#);
        let mut e = e;
        assert_eq!(e.remove("a"), Some(json!(3)));
        assert_eq!(e.len(), 1);
    }

    /// A minimal object type holding only an `Extra`.
    #[derive(Clone, Default)]
    struct Holder(Extra);
    impl crate::ObjectMut for Holder {
        fn fields_mut(&mut self, f: &mut crate::object::FieldsMutFn<'_>) {
            f(&mut self.0, &mut [])
        }
    }
    impl crate::ObjectDe for Holder {
        const TYPE_NAME: &'static str = "test.holder";
    }
    impl crate::ObjectSer for Holder {
        fn fields(&self, f: &mut crate::object::FieldsFn<'_>) {
            f(crate::object::Head::new("test.holder", &self.0), &[])
        }
    }
    crate::impl_object!(Holder);

    #[test]
    fn large_unknown_member_sets_read_in_linear_time() {
        let body: Vec<String> = (0..50_000).map(|i| format!(r#""k{i}":{i}"#)).collect();
        let json = format!("{{{}}}", body.join(","));
        let t = std::time::Instant::now();
        let h: Holder = crate::from_str(&json).unwrap();
        assert_eq!(h.0.len(), 50_000);
        // Quadratic behaviour would take many seconds here even in debug builds.
        assert!(t.elapsed() < std::time::Duration::from_secs(5));
    }
}
