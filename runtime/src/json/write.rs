//! [`Writer`]: compact JSON text, written straight into a byte buffer. Generated code calls
//! it with keys it knows need no escaping (CSDL identifiers); the bytes a string must escape
//! are found 16 bytes at a time (`json/scan.rs`); numbers go through `itoa` and `ryu`.
//!
//! The buffer is a `Vec<u8>`, not a `String`: a short key is copied as one 32-byte block and
//! cut to its length, which a `String` would check for a character boundary; every method
//! writes whole UTF-8 text, so the bytes are always UTF-8.

use super::scan::find_special;

/// Compact JSON output. Every method writes one complete token; the caller keeps the
/// grammar (generated code and this crate's impls always do).
#[derive(Debug, Default, Clone)]
pub struct Writer {
    /// UTF-8 text: every write appends whole characters.
    out: Vec<u8>,
}

impl From<String> for Writer {
    /// A writer that appends to `out` (in the room it already has).
    fn from(out: String) -> Self {
        Writer {
            out: out.into_bytes(),
        }
    }
}

/// Bytes a [`Writer`] wrote, as a `String`: checked to be UTF-8, which they always are (a
/// lossy copy otherwise, never reached).
pub(crate) fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer with room for `n` bytes.
    pub fn with_capacity(n: usize) -> Self {
        Writer {
            out: Vec::with_capacity(n),
        }
    }

    /// Bytes written so far.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// Whether nothing was written yet.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The bytes written so far (UTF-8 JSON text).
    pub fn as_bytes(&self) -> &[u8] {
        &self.out
    }

    /// The text written so far (checked to be UTF-8: linear in its length).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.out).unwrap_or_default()
    }

    /// The text written (checked to be UTF-8, which it always is: linear in its length).
    pub fn into_string(self) -> String {
        text(self.out)
    }

    /// The bytes written (UTF-8 JSON text), without a check.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    #[inline]
    fn put(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        debug_assert!(b.is_ascii());
        self.out.push(b);
    }

    /// `null`.
    #[inline]
    pub fn null(&mut self) {
        self.put("null");
    }

    /// `true` or `false`.
    #[inline]
    pub fn bool(&mut self, v: bool) {
        self.put(if v { "true" } else { "false" });
    }

    /// An integer.
    pub fn i64(&mut self, v: i64) {
        self.put(itoa::Buffer::new().format(v));
    }

    /// An unsigned integer.
    pub fn u64(&mut self, v: u64) {
        self.put(itoa::Buffer::new().format(v));
    }

    /// A double the OData way: integral values below 2^53 as integers (`0`, not `0.0`: the
    /// same number, and the form Graph payloads use), other finite values in the shortest
    /// form that reads back exactly, and `INF`, `-INF`, `NaN` as strings.
    pub fn f64(&mut self, v: f64) {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        if v.is_finite() {
            if v.fract() == 0.0 && v.abs() < EXACT && !(v == 0.0 && v.is_sign_negative()) {
                self.i64(v as i64);
            } else {
                self.put(ryu::Buffer::new().format_finite(v));
            }
        } else if v.is_nan() {
            self.put("\"NaN\"");
        } else if v > 0.0 {
            self.put("\"INF\"");
        } else {
            self.put("\"-INF\"");
        }
    }

    /// A string, escaped (`"`, `\` and control characters; everything else as is).
    pub fn str(&mut self, s: &str) {
        self.byte(b'"');
        self.escaped(s);
        self.byte(b'"');
    }

    /// A string that needs no escaping (the caller checked: an Edm literal's text).
    #[inline]
    pub(crate) fn plain_str(&mut self, s: &str) {
        self.byte(b'"');
        self.put(s);
        self.byte(b'"');
    }

    fn escaped(&mut self, s: &str) {
        let b = s.as_bytes();
        let mut run = 0;
        let mut i = find_special(b, 0);
        while i < b.len() {
            self.put(&s[run..i]);
            let c = b[i];
            match c {
                b'"' => self.put("\\\""),
                b'\\' => self.put("\\\\"),
                b'\n' => self.put("\\n"),
                b'\r' => self.put("\\r"),
                b'\t' => self.put("\\t"),
                0x08 => self.put("\\b"),
                0x0c => self.put("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.put("\\u00");
                    self.byte(HEX[usize::from(c >> 4)]);
                    self.byte(HEX[usize::from(c & 15)]);
                }
            }
            run = i + 1;
            i = find_special(b, run);
        }
        self.put(&s[run..]);
    }

    /// JSON text written verbatim (the caller guarantees it is one valid value).
    #[inline]
    pub fn raw(&mut self, json: &str) {
        self.put(json);
    }

    /// The first `len` bytes of `block` (`len <= N`), JSON text ending on a character
    /// boundary (the caller guarantees both): the block is copied whole, a copy of fixed
    /// size, and cut, cheaper than calling `memcpy` for a short copy of variable length.
    /// Where the buffer has no room for the whole block, only the text is copied, so a
    /// buffer the text fits in is never grown for the block.
    #[inline]
    pub(crate) fn raw_block<const N: usize>(&mut self, block: &[u8; N], len: usize) {
        let at = self.out.len();
        if self.out.capacity() - at >= N {
            self.out.extend_from_slice(block);
            self.out.truncate(at + len);
        } else {
            self.out
                .extend_from_slice(block.get(..len).unwrap_or(block));
        }
    }

    /// `{`.
    #[inline]
    pub fn object_start(&mut self) {
        self.byte(b'{');
    }

    /// `}`.
    #[inline]
    pub fn object_end(&mut self) {
        self.byte(b'}');
    }

    /// `[`.
    #[inline]
    pub fn array_start(&mut self) {
        self.byte(b'[');
    }

    /// `]`.
    #[inline]
    pub fn array_end(&mut self) {
        self.byte(b']');
    }

    /// `,` between elements or members.
    #[inline]
    pub fn comma(&mut self) {
        self.byte(b',');
    }

    /// A member key and its `:`, preceded by `,` unless it is the first (`first` is then
    /// cleared); the key is escaped.
    pub fn key(&mut self, first: &mut bool, key: &str) {
        self.comma_unless(first);
        self.str(key);
        self.byte(b':');
    }

    /// `"text"`, `text` the first `len` bytes of `block`: printable ASCII with nothing to
    /// escape (the caller checked: an Edm literal's text, an inline key), copied as a block
    /// ([`Writer::raw_block`]).
    #[inline]
    pub(crate) fn quoted_block<const N: usize>(&mut self, block: &[u8; N], len: usize) {
        self.byte(b'"');
        self.raw_block(block, len);
        self.byte(b'"');
    }

    /// A comma unless `first` (which is then cleared).
    #[inline]
    pub(crate) fn comma_unless(&mut self, first: &mut bool) {
        if !std::mem::replace(first, false) {
            self.out.push(b',');
        }
    }

    /// Like [`Writer::key`] for a key that needs no escaping (a CSDL identifier).
    pub fn plain_key(&mut self, first: &mut bool, key: &str) {
        self.comma_unless(first);
        self.byte(b'"');
        self.put(key);
        self.put("\":");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_like_serde_json() {
        for s in [
            "",
            "plain",
            "a\"b\\c",
            "tab\there\nnew\r\u{8}\u{c}",
            "\u{0}\u{1f}\u{7f}é😀",
            "0123456789abcdef\"0123456789",
        ] {
            let mut w = Writer::new();
            w.str(s);
            assert_eq!(w.as_str(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn doubles_the_odata_way() {
        let text = |v: f64| {
            let mut w = Writer::new();
            w.f64(v);
            w.into_string()
        };
        assert_eq!(text(3.0), "3");
        assert_eq!(text(-0.0), "-0.0");
        assert_eq!(text(0.1), "0.1");
        assert_eq!(text(1e300), "1e300");
        assert_eq!(text(f64::INFINITY), "\"INF\"");
        assert_eq!(text(f64::NEG_INFINITY), "\"-INF\"");
        assert_eq!(text(f64::NAN), "\"NaN\"");
        assert_eq!(text(9_007_199_254_740_992.0), "9007199254740992.0");
    }

    #[test]
    fn members_and_commas() {
        let mut w = Writer::new();
        w.object_start();
        let mut first = true;
        w.plain_key(&mut first, "a");
        w.i64(-1);
        w.key(&mut first, "we\"ird");
        w.array_start();
        w.u64(1);
        w.comma();
        w.null();
        w.array_end();
        w.object_end();
        assert_eq!(w.as_str(), r#"{"a":-1,"we\"ird":[1,null]}"#);
    }
}
