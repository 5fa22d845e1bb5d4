//! `Edm.Guid`, `Edm.Binary` and `Edm.Decimal`: validation and conversions (`uuid`, `base64`,
//! `f64`). [`Decimal`] keeps the exact number text (no rounding through `f64`) and whether it
//! arrived as a JSON string (the `IEEE754Compatible` form).

use std::fmt;
use std::hash::{Hash, Hasher};

use super::{EdmError, Text, text_type};
use crate::json::error::{Error, ReadResult};
use crate::json::read::Reader;
use crate::json::write::Writer;
use crate::value::{FromJson, ToJson};
use base64::Engine as _;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

text_type!(
    /// `Edm.Guid`: `8-4-4-4-12` hex digits (either case), kept verbatim.
    Guid,
    Text<38>,
    "Guid",
    "00000000-0000-0000-0000-000000000000",
    valid_guid
);
text_type!(
    /// `Edm.Binary`: base64, standard or URL-safe alphabet, padded or not, kept verbatim.
    Binary,
    String,
    "Binary",
    "",
    valid_base64
);

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The 16 bytes of a `8-4-4-4-12` GUID literal.
fn guid_bytes(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    if b.len() != 36 || [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
        return None;
    }
    let mut out = [0u8; 16];
    let mut nibbles = b.iter().filter(|&&c| c != b'-');
    for byte in &mut out {
        let hi = hex(*nibbles.next()?)?;
        let lo = hex(*nibbles.next()?)?;
        *byte = hi << 4 | lo;
    }
    nibbles.next().is_none().then_some(out)
}

fn valid_guid(s: &str) -> bool {
    guid_bytes(s).is_some()
}

impl Guid {
    /// The GUID as a `uuid::Uuid`.
    pub fn to_uuid(&self) -> uuid::Uuid {
        uuid::Uuid::from_bytes(guid_bytes(self.as_str()).unwrap_or_default())
    }
}

impl From<uuid::Uuid> for Guid {
    /// Lowercase hyphenated form.
    fn from(v: uuid::Uuid) -> Self {
        Guid(Text::from(v.hyphenated().to_string()))
    }
}

const LENIENT: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);
const STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT);
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT);

/// Base64 in one alphabet (standard or URL-safe), with correct padding or none.
fn valid_base64(s: &str) -> bool {
    let b = s.as_bytes();
    let body = b.iter().position(|&c| c == b'=').unwrap_or(b.len());
    let pad = b.len() - body;
    let (mut std_chars, mut url_chars) = (false, false);
    for &c in &b[..body] {
        match c {
            b'+' | b'/' => std_chars = true,
            b'-' | b'_' => url_chars = true,
            c if c.is_ascii_alphanumeric() => {}
            _ => return false,
        }
    }
    let rem = body % 4;
    !(std_chars && url_chars)
        && rem != 1
        && b[body..].iter().all(|&c| c == b'=')
        && (pad == 0 || (rem != 0 && rem + pad == 4))
}

impl Binary {
    /// Decodes the base64 text.
    pub fn decode(&self) -> Result<Vec<u8>, EdmError> {
        let url = self.as_str().bytes().any(|c| c == b'-' || c == b'_');
        let engine = if url { &URL_SAFE } else { &STANDARD };
        engine
            .decode(self.as_str())
            .map_err(|e| EdmError::conversion("Binary", e))
    }

    /// Encodes bytes as standard, padded base64.
    pub fn encode(bytes: &[u8]) -> Self {
        Binary(base64::engine::general_purpose::STANDARD.encode(bytes))
    }
}

/// `Edm.Decimal`: the exact number text, e.g. `12345678901234567890.123456789`.
///
/// Remembers whether the value was written as a JSON string (`"1.5"`, the `IEEE754Compatible`
/// form) and writes it back the same way. Equality and hashing compare the number text only.
#[derive(Clone)]
pub struct Decimal {
    /// Always the bare number text (valid JSON number), never quoted.
    text: Box<str>,
    quoted: bool,
}

/// JSON number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn valid_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let int = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if int == 0 || (int > 1 && b[i] == b'0') {
        return false;
    }
    i += int;
    if b.get(i) == Some(&b'.') {
        let n = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == b.len()
}

impl Decimal {
    fn from_number_text(text: String, quoted: bool) -> Result<Self, EdmError> {
        if !valid_number(&text) {
            return Err(EdmError::invalid("Decimal", &text));
        }
        Ok(Decimal {
            text: text.into_boxed_str(),
            quoted,
        })
    }

    /// Validates a JSON number literal (written back as a JSON number).
    pub fn parse(s: &str) -> Result<Self, EdmError> {
        Self::from_number_text(s.to_owned(), false)
    }

    /// The number text (without quotes).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the value is written as a JSON string.
    pub fn is_string_form(&self) -> bool {
        self.quoted
    }

    /// Chooses between writing a JSON number (`false`) or a JSON string (`true`).
    pub fn set_string_form(&mut self, quoted: bool) {
        self.quoted = quoted;
    }

