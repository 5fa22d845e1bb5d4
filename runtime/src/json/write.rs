//! [`Writer`]: compact JSON text, written straight into a `String`. Generated code calls it
//! with keys it knows need no escaping (CSDL identifiers); the bytes a string must escape are
//! found 16 bytes at a time (`json/scan.rs`); numbers go through `itoa` and `ryu`.

use super::scan::find_special;

/// Compact JSON output. Every method writes one complete token; the caller keeps the
/// grammar (generated code and this crate's impls always do).
#[derive(Debug, Default, Clone)]
pub struct Writer {
    out: String,
}

impl From<String> for Writer {
    /// A writer that appends to `out` (in the room it already has).
    fn from(out: String) -> Self {
        Writer { out }
    }
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty writer with room for `n` bytes.
    pub fn with_capacity(n: usize) -> Self {
        Writer {
            out: String::with_capacity(n),
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

    /// The text written so far.
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// The text written.
    pub fn into_string(self) -> String {
        self.out
    }

    /// `null`.
    #[inline]
    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    /// `true` or `false`.
    #[inline]
    pub fn bool(&mut self, v: bool) {
        self.out.push_str(if v { "true" } else { "false" });
    }

    /// An integer.
    pub fn i64(&mut self, v: i64) {
        self.out.push_str(itoa::Buffer::new().format(v));
    }

    /// An unsigned integer.
    pub fn u64(&mut self, v: u64) {
        self.out.push_str(itoa::Buffer::new().format(v));
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
                self.out.push_str(ryu::Buffer::new().format_finite(v));
            }
        } else if v.is_nan() {
            self.out.push_str("\"NaN\"");
        } else if v > 0.0 {
            self.out.push_str("\"INF\"");
        } else {
            self.out.push_str("\"-INF\"");
        }
    }

    /// A string, escaped (`"`, `\` and control characters; everything else as is).
    pub fn str(&mut self, s: &str) {
        self.out.push('"');
        self.escaped(s);
        self.out.push('"');
    }

    /// A string that needs no escaping (the caller checked: an Edm literal's text).
    #[inline]
    pub(crate) fn plain_str(&mut self, s: &str) {
        self.out.push('"');
        self.out.push_str(s);
        self.out.push('"');
    }

    fn escaped(&mut self, s: &str) {
        let b = s.as_bytes();
        let mut run = 0;
        let mut i = find_special(b, 0);
        while i < b.len() {
            self.out.push_str(&s[run..i]);
            let c = b[i];
            match c {
                b'"' => self.out.push_str("\\\""),
                b'\\' => self.out.push_str("\\\\"),
                b'\n' => self.out.push_str("\\n"),
                b'\r' => self.out.push_str("\\r"),
                b'\t' => self.out.push_str("\\t"),
                0x08 => self.out.push_str("\\b"),
                0x0c => self.out.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[usize::from(c >> 4)]));
                    self.out.push(char::from(HEX[usize::from(c & 15)]));
                }
            }
            run = i + 1;
            i = find_special(b, run);
        }
        self.out.push_str(&s[run..]);
    }

    /// JSON text written verbatim (the caller guarantees it is one valid value).
    #[inline]
    pub fn raw(&mut self, json: &str) {
        self.out.push_str(json);
    }

    /// `{`.
    #[inline]
    pub fn object_start(&mut self) {
        self.out.push('{');
    }

    /// `}`.
    #[inline]
    pub fn object_end(&mut self) {
        self.out.push('}');
    }

    /// `[`.
    #[inline]
    pub fn array_start(&mut self) {
        self.out.push('[');
    }

    /// `]`.
    #[inline]
    pub fn array_end(&mut self) {
        self.out.push(']');
    }

    /// `,` between elements or members.
    #[inline]
    pub fn comma(&mut self) {
        self.out.push(',');
    }

    /// A member key and its `:`, preceded by `,` unless it is the first (`first` is then
    /// cleared); the key is escaped.
    pub fn key(&mut self, first: &mut bool, key: &str) {
        if !std::mem::replace(first, false) {
            self.out.push(',');
        }
        self.str(key);
        self.out.push(':');
    }

    /// Like [`Writer::key`] for a key of printable ASCII that needs no escaping (the caller
    /// checked); a byte outside ASCII would be written as the character of that code point.
    pub(crate) fn plain_ascii_key(&mut self, first: &mut bool, key: &[u8]) {
        if !std::mem::replace(first, false) {
            self.out.push(',');
        }
        self.out.push('"');
        match std::str::from_utf8(key) {
            Ok(k) => self.out.push_str(k),
            Err(_) => self.out.extend(key.iter().map(|&b| char::from(b))),
        }
        self.out.push_str("\":");
    }

    /// Like [`Writer::key`] for a key that needs no escaping (a CSDL identifier).
    pub fn plain_key(&mut self, first: &mut bool, key: &str) {
        if !std::mem::replace(first, false) {
            self.out.push(',');
        }
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
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
