//! [`Reader`]: a pull scanner over JSON text, made for generated code. Generated types ask for
//! what they expect (`object_start`, `member_key`, `string`, `int`, ...) and the scanner checks
//! the grammar as it goes; nothing is buffered, strings without escapes are borrowed from the
//! input, and any value can be skipped or captured as its exact text ([`Reader::raw`]).
//!
//! Errors carry the byte offset of the failing value (turned into line and column at the entry
//! points) and, as they bubble up through objects and arrays, the JSON path.
//!
//! Nesting is limited ([`DEFAULT_DEPTH_LIMIT`]); skipping and capturing are iterative, so a
//! hostile document cannot overflow the stack.
//!
//! The methods generated code calls are not `#[inline]`: each is compiled once here, and a
//! field of a generated type costs a call rather than a copy of the scanner (a program that
//! reads every Graph type would otherwise compile tens of thousands of copies).

use super::error::{Error, ErrorKind, PathSeg, ReadResult, truncate};
use super::scan::{find_special, skip_ws_from};

/// Deepest nesting of objects and arrays accepted by default (serde_json's limit too).
pub const DEFAULT_DEPTH_LIMIT: u32 = 128;

/// Where the last member key is: in the input, or unescaped in the key buffer.
#[derive(Clone, Copy)]
enum KeyAt {
    Input(usize, usize),
    Buffer,
}

/// Where a scanned string is: in the input, or unescaped in the string buffer.
#[derive(Clone, Copy)]
enum StrAt {
    Input(usize, usize),
    Buffer,
}

/// A JSON number as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number<'a> {
    /// The exact text (`-12`, `1.5e3`).
    pub text: &'a str,
    /// Whether it has a fraction or an exponent.
    pub is_float: bool,
}

