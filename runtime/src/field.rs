//! [`Field<T>`]: the tri-state property slot (absent / `null` / value) used for every property of
//! a generated type, so that a round trip preserves the difference between a missing member and
//! an explicit `null`.

use crate::de::{DeResult, DeValue, Source};
use crate::ser::{MapSink, SerResult, SerValue};

/// A property that can be absent from the JSON object, present as `null`, or hold a value.
///
/// Conversions: `Field::from(Some(v))` / `Field::from_option` map `None` to [`Field::Null`]
/// (an explicit `null`). A blanket `From<T>` is not provided because it would overlap with the
/// reflexive `From<Field<T>>` impl; use [`Field::Value`] or [`Field::set`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Field<T> {
    /// The member is not in the object (the default; no `T: Default` bound).
    #[default]
    Absent,
    /// The member is present with the value `null`.
    Null,
    /// The member is present with a value.
    Value(T),
}

impl<T> From<Option<T>> for Field<T> {
    /// `None` becomes [`Field::Null`].
    fn from(v: Option<T>) -> Self {
        Field::from_option(v)
    }
}

impl<T> Field<T> {
    /// `None` becomes [`Field::Null`], `Some(v)` becomes [`Field::Value`].
    pub fn from_option(v: Option<T>) -> Self {
        match v {
            Some(v) => Field::Value(v),
            None => Field::Null,
        }
    }

    /// `true` for [`Field::Absent`].
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }

    /// `true` for [`Field::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Field::Null)
    }

    /// `true` for [`Field::Value`].
    pub fn is_value(&self) -> bool {
        matches!(self, Field::Value(_))
    }

    /// The value, if any.
    pub fn value(&self) -> Option<&T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, mutably, if any.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Consumes the field, returning the value if any.
    pub fn into_value(self) -> Option<T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// Borrows the value.
    pub fn as_ref(&self) -> Field<&T> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(v),
        }
    }

    /// Mutably borrows the value.
    pub fn as_mut(&mut self) -> Field<&mut T> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(v),
        }
    }

    /// Sets a value.
    pub fn set(&mut self, v: impl Into<T>) {
        *self = Field::Value(v.into());
    }

    /// Sets an explicit `null`.
    pub fn set_null(&mut self) {
        *self = Field::Null;
    }

    /// Removes the member (makes it [`Field::Absent`]).
    pub fn clear(&mut self) {
        *self = Field::Absent;
    }

    /// Takes the field out, leaving [`Field::Absent`].
    pub fn take(&mut self) -> Field<T> {
        std::mem::take(self)
    }

    /// Maps the value, keeping absent/null.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Field<U> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(f(v)),
        }
    }

    /// Reads the member's value (`null` or a `T`) from `src`.
    pub fn de(&mut self, src: &mut dyn Source) -> DeResult<()>
    where
        T: DeValue,
    {
        *self = T::de_nullable(src)?;
        Ok(())
    }

    /// Writes the member: nothing when absent, `null`, or the value.
    pub fn ser_entry(&self, key: &str, m: &mut dyn MapSink) -> SerResult
    where
        T: SerValue,
    {
        match self {
            Field::Absent => Ok(()),
            Field::Null => m.entry(key, &()),
            Field::Value(v) => m.entry(key, v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tri_state_helpers() {
        let mut f: Field<String> = Field::default();
        assert!(f.is_absent());
        f.set("x");
        assert_eq!(f.value().map(String::as_str), Some("x"));
        assert_eq!(f.as_ref().map(|s| s.len()), Field::Value(1));
        f.set_null();
        assert!(f.is_null() && f.value().is_none());
        assert_eq!(f.take(), Field::Null);
        assert!(f.is_absent());
        assert_eq!(Field::from(None::<i32>), Field::Null);
        assert_eq!(Field::from(Some(3)).into_value(), Some(3));
        let mut g = Field::Value(1);
        *g.value_mut().unwrap() += 1;
        assert_eq!(g, Field::Value(2));
        g.clear();
        assert_eq!(g, Field::Absent);
        struct NoDefault;
        assert!(Field::<NoDefault>::default().is_absent());
    }
}
