//! Text-preserving Edm primitive types. Each one stores the exact text it was read from (after
//! validating it), so a round trip never rewrites a value; conversions to `time`, `uuid` and raw
//! bytes are explicit methods.
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

/// Defines a validated string newtype with the shared trait impls.
macro_rules! text_type {
    ($(#[$doc:meta])* $t:ident, $name:literal, $default:literal, $validate:path) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct $t(String);

        impl $t {
            /// Validates `s` and keeps it verbatim.
            pub fn parse(s: &str) -> Result<Self, $crate::edm::EdmError> {
                if $validate(s) {
                    Ok($t(s.to_owned()))
                } else {
                    Err($crate::edm::EdmError::invalid($name, s))
                }
            }

            /// The literal text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The literal text, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl Default for $t {
            fn default() -> Self {
                $t($default.to_owned())
            }
        }

        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({:?})", stringify!($t), self.0)
            }
        }

        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
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
                    Ok($t(s))
                } else {
                    Err($crate::edm::EdmError::invalid($name, &s))
                }
            }
        }

        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl $crate::FromJson for $t {
            const EXPECTED: &'static str = $name;
            #[inline]
            fn read_json(r: &mut $crate::Reader<'_>) -> $crate::ReadResult<Self> {
                let at = r.value_offset()?;
                let s = r.string($name)?;
                if $validate(s) {
                    Ok($t(s.to_owned()))
                } else {
                    Err($crate::json::error::Error::invalid_value(at, s, $name))
                }
            }
        }

        impl $crate::ToJson for $t {
            #[inline]
            fn write_json(&self, w: &mut $crate::Writer) {
                w.str(&self.0)
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
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
