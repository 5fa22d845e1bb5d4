//! Errors of the JSON reader: [`Error`] (what went wrong, where in the text, and the JSON
//! path, built while the error bubbles up), [`JsonError`] (the same, resolved to line and
//! column for users), [`Problem`] (what lenient reading kept as raw JSON instead of failing)
//! and [`Note`] (what a read with notes saw the schema does not declare: unknown members,
//! enum values, `@odata.type` tags).

use std::fmt;

/// One segment of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSeg {
    /// An object member.
    Key(Box<str>),
    /// An array element.
    Index(usize),
}

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The text is not JSON (or ends early).
    Syntax,
    /// Nesting deeper than the reader's limit.
    Depth,
    /// Valid JSON that does not fit the declared type: wrong JSON kind, a number out of
    /// range, a string that is not a literal of its Edm type. Lenient reading keeps such
    /// values as raw JSON instead of failing.
    Data,
    /// Internal: a polymorphic object read as its base type met an `@odata.type` naming
    /// another type and is read again as that one. Never returned to users.
    #[doc(hidden)]
    Restart,
    /// Internal: not a failure but a [`Note`], recorded beside lenient reading's problems so
    /// that it gets its path the same way. Never returned as an error.
    #[doc(hidden)]
    Note,
}

/// A read failure: kind, message, byte offset in the input and the JSON path.
///
/// Boxed so that `Result<(), Error>` is one pointer wide; the box is only allocated on
/// failure.
pub struct Error(Box<Inner>);

struct Inner {
    kind: ErrorKind,
    message: String,
    offset: usize,
    /// Path segments, innermost first (pushed while the error bubbles up).
    rev_path: Vec<PathSeg>,
    /// For [`ErrorKind::Note`]: what was noted, and the type or enum it was noted in.
    note: Option<(NoteKind, &'static str)>,
}

/// Result of a read step.
pub type ReadResult<T> = Result<T, Error>;

impl Error {
    /// An error of `kind` at byte `offset`.
    pub fn new(kind: ErrorKind, offset: usize, message: impl Into<String>) -> Self {
        Error(Box::new(Inner {
            kind,
            message: message.into(),
            offset,
            rev_path: Vec::new(),
            note: None,
        }))
    }

    /// A note of `kind` in `owner` at `offset` (see [`Note`]).
    pub(crate) fn note(
        kind: NoteKind,
        owner: &'static str,
        offset: usize,
        text: impl Into<String>,
    ) -> Self {
        let mut e = Self::new(ErrorKind::Note, offset, text);
        e.0.note = Some((kind, owner));
        e
    }

    /// A data error (the value does not fit its type) at `offset`.
    pub fn data(offset: usize, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Data, offset, message)
    }

    /// `invalid type: <found>, expected <expected>`.
    pub fn invalid_type(offset: usize, found: &str, expected: &str) -> Self {
        Self::data(
            offset,
            format!("invalid type: {found}, expected {expected}"),
        )
    }

    /// `invalid value: string "<text>", expected <expected>`.
    pub fn invalid_value(offset: usize, text: &str, expected: &str) -> Self {
        Self::data(
            offset,
            format!(
                "invalid value: string {:?}, expected {expected}",
                truncate(text)
            ),
        )
    }

