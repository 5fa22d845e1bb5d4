//! The serde bridge, for other formats and for embedding generated types in your own serde
//! types. Reading and writing JSON never goes through it.
//!
//! With serde_json's own serializers and deserializers the value's JSON text is passed through
//! as a `RawValue`, so nothing changes (exact number text included). With any other format the
//! value goes through a `serde_json::Value`: numbers outside `i64`/`u64`/`f64` (a long
//! `Edm.Decimal`) are then what `serde_json::Value` makes of them.

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::value::{FromJson, ToJson};

/// Whether `T` is one of serde_json's own (de)serializers, which understand `RawValue`. A
/// format the test does not recognise takes the generic path, which is correct, only less
/// exact for long numbers.
fn is_serde_json<T: ?Sized>() -> bool {
    let name = std::any::type_name::<T>();
    let name = name.trim_start_matches("&mut ").trim_start_matches('&');
    name.starts_with("serde_json::")
}

/// Serializes a value with any serde serializer.
pub fn serialize<T: ToJson + ?Sized, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    let text = crate::to_string(v);
    if is_serde_json::<S>() {
        let raw = RawValue::from_string(text).map_err(S::Error::custom)?;
        return raw.serialize(s);
    }
    let value: serde_json::Value = serde_json::from_str(&text).map_err(S::Error::custom)?;
    value.serialize(s)
}

/// Deserializes a value with any self-describing serde deserializer. Errors read
/// `"{message} at {json path} (line, column in the value's JSON text)"`.
pub fn deserialize<'de, T: FromJson, D: serde::Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    if is_serde_json::<D>() && !std::any::type_name::<D>().contains("Value") {
        let raw = <Box<RawValue>>::deserialize(d)?;
        return crate::from_str(raw.get()).map_err(D::Error::custom);
    }
    let value = serde_json::Value::deserialize(d)?;
    crate::from_str(&value.to_string()).map_err(D::Error::custom)
}
