//! [`Field<T>`]: the property slot (absent / `null` / value / ill-typed value kept raw) used
//! for every property of a generated type, so that a round trip preserves the difference
//! between a missing member and an explicit `null`, and lenient reading can keep a value of the
//! wrong kind without losing it.

use crate::json::error::ReadResult;
use crate::json::read::{Reader, ValueStart};
use crate::value::FromJson;

/// A property that can be absent from the JSON object, present as `null`, or hold a value;
/// lenient reading adds a fourth state, a value that did not fit the declared type
/// ([`Field::Invalid`]), whose JSON text the containing object keeps
/// ([`Extra::invalid_member`](crate::Extra::invalid_member)).
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
    /// The member is present with a value that does not fit the declared type (only
    /// [lenient reading](crate::from_str_lenient) produces this). The containing object keeps
    /// its exact JSON text ([`Extra::invalid_member`](crate::Extra::invalid_member)) and
    /// writes it back unchanged. (Kept there, not here, so that a `Field<i32>` stays 8 bytes.)
    Invalid,
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

    /// `true` for [`Field::Invalid`].
    pub fn is_invalid(&self) -> bool {
        matches!(self, Field::Invalid)
    }

    /// Borrows the value.
    pub fn as_ref(&self) -> Field<&T> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(v),
            Field::Invalid => Field::Invalid,
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

    /// Maps the value, keeping the other states.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Field<U> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(f(v)),
            Field::Invalid => Field::Invalid,
        }
    }
}

impl<T: FromJson> Field<T> {
    /// Reads the member's value (`null` or a `T`) into this slot; always `Ok(true)` (the
    /// shape generated `read_member` functions return). Lenient reading is done around it,
    /// per member, by the object's reading loop (`object::read_members`), so that it is
    /// not compiled once per field type.
    #[inline]
    pub fn read_from(&mut self, r: &mut Reader<'_>) -> ReadResult<bool> {
        // `match`es rather than `?`: this is compiled once per field type in the crate
        // using the types, and each `?` is a few more calls there.
        // One assignment (so one drop of the old value) for every kind of value read.
        let new = match r.value_start() {
            Ok(ValueStart::Value) if T::IN_PLACE => {
                return match T::read_into_field(r, self) {
                    Ok(()) => Ok(true),
                    Err(e) => Err(e),
                };
            }
            Ok(ValueStart::Value) => match T::read_json(r) {
                Ok(v) => Field::Value(v),
                Err(e) => return Err(e),
            },
            Ok(ValueStart::Null) => Field::Null,
            Ok(_) => Field::Invalid,
            Err(e) => return Err(e),
        };
        *self = new;
        Ok(true)
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
        let bad: Field<i32> = Field::Invalid;
        assert!(bad.is_invalid() && bad.value().is_none());
        assert_eq!(std::mem::size_of::<Field<i32>>(), 8);
        assert_eq!(std::mem::size_of::<Field<bool>>(), 1);
        assert_eq!(std::mem::size_of::<Field<String>>(), 24);
    }
}
