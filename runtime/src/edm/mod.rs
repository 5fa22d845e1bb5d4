//! Text-preserving Edm primitive types. Each one stores the exact text it was read from (after
//! validating it), so a round trip never rewrites a value; conversions to `time`, `uuid` and raw
//! bytes are explicit methods. The short ones keep their text inline, without an allocation:
//! a `DateTimeOffset` of up to 30 bytes (32-byte value; Graph's `2020-02-25T18:52:21.2169889Z`
//! is 28), a `Date`, `TimeOfDay` or `Duration` of up to 22 (24 bytes, like a `String`), a
//! `Guid` (40 bytes); longer text goes to the heap.
//!
//! - `datetime`: [`DateTimeOffset`], [`Date`], [`TimeOfDay`], [`Duration`]
//! - `misc`: [`Guid`], [`Binary`], [`Decimal`]
//! - `geo`: the spatial types ([`GeographyPoint`], ...), GeoJSON kept as written
//!
//! `Default` values are valid literals: `0001-01-01T00:00:00Z`, `0001-01-01`, `00:00:00`,
//! `PT0S`, the nil GUID, empty binary and `0`.

mod datetime;
pub mod geo;
mod misc;

use std::fmt;

use crate::inline::InlineStr;

pub use datetime::{Date, DateTimeOffset, Duration, TimeOfDay};
pub use misc::{Binary, Decimal};

pub use misc::Guid;

pub use geo::{
    Geography, GeographyCollection, GeographyLineString, GeographyMultiLineString,
    GeographyMultiPoint, GeographyMultiPolygon, GeographyPoint, GeographyPolygon, Geometry,
    GeometryCollection, GeometryLineString, GeometryMultiLineString, GeometryMultiPoint,
    GeometryMultiPolygon, GeometryPoint, GeometryPolygon,
};

/// A string that is not a valid literal of an Edm type, or a failed conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdmError {
    kind: &'static str,
    message: String,
}

impl EdmError {
    pub(crate) fn invalid(kind: &'static str, text: &str) -> Self {
        EdmError {
            kind,
            message: format!("invalid {kind} literal: {text:?}"),
        }
    }

    pub(crate) fn conversion(kind: &'static str, message: impl fmt::Display) -> Self {
        EdmError {
            kind,
            message: format!("cannot convert {kind}: {message}"),
        }
    }

    /// The Edm type name (`DateTimeOffset`, `Guid`, ...).
    pub fn kind(&self) -> &'static str {
        self.kind
    }
}

impl fmt::Display for EdmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EdmError {}

/// The text of an Edm literal: kept inline up to `N` bytes (no allocation: Graph's usual
/// `DateTimeOffset`, `2020-02-25T18:52:21.2169889Z`, fits in 30), on the heap beyond. `Text<22>` is 24 bytes like a `String`, `Text<30>` 32.
#[derive(Clone)]
pub(crate) enum Text<const N: usize> {
    Inline(InlineStr<N>),
    Heap(Box<str>),
}

impl<const N: usize> Text<N> {
    /// The literal text.
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Inline(s) => s.as_str(),
            Text::Heap(s) => s,
        }
    }
}

/// How a text type's store is written: the short literals' text (ASCII with nothing to
/// escape, as their grammars allow) without the escaping scan.
pub(crate) trait WriteText {
    fn write_text(&self, w: &mut crate::Writer);
}

impl WriteText for String {
    #[inline]
    fn write_text(&self, w: &mut crate::Writer) {
        w.str(self)
    }
}

impl<const N: usize> WriteText for Text<N> {
    #[inline]
    fn write_text(&self, w: &mut crate::Writer) {
        match self {
            Text::Inline(s) => {
                let (block, len) = s.block();
                w.quoted_block(block, len);
            }
            Text::Heap(s) => w.plain_str(s),
        }
    }
}

impl<const N: usize> From<&str> for Text<N> {
    #[inline]
    fn from(s: &str) -> Self {
        match InlineStr::new(s) {
            Some(s) => Text::Inline(s),
            None => Text::Heap(s.into()),
        }
    }
}

impl<const N: usize> From<String> for Text<N> {
    #[inline]
    fn from(s: String) -> Self {
        if s.len() <= N {
            Text::from(s.as_str())
        } else {
            Text::Heap(s.into_boxed_str())
        }
    }
}

impl<const N: usize> From<Text<N>> for String {
    #[inline]
    fn from(t: Text<N>) -> Self {
        match t {
            Text::Heap(s) => s.into_string(),
            inline => inline.as_str().to_owned(),
        }
    }
}

