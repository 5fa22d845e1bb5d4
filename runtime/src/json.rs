//! JSON convenience entry points (`from_str`, `from_slice`, `from_value`, `to_string`,
//! `to_vec`, `to_value`) and [`JsonError`]. The serde_json instantiations of the bridge live in
//! the non-generic helpers here, so they are compiled once in this crate; the public generic
//! functions are thin wrappers.

use std::fmt;

use serde_json::Value;

use crate::de::{DeError, DeResult, DeValue, Source, no_value};
use crate::ser::{SerError, SerValue};
use crate::serde_bridge::{AsSerialize, DeSource, serialize_value};
use crate::value_source::ValueSource;

/// A failed JSON read: message, JSON path and, for syntax errors, the position in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// JSON path of the failing value (`$`, `$.participants[0].info.port`).
    pub path: String,
    /// What went wrong (without path or position).
    pub message: String,
    /// 1-based line, when serde_json reported a position (syntax/EOF errors).
    pub line: Option<usize>,
    /// 1-based column, when serde_json reported a position.
    pub column: Option<usize>,
}

impl JsonError {
    /// A JSON error from a deserialization error (path and message, no position).
    pub fn from_de(e: DeError) -> Self {
        let path = e.path_string();
        if let Some((message, line, column)) =
            split_position(e.message()).filter(|_| e.is_format_error())
        {
            return JsonError {
                path,
                message: message.to_owned(),
                line: Some(line),
                column: Some(column),
            };
        }
        JsonError {
            path,
            message: e.message().to_owned(),
            line: None,
            column: None,
        }
    }

    pub(crate) fn from_json(e: serde_json::Error) -> Self {
        let text = e.to_string();
        match split_position(&text) {
            Some((message, line, column)) => JsonError {
                path: "$".to_owned(),
                message: message.to_owned(),
                line: Some(line),
                column: Some(column),
            },
            None => JsonError {
                path: "$".to_owned(),
                message: text,
                line: None,
                column: None,
            },
        }
    }
}

/// Splits serde_json's `"<message> at line L column C"` suffix.
fn split_position(msg: &str) -> Option<(&str, usize, usize)> {
    let at = msg.rfind(" at line ")?;
    let rest = &msg[at + " at line ".len()..];
    let (line, column) = rest.split_once(" column ")?;
    Some((&msg[..at], line.parse().ok()?, column.parse().ok()?))
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.message, self.path)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, " (line {l}, column {c})")?;
        }
        Ok(())
    }
}

impl std::error::Error for JsonError {}

/// Reads a `T` from JSON text.
pub fn from_str<T: DeValue>(json: &str) -> Result<T, JsonError> {
    let mut out = None;
    read_str(json, &mut |src| {
        out = Some(T::de_value(src)?);
        Ok(())
    })?;
    out.ok_or_else(|| JsonError::from_de(no_value()))
}

/// Reads a `T` from JSON bytes.
pub fn from_slice<T: DeValue>(json: &[u8]) -> Result<T, JsonError> {
    let mut out = None;
    read_slice(json, &mut |src| {
        out = Some(T::de_value(src)?);
        Ok(())
    })?;
    out.ok_or_else(|| JsonError::from_de(no_value()))
}

/// Reads a `T` from an owned JSON tree.
pub fn from_value<T: DeValue>(value: Value) -> Result<T, DeError> {
    T::de_value(&mut ValueSource::new(value))
}

/// Runs `f` on a [`Source`] over JSON text, then checks for trailing characters.
pub fn read_str(
    json: &str,
    f: &mut dyn FnMut(&mut dyn Source) -> DeResult<()>,
) -> Result<(), JsonError> {
    let mut de = serde_json::Deserializer::from_str(json);
    f(&mut DeSource::new(&mut de)).map_err(JsonError::from_de)?;
    de.end().map_err(JsonError::from_json)
}

