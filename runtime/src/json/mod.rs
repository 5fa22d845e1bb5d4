//! JSON text in and out: the scanner ([`read::Reader`]), the writer ([`write::Writer`]),
//! [`raw::RawJson`], errors, and the entry points generated types are used through
//! ([`from_str`], [`from_slice`], [`from_str_lenient`], [`to_string`], ...).

pub mod error;
pub mod raw;
pub mod read;
mod scan;
pub mod write;

use error::{JsonError, Note, Problem};
use read::Reader;
use write::Writer;

use crate::value::{FromJson, ToJson};

/// Reads a `T` from JSON text. Errors name the JSON path and the line and column of the
/// failing value: `invalid type: string "abc", expected Int32 at $.participants[0].info.port
/// (line 12, column 21)`.
pub fn from_str<T: FromJson>(json: &str) -> Result<T, JsonError> {
    read_with(json, ReadOptions::default(), T::read_json).map(|(v, _)| v)
}

/// Reads a `T` from JSON bytes (which must be UTF-8).
pub fn from_slice<T: FromJson>(json: &[u8]) -> Result<T, JsonError> {
    from_str(utf8(json)?)
}

/// Reads a `T` from JSON text leniently: a member whose value does not fit its declared type
/// (a string for an `Int32`, a bad date, an object for a string...) does not fail the
/// document; it is kept ([`Field::Invalid`](crate::Field::Invalid), its text in the
/// object's `extra`), written back unchanged, and reported with its path. Text that is not
/// JSON still fails. Member order is kept too ([`ReadOptions::keep_order`]), so the value is
/// written back as it came.
pub fn from_str_lenient<T: FromJson>(json: &str) -> Result<(T, Vec<Problem>), JsonError> {
    read_with(json, ReadOptions::exact().lenient(), T::read_json)
}

/// Reads a `T` from JSON text with `options`; returns the problems lenient reading found.
pub fn from_str_with<T: FromJson>(
    json: &str,
    options: ReadOptions,
) -> Result<(T, Vec<Problem>), JsonError> {
    read_with(json, options, T::read_json)
}

/// How to read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Keep values that do not fit their declared type (see [`from_str_lenient`]).
    pub lenient: bool,
    /// Record, in each object whose members do not come in the order it is written in
    /// (`@odata.type`, other annotations, properties in declaration order, other members), the
    /// order they came in, and write them back in it: a compact document is then written back
    /// byte for byte (but for escapes and the text of numbers in typed fields). Off by
    /// default: it costs an allocation per such object, and JSON member order carries no
    /// meaning.
    pub keep_order: bool,
    /// Also return [`Note`]s: what the read kept that the schema does not declare (unknown
    /// members, enum values recognised by case only or not at all, `@odata.type` tags that
    /// are not the read type's), with paths; see [`read_with_notes`]. Off by default.
    pub notes: bool,
}

impl ReadOptions {
    /// Strict, member order not kept (the default).
    pub fn new() -> Self {
        Self::default()
    }

    /// Strict, member order kept.
    pub fn exact() -> Self {
        ReadOptions {
            keep_order: true,
            ..Self::default()
        }
    }

    /// The same options, lenient.
    #[must_use]
    pub fn lenient(mut self) -> Self {
        self.lenient = true;
        self
    }

    /// The same options, with notes.
    #[must_use]
    pub fn with_notes(mut self) -> Self {
        self.notes = true;
        self
    }
}