/// A pull reader over one JSON text. See the module documentation.
pub struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: u32,
    limit: u32,
    key: KeyAt,
    key_buf: String,
    buf: String,
    skip_stack: Vec<bool>,
    /// Lenient reading: values of the wrong kind are kept as raw JSON (see `Field`).
    pub(crate) lenient: bool,
    /// The next member's field is to be marked [`Field::Invalid`](crate::Field) without
    /// reading anything (lenient reading kept its value already).
    pub(crate) mark_invalid: bool,
    /// Objects record the order their members came in, when it is not canonical.
    pub(crate) keep_order: bool,
    /// Record [`Note`](super::error::Note)s (in `problems`, as [`ErrorKind::Note`]).
    pub(crate) notes: bool,
    /// Problems found by lenient reading, paths relative to where they are being built.
    pub(crate) problems: Vec<Error>,
    /// Enum spellings read since the containing object last collected them: (element index
    /// within the member's value, or `u32::MAX` for a single value; original text).
    pub(crate) spellings: Vec<(u32, Box<str>)>,
    /// Index of the array element being read (for spellings of enum collections).
    pub(crate) element: u32,
    /// The members of the objects being read, in the order they came (see `object`).
    pub(crate) order: Vec<u32>,
    /// The text of a member lenient reading just kept as [`Field::Invalid`](crate::Field),
    /// until its object takes it.
    pub(crate) invalid: Vec<super::raw::RawJson>,
    /// The offset of a polymorphic object being read as its base type without a leading
    /// `@odata.type`: if that object holds one naming another type, it is read again.
    pub(crate) poly_watch: Option<usize>,
    /// Polymorphic objects are read by looking ahead for `@odata.type` (while re-reading
    /// one: reading nested ones optimistically could restart them again and again).
    pub(crate) poly_lookahead: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            limit: DEFAULT_DEPTH_LIMIT,
            key: KeyAt::Input(0, 0),
            key_buf: String::new(),
            buf: String::new(),
            skip_stack: Vec::new(),
            lenient: false,
            mark_invalid: false,
            keep_order: false,
            notes: false,
            problems: Vec::new(),
            spellings: Vec::new(),
            element: u32::MAX,
            order: Vec::new(),
            invalid: Vec::new(),
            poly_watch: None,
            poly_lookahead: false,
        }
    }

    /// The same reader with another nesting limit.
    #[must_use]
    pub fn with_depth_limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Whether this reader keeps ill-typed values as raw JSON instead of failing.
    pub fn is_lenient(&self) -> bool {
        self.lenient
    }

    /// The whole input.
    pub fn input(&self) -> &'a str {
        self.text
    }

    /// The current byte offset.
    pub fn offset(&self) -> usize {
        self.pos
    }

    pub(crate) fn rewind(&mut self, pos: usize, depth: u32) {
        self.pos = pos;
        self.depth = depth;
    }

    pub(crate) fn depth(&self) -> u32 {
        self.depth
    }

    /// Where a value starts, for going back to it (lenient reading, polymorphic objects read
    /// again): the position and what has been recorded so far.
    #[inline]
    pub(crate) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pos: self.pos,
            depth: self.depth,
            spellings: self.spellings.len(),
            problems: self.problems.len(),
            order: self.order.len(),
            invalid: self.invalid.len(),
        }
    }

    /// Goes back to `at`, forgetting what was recorded since.
    pub(crate) fn restore(&mut self, at: &Checkpoint) {
        self.rewind(at.pos, at.depth);
        self.spellings.truncate(at.spellings);
        self.problems.truncate(at.problems);
        self.order.truncate(at.order);
        self.invalid.truncate(at.invalid);
    }

    /// Lenient reading of a member whose value failed with `e`, read from `at`: a data error
    /// is recorded as a problem and the value kept as raw JSON (for its object to take,
    /// `Ok`); other errors are returned.
    #[cold]
    #[inline(never)]
    pub(crate) fn keep_invalid(&mut self, at: &Checkpoint, e: Error) -> ReadResult<()> {
        if e.kind() != ErrorKind::Data {
            return Err(e);
        }
        self.restore(at);
        let raw = super::raw::RawJson::trusted(self.raw()?);
        self.invalid.push(raw);
        self.problems.push(e);
        Ok(())
    }

    /// How a member's value starts: `null`, a value, or nothing to read (lenient reading
    /// kept it raw). Sets the element index for enum spellings to "a single value".
    #[inline]
    pub(crate) fn value_start(&mut self) -> ReadResult<ValueStart> {
        self.element = u32::MAX;
        if self.mark_invalid {
            Ok(ValueStart::Invalid)
        } else if self.null()? {
            Ok(ValueStart::Null)
        } else {
            Ok(ValueStart::Value)
        }
    }

    /// Starts an array of `item`s (`false`: it is empty); the error names the item type.
    #[inline]
    pub(crate) fn array_of(&mut self, item: &str) -> ReadResult<bool> {
        if self.peek()? != b'[' {
            return Err(self.array_mismatch(item));
        }
        self.array_start("array")
    }

    #[cold]
    #[inline(never)]
    fn array_mismatch(&mut self, item: &str) -> Error {
        self.mismatch(&format!("array of {item}"))
    }

    /// Before array element `i`: sets the element index (for enum spellings) and returns
    /// the number of problems so far, for [`Reader::element_end`].
    #[inline]
    pub(crate) fn element_start(&mut self, i: usize) -> usize {
        self.element = i as u32;
        self.problems.len()
    }

    /// After array element `i`: adds the index to the problems found in it, and moves to
    /// the next element (`false`: the array ended).
    #[inline]
    pub(crate) fn element_end(&mut self, problems: usize, i: usize) -> ReadResult<bool> {
        if self.problems.len() > problems {
            prefix_problems(self, problems, PathSeg::Index(i));
        }
        self.array_next()
    }

    // -----------------------------------------------------------------------------------------
    // Whitespace, end, errors

    #[inline]
    fn skip_ws(&mut self) {
        self.pos = ws(self.bytes, self.pos);
    }

    /// The next significant byte (whitespace skipped), or a syntax error at the end.
    #[inline]
    pub fn peek(&mut self) -> ReadResult<u8> {
        self.skip_ws();
        match self.bytes.get(self.pos) {
            Some(&c) => Ok(c),
            None => Err(self.eof()),
        }
    }

    /// The offset where the next value starts (whitespace skipped).
    #[inline]
    pub fn value_offset(&mut self) -> ReadResult<usize> {
        self.peek().map(|_| self.pos)
    }

    /// Fails unless only whitespace is left.
    pub fn finish(&mut self) -> ReadResult<()> {
        self.skip_ws();
        if self.pos < self.bytes.len() {
            return Err(self.syntax("trailing characters"));
        }
        Ok(())
    }

    fn eof(&self) -> Error {
        Error::new(
            ErrorKind::Syntax,
            self.bytes.len(),
            "EOF while parsing a value",
        )
    }

    /// A syntax error at the current position.
    pub fn syntax(&self, message: &str) -> Error {
        if self.pos >= self.bytes.len() {
            return self.eof();
        }
        Error::new(ErrorKind::Syntax, self.pos, message)
    }

    /// `invalid type: <what is here>, expected <expected>`, a data error located at the value;
    /// a scalar is consumed (or the syntax error in it returned instead), an object or array
    /// is not.
    #[cold]
    pub fn mismatch(&mut self, expected: &str) -> Error {
        let at = match self.peek() {
            Ok(_) => self.pos,
            Err(e) => return e,
        };
        match self.describe() {
            Ok(found) => Error::invalid_type(at, &found, expected),
            Err(e) => e,
        }
    }

    /// Describes (and consumes) the value here the way serde's `Unexpected` does.
    fn describe(&mut self) -> ReadResult<String> {
        Ok(match self.peek()? {
            b'"' => format!("string {:?}", truncate(self.string_any()?)),
            b't' | b'f' => format!("boolean `{}`", self.bool_any()?),
            b'n' => {
                self.literal(b"null")?;
                "null".to_owned()
            }
            // Not skipped: the error ends the read (or lenient reading rewinds), and a
            // container too deep to skip must still be reported as of the wrong type.
            b'{' => "object".to_owned(),
            b'[' => "array".to_owned(),
            _ => {
                let n = self.number_any()?;
                if n.is_float {
                    format!("floating point `{}`", n.text)
                } else {
                    format!("integer `{}`", n.text)
                }
            }
        })
    }

    // -----------------------------------------------------------------------------------------
    // Literals

    fn literal(&mut self, word: &'static [u8]) -> ReadResult<()> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax("expected value"))
        }
    }

    /// Consumes `null` if it is next; `false` (nothing consumed) otherwise.
    #[inline]
    pub fn null(&mut self) -> ReadResult<bool> {
        if self.peek()? == b'n' {
            self.literal(b"null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn bool_any(&mut self) -> ReadResult<bool> {
        match self.peek()? {
            b't' => self.literal(b"true").map(|()| true),
            b'f' => self.literal(b"false").map(|()| false),
            _ => Err(self.syntax("expected value")),
        }
    }

    /// A boolean, or a data error naming `expected`.
    pub fn bool(&mut self, expected: &str) -> ReadResult<bool> {
        match self.peek()? {
            b't' | b'f' => self.bool_any(),
            _ => Err(self.mismatch(expected)),
        }
    }

    // -----------------------------------------------------------------------------------------
    // Strings

    /// A string (unescaped), or a data error naming `expected`.
    pub fn string(&mut self, expected: &str) -> ReadResult<&str> {
        if self.peek()? != b'"' {
            return Err(self.mismatch(expected));
        }
        self.string_any()
    }

    /// A string, borrowed from the input when it has no escapes (then with the input's
    /// lifetime), else copied: `Err` data error naming `expected` if the value is not a string.
    pub fn string_cow(&mut self, expected: &str) -> ReadResult<std::borrow::Cow<'a, str>> {
        if self.peek()? != b'"' {
            return Err(self.mismatch(expected));
        }
        Ok(match self.scan_string(false)? {
            StrAt::Input(a, b) => std::borrow::Cow::Borrowed(&self.text[a..b]),
            StrAt::Buffer => std::borrow::Cow::Owned(self.buf.clone()),
        })
    }

    fn string_any(&mut self) -> ReadResult<&str> {
        Ok(match self.scan_string(false)? {
            StrAt::Input(a, b) => &self.text[a..b],
            StrAt::Buffer => &self.buf,
        })
    }

    /// Scans the string starting at `self.pos` (a `"`), unescaping into the string buffer
    /// (or the key buffer) when it has escapes.
    #[inline]
    fn scan_string(&mut self, key: bool) -> ReadResult<StrAt> {
        let start = self.pos + 1;
        let end = find_special(self.bytes, start);
        match self.bytes.get(end) {
            Some(b'"') => {
                self.pos = end + 1;
                Ok(StrAt::Input(start, end))
            }
            _ => self.scan_escaped(start, end, key),
        }
    }

    #[cold]
    fn scan_escaped(&mut self, start: usize, mut end: usize, key: bool) -> ReadResult<StrAt> {
        let mut out = std::mem::take(if key {
            &mut self.key_buf
        } else {
            &mut self.buf
        });
        out.clear();
        let mut run = start;
        let result = loop {
            match self.bytes.get(end) {
                None => {
                    self.pos = end;
                    break Err(self.eof());
                }
                Some(b'"') => {
                    out.push_str(&self.text[run..end]);
                    self.pos = end + 1;
                    break Ok(StrAt::Buffer);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..end]);
                    self.pos = end;
                    match self.unescape(&mut out) {
                        Ok(()) => {}
                        Err(e) => break Err(e),
                    }
                    run = self.pos;
                    end = find_special(self.bytes, run);
                }
                Some(_) => {
                    self.pos = end;
                    break Err(self.syntax("control character in string"));
                }
            }
        };
        if key {
            self.key_buf = out;
        } else {
            self.buf = out;
        }
        result
    }

    /// Decodes the escape at `self.pos` (a `\`) into `out`.
    fn unescape(&mut self, out: &mut String) -> ReadResult<()> {
        let c = match self.bytes.get(self.pos + 1) {
            Some(&c) => c,
            None => {
                self.pos += 1;
                return Err(self.eof());
            }
        };
        self.pos += 2;
        let ch = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hi = self.hex4()?;
                if (0xDC00..0xE000).contains(&hi) {
                    return Err(
                        self.syntax_at(self.pos - 6, "lone trailing surrogate in hex escape")
                    );
                }
                if (0xD800..0xDC00).contains(&hi) {
                    if self.bytes.get(self.pos) != Some(&b'\\')
                        || self.bytes.get(self.pos + 1) != Some(&b'u')
                    {
                        return Err(self.syntax("lone leading surrogate in hex escape"));
                    }
                    self.pos += 2;
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(
                            self.syntax_at(self.pos - 6, "invalid surrogate pair in hex escape")
                        );
                    }
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                    char::from_u32(code).unwrap_or('\u{fffd}')
                } else {
                    char::from_u32(hi).unwrap_or('\u{fffd}')
                }
            }
            _ => return Err(self.syntax_at(self.pos - 1, "invalid escape")),
        };
        out.push(ch);
        Ok(())
    }

    fn syntax_at(&self, pos: usize, message: &str) -> Error {
        Error::new(ErrorKind::Syntax, pos, message)
    }

    fn hex4(&mut self) -> ReadResult<u32> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.bytes.get(self.pos) {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                Some(_) => return Err(self.syntax("invalid escape")),
                None => return Err(self.eof()),
            };
            v = v * 16 + u32::from(d);
            self.pos += 1;
        }
        Ok(v)
    }

    /// Skips the rest of the string at `self.pos` (a `"`), checking its escapes (no
    /// unescaping), from the first quote, backslash or control byte at `i`.
    #[inline(never)]
    fn skip_string_from(&mut self, mut i: usize) -> ReadResult<()> {
        loop {
            i = find_special(self.bytes, i);
            match self.bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(());
                }
                Some(b'\\') => match self.bytes.get(i + 1) {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => i += 2,
                    Some(b'u') => {
                        self.pos = i + 2;
                        self.hex4()?;
                        i = self.pos;
                    }
                    Some(_) => return Err(self.syntax_at(i + 1, "invalid escape")),
                    None => {
                        self.pos = i + 1;
                        return Err(self.eof());
                    }
                },
                Some(_) => {
                    self.pos = i;
                    return Err(self.syntax("control character in string"));
                }
                None => {
                    self.pos = i;
                    return Err(self.eof());
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Numbers

    fn number_any(&mut self) -> ReadResult<Number<'a>> {
        let start = self.pos;
        let b = self.bytes;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                i += 1;
                while matches!(b.get(i), Some(b'0'..=b'9')) {
                    i += 1;
                }
            }
            _ => {
                self.pos = i;
                return Err(self.syntax("expected value"));
            }
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !matches!(b.get(i), Some(b'0'..=b'9')) {
                self.pos = i;
                return Err(self.syntax("invalid number"));
            }
            while matches!(b.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !matches!(b.get(i), Some(b'0'..=b'9')) {
                self.pos = i;
                return Err(self.syntax("invalid number"));
            }
            while matches!(b.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
            is_float = true;
        }
        self.pos = i;
        Ok(Number {
            text: &self.text[start..i],
            is_float,
        })
    }

    /// A number as written, or a data error naming `expected`.
    pub fn number(&mut self, expected: &str) -> ReadResult<Number<'a>> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => self.number_any(),
            _ => Err(self.mismatch(expected)),
        }
    }

    /// An integer in `min..=max`, or a data error naming `expected` (a fraction, an
    /// exponent or a value out of range is one too).
    pub fn int(&mut self, min: i64, max: i64, expected: &str) -> ReadResult<i64> {
        let at = self.peek()?;
        let start = self.pos;
        // The usual case in one pass: digits accumulated as they are scanned.
        if let Some((v, end)) = fast_int(self.bytes, start)
            && (min..=max).contains(&v)
        {
            self.pos = end;
            return Ok(v);
        }
        if !matches!(at, b'-' | b'0'..=b'9') {
            return Err(self.mismatch(expected));
        }
        let n = self.number_any()?;
        if n.is_float {
            return Err(Error::invalid_type(
                start,
                &format!("floating point `{}`", n.text),
                expected,
            ));
        }
        match parse_int(n.text) {
            Some(v) if (min..=max).contains(&v) => Ok(v),
            _ => Err(Error::data(
                start,
                format!("invalid value: integer `{}`, expected {expected}", n.text),
            )),
        }
    }

    /// A number as `f64` (correctly rounded), or a data error naming `expected`.
    pub fn float(&mut self, expected: &str) -> ReadResult<f64> {
        self.peek()?;
        if let Some((v, end)) = fast_float(self.bytes, self.pos) {
            self.pos = end;
            return Ok(v);
        }
        let n = self.number(expected)?;
        if !n.is_float
            && n.text.len() < 16
            && let Some(v) = parse_int(n.text)
        {
            return Ok(v as f64);
        }
        match n.text.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(v),
            _ => Err(Error::data(
                self.pos - n.text.len(),
                format!(
                    "invalid value: number `{}` out of range, expected {expected}",
                    n.text
                ),
            )),
        }
    }

    // -----------------------------------------------------------------------------------------
    // Objects and arrays

    fn enter(&mut self) -> ReadResult<()> {
        if self.depth >= self.limit {
            return Err(Error::new(
                ErrorKind::Depth,
                self.pos,
                "recursion limit exceeded",
            ));
        }
        self.depth += 1;
        Ok(())
    }

    /// Consumes `{`; `Ok(false)` for an empty object (`}` consumed too). A data error naming
    /// `expected` if the value is not an object.
    #[inline]
    pub fn object_start(&mut self, expected: &str) -> ReadResult<bool> {
        if self.peek()? != b'{' {
            return Err(self.mismatch(expected));
        }
        self.enter()?;
        self.pos += 1;
        if self.peek()? == b'}' {
            self.pos += 1;
            self.depth -= 1;
            return Ok(false);
        }
        Ok(true)
    }

    /// Like [`Reader::object_start`], naming the expected type `<type_name> object` in a
    /// mismatch.
    #[inline]
    pub fn object_start_of(&mut self, type_name: &str) -> ReadResult<bool> {
        if self.peek()? != b'{' {
            return Err(self.mismatch(&format!("{type_name} object")));
        }
        self.object_start(type_name)
    }

    /// Reads a member key and its `:`; the key is then [`Reader::key`].
    pub fn member_key(&mut self) -> ReadResult<()> {
        if self.peek()? != b'"' {
            return Err(self.syntax("key must be a string"));
        }
        self.key = match self.scan_string(true)? {
            StrAt::Input(a, b) => KeyAt::Input(a, b),
            StrAt::Buffer => KeyAt::Buffer,
        };
        if self.peek()? != b':' {
            return Err(self.syntax("expected `:`"));
        }
        self.pos += 1;
        Ok(())
    }

    /// Like [`Reader::member_key`], first trying whether the key is `expected` (the member the
    /// type declares next): then the key is compared in place, not scanned. `Ok(true)` when
    /// it is; either way the key is then [`Reader::key`].
    #[inline]
    pub fn member_key_is(&mut self, expected: &str) -> ReadResult<bool> {
        self.skip_ws();
        let start = self.pos + 1;
        let end = start + expected.len();
        // The expected key, compared in place without a call; anything else out of line.
        if self.bytes.get(self.pos) == Some(&b'"')
            && self
                .bytes
                .get(start..end)
                .is_some_and(|k| same_bytes(k, expected.as_bytes()))
            && self.bytes.get(end) == Some(&b'"')
        {
            self.key = KeyAt::Input(start, end);
            self.pos = end + 1;
            if self.bytes.get(self.pos) != Some(&b':') && self.peek()? != b':' {
                return Err(self.syntax("expected `:`"));
            }
            self.pos += 1;
            return Ok(true);
        }
        self.member_key_is_slow(expected)
    }

    #[inline(never)]
    fn member_key_is_slow(&mut self, expected: &str) -> ReadResult<bool> {
        if self.peek()? != b'"' {
            return Err(self.syntax("key must be a string"));
        }
        let start = self.pos + 1;
        let end = start + expected.len();
        let matched = self
            .bytes
            .get(start..end)
            .is_some_and(|k| same_bytes(k, expected.as_bytes()))
            && self.bytes.get(end) == Some(&b'"');
        if matched {
            self.key = KeyAt::Input(start, end);
            self.pos = end + 1;
        } else {
            self.key = match self.scan_string(true)? {
                StrAt::Input(a, b) => KeyAt::Input(a, b),
                StrAt::Buffer => KeyAt::Buffer,
            };
        }
        if self.peek()? != b':' {
            return Err(self.syntax("expected `:`"));
        }
        self.pos += 1;
        Ok(matched)
    }

    /// The last key read by [`Reader::member_key`].
    #[inline]
    pub fn key(&self) -> &str {
        match self.key {
            KeyAt::Input(a, b) => &self.text[a..b],
            KeyAt::Buffer => &self.key_buf,
        }
    }

    /// The last key, with the input's lifetime when it had no escapes.
    #[inline]
    pub fn key_in_input(&self) -> Option<&'a str> {
        match self.key {
            KeyAt::Input(a, b) => Some(&self.text[a..b]),
            KeyAt::Buffer => None,
        }
    }

    /// After a member's value: `Ok(true)` if another member follows (`,` consumed),
    /// `Ok(false)` at the end of the object (`}` consumed).
    #[inline]
    pub fn object_next(&mut self) -> ReadResult<bool> {
        match self.peek()? {
            b',' => {
                self.pos += 1;
                Ok(true)
            }
            b'}' => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(self.syntax("expected `,` or `}`")),
        }
    }

    /// Consumes `[`; `Ok(false)` for an empty array. A data error naming `expected` if the
    /// value is not an array.
    #[inline]
    pub fn array_start(&mut self, expected: &str) -> ReadResult<bool> {
        if self.peek()? != b'[' {
            return Err(self.mismatch(expected));
        }
        self.enter()?;
        self.pos += 1;
        if self.peek()? == b']' {
            self.pos += 1;
            self.depth -= 1;
            return Ok(false);
        }
        Ok(true)
    }

    /// After an element: `Ok(true)` if another follows, `Ok(false)` at the end (`]` consumed).
    #[inline]
    pub fn array_next(&mut self) -> ReadResult<bool> {
        match self.peek()? {
            b',' => {
                self.pos += 1;
                Ok(true)
            }
            b']' => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            _ => Err(self.syntax("expected `,` or `]`")),
        }
    }

    // -----------------------------------------------------------------------------------------
    // Skipping and capturing

    /// Skips one value, checking its syntax (iteratively: any nesting up to the limit).
    ///
    /// The scan keeps its position in a local and its open containers in a bit set (one bit
    /// per level, `1` for an object; levels past 64 spill into `skip_stack`, so skipping
    /// allocates nothing for documents up to that deep), and takes the whitespace of
    /// pretty-printed text between tokens without leaving the loop.
    pub fn skip(&mut self) -> ReadResult<()> {
        let b = self.bytes;
        let mut i = self.pos;
        // Open containers: `len` levels, the innermost 64 in `bits` (bit `len - 1` is the
        // innermost); the ones below them in `skip_stack`.
        let mut bits: u64 = 0;
        let mut len: usize = 0;
        let room = (self.limit.saturating_sub(self.depth)) as usize;
        self.skip_stack.clear();
        'value: loop {
            i = ws(b, i);
            match b.get(i) {
                Some(&open @ (b'{' | b'[')) => {
                    if len >= room {
                        self.pos = i;
                        return Err(Error::new(ErrorKind::Depth, i, "recursion limit exceeded"));
                    }
                    let object = open == b'{';
                    i = ws(b, i + 1);
                    if b.get(i) == Some(if object { &b'}' } else { &b']' }) {
                        i += 1;
                    } else {
                        self.push_level(&mut bits, &mut len, object);
                        if object {
                            i = self.skip_key_at(i)?;
                        }
                        continue 'value;
                    }
                }
                Some(b'"') => i = self.skip_string_at(i)?,
                Some(&c) => {
                    self.pos = i;
                    match c {
                        b't' => self.literal(b"true")?,
                        b'f' => self.literal(b"false")?,
                        b'n' => self.literal(b"null")?,
                        _ => {
                            self.number_any()?;
                        }
                    }
                    i = self.pos;
                }
                None => {
                    self.pos = i;
                    return Err(self.eof());
                }
            }
            // After a value: close containers until one continues.
            loop {
                if len == 0 {
                    self.pos = i;
                    return Ok(());
                }
                let is_object = bits >> ((len - 1) % 64) & 1 == 1;
                i = ws(b, i);
                match (b.get(i), is_object) {
                    (Some(b','), true) => {
                        i = self.skip_key_at(i + 1)?;
                        continue 'value;
                    }
                    (Some(b','), false) => {
                        i += 1;
                        continue 'value;
                    }
                    (Some(b'}'), true) | (Some(b']'), false) => {
                        i += 1;
                        self.pop_level(&mut bits, &mut len);
                    }
                    (_, object) => {
                        self.pos = i;
                        return Err(self.syntax(if object {
                            "expected `,` or `}`"
                        } else {
                            "expected `,` or `]`"
                        }));
                    }
                }
            }
        }
    }

    /// Opens a level of [`Reader::skip`]'s container set (spilling the outermost of 64
    /// levels into `skip_stack` when it is full).
    #[inline]
    fn push_level(&mut self, bits: &mut u64, len: &mut usize, object: bool) {
        if *len >= 64 {
            // Bit `len % 64` is about to be reused: keep the level it holds.
            self.skip_stack.push(*bits >> (*len % 64) & 1 == 1);
        }
        let at = *len % 64;
        *bits = (*bits & !(1 << at)) | (u64::from(object) << at);
        *len += 1;
    }

    /// Closes the innermost level of [`Reader::skip`]'s container set.
    #[inline]
    fn pop_level(&mut self, bits: &mut u64, len: &mut usize) {
        *len -= 1;
        if *len >= 64 {
            // The level that shared the freed bit comes back from `skip_stack`.
            let at = *len % 64;
            let object = self.skip_stack.pop().unwrap_or(false);
            *bits = (*bits & !(1 << at)) | (u64::from(object) << at);
        }
    }

    /// Skips the string whose `"` is at `i`, checking its escapes; the offset after it. A
    /// string without escapes is decided inline.
    #[inline]
    fn skip_string_at(&mut self, i: usize) -> ReadResult<usize> {
        let end = find_special(self.bytes, i + 1);
        if self.bytes.get(end) == Some(&b'"') {
            return Ok(end + 1);
        }
        self.pos = i;
        self.skip_string_from(end)?;
        Ok(self.pos)
    }

    /// Skips a member key and its `:` starting at `i` (whitespace first); the offset after.
    #[inline]
    fn skip_key_at(&mut self, i: usize) -> ReadResult<usize> {
        let b = self.bytes;
        let i = ws(b, i);
        if b.get(i) != Some(&b'"') {
            self.pos = i;
            return Err(self.syntax("key must be a string"));
        }
        let i = ws(b, self.skip_string_at(i)?);
        if b.get(i) != Some(&b':') {
            self.pos = i;
            return Err(self.syntax("expected `:`"));
        }
        Ok(i + 1)
    }

    /// Skips one value and returns its exact text (syntax checked).
    pub fn raw(&mut self) -> ReadResult<&'a str> {
        self.peek()?;
        let start = self.pos;
        self.skip()?;
        Ok(&self.text[start..self.pos])
    }

    /// The string value of the object's first member if its key is `name` (nothing consumed):
    /// `Ok(None)` when the first member is another one.
    pub fn first_member_string(
        &mut self,
        name: &str,
    ) -> ReadResult<Option<std::borrow::Cow<'a, str>>> {
        let (pos, depth) = (self.pos, self.depth);
        let found = self.first_member_string_at(name);
        self.rewind(pos, depth);
        found
    }

    fn first_member_string_at(
        &mut self,
        name: &str,
    ) -> ReadResult<Option<std::borrow::Cow<'a, str>>> {
        if self.peek()? != b'{' {
            return Ok(None);
        }
        self.pos += 1;
        if self.peek()? == b'}' || !self.member_key_is(name)? {
            return Ok(None);
        }
        if self.peek()? != b'"' {
            return Err(self.mismatch("string").at_key(name));
        }
        Ok(Some(match self.scan_string(false)? {
            StrAt::Input(a, b) => std::borrow::Cow::Borrowed(&self.text[a..b]),
            StrAt::Buffer => std::borrow::Cow::Owned(self.buf.clone()),
        }))
    }

    /// Looks ahead in the object whose `{` is next for a member named `name`, without
    /// consuming anything: its (unescaped) string value, if there is one; a data error if its
    /// value is not a string.
    pub fn peek_member_string(
        &mut self,
        name: &str,
    ) -> ReadResult<Option<std::borrow::Cow<'a, str>>> {
        let (pos, depth) = (self.pos, self.depth);
        let found = self.find_member_string(name);
        self.rewind(pos, depth);
        found
    }

    fn find_member_string(&mut self, name: &str) -> ReadResult<Option<std::borrow::Cow<'a, str>>> {
        if self.peek()? != b'{' {
            return Ok(None);
        }
        self.pos += 1;
        if self.peek()? == b'}' {
            return Ok(None);
        }
        loop {
            self.member_key()?;
            if self.key() == name {
                if self.peek()? != b'"' {
                    return Err(self.mismatch("string").at_key(name));
                }
                return Ok(Some(match self.scan_string(false)? {
                    StrAt::Input(a, b) => std::borrow::Cow::Borrowed(&self.text[a..b]),
                    StrAt::Buffer => std::borrow::Cow::Owned(self.buf.clone()),
                }));
            }
            self.skip()?;
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => return Ok(None),
                _ => return Err(self.syntax("expected `,` or `}`")),
            }
        }
    }
}

