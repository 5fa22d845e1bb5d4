//! Erased (object-safe) serialization: the [`Sink`] / [`MapSink`] protocol generated code writes
//! to, the [`SerValue`] / [`ObjectSer`] traits, `ser_variant` (in `object`) for derived types in a
//! polymorphic position, and `SerValue` impls for primitives and containers.
//!
//! Edm text types implement `SerValue` in `edm`, flags in `flags`; `serde_bridge` adapts any
//! serde `Serializer` to [`Sink`].

use std::fmt;

use serde_json::Value;
use serde_json::value::RawValue;

use crate::field::Field;
use crate::object::ObjectSer;

/// Result of an erased serialization step.
pub type SerResult = Result<(), SerError>;

/// A serialization failure. When the underlying serde serializer fails, the bridge keeps the
/// serializer's own error and this value only signals "stop".
pub struct SerError(Box<str>);

impl SerError {
    /// A free-form error.
    pub fn custom(message: impl fmt::Display) -> Self {
        SerError(message.to_string().into_boxed_str())
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for SerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SerError({:?})", self.0)
    }
}

impl std::error::Error for SerError {}

/// Receives exactly one JSON value.
pub trait Sink {
    /// Writes `null`.
    fn null(&mut self) -> SerResult;
    /// Writes a boolean.
    fn bool(&mut self, v: bool) -> SerResult;
    /// Writes a signed integer.
    fn i64(&mut self, v: i64) -> SerResult;
    /// Writes an unsigned integer.
    fn u64(&mut self, v: u64) -> SerResult;
    /// Writes a (finite) number.
    fn f64(&mut self, v: f64) -> SerResult;
    /// Writes a string.
    fn str(&mut self, v: &str) -> SerResult;
    /// Writes pre-formatted JSON text verbatim.
    fn raw(&mut self, v: &RawValue) -> SerResult;
    /// Writes a JSON tree.
    fn json(&mut self, v: &Value) -> SerResult;
    /// Writes an object whose members come from `v`.
    fn object(&mut self, v: &dyn ObjectSer) -> SerResult;
    /// Writes an array of `len` items.
    fn seq(&mut self, items: &dyn SeqItems) -> SerResult;
}

/// The items of an array, by index (implemented for every slice of serializable items; two small functions per
/// item type rather than a whole iterator).
#[allow(clippy::len_without_is_empty)] // `is_empty` is on `dyn SeqItems` (see there)
pub trait SeqItems {
    /// Number of items.
    fn len(&self) -> usize;
    /// Item `i` (`i < len()`).
    fn item(&self, i: usize) -> &dyn SerValue;
}

impl dyn SeqItems + '_ {
    /// Whether there are no items (not a trait method: that would be one more function per
    /// item type in the models crate's build).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A slice as [`SeqItems`].
struct Items<'a, T>(&'a [T]);

impl<T: SerValue> SeqItems for Items<'_, T> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn item(&self, i: usize) -> &dyn SerValue {
        &self.0[i]
    }
}

/// A value that can write itself to a [`Sink`].
pub trait SerValue {
    /// Writes the value.
    fn ser(&self, sink: &mut dyn Sink) -> SerResult;
}

/// Receives the members of one JSON object.
pub trait MapSink {
    /// Writes member `key`.
    fn entry(&mut self, key: &str, v: &dyn SerValue) -> SerResult;
}

impl SerValue for () {
    /// `null`.
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.null()
    }
}

impl SerValue for str {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.str(self)
    }
}

impl SerValue for String {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.str(self)
    }
}

impl SerValue for bool {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.bool(*self)
    }
}

macro_rules! int_ser {
    ($($t:ty),*) => {$(
        impl SerValue for $t {
            fn ser(&self, sink: &mut dyn Sink) -> SerResult {
                sink.i64(i64::from(*self))
            }
        }
    )*};
}
int_ser!(i8, i16, i32, i64);

impl SerValue for u8 {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.u64(u64::from(*self))
    }
}

impl SerValue for f64 {
    /// Non-finite values are written as the OData strings `INF`, `-INF`, `NaN`; integral
    /// values below 2^53 as integers (`0`, not `0.0`: the same number, and the form Graph
    /// payloads use), so typical payloads round-trip to identical JSON values.
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        if self.is_finite() {
            if self.fract() == 0.0
                && self.abs() < EXACT
                && !(*self == 0.0 && self.is_sign_negative())
            {
                sink.i64(*self as i64)
            } else {
                sink.f64(*self)
            }
        } else if self.is_nan() {
            sink.str("NaN")
        } else if *self > 0.0 {
            sink.str("INF")
        } else {
            sink.str("-INF")
        }
    }
}

impl SerValue for Value {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.json(self)
    }
}

impl SerValue for RawValue {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.raw(self)
    }
}

impl<T: SerValue + ?Sized> SerValue for &T {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        (**self).ser(sink)
    }
}

impl<T: SerValue + ?Sized> SerValue for Box<T> {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        (**self).ser(sink)
    }
}

impl<T: SerValue> SerValue for Vec<T> {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.seq(&Items(self.as_slice()))
    }
}

impl<T: SerValue> SerValue for [T] {
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        sink.seq(&Items(self))
    }
}

impl<T: SerValue> SerValue for Field<T> {
    /// `null` when absent or null (only object members can be omitted; see [`Field::ser_entry`]).
    fn ser(&self, sink: &mut dyn Sink) -> SerResult {
        match self {
            Field::Value(v) => v.ser(sink),
            Field::Absent | Field::Null => sink.null(),
        }
    }
}