/// Runs `read` on a reader over `json` and checks that nothing but whitespace follows;
/// returns what it read and, for lenient reading, the problems found.
pub fn read_with<R>(
    json: &str,
    options: ReadOptions,
    read: impl FnOnce(&mut Reader<'_>) -> error::ReadResult<R>,
) -> Result<(R, Vec<Problem>), JsonError> {
    let options = ReadOptions {
        notes: false,
        ..options
    };
    read_with_notes(json, options, read).map(|(v, problems, _)| (v, problems))
}

/// [`read_with`], also returning the [`Note`]s of a read with [`ReadOptions::notes`], in
/// the order of the text.
pub fn read_with_notes<R>(
    json: &str,
    options: ReadOptions,
    read: impl FnOnce(&mut Reader<'_>) -> error::ReadResult<R>,
) -> Result<(R, Vec<Problem>, Vec<Note>), JsonError> {
    let mut r = Reader::new(json);
    r.lenient = options.lenient;
    r.keep_order = options.keep_order;
    r.notes = options.notes;
    let v = read(&mut r)
        .and_then(|v| r.finish().map(|()| v))
        .map_err(|e| JsonError::located(e, json))?;
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    for e in std::mem::take(&mut r.problems) {
        match e.into_note(json) {
            Ok(note) => notes.push(note),
            Err(e) => {
                let located = JsonError::located(e, json);
                problems.push(Problem {
                    path: located.path,
                    message: located.message,
                    line: located.line.unwrap_or(1),
                    column: located.column.unwrap_or(1),
                });
            }
        }
    }
    Ok((v, problems, notes))
}

/// [`from_str_lenient`] on bytes (which must be UTF-8).
pub fn from_slice_lenient<T: FromJson>(json: &[u8]) -> Result<(T, Vec<Problem>), JsonError> {
    from_str_lenient(utf8(json)?)
}

fn utf8(json: &[u8]) -> Result<&str, JsonError> {
    std::str::from_utf8(json).map_err(|e| {
        let valid = std::str::from_utf8(&json[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = error::line_column(valid, valid.len());
        JsonError {
            path: "$".to_owned(),
            message: "invalid UTF-8".to_owned(),
            line: Some(line),
            column: Some(column),
            syntax: true,
        }
    })
}

/// Reads a `T` from a `serde_json::Value` (through its text).
pub fn from_value<T: FromJson>(value: &serde_json::Value) -> Result<T, JsonError> {
    from_str(&value.to_string())
}

thread_local! {
    /// The lengths of the texts [`to_string`] wrote on this thread: the last one, and a
    /// decaying maximum (the last length, or a quarter less than the previous maximum if
    /// that is more).
    static LAST_LEN: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// Writes `v` as compact JSON text.
///
/// The text starts with room for what the previous calls on this thread wrote, plus an
/// eighth (at least 128 bytes, at most 256 MiB): programs write the same kinds of values
/// again and again, and growing the text from a small buffer is most of the cost of writing
/// a large one (a 1 MB page grown from 64 KiB is copied four times over). That is the
/// recent maximum, so that values of varying sizes are not regrown every other call, but no
/// more than three times the last length (less than what is shrunk), so that after one
/// large text only the next call starts large. A text left with much more room than it
/// uses is shrunk.
pub fn to_string<T: ToJson + ?Sized>(v: &T) -> String {
    // The bytes are UTF-8 (every write is whole text); checking costs a pass over them.
    write::text(to_vec(v))
}

/// Appends `v` as compact JSON text to `out`, in the room `out` already has: a program
/// writing many values (a webhook answering notifications, a job writing records) clears
/// one buffer and reuses it instead of allocating a `String` per value. Allocating each
/// output is about a third of the time [`to_string`] takes on small documents
/// (BENCHMARKS.md).
///
/// ```
/// let mut buf = String::new();
/// for v in [1i32, 2, 3] {
///     buf.clear();
///     msgraph_core::write_to(&mut buf, &v);
///     assert_eq!(buf, v.to_string());
/// }
/// ```
pub fn write_to<T: ToJson + ?Sized>(out: &mut String, v: &T) {
    if out.is_empty() {
        // The buffer's room, and one check that what was written is UTF-8.
        let mut w = Writer::from(std::mem::take(out));
        v.write_json(&mut w);
        *out = w.into_string();
    } else {
        // After text already there: check only the new text, not all of `out` at each call.
        out.push_str(&to_string(v));
    }
}

/// Writes `v` as compact JSON bytes (UTF-8), with the buffer sizing of [`to_string`] and
/// without its final check that the bytes are UTF-8.
pub fn to_vec<T: ToJson + ?Sized>(v: &T) -> Vec<u8> {
    let (last, high) = LAST_LEN.with(std::cell::Cell::get);
    let room = high.min(last.saturating_mul(3)).max(last);
    let mut w = Writer::with_capacity((room + room / 8).clamp(128, 256 << 20));
    v.write_json(&mut w);
    let mut s = w.into_bytes();
    let len = s.len();
    LAST_LEN.with(|l| l.set((len, len.max(high - high / 4))));
    if s.capacity() > 4096 && s.capacity() / 4 > len {
        s.shrink_to_fit();
    }
    s
}

/// Converts `v` to a `serde_json::Value` (through its text).
pub fn to_value<T: ToJson + ?Sized>(v: &T) -> serde_json::Value {
    // Our writer only writes valid JSON; serde_json refuses only escaped lone surrogates
    // kept in raw members, which become `null` here.
    serde_json::from_str(&to_string(v)).unwrap_or(serde_json::Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_position_and_path() {
        let e = from_str::<Vec<i32>>("[1,\n 2,").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(4)));
        assert!(e.message.contains("EOF"), "{e}");
        assert!(e.syntax);
        let t = from_str::<i32>("1 x").unwrap_err();
        assert_eq!(
            (t.message.as_str(), t.line, t.column),
            ("trailing characters", Some(1), Some(3))
        );
        let ty = from_str::<Vec<i32>>("[1,\n true]").unwrap_err();
        assert_eq!(
            ty.to_string(),
            "invalid type: boolean `true`, expected Int32 at $[1] (line 2, column 2)"
        );
        assert!(!ty.syntax);
        let u = from_slice::<String>(b"\"a\n\xff\"").unwrap_err();
        assert_eq!((u.message.as_str(), u.line), ("invalid UTF-8", Some(2)));
    }

    #[test]
    fn text_room_follows_recent_lengths() {
        let big = to_string(&vec![1i32; 50_000]);
        assert_eq!(big.len(), 100_001);
        // Only the next call starts large (and is shrunk); the one after starts small.
        let small = to_string(&vec![1i32; 10]);
        assert!(small.capacity() < 4096);
        assert!(to_string(&vec![1i32; 10]).capacity() <= 128);
    }

    #[test]
    fn primitives_round_trip() {
        let v: Vec<f64> = from_str(r#"[1.5, "INF", "-INF", 2]"#).unwrap();
        assert_eq!(to_string(&v), r#"[1.5,"INF","-INF",2]"#);
        let v: Vec<f64> = from_str("[-0.0, 3.0, 1e300]").unwrap();
        assert_eq!(to_string(&v), "[-0.0,3,1e300]");
        assert_eq!(to_string("a\"b"), r#""a\"b""#);
        assert_eq!(to_value(&vec![1i32, 2]), serde_json::json!([1, 2]));
        assert_eq!(
            from_value::<Vec<i64>>(&serde_json::json!([3])).unwrap(),
            [3]
        );
    }
}