/// The offset of the first byte at or after `i` that is not JSON whitespace: no whitespace
/// and a single space are decided inline, longer runs by [`skip_ws_from`].
#[inline(always)]
fn ws(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(&c) if c <= b' ' => {
            if c == b' ' && b.get(i + 1).is_some_and(|&d| d > b' ') {
                i + 1
            } else {
                skip_ws_from(b, i)
            }
        }
        _ => i,
    }
}

/// `a == b` for short byte strings, eight bytes at a time, without a call to `memcmp`.
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (a.get(i..i + 8), b.get(i..i + 8)) {
        if x != y {
            return false;
        }
        i += 8;
    }
    a[i..].iter().zip(&b[i..]).all(|(x, y)| x == y)
}

/// An integer of at most 18 digits at `b[start..]`, scanned and accumulated in one pass, and
/// the offset after it; `None` for anything else (a fraction, an exponent, a leading zero
/// before a digit, more digits, no digit), which the general path reads or rejects.
#[inline]
fn fast_int(b: &[u8], start: usize) -> Option<(i64, usize)> {
    let neg = b.get(start) == Some(&b'-');
    let first = start + usize::from(neg);
    let (v, end) = digits(b, first);
    let n = end - first;
    if n == 0
        || n > 18
        || (n > 1 && b[first] == b'0')
        || matches!(b.get(end), Some(b'.' | b'e' | b'E'))
    {
        return None;
    }
    // At most 18 digits: below 2^63.
    let v = v as i64;
    Some((if neg { -v } else { v }, end))
}

