//! Percent-encoding of URL parts and OData literals for function parameters
//! (OData URL conventions): a key is exactly one path segment; strings are
//! single-quoted with `'` doubled; complex and collection values go through
//! parameter aliases as JSON.

use crate::edm::{Date, DateTimeOffset, Decimal, Duration, Guid, TimeOfDay};
use crate::enums::{Flags, StrEnum};
use crate::value::ToJson;
use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

/// Everything but RFC 3986 unreserved characters is encoded in a key segment.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'!')
    .add(b'"')
    .add(b'#')
    .add(b'$')
    .add(b'%')
    .add(b'&')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b'+')
    .add(b',')
    .add(b'/')
    .add(b':')
    .add(b';')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'@')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Inside a function-call segment: like [`SEGMENT`] but `'` stays (it delimits strings).
const LITERAL: &AsciiSet = &SEGMENT.remove(b'\'');

/// Query keys and values: `&`, `=`, `+`, `#` and everything outside the query set are encoded.
const QUERY: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Encodes `key` as one path segment. `.` and `..` (which URL resolution would collapse) are
/// written with their dots encoded; every other byte outside the unreserved set is encoded.
pub fn encode_segment(key: &str) -> String {
    if !key.is_empty() && key.bytes().all(|b| b == b'.') {
        return "%2E".repeat(key.len());
    }
    utf8_percent_encode(key, SEGMENT).to_string()
}

/// Encodes a query component (key or value).
pub fn encode_query(text: &str) -> String {
    utf8_percent_encode(text, QUERY).to_string()
}

/// Decodes a percent-encoded URL part (invalid UTF-8 is replaced).
pub fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// An OData literal, ready to be placed in a function-call segment (already percent-encoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Literal {
    /// Written inline: `name=<text>`.
    Inline(String),
    /// Written as a parameter alias: `name=@pN` with `@pN=<json>` in the query.
    Alias(String),
}

impl Literal {
    /// A string literal: single-quoted, `'` doubled, percent-encoded.
    pub fn string(s: &str) -> Literal {
        let quoted = format!("'{}'", s.replace('\'', "''"));
        Literal::Inline(utf8_percent_encode(&quoted, LITERAL).to_string())
    }

    /// A literal written as-is (numbers, booleans, dates, GUIDs: no reserved characters).
    pub fn raw(text: &str) -> Literal {
        Literal::Inline(utf8_percent_encode(text, LITERAL).to_string())
    }

    /// `null`.
    pub fn null() -> Literal {
        Literal::Inline("null".to_string())
    }

    /// A complex or collection value, written as JSON through a parameter alias.
    pub fn json<T: ToJson + ?Sized>(value: &T) -> Literal {
        Literal::Alias(crate::json::to_string(value))
    }
}

/// Parses a string literal back (`'it''s'` -> `it's`); `None` if it is not one. The inverse of
/// [`Literal::string`] after percent-decoding.
pub fn parse_string_literal(text: &str) -> Option<String> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\'' && chars.next() != Some('\'') {
            return None;
        }
        out.push(c);
    }
    Some(out)
}

/// A value that can be a function parameter.
pub trait ToLiteral {
    /// The OData literal for the value.
    fn to_literal(&self) -> Literal;
}

impl ToLiteral for str {
    fn to_literal(&self) -> Literal {
        Literal::string(self)
    }
}

impl ToLiteral for String {
    fn to_literal(&self) -> Literal {
        Literal::string(self)
    }
}

impl ToLiteral for bool {
    fn to_literal(&self) -> Literal {
        Literal::raw(if *self { "true" } else { "false" })
    }
}

macro_rules! num_literal {
    ($($t:ty),*) => {$(
        impl ToLiteral for $t {
            fn to_literal(&self) -> Literal {
                Literal::raw(&self.to_string())
            }
        }
    )*};
}
num_literal!(i8, u8, i16, i32, i64);

impl ToLiteral for f64 {
    fn to_literal(&self) -> Literal {
        if self.is_nan() {
            Literal::raw("NaN")
        } else if self.is_infinite() {
            Literal::raw(if *self > 0.0 { "INF" } else { "-INF" })
        } else {
            Literal::raw(&self.to_string())
        }
    }
}

macro_rules! edm_literal {
    ($($t:ty),*) => {$(
        impl ToLiteral for $t {
            fn to_literal(&self) -> Literal {
                Literal::raw(self.as_str())
            }
        }
    )*};
}
edm_literal!(Date, DateTimeOffset, TimeOfDay, Guid, Decimal);

impl ToLiteral for Duration {
    fn to_literal(&self) -> Literal {
        Literal::string(self.as_str()).prefixed("duration")
    }
}

impl ToLiteral for crate::edm::Binary {
    fn to_literal(&self) -> Literal {
        Literal::string(self.as_str()).prefixed("binary")
    }
}

impl<E: StrEnum> ToLiteral for E {
    fn to_literal(&self) -> Literal {
        Literal::string(self.as_str())
    }
}

impl<E: StrEnum> ToLiteral for Flags<E> {
    fn to_literal(&self) -> Literal {
        Literal::string(&self.to_text())
    }
}

impl Literal {
    fn prefixed(self, prefix: &str) -> Literal {
        match self {
            Literal::Inline(s) => Literal::Inline(format!("{prefix}{s}")),
            alias => alias,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_encode_reserved_characters_and_dot_segments() {
        assert_eq!(encode_segment("a/b?c#d%e f"), "a%2Fb%3Fc%23d%25e%20f");
        assert_eq!(encode_segment(".."), "%2E%2E");
        assert_eq!(encode_segment("a..b"), "a..b");
        assert_eq!(encode_segment("é"), "%C3%A9");
        assert_eq!(decode(&encode_segment("x'y")), "x'y");
    }

    #[test]
    fn string_literals_double_quotes_and_parse_back() {
        let Literal::Inline(s) = Literal::string("it's") else {
            panic!("inline expected")
        };
        assert_eq!(s, "'it''s'");
        assert_eq!(parse_string_literal(&decode(&s)).as_deref(), Some("it's"));
        assert_eq!(parse_string_literal("'a'b'"), None);
    }
}
