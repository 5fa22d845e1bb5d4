//! Erased (object-safe) deserialization: the [`Source`] / [`Event`] protocol that generated
//! code consumes, the structured [`DeError`] (message + JSON path), the [`DeValue`] trait, and
//! (object and polymorphic-object drivers are in `object`).
//!
//! Nothing here is generic over a serde format: generated types are compiled once against these
//! `dyn` traits, and `serde_bridge` adapts any serde `Deserializer` to [`Source`].

use std::fmt;

use serde_json::value::RawValue;

use crate::field::Field;

/// Result of an erased deserialization step.
pub type DeResult<T> = Result<T, DeError>;

/// One step of a JSON value as seen by a [`Source`] reader.
///
/// Maps and sequences are handed out as cursors that must be drained by the callee.
pub enum Event<'a> {
    /// JSON `null`.
    Null,
    /// JSON `true` / `false`.
    Bool(bool),
    /// A negative integer (or any integer the source reports as signed).
    I64(i64),
    /// A non-negative integer.
    U64(u64),
    /// A number with a fraction or exponent.
    F64(f64),
    /// A string (borrowed from the input or from a scratch buffer).
    Str(&'a str),
    /// A JSON object; iterate it with [`MapSource`].
    Map(&'a mut dyn MapSource),
    /// A JSON array; iterate it with [`SeqSource`].
    Seq(&'a mut dyn SeqSource),
}

impl Event<'_> {
    /// Describes the event the way serde's `Unexpected` does (`string "abc"`, `integer `5``, ...).
    pub fn describe(&self) -> String {
        match self {
            Event::Null => "null".to_owned(),
            Event::Bool(b) => format!("boolean `{b}`"),
            Event::I64(v) => format!("integer `{v}`"),
            Event::U64(v) => format!("integer `{v}`"),
            Event::F64(v) => {
                // Like serde: always show a decimal point for finite whole numbers (`1.0`).
                let mut t = v.to_string();
                if v.is_finite() && !t.contains(['.', 'e', 'E']) {
                    t.push_str(".0");
                }
                format!("floating point `{t}`")
            }
            Event::Str(s) => format!("string {:?}", truncate(s)),
            Event::Map(_) => "object".to_owned(),
            Event::Seq(_) => "array".to_owned(),
        }
    }
}

/// Caps quoted input in error messages so a multi-megabyte string doesn't end up in a message.
fn truncate(s: &str) -> &str {
    const MAX: usize = 200;
    if s.len() <= MAX {
        return s;
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Receives the [`Event`] of one value ([`Source::read`]). Closures implement it; generic
/// code in this crate uses small structs instead, since a closure behind `dyn FnMut` costs
/// three functions per type in the models crate's build and a struct one.
pub trait OnEvent {
    /// Handles the event.
    fn on_event(&mut self, ev: Event<'_>) -> DeResult<()>;
}

impl<F: FnMut(Event<'_>) -> DeResult<()>> OnEvent for F {
    fn on_event(&mut self, ev: Event<'_>) -> DeResult<()> {
        self(ev)
    }
}

/// Receives the [`Source`] of one member or element ([`MapSource::next_value`],
/// [`SeqSource::next_element`]). Closures implement it (see [`OnEvent`]).
pub trait OnValue {
    /// Reads the value.
    fn on_value(&mut self, src: &mut dyn Source) -> DeResult<()>;
}

impl<F: FnMut(&mut dyn Source) -> DeResult<()>> OnValue for F {
    fn on_value(&mut self, src: &mut dyn Source) -> DeResult<()> {
        self(src)
    }
}

/// One JSON value, consumed exactly once by one of the three methods.
pub trait Source {
    /// Reads the value as an [`Event`] handed to `f` (maps/sequences as cursors).
    fn read(&mut self, f: &mut dyn OnEvent) -> DeResult<()>;
    /// Reads the whole value as an owned JSON tree (unknown properties, `Edm.Untyped`).
    fn read_json(&mut self) -> DeResult<serde_json::Value>;
    /// Reads the exact JSON text of the value (used by `Edm.Decimal`). Sources that cannot
    /// capture text (non-JSON serde formats) return an error.
    fn read_raw(&mut self) -> DeResult<Box<RawValue>>;
}

/// Cursor over the entries of a JSON object.
pub trait MapSource {
    /// Reads the next key into `key` (reusing its buffer); `false` at the end of the object.
    fn next_key(&mut self, key: &mut String) -> DeResult<bool>;
    /// Hands the value belonging to the last key to `f`. Must be called once after each key.
    fn next_value(&mut self, f: &mut dyn OnValue) -> DeResult<()>;
}

/// Cursor over the elements of a JSON array.
pub trait SeqSource {
    /// Hands the next element to `f`; returns `false` (without calling `f`) at the end.
    fn next_element(&mut self, f: &mut dyn OnValue) -> DeResult<bool>;
}

/// One segment of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSeg {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

/// A deserialization error: a message plus the JSON path where it happened.
///
/// Boxed so that `DeResult<()>` is one pointer wide; the box is only allocated on failure.
pub struct DeError(Box<Inner>);

struct Inner {
    /// Path segments, innermost first (segments are pushed while the error bubbles up).
    rev_path: Vec<PathSeg>,
    message: String,
    /// The message came from the underlying serde format (syntax error, EOF, depth limit...).
    from_format: bool,
}

impl DeError {
    fn new(message: String, from_format: bool) -> Self {
        DeError(Box::new(Inner {
            rev_path: Vec::new(),
            message,
            from_format,
        }))
    }

    /// A free-form error.
    pub fn custom(message: impl fmt::Display) -> Self {
        Self::new(message.to_string(), false)
    }

    /// An error reported by the underlying serde format (syntax error, EOF, recursion limit).
    pub fn format(message: impl fmt::Display) -> Self {
        Self::new(message.to_string(), true)
    }

    /// `invalid type: <found>, expected <expected>`.
    pub fn invalid_type(found: &Event<'_>, expected: &str) -> Self {
        Self::mismatch(&found.describe(), expected)
    }

    /// `invalid type: <found_description>, expected <expected>` for callers without an [`Event`].
    pub fn mismatch(found_description: &str, expected: &str) -> Self {
        Self::custom(format_args!(
            "invalid type: {found_description}, expected {expected}"
        ))
    }

    /// `invalid value: string "<text>", expected <expected>` (a string that doesn't parse).
    pub fn invalid_value(text: &str, expected: &str) -> Self {
        Self::custom(format_args!(
            "invalid value: string {:?}, expected {expected}",
            truncate(text)
        ))
    }

    /// `invalid value: <found>, expected <expected>` (e.g. an integer out of range).
    pub fn out_of_range(found: &Event<'_>, expected: &str) -> Self {
        Self::custom(format_args!(
            "invalid value: {}, expected {expected}",
            found.describe()
        ))
    }

    /// Prepends an object-member segment to the path.
    #[must_use]
    pub fn at_key(mut self, key: &str) -> Self {
        self.0.rev_path.push(PathSeg::Key(key.to_owned()));
        self
    }

    /// Prepends an array-index segment to the path.
    #[must_use]
    pub fn at_index(mut self, index: usize) -> Self {
        self.0.rev_path.push(PathSeg::Index(index));
        self
    }

    /// The message without the path.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The path segments, outermost first.
    pub fn path(&self) -> impl DoubleEndedIterator<Item = &PathSeg> + ExactSizeIterator {
        self.0.rev_path.iter().rev()
    }

    /// Whether the error was reported by the serde format itself rather than by a type.
    pub fn is_format_error(&self) -> bool {
        self.0.from_format
    }

    /// The JSON path: `$`, `$.a.b[2]`, `$['we.ird']`.
    pub fn path_string(&self) -> String {
        let mut out = String::from("$");
        for seg in self.path() {
            match seg {
                PathSeg::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
                PathSeg::Key(k) if is_plain_identifier(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                PathSeg::Key(k) => {
                    out.push_str("['");
                    for c in k.chars() {
                        if c == '\'' || c == '\\' {
                            out.push('\\');
                        }
                        out.push(c);
                    }
                    out.push_str("']");
                }
            }
        }
        out
    }
}

fn is_plain_identifier(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.0.message, self.path_string())
    }
}

impl fmt::Debug for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeError")
            .field("path", &self.path_string())
            .field("message", &self.0.message)
            .finish()
    }
}

impl std::error::Error for DeError {}

/// A type that can be read from a [`Source`] without knowing the serde format.
pub trait DeValue: Sized {
    /// The expected-type name used in error messages (`Int32`, `string`, a qualified type name).
    const EXPECTED: &'static str;

    /// Builds the value from one event (maps/sequences must be drained).
    fn from_event(ev: Event<'_>) -> DeResult<Self>;

    /// Reads a non-null value.
    // Generic code in this crate avoids `?` and combinators: each would be one more
    // function per generated type in the models crate's build.
    fn de_value(src: &mut dyn Source) -> DeResult<Self> {
        let mut out = None;
        let read = src.read(&mut PutValue(&mut out));
        match (read, out) {
            (Ok(()), Some(v)) => Ok(v),
            (Ok(()), None) => Err(no_value()),
            (Err(e), _) => Err(e),
        }
    }

    /// Reads a value that may be `null`.
    fn de_nullable(src: &mut dyn Source) -> DeResult<Field<Self>> {
        let mut out = Field::Absent;
        let read = src.read(&mut PutNullable(&mut out));
        match (read, out) {
            (Err(e), _) => Err(e),
            (Ok(()), Field::Absent) => Err(no_value()),
            (Ok(()), out) => Ok(out),
        }
    }
}

/// Keeps the value of the event it gets ([`DeValue::de_value`]). Borrows its output, so
/// it needs no drop glue of its own.
struct PutValue<'a, T>(&'a mut Option<T>);

impl<T: DeValue> OnEvent for PutValue<'_, T> {
    fn on_event(&mut self, ev: Event<'_>) -> DeResult<()> {
        match T::from_event(ev) {
            Ok(v) => {
                *self.0 = Some(v);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// Keeps `null` or the value of the event it gets ([`DeValue::de_nullable`]).
struct PutNullable<'a, T>(&'a mut Field<T>);

impl<T: DeValue> OnEvent for PutNullable<'_, T> {
    fn on_event(&mut self, ev: Event<'_>) -> DeResult<()> {
        match ev {
            Event::Null => {
                *self.0 = Field::Null;
                Ok(())
            }
            ev => match T::from_event(ev) {
                Ok(v) => {
                    *self.0 = Field::Value(v);
                    Ok(())
                }
                Err(e) => Err(e),
            },
        }
    }
}

pub(crate) fn no_value() -> DeError {
    DeError::custom("source produced no value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_rendering() {
        let e = DeError::custom("boom")
            .at_index(2)
            .at_key("we.ird")
            .at_key("list")
            .at_key("_ok$1");
        assert_eq!(e.path_string(), "$._ok$1.list['we.ird'][2]");
        assert_eq!(e.to_string(), "boom at $._ok$1.list['we.ird'][2]");
        assert_eq!(DeError::custom("x").path_string(), "$");
        let q = DeError::custom("x").at_key("it's").at_key("1a");
        assert_eq!(q.path_string(), r"$['1a']['it\'s']");
    }

    #[test]
    fn messages_follow_serde_wording() {
        assert_eq!(
            DeError::invalid_type(&Event::Str("abc"), "Int32").message(),
            "invalid type: string \"abc\", expected Int32"
        );
        assert_eq!(
            DeError::invalid_type(&Event::F64(2.0), "Int64").message(),
            "invalid type: floating point `2.0`, expected Int64"
        );
        assert_eq!(
            DeError::out_of_range(&Event::U64(300), "Byte").message(),
            "invalid value: integer `300`, expected Byte"
        );
        assert_eq!(
            DeError::invalid_value("String", "DateTimeOffset").message(),
            "invalid value: string \"String\", expected DateTimeOffset"
        );
        let long = "é".repeat(300);
        assert!(DeError::invalid_value(&long, "Guid").message().len() < 260);
    }

    #[test]
    fn error_is_pointer_sized() {
        assert_eq!(
            std::mem::size_of::<DeResult<()>>(),
            std::mem::size_of::<usize>()
        );
    }
}
