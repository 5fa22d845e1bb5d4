//! serde integration without per-type impls: [`Serde<T>`] wraps any generated
//! type as a serde `Serialize`/`Deserialize` value, and [`serde_with`] is a
//! module for `#[serde(with = "msgraph_core::serde_with")]` on fields of your
//! own types. (Generated crates can also implement serde per type behind
//! their `serde` feature, at a compile-time cost.)

use crate::serde_bridge::{deserialize, serialize};
use crate::value::{FromJson, ToJson};

/// A generated value as a serde value: `Serde(call)` serializes with any serde
/// serializer, and `Serde<Call>` deserializes from any serde deserializer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Serde<T>(pub T);

impl<T: ToJson> serde::Serialize for Serde<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize(&self.0, s)
    }
}

impl<'de, T: FromJson> serde::Deserialize<'de> for Serde<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize(d).map(Serde)
    }
}

/// For `#[serde(with = "msgraph_core::serde_with")]` on a field holding a generated type.
pub mod serde_with {
    use super::*;

    /// Serializes a generated value.
    pub fn serialize<T: ToJson, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        super::serialize(v, s)
    }

    /// Deserializes a generated value.
    pub fn deserialize<'de, T: FromJson, D: serde::Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        super::deserialize(d)
    }
}
