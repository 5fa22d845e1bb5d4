//! [`RawJson`]: one JSON value kept as its exact text. Unknown members, instance
//! annotations, `Edm.Untyped` values and values that lenient reading could not type are kept
//! this way: reading them costs a scan and one copy, writing them back is byte-identical, and
//! they are parsed only when asked.

use std::borrow::Cow;
use std::fmt;

use super::error::JsonError;
use super::read::Reader;

/// One JSON value as its exact text (validated when made). Texts known in advance (a type's
/// own `@odata.type` tag) are kept without an allocation.
#[derive(Clone, Eq)]
pub struct RawJson(Cow<'static, str>);

impl RawJson {
    /// Checks that `text` is one JSON value and keeps it (without surrounding whitespace).
    pub fn parse(text: &str) -> Result<RawJson, JsonError> {
        let mut r = Reader::new(text);
        let raw = r
            .raw()
            .and_then(|raw| r.finish().map(|()| raw))
            .map_err(|e| JsonError::located(e, text))?;
        Ok(RawJson(Cow::Owned(raw.to_owned())))
    }

    /// Text the reader already checked.
    pub(crate) fn trusted(text: &str) -> RawJson {
        RawJson(Cow::Owned(text.to_owned()))
    }

    /// Static text the caller guarantees is one JSON value.
    pub(crate) fn trusted_static(text: &'static str) -> RawJson {
        RawJson(Cow::Borrowed(text))
    }

    /// `null`.
    pub fn null() -> RawJson {
        RawJson(Cow::Borrowed("null"))
    }

    /// A JSON string holding `s`.
    pub fn string(s: &str) -> RawJson {
        let mut w = super::write::Writer::with_capacity(s.len() + 2);
        w.str(s);
        RawJson(Cow::Owned(w.into_string()))
    }

    /// The JSON text of `v`.
    pub fn from_value(v: &serde_json::Value) -> RawJson {
        RawJson(Cow::Owned(v.to_string()))
    }

    /// The JSON text of any value this crate can write.
    pub fn from_json<T: crate::ToJson + ?Sized>(v: &T) -> RawJson {
        RawJson(Cow::Owned(crate::to_string(v)))
    }

    /// The exact text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the value is `null`.
    pub fn is_null(&self) -> bool {
        self.0 == "null"
    }

    /// The value of a JSON string (unescaped), `None` for other values.
    pub fn as_string(&self) -> Option<Cow<'_, str>> {
        if !self.0.starts_with('"') {
            return None;
        }
        let mut r = Reader::new(&self.0);
        r.string_cow("string").ok()
    }

    /// Parses the text as a `serde_json::Value`.
    pub fn to_value(&self) -> serde_json::Value {
        // The text was checked when it was made; the only texts serde_json refuses are
        // strings with escaped lone surrogates, which become `null` here.
        serde_json::from_str(&self.0).unwrap_or(serde_json::Value::Null)
    }

    /// Reads the text as a `T`.
    pub fn read<T: crate::FromJson>(&self) -> Result<T, JsonError> {
        crate::from_str(&self.0)
    }

    /// Reads the text as a `T` leniently (see [`from_str_lenient`](crate::from_str_lenient)).
    pub fn read_lenient<T: crate::FromJson>(
        &self,
    ) -> Result<(T, Vec<super::error::Problem>), JsonError> {
        crate::from_str_lenient(&self.0)
    }
}

impl PartialEq for RawJson {
    /// Equal texts, or texts holding the same JSON value (`{"a": 1}` equals `{"a":1}`).
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 || self.to_value() == other.to_value()
    }
}

impl std::hash::Hash for RawJson {
    /// Hashes the canonical form, consistent with the JSON-value equality.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.to_value().to_string().hash(state)
    }
}

impl fmt::Debug for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&serde_json::Value> for RawJson {
    fn from(v: &serde_json::Value) -> Self {
        RawJson::from_value(v)
    }
}

impl From<serde_json::Value> for RawJson {
    fn from(v: serde_json::Value) -> Self {
        RawJson::from_value(&v)
    }
}

impl std::str::FromStr for RawJson {
    type Err = JsonError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RawJson::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_exact_text_and_compares_as_json() {
        let a = RawJson::parse("  {\"a\": [1, 2.50]} ").unwrap();
        assert_eq!(a.as_str(), "{\"a\": [1, 2.50]}");
        let b = RawJson::parse("{\"a\":[1,2.5]}").unwrap();
        assert_eq!(a, b);
        assert_ne!(a, RawJson::null());
        assert!(RawJson::parse("{\"a\": }").is_err());
        assert!(RawJson::parse("1 2").is_err());
        assert_eq!(RawJson::string("x\"y").as_str(), r#""x\"y""#);
        assert_eq!(RawJson::string("x\"y").as_string().as_deref(), Some("x\"y"));
        assert_eq!(RawJson::parse("3").unwrap().as_string(), None);
        assert_eq!(
            RawJson::from_value(&serde_json::json!({"k": true})).as_str(),
            r#"{"k":true}"#
        );
    }
}