    /// The nearest `f64` (may round; huge exponents give infinity).
    pub fn to_f64(&self) -> f64 {
        self.as_str().parse().unwrap_or(f64::NAN)
    }

    /// A decimal with the shortest text that round-trips `v`; `None` for non-finite values.
    pub fn from_f64(v: f64) -> Option<Self> {
        let n = serde_json::Number::from_f64(v)?;
        Self::from_number_text(n.to_string(), false).ok()
    }
}

impl From<i64> for Decimal {
    fn from(v: i64) -> Self {
        Self::from_number_text(v.to_string(), false).unwrap_or_default()
    }
}

impl Default for Decimal {
    /// `0`.
    fn default() -> Self {
        Decimal {
            text: "0".into(),
            quoted: false,
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Decimal {}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.quoted {
            write!(f, "Decimal(\"{}\")", self.as_str())
        } else {
            write!(f, "Decimal({})", self.as_str())
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Decimal {
    type Err = EdmError;
    fn from_str(s: &str) -> Result<Self, EdmError> {
        Self::parse(s)
    }
}

impl FromJson for Decimal {
    const EXPECTED: &'static str = "Decimal";
    /// A JSON number (its exact text) or a string holding one.
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        let at = r.value_offset()?;
        if r.peek()? == b'"' {
            let s = r.string("Decimal")?;
            return if valid_number(s) {
                Ok(Decimal {
                    text: s.into(),
                    quoted: true,
                })
            } else {
                Err(Error::invalid_value(at, s, "Decimal"))
            };
        }
        let n = r.number("Decimal")?;
        Ok(Decimal {
            text: n.text.into(),
            quoted: false,
        })
    }
}

impl ToJson for Decimal {
    fn write_json(&self, w: &mut Writer) {
        if self.quoted {
            w.str(self.as_str())
        } else {
            w.raw(self.as_str())
        }
    }
}

impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::serde_bridge::serialize(self, s)
    }
}

impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::serde_bridge::deserialize(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guid_and_uuid() {
        let g = Guid::parse("6F7D3A4E-0B1C-4D2E-9F3A-5B6C7D8E9F01").unwrap();
        let u = g.to_uuid();
        assert_eq!(u.to_string(), "6f7d3a4e-0b1c-4d2e-9f3a-5b6c7d8e9f01");
        assert_eq!(
            Guid::from(u).as_str(),
            "6f7d3a4e-0b1c-4d2e-9f3a-5b6c7d8e9f01"
        );
        for bad in [
            "",
            "6f7d3a4e0b1c4d2e9f3a5b6c7d8e9f01",
            "6f7d3a4e-0b1c-4d2e-9f3a-5b6c7d8e9f0g",
            "{6f7d3a4e-0b1c-4d2e-9f3a-5b6c7d8e9f01}",
        ] {
            assert!(Guid::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn base64_validation_matches_decoder() {
        for ok in [
            "", "QQ", "QQ==", "QUI", "QUI=", "QUJD", "-_8", "+/8=", "AAAA_w",
        ] {
            let b = Binary::parse(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert!(b.decode().is_ok(), "{ok}");
        }
        for bad in [
            "Q", "QQ=", "QUJD=", "QQ===", "+_AA", "QQ==QQ", "QU I", "QUJD====",
        ] {
            assert!(Binary::parse(bad).is_err(), "{bad}");
        }
        // Exhaustive over short strings from a small alphabet.
        let alphabet = b"Aa0+/-_=";
        for len in 0..=5u32 {
            for mut n in 0..alphabet.len().pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[n % alphabet.len()] as char);
                    n /= alphabet.len();
                }
                let url = s.contains(['-', '_']);
                let engine = if url { &URL_SAFE } else { &STANDARD };
                let decodes = !(url && s.contains(['+', '/'])) && engine.decode(&s).is_ok();
                // Everything we accept decodes; without padding we accept everything the
                // (lenient) decoder accepts. With padding we insist on canonical padding.
                if valid_base64(&s) {
                    assert!(decodes, "{s:?}");
                } else if !s.contains('=') {
                    assert!(!decodes, "{s:?}");
                }
            }
        }
        assert_eq!(Binary::encode(b"hello").as_str(), "aGVsbG8=");
        assert_eq!(
            Binary::parse("aGVsbG8").unwrap().decode().unwrap(),
            b"hello"
        );
    }

    #[test]
    fn decimal_text_is_exact() {
        let d = Decimal::parse("12345678901234567890.123456789").unwrap();
        assert_eq!(d.as_str(), "12345678901234567890.123456789");
        assert!((d.to_f64() - 1.2345678901234567e19).abs() < 1e4);
        for bad in ["", "01", "1.", ".5", "+1", "1e", "NaN", "1 "] {
            assert!(Decimal::parse(bad).is_err(), "{bad}");
        }
        assert!(Decimal::parse("-0.5E-7").is_ok());
        assert_eq!(Decimal::from(-3).as_str(), "-3");
        assert_eq!(Decimal::from_f64(0.1).unwrap().as_str(), "0.1");
    }
}