/// Runs `f` on a [`Source`] over JSON bytes, then checks for trailing characters.
pub fn read_slice(
    json: &[u8],
    f: &mut dyn FnMut(&mut dyn Source) -> DeResult<()>,
) -> Result<(), JsonError> {
    let mut de = serde_json::Deserializer::from_slice(json);
    f(&mut DeSource::new(&mut de)).map_err(JsonError::from_de)?;
    de.end().map_err(JsonError::from_json)
}

/// Writes `v` as compact JSON text.
///
/// # Panics
/// Only if a hand-written [`SerValue`] impl breaks the `Sink` contract (writes twice or
/// nothing); built-in and generated impls never fail. See [`try_to_vec`].
pub fn to_string<T: SerValue + ?Sized>(v: &T) -> String {
    match write_string(&v) {
        Ok(out) => out,
        Err(e) => panic!("SerValue implementation failed: {e}"),
    }
}

/// Writes `v` as compact JSON text, reporting a failing hand-written [`SerValue`] impl.
pub fn try_to_string<T: SerValue + ?Sized>(v: &T) -> Result<String, SerError> {
    write_string(&v)
}

/// Writes `v` as compact JSON bytes. Panics like [`to_string`].
pub fn to_vec<T: SerValue + ?Sized>(v: &T) -> Vec<u8> {
    match write_vec(&v) {
        Ok(out) => out,
        Err(e) => panic!("SerValue implementation failed: {e}"),
    }
}

/// Writes `v` as compact JSON bytes, reporting a failing hand-written [`SerValue`] impl.
pub fn try_to_vec<T: SerValue + ?Sized>(v: &T) -> Result<Vec<u8>, SerError> {
    write_vec(&v)
}

/// Converts `v` to a JSON tree. Panics like [`to_string`].
pub fn to_value<T: SerValue + ?Sized>(v: &T) -> Value {
    match write_value(&v) {
        Ok(out) => out,
        Err(e) => panic!("SerValue implementation failed: {e}"),
    }
}

/// Converts `v` to a JSON tree, reporting a failing hand-written [`SerValue`] impl.
pub fn try_to_value<T: SerValue + ?Sized>(v: &T) -> Result<Value, SerError> {
    write_value(&v)
}

// serde_json's own entry points: `to_string` skips re-validating the UTF-8 it just wrote.
fn write_string(v: &dyn SerValue) -> Result<String, SerError> {
    serde_json::to_string(&AsSerialize(v)).map_err(SerError::custom)
}

fn write_vec(v: &dyn SerValue) -> Result<Vec<u8>, SerError> {
    serde_json::to_vec(&AsSerialize(v)).map_err(SerError::custom)
}

fn write_value(v: &dyn SerValue) -> Result<Value, SerError> {
    serialize_value(v, serde_json::value::Serializer).map_err(SerError::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_carry_position_and_path() {
        let e = from_str::<Vec<i32>>("[1,\n 2,").unwrap_err();
        assert_eq!(e.path, "$[2]");
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("EOF"), "{e}");
        let t = from_str::<i32>("1 x").unwrap_err();
        assert_eq!(
            (t.message.as_str(), t.line, t.column),
            ("trailing characters", Some(1), Some(3))
        );
        let ty = from_str::<Vec<i32>>("[1, true]").unwrap_err();
        assert_eq!(
            ty.to_string(),
            "invalid type: boolean `true`, expected Int32 at $[1]"
        );
        assert_eq!(ty.line, None);
    }

    #[test]
    fn primitives_round_trip() {
        let v: Vec<f64> = from_str(r#"[1.5, "INF", "-INF", 2]"#).unwrap();
        assert_eq!(to_string(&v), r#"[1.5,"INF","-INF",2]"#);
        let v: Vec<f64> = from_str("[-0.0, 3.0, 1e300]").unwrap();
        assert_eq!(to_string(&v), "[-0.0,3,1e+300]");
        assert_eq!(to_string("a\"b"), r#""a\"b""#);
        assert_eq!(to_value(&vec![1i32, 2]), serde_json::json!([1, 2]));
    }
}