    pub(crate) fn push_seg(&mut self, seg: PathSeg) {
        self.0.rev_path.push(seg);
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The message, without path or position.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// Byte offset in the input where the failing value (or syntax error) starts.
    pub fn offset(&self) -> usize {
        self.0.offset
    }

    /// Prepends an object-member segment to the path.
    #[must_use]
    pub fn at_key(mut self, key: &str) -> Self {
        self.0.rev_path.push(PathSeg::Key(key.into()));
        self
    }

    /// Prepends an array-index segment to the path.
    #[must_use]
    pub fn at_index(mut self, index: usize) -> Self {
        self.0.rev_path.push(PathSeg::Index(index));
        self
    }

    /// The path segments, outermost first.
    pub fn path(&self) -> impl DoubleEndedIterator<Item = &PathSeg> + ExactSizeIterator {
        self.0.rev_path.iter().rev()
    }

    /// The JSON path: `$`, `$.a.b[2]`, `$['we.ird']`.
    pub fn path_string(&self) -> String {
        path_string(self.path())
    }

    pub(crate) fn into_parts(self) -> (ErrorKind, String, usize, Vec<PathSeg>) {
        let i = *self.0;
        (i.kind, i.message, i.offset, i.rev_path)
    }

    /// The [`Note`] this is, located in `text` (`None` for real errors).
    pub(crate) fn into_note(self, text: &str) -> Result<Note, Error> {
        let Some((kind, owner)) = self.0.note else {
            return Err(self);
        };
        let i = *self.0;
        let (line, column) = line_column(text, i.offset);
        let mut segments = i.rev_path;
        segments.reverse();
        Ok(Note {
            kind,
            segments,
            owner,
            text: i.message,
            line,
            column,
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.0.message, self.path_string())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("path", &self.path_string())
            .field("offset", &self.0.offset)
            .field("message", &self.0.message)
            .finish()
    }
}

impl std::error::Error for Error {}

/// Renders path segments (outermost first) as `$.a.b[2]`, quoting keys that are not plain
/// identifiers: `$['we.ird']`.
pub fn path_string<'a>(segs: impl Iterator<Item = &'a PathSeg>) -> String {
    let mut out = String::from("$");
    for seg in segs {
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

fn is_plain_identifier(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Caps quoted input in error messages so a multi-megabyte string does not end up in one.
pub(crate) fn truncate(s: &str) -> &str {
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

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A failed read, for users: message, JSON path and position in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// JSON path of the failing value (`$`, `$.participants[0].info.port`).
    pub path: String,
    /// What went wrong (without path or position).
    pub message: String,
    /// 1-based line of the failing value or syntax error.
    pub line: Option<usize>,
    /// 1-based column (in characters).
    pub column: Option<usize>,
    /// Whether the text itself is not JSON (as opposed to JSON that does not fit the type).
    pub syntax: bool,
}

impl JsonError {
    /// The user-facing form of `e`, located in `text`.
    pub fn located(e: Error, text: &str) -> Self {
        let (kind, message, offset, rev_path) = e.into_parts();
        let (line, column) = line_column(text, offset);
        JsonError {
            path: path_string(rev_path.iter().rev()),
            message,
            line: Some(line),
            column: Some(column),
            syntax: kind != ErrorKind::Data,
        }
    }

    /// An error without a position (values that were not read from text).
    pub fn unlocated(message: impl Into<String>) -> Self {
        JsonError {
            path: "$".to_owned(),
            message: message.into(),
            line: None,
            column: None,
            syntax: false,
        }
    }
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

/// A value that lenient reading kept as raw JSON instead of failing (see
/// [`from_str_lenient`](crate::from_str_lenient)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the kept value (`$.resourceData.resultInfo.code`).
    pub path: String,
    /// Why it did not fit its declared type.
    pub message: String,
    /// 1-based line and column of the value in the text.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at {} (line {}, column {}): kept as raw JSON",
            self.message, self.path, self.line, self.column
        )
    }
}

/// What a [`Note`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteKind {
    /// A member the object's type does not declare (kept in its `extra`); `text` is the
    /// member's name. Annotations (`@odata.etag`, `x@odata.bind`) are not noted.
    UnknownMember,
    /// An enum value recognised only case-insensitively (`"running"` for `Running`); `text`
    /// is the value as written.
    EnumCase,
    /// An enum value that names no member (kept in the fallback variant); `text` is the
    /// value (one name of a flags value).
    UnknownEnumMember,
    /// An `@odata.type` that is not the exact tag of the type the object was read as: a
    /// type this build does not know or that does not derive from the declared one (the
    /// object was read as the declared type), a tag written without `#`, or not a string;
    /// `text` is the tag's raw JSON.
    TypeTag,
}

/// Something a read with notes ([`ReadOptions::notes`](crate::ReadOptions)) saw that the
/// schema does not declare, while keeping it: tools that check documents against the schema
/// (the conformance kit) learn from one read everything the typed reader decided, without a
/// second walk of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// What was noted.
    pub kind: NoteKind,
    /// JSON path of the noted value (for [`NoteKind::UnknownMember`], of the member; for
    /// [`NoteKind::TypeTag`], of the `@odata.type` member), outermost first.
    pub segments: Vec<PathSeg>,
    /// The qualified name of the type (members, tags) or enum (values) it was noted in.
    pub owner: &'static str,
    /// The member name, the enum value or the tag's raw JSON (see [`NoteKind`]).
    pub text: String,
    /// 1-based line of the value in the text.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
}

impl Note {
    /// The JSON path: `$.value[0].resourceData.status`.
    pub fn path(&self) -> String {
        path_string(self.segments.iter())
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            NoteKind::UnknownMember => "member not declared by",
            NoteKind::EnumCase => "enum value recognised by case only in",
            NoteKind::UnknownEnumMember => "value not a member of",
            NoteKind::TypeTag => "@odata.type not the tag of",
        };
        write!(
            f,
            "{:?}: {what} {} at {} (line {}, column {})",
            self.text,
            self.owner,
            self.path(),
            self.line,
            self.column
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_rendering() {
        let e = Error::data(0, "boom")
            .at_index(2)
            .at_key("we.ird")
            .at_key("list")
            .at_key("_ok$1");
        assert_eq!(e.path_string(), "$._ok$1.list['we.ird'][2]");
        assert_eq!(e.to_string(), "boom at $._ok$1.list['we.ird'][2]");
        let q = Error::data(0, "x").at_key("it's").at_key("1a");
        assert_eq!(q.path_string(), r"$['1a']['it\'s']");
    }

    #[test]
    fn lines_and_columns() {
        assert_eq!(line_column("abc", 0), (1, 1));
        assert_eq!(line_column("a\nbc", 3), (2, 2));
        assert_eq!(line_column("é\nxé", 5), (2, 2));
        assert_eq!(line_column("é\nxé", 6), (2, 3));
        assert_eq!(line_column("ab", 99), (1, 3));
    }

    #[test]
    fn error_is_pointer_sized() {
        assert_eq!(
            std::mem::size_of::<ReadResult<()>>(),
            std::mem::size_of::<usize>()
        );
    }
}