/// A decimal number without an exponent, at most 15 digits before the point and 19 in all,
/// its digits below 2^53, at `b[start..]`, and the offset after it; `None` for anything else
/// (the general path reads it through `str::parse`). Both the digits as an integer (below
/// 2^53) and the power of ten (at most 10^18) are exact doubles, so one division rounds
/// correctly (Clinger's fast path): the same value `str::parse` gives.
#[inline]
fn fast_float(b: &[u8], start: usize) -> Option<(f64, usize)> {
    /// 10^0 ..= 10^18, each exact as a double.
    const POW10: [f64; 19] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18,
    ];
    let neg = b.get(start) == Some(&b'-');
    let first = start + usize::from(neg);
    let (int, int_end) = digits(b, first);
    let n_int = int_end - first;
    if n_int == 0 || n_int > 15 || (n_int > 1 && b[first] == b'0') {
        return None;
    }
    let (v, end) = if b.get(int_end) == Some(&b'.') {
        let (frac, end) = digits(b, int_end + 1);
        let n_frac = end - int_end - 1;
        if n_frac == 0 || n_int + n_frac > 19 {
            return None;
        }
        let m = int * 10u64.pow(n_frac as u32) + frac;
        if m >= 1 << 53 {
            return None;
        }
        let v = m as f64 / POW10[n_frac];
        (if neg { -v } else { v }, end)
    } else {
        // Through `i64` as the general path's integer form: `-0` reads as 0.
        let v = int as i64;
        ((if neg { -v } else { v }) as f64, int_end)
    };
    if matches!(b.get(end), Some(b'e' | b'E')) {
        return None;
    }
    Some((v, end))
}