/// Defines a validated string newtype with the shared trait impls; `$store` holds the text
/// (`String`, or `Text` for the short literals).
macro_rules! text_type {
    ($(#[$doc:meta])* $t:ident, $store:ty, $name:literal, $default:literal, $validate:path) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $t(pub(crate) $store);

        impl $t {
            /// Validates `s` and keeps it verbatim.
            pub fn parse(s: &str) -> Result<Self, $crate::edm::EdmError> {
                if $validate(s) {
                    Ok($t(<$store>::from(s)))
                } else {
                    Err($crate::edm::EdmError::invalid($name, s))
                }
            }

            /// The literal text.
            #[inline]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            /// The literal text, owned.
            pub fn into_string(self) -> String {
                self.0.into()
            }
        }

        impl Default for $t {
            fn default() -> Self {
                $t(<$store>::from($default))
            }
        }

        impl PartialEq for $t {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $t {}

        impl std::hash::Hash for $t {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                std::hash::Hash::hash(self.as_str(), state)
            }
        }

        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({:?})", stringify!($t), self.as_str())
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $t {
            type Err = $crate::edm::EdmError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl TryFrom<String> for $t {
            type Error = $crate::edm::EdmError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                if $validate(&s) {
                    Ok($t(<$store>::from(s)))
                } else {
                    Err($crate::edm::EdmError::invalid($name, &s))
                }
            }
        }

        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl $crate::FromJson for $t {
            const EXPECTED: &'static str = $name;
            #[inline]
            fn read_json(r: &mut $crate::Reader<'_>) -> $crate::ReadResult<Self> {
                let at = r.value_offset()?;
                let s = r.string($name)?;
                if $validate(s) {
                    Ok($t(<$store>::from(s)))
                } else {
                    Err($crate::json::error::Error::invalid_value(at, s, $name))
                }
            }
        }

        impl $crate::ToJson for $t {
            #[inline]
            fn write_json(&self, w: &mut $crate::Writer) {
                $crate::edm::WriteText::write_text(&self.0, w)
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                <$t>::try_from(s).map_err(<D::Error as serde::de::Error>::custom)
            }
        }
    };
}
pub(crate) use text_type;

/// Parses exactly `n` ASCII digits at `b[i..]`.
pub(crate) fn digits(b: &[u8], i: usize, n: usize) -> Option<u32> {
    let s = b.get(i..i + n)?;
    let mut v = 0u32;
    for &c in s {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_types_reject_with_serde_style_message() {
        let e = crate::from_str::<DateTimeOffset>("\"String\"").unwrap_err();
        assert_eq!(
            e.message,
            "invalid value: string \"String\", expected DateTimeOffset"
        );
        let e = crate::from_str::<Guid>("1").unwrap_err();
        assert_eq!(e.message, "invalid type: integer `1`, expected Guid");
        assert_eq!(
            Guid::parse("nope").unwrap_err().to_string(),
            "invalid Guid literal: \"nope\""
        );
    }

    #[test]
    fn short_literals_are_kept_inline() {
        assert_eq!(std::mem::size_of::<crate::Field<DateTimeOffset>>(), 32);
        assert_eq!(std::mem::size_of::<crate::Field<Duration>>(), 24);
        assert_eq!(std::mem::size_of::<crate::Field<Date>>(), 24);
        assert_eq!(std::mem::size_of::<crate::Field<TimeOfDay>>(), 24);
        assert_eq!(std::mem::size_of::<crate::Field<Guid>>(), 40);
        let t = DateTimeOffset::parse("2020-02-25T18:52:21.2169889Z").unwrap();
        assert!(matches!(t.0, Text::Inline(s) if s.as_bytes().len() == 28));
        let long = "2020-02-25T18:52:21.216988912345+05:30";
        let l = DateTimeOffset::parse(long).unwrap();
        assert!(matches!(l.0, Text::Heap(_)));
        assert_eq!(l.as_str(), long);
        assert_eq!(l.clone().into_string(), long);
        assert_ne!(t, l);
        assert_eq!(t, DateTimeOffset::try_from(t.to_string()).unwrap());
        assert_eq!(t.clone().into_string(), "2020-02-25T18:52:21.2169889Z");
        let g = Guid::parse("E523D2ED-2966-4B6B-925B-754A88034CC5").unwrap();
        assert!(matches!(g.0, Text::Inline(s) if s.as_bytes().len() == 36));
        assert_eq!(
            format!("{g:?}"),
            r#"Guid("E523D2ED-2966-4B6B-925B-754A88034CC5")"#
        );
        let d: Duration = crate::from_str("\"PT0.016S\"").unwrap();
        assert_eq!(crate::to_string(&d), "\"PT0.016S\"");
    }

    #[test]
    fn defaults_are_valid_literals() {
        assert!(DateTimeOffset::parse(DateTimeOffset::default().as_str()).is_ok());
        assert!(Date::parse(Date::default().as_str()).is_ok());
        assert!(TimeOfDay::parse(TimeOfDay::default().as_str()).is_ok());
        assert!(Duration::parse(Duration::default().as_str()).is_ok());
        assert!(Guid::parse(Guid::default().as_str()).is_ok());
        assert!(Binary::parse(Binary::default().as_str()).is_ok());
        assert!(Decimal::parse(Decimal::default().as_str()).is_ok());
    }
}