/// The decimal digits at `b[i..]` as a number (wrapping past 19 digits: callers bound the
/// count) and the offset after them.
#[inline]
fn digits(b: &[u8], mut i: usize) -> (u64, usize) {
    let mut v: u64 = 0;
    while let Some(&c) = b.get(i) {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        v = v.wrapping_mul(10).wrapping_add(u64::from(d));
        i += 1;
    }
    (v, i)
}

/// Parses a JSON integer (`-?digits`) that fits an `i64`.
fn parse_int(text: &str) -> Option<i64> {
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let mut v: u64 = 0;
    for &c in digits.as_bytes() {
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    if neg {
        if v <= i64::MAX as u64 + 1 {
            Some((v as i64).wrapping_neg())
        } else {
            None
        }
    } else {
        i64::try_from(v).ok()
    }
}

/// Records a note of `kind` in `owner` at `offset` (reads with notes only), at `seg` below
/// the value being read.
#[cold]
pub(crate) fn note(
    r: &mut Reader<'_>,
    kind: super::error::NoteKind,
    owner: &'static str,
    offset: usize,
    text: impl Into<String>,
    seg: Option<PathSeg>,
) {
    let mut e = Error::note(kind, owner, offset, text);
    if let Some(seg) = seg {
        e.push_seg(seg);
    }
    r.problems.push(e);
}

/// Adds a path segment to the problems (and notes) recorded since `from`.
#[cold]
#[inline(never)]
pub(crate) fn prefix_problems(r: &mut Reader<'_>, from: usize, seg: PathSeg) {
    if let Some((last, rest)) = r.problems[from..].split_last_mut() {
        for p in rest {
            p.push_seg(seg.clone());
        }
        last.push_seg(seg);
    }
}

/// A reader's position and records, to go back to (see [`Reader::checkpoint`]).
pub(crate) struct Checkpoint {
    pos: usize,
    depth: u32,
    spellings: usize,
    problems: usize,
    order: usize,
    invalid: usize,
}

impl Checkpoint {
    /// The byte offset.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }
}

/// How a member's value starts (see [`Reader::value_start`]).
pub(crate) enum ValueStart {
    /// `null` (consumed).
    Null,
    /// A value lenient reading kept raw (already consumed).
    Invalid,
    /// A value.
    Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_between_tokens() {
        let mut r = Reader::new("\n        [ 1 ,\t\r\n 2 ]    \n");
        assert!(r.array_start("a").unwrap());
        assert_eq!(r.int(0, 9, "i").unwrap(), 1);
        assert!(r.array_next().unwrap());
        assert_eq!(r.int(0, 9, "i").unwrap(), 2);
        assert!(!r.array_next().unwrap());
        r.finish().unwrap();
    }

    #[test]
    fn strings_borrow_or_unescape() {
        let mut r = Reader::new(r#"  "plain" "a\"b\\c\/\n\u00e9\ud83d\ude00" "#);
        assert_eq!(r.string("s").unwrap(), "plain");
        assert_eq!(r.string("s").unwrap(), "a\"b\\c/\né😀");
        r.finish().unwrap();
        for bad in [
            r#""\ud83d""#,
            r#""\ude00""#,
            r#""\x""#,
            "\"a\nb\"",
            "\"abc",
            r#""\u12"#,
        ] {
            let e = Reader::new(bad).string("s").unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Syntax, "{bad}: {e}");
        }
    }

    #[test]
    fn numbers_follow_the_grammar() {
        for ok in ["0", "-0", "12", "1.5", "1e5", "1E+5", "-1.25e-3"] {
            let mut r = Reader::new(ok);
            assert_eq!(r.number("n").unwrap().text, ok);
            r.finish().unwrap();
        }
        for bad in ["01", "1.", ".5", "-", "1e", "+1", "1.e3"] {
            let mut r = Reader::new(bad);
            let ok = r.number("n").and_then(|_| r.finish());
            assert!(ok.is_err(), "{bad}");
        }
    }

    #[test]
    fn integers_check_kind_and_range() {
        let int = |s: &str, min, max| {
            Reader::new(s)
                .int(min, max, "Byte")
                .map_err(|e| e.to_string())
        };
        assert_eq!(int("255", 0, 255), Ok(255));
        assert_eq!(
            int("256", 0, 255),
            Err("invalid value: integer `256`, expected Byte at $".into())
        );
        assert_eq!(
            int("1.5", 0, 255),
            Err("invalid type: floating point `1.5`, expected Byte at $".into())
        );
        assert_eq!(
            int("\"7\"", 0, 255),
            Err("invalid type: string \"7\", expected Byte at $".into())
        );
        assert_eq!(
            Reader::new("-9223372036854775808")
                .int(i64::MIN, i64::MAX, "x")
                .unwrap(),
            i64::MIN
        );
        assert!(
            Reader::new("9223372036854775808")
                .int(i64::MIN, i64::MAX, "x")
                .is_err()
        );
    }

    #[test]
    fn floats_are_exact() {
        let f = |s: &str| Reader::new(s).float("Double").unwrap();
        assert_eq!(f("0.1"), 0.1);
        assert_eq!(
            f("1119111111000000001.0951"),
            1_119_111_111_000_000_001.095_1
        );
        assert_eq!(f("-3"), -3.0);
        assert_eq!(f("123456789012345678"), 123_456_789_012_345_678.0);
        assert!(Reader::new("1e400").float("Double").is_err());
    }

    /// The one-pass forms of `int` and `float` agree with `str::parse` (the general path) on
    /// every shape near their limits: digit counts, leading zeros, signs, fractions, exponents,
    /// what follows the number.
    #[test]
    fn one_pass_numbers_agree_with_str_parse() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut texts: Vec<String> = vec![
            "0",
            "-0",
            "-0.0",
            "0.0",
            "00",
            "01",
            "-",
            "-.5",
            "1.",
            ".5",
            "1e5",
            "1E-2",
            "2.5e3",
            "0.27",
            "60.6",
            "1.160898",
            "0.01381693",
            "9007199254740993.5",
            "4294967295",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        for _ in 0..20_000 {
            let n_int = (next() % 21) as usize;
            let n_frac = (next() % 26) as usize;
            let mut t = String::new();
            if next() % 3 == 0 {
                t.push('-');
            }
            for k in 0..n_int {
                let d = next() % 10;
                t.push(char::from(
                    b'0' + if k == 0 && next() % 4 == 0 {
                        0
                    } else {
                        d as u8
                    },
                ));
            }
            if next() % 2 == 0 {
                t.push('.');
                for _ in 0..n_frac {
                    t.push(char::from(b'0' + (next() % 10) as u8));
                }
            }
            if next() % 8 == 0 {
                t.push_str(["e3", "E-7", "e+1"][(next() % 3) as usize]);
            }
            texts.push(t);
        }
        for t in &texts {
            for tail in ["", ",", "]", " "] {
                let text = format!("{t}{tail}");
                // The general path, on the number's text alone.
                let general = {
                    let mut r = Reader::new(&text);
                    r.number_any().ok().map(|n| (n, r.pos))
                };
                let mut r = Reader::new(&text);
                let got = r.float("Double").ok().map(|v| (v, r.pos));
                let want = general.and_then(|(n, end)| {
                    let v = if !n.is_float && n.text.len() < 16 {
                        n.text.parse::<i64>().ok()? as f64
                    } else {
                        n.text.parse::<f64>().ok().filter(|v| v.is_finite())?
                    };
                    Some((v, end))
                });
                assert_eq!(
                    got.map(|(v, e)| (v.to_bits(), e)),
                    want.map(|(v, e)| (v.to_bits(), e)),
                    "float {text:?}"
                );
                let mut r = Reader::new(&text);
                let got = r.int(i64::MIN, i64::MAX, "Int64").ok().map(|v| (v, r.pos));
                let want = general.and_then(|(n, end)| {
                    (!n.is_float).then(|| n.text.parse::<i64>().ok().map(|v| (v, end)))?
                });
                assert_eq!(got, want, "int {text:?}");
            }
        }
    }

    #[test]
    fn skip_and_raw_check_syntax_iteratively() {
        let text = r#" {"a": [1, {"b": null}, "x\"y"], "c": true} "#;
        let mut r = Reader::new(text);
        assert_eq!(
            r.raw().unwrap(),
            r#"{"a": [1, {"b": null}, "x\"y"], "c": true}"#
        );
        r.finish().unwrap();
        for bad in [
            "{",
            "[1,]",
            r#"{"a" 1}"#,
            r#"{"a":1,}"#,
            "[1 2]",
            "{1:2}",
            "nul",
            r#"["\q"]"#,
        ] {
            assert!(Reader::new(bad).skip().is_err(), "{bad}");
        }
        let deep = "[".repeat(100_000);
        let e = Reader::new(&deep).skip().unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Depth);
        let ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
        Reader::new(&ok).skip().unwrap();
        // Past 64 levels the kinds of the outer containers are kept aside and come back.
        let open: String = (0..100)
            .map(|i| if i % 3 == 0 { "{\"k\": " } else { "[0, " })
            .collect();
        let close: String = (0..100)
            .rev()
            .map(|i| if i % 3 == 0 { ", \"z\": 1}" } else { ", 2]" })
            .collect();
        let text = format!("{open}true{close} ");
        let mut r = Reader::new(&text);
        assert_eq!(r.raw().unwrap(), text.trim_end());
        r.finish().unwrap();
        let wrong = text.replacen(", \"z\": 1}", ", \"z\": 1]", 1);
        assert_eq!(
            Reader::new(&wrong).skip().unwrap_err().kind(),
            ErrorKind::Syntax
        );
        // The outermost object (its kind spilled and restored) closed as an array.
        let last = text.rfind('}').unwrap();
        let wrong = format!("{}]{}", &text[..last], &text[last + 1..]);
        assert_eq!(Reader::new(&wrong).skip().unwrap_err().offset(), last);
        let wrong = text.replace(", 2]", ", 2}");
        assert!(Reader::new(&wrong).skip().is_err());
        let mut r = Reader::new(&text).with_depth_limit(99);
        assert_eq!(r.skip().unwrap_err().kind(), ErrorKind::Depth);
    }

    #[test]
    fn objects_and_arrays() {
        let mut r = Reader::new(r#"{"a\u0062": [], "c": [1, 2]}"#);
        assert!(r.object_start("o").unwrap());
        r.member_key().unwrap();
        assert_eq!(r.key(), "ab");
        assert!(r.key_in_input().is_none());
        assert!(!r.array_start("a").unwrap());
        assert!(r.object_next().unwrap());
        r.member_key().unwrap();
        assert_eq!(r.key_in_input(), Some("c"));
        assert!(r.array_start("a").unwrap());
        assert_eq!(r.int(0, 9, "i").unwrap(), 1);
        assert!(r.array_next().unwrap());
        assert_eq!(r.int(0, 9, "i").unwrap(), 2);
        assert!(!r.array_next().unwrap());
        assert!(!r.object_next().unwrap());
        assert_eq!(r.depth(), 0);
        r.finish().unwrap();
    }

    #[test]
    fn mismatches_describe_the_value_and_point_at_it() {
        let mut r = Reader::new(r#"  {"x": 1}"#);
        let e = r.string("string").unwrap_err();
        assert_eq!(e.message(), "invalid type: object, expected string");
        assert_eq!(e.offset(), 2);
        assert_eq!(e.kind(), ErrorKind::Data);
        // A container of the wrong kind is reported as such without being read through.
        let e = Reader::new("[").string("string").unwrap_err();
        assert_eq!(e.message(), "invalid type: array, expected string");
        let e = Reader::new("tru").string("string").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Syntax);
    }

    #[test]
    fn looks_ahead_for_a_member() {
        let mut r = Reader::new(r##"{"a": {"@odata.type": "no"}, "@odata.type": "#x.y", "z": 1}"##);
        let t = r.peek_member_string("@odata.type").unwrap();
        assert_eq!(t.as_deref(), Some("#x.y"));
        assert_eq!(r.offset(), 0);
        assert_eq!(
            Reader::new(r#"{"a": 1}"#)
                .peek_member_string("@odata.type")
                .unwrap(),
            None
        );
    }
}
