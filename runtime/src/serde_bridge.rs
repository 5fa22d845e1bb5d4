//! The one generic piece of the runtime: adapters between serde's `Serializer`/`Deserializer`
//! and the erased [`Sink`]/[`Source`] traits. Generated code stays non-generic; only these
//! adapters are monomorphized, once per serde format.
//!
//! Error transport: a [`DeError`] raised inside a serde callback is stashed in a side slot and a
//! carrier `D::Error::custom(..)` is returned through serde; the adapter that started the serde
//! call recovers the stashed error, so the final error keeps its full JSON path. Likewise a
//! serializer error raised inside a [`MapSink`] is stashed and returned unchanged at the top.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde::ser::{Error as _, Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::de::{
    DeError, DeResult, DeValue, Event, MapSource, OnEvent, OnValue, SeqSource, Source,
};
use crate::object::ObjectSer;
use crate::ser::{MapSink, SeqItems, SerError, SerResult, SerValue, Sink};

/// Message of the carrier error passed through serde while the real error sits in a side slot.
const CARRIER: &str = "msgraph-core: error reported out of band";

/// Serializes an erased value with any serde serializer.
pub fn serialize_value<S: Serializer>(v: &dyn SerValue, s: S) -> Result<S::Ok, S::Error> {
    let mut sink = SerdeSink::<S> {
        ser: Some(s),
        out: None,
    };
    let r = v.ser(&mut sink);
    match (sink.out, r) {
        (Some(Err(e)), _) => Err(e),
        (_, Err(e)) => Err(S::Error::custom(e)),
        (Some(Ok(ok)), Ok(())) => Ok(ok),
        (None, Ok(())) => Err(S::Error::custom("SerValue wrote no value")),
    }
}

/// Deserializes an erased value with any serde deserializer.
///
/// The resulting error message is `"{message} at {json path}"` (the path relative to this value).
pub fn deserialize_value<'de, D: Deserializer<'de>, T: DeValue>(d: D) -> Result<T, D::Error> {
    T::de_value(&mut DeSource::new(d)).map_err(D::Error::custom)
}

/// Wraps an erased value as a `serde::Serialize`.
#[derive(Clone, Copy)]
pub struct AsSerialize<'a>(pub &'a dyn SerValue);

impl Serialize for AsSerialize<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_value(self.0, s)
    }
}

// ---------------------------------------------------------------------------------------------
// Serialization

struct SerdeSink<S: Serializer> {
    ser: Option<S>,
    out: Option<Result<S::Ok, S::Error>>,
}

impl<S: Serializer> SerdeSink<S> {
    fn take(&mut self) -> Result<S, SerError> {
        self.ser
            .take()
            .ok_or_else(|| SerError::custom("Sink received more than one value"))
    }

    fn done(&mut self, r: Result<S::Ok, S::Error>) -> SerResult {
        let failed = r.is_err();
        self.out = Some(r);
        if failed {
            Err(SerError::custom(CARRIER))
        } else {
            Ok(())
        }
    }
}

macro_rules! sink_scalar {
    ($name:ident, $t:ty, $method:ident) => {
        fn $name(&mut self, v: $t) -> SerResult {
            let s = self.take()?;
            let r = s.$method(v);
            self.done(r)
        }
    };
}

impl<S: Serializer> Sink for SerdeSink<S> {
    fn null(&mut self) -> SerResult {
        let s = self.take()?;
        let r = s.serialize_unit();
        self.done(r)
    }
    sink_scalar!(bool, bool, serialize_bool);
    sink_scalar!(i64, i64, serialize_i64);
    sink_scalar!(u64, u64, serialize_u64);
    sink_scalar!(f64, f64, serialize_f64);
    sink_scalar!(str, &str, serialize_str);

    fn raw(&mut self, v: &RawValue) -> SerResult {
        let s = self.take()?;
        let r = v.serialize(s);
        self.done(r)
    }

    fn json(&mut self, v: &Value) -> SerResult {
        let s = self.take()?;
        let r = v.serialize(s);
        self.done(r)
    }

    fn object(&mut self, v: &dyn ObjectSer) -> SerResult {
        let s = self.take()?;
        let mut map = match s.serialize_map(None) {
            Ok(m) => m,
            Err(e) => return self.done(Err(e)),
        };
        let mut adapter = MapAdapter::<S::SerializeMap> {
            map: &mut map,
            err: None,
        };
        let r = crate::object::write_object(v, &mut adapter);
        if let Some(e) = adapter.err {
            return self.done(Err(e));
        }
        if let Err(e) = r {
            return self.done(Err(S::Error::custom(e)));
        }
        let r = map.end();
        self.done(r)
    }

    fn seq(&mut self, items: &dyn SeqItems) -> SerResult {
        let s = self.take()?;
        let mut seq = match s.serialize_seq(Some(items.len())) {
            Ok(q) => q,
            Err(e) => return self.done(Err(e)),
        };
        for i in 0..items.len() {
            if let Err(e) = seq.serialize_element(&AsSerialize(items.item(i))) {
                return self.done(Err(e));
            }
        }
        let r = seq.end();
        self.done(r)
    }
}

struct MapAdapter<'a, M: SerializeMap> {
    map: &'a mut M,
    err: Option<M::Error>,
}

impl<M: SerializeMap> MapSink for MapAdapter<'_, M> {
    fn entry(&mut self, key: &str, v: &dyn SerValue) -> SerResult {
        match self.map.serialize_entry(key, &AsSerialize(v)) {
            Ok(()) => Ok(()),
            Err(e) => {
                self.err = Some(e);
                Err(SerError::custom(CARRIER))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Deserialization

/// A [`Source`] over a serde deserializer, consumed once.
pub(crate) struct DeSource<'de, D: Deserializer<'de>> {
    de: Option<D>,
    _lt: PhantomData<&'de ()>,
}

impl<'de, D: Deserializer<'de>> DeSource<'de, D> {
    pub(crate) fn new(d: D) -> Self {
        DeSource {
            de: Some(d),
            _lt: PhantomData,
        }
    }

    fn take(&mut self) -> DeResult<D> {
        self.de
            .take()
            .ok_or_else(|| DeError::custom("value already consumed"))
    }
}

/// The stashed error if there is one, else the serde error itself.
fn recover(slot: Option<DeError>, e: impl fmt::Display) -> DeError {
    slot.unwrap_or_else(|| DeError::format(e))
}

impl<'de, D: Deserializer<'de>> Source for DeSource<'de, D> {
    fn read(&mut self, f: &mut dyn OnEvent) -> DeResult<()> {
        let d = self.take()?;
        let mut slot = None;
        let r = d.deserialize_any(EventVisitor { f, slot: &mut slot });
        r.map_err(|e| recover(slot, e))
    }

    fn read_json(&mut self) -> DeResult<Value> {
        Value::deserialize(self.take()?).map_err(DeError::format)
    }

    fn read_raw(&mut self) -> DeResult<Box<RawValue>> {
        <Box<RawValue>>::deserialize(self.take()?).map_err(|e| {
            let msg = e.to_string();
            if msg.contains("expected any valid JSON value") {
                DeError::custom(format_args!(
                    "{msg} (exact number text for Edm.Decimal needs a serde_json deserializer)"
                ))
            } else {
                DeError::format(msg)
            }
        })
    }
}

struct EventVisitor<'a> {
    f: &'a mut dyn OnEvent,
    slot: &'a mut Option<DeError>,
}

impl EventVisitor<'_> {
    fn emit<E: de::Error>(self, ev: Event<'_>) -> Result<(), E> {
        match self.f.on_event(ev) {
            Ok(()) => Ok(()),
            Err(e) => {
                *self.slot = Some(e);
                Err(E::custom(CARRIER))
            }
        }
    }
}

impl<'de> Visitor<'de> for EventVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.emit(Event::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.emit(Event::I64(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.emit(Event::U64(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<(), E> {
        match (i64::try_from(v), u64::try_from(v)) {
            (Ok(i), _) => self.emit(Event::I64(i)),
            (_, Ok(u)) => self.emit(Event::U64(u)),
            _ => self.emit(Event::F64(v as f64)),
        }
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<(), E> {
        match u64::try_from(v) {
            Ok(u) => self.emit(Event::U64(u)),
            Err(_) => self.emit(Event::F64(v as f64)),
        }
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.emit(Event::F64(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.emit(Event::Str(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.emit(Event::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.emit(Event::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_map<A: MapAccess<'de>>(self, access: A) -> Result<(), A::Error> {
        let mut map = MapAccessSource {
            access,
            _lt: PhantomData,
        };
        self.emit(Event::Map(&mut map))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, access: A) -> Result<(), A::Error> {
        let mut seq = SeqAccessSource {
            access,
            _lt: PhantomData,
        };
        self.emit(Event::Seq(&mut seq))
    }
}

struct MapAccessSource<'de, A: MapAccess<'de>> {
    access: A,
    _lt: PhantomData<&'de ()>,
}

impl<'de, A: MapAccess<'de>> MapSource for MapAccessSource<'de, A> {
    fn next_key(&mut self, key: &mut String) -> DeResult<bool> {
        match self.access.next_key_seed(KeySeed { buf: key }) {
            Ok(k) => Ok(k.is_some()),
            Err(e) => Err(DeError::format(e)),
        }
    }

    fn next_value(&mut self, f: &mut dyn OnValue) -> DeResult<()> {
        let mut slot = None;
        let r = self
            .access
            .next_value_seed(SourceSeed { f, slot: &mut slot });
        r.map_err(|e| recover(slot, e))
    }
}

struct SeqAccessSource<'de, A: SeqAccess<'de>> {
    access: A,
    _lt: PhantomData<&'de ()>,
}

impl<'de, A: SeqAccess<'de>> SeqSource for SeqAccessSource<'de, A> {
    fn next_element(&mut self, f: &mut dyn OnValue) -> DeResult<bool> {
        let mut slot = None;
        let r = self
            .access
            .next_element_seed(SourceSeed { f, slot: &mut slot });
        match r {
            Ok(item) => Ok(item.is_some()),
            Err(e) => Err(recover(slot, e)),
        }
    }
}

/// Hands the inner deserializer to the callback as a [`Source`]; skips the value if the
/// callback didn't consume it, so the underlying stream stays in sync.
struct SourceSeed<'a> {
    f: &'a mut dyn OnValue,
    slot: &'a mut Option<DeError>,
}

impl<'de> DeserializeSeed<'de> for SourceSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let mut src = DeSource::new(d);
        match self.f.on_value(&mut src) {
            Ok(()) => match src.de.take() {
                Some(d) => IgnoredAny::deserialize(d).map(|_| ()),
                None => Ok(()),
            },
            Err(e) => {
                *self.slot = Some(e);
                Err(D::Error::custom(CARRIER))
            }
        }
    }
}

/// Reads a map key into a reused buffer.
struct KeySeed<'a> {
    buf: &'a mut String,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.buf.clear();
        self.buf.push_str(v);
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.buf.clear();
        self.buf.push_str(&v.to_string());
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.buf.clear();
        self.buf.push_str(&v.to_string());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edm::Decimal;
    use serde::de::value::{
        Error as ValueError, MapDeserializer, SeqDeserializer, StrDeserializer,
    };

    #[test]
    fn works_with_non_json_deserializers() {
        let s: String = deserialize_value(StrDeserializer::<ValueError>::new("hi")).unwrap();
        assert_eq!(s, "hi");
        let e = deserialize_value::<_, i32>(StrDeserializer::<ValueError>::new("hi")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid type: string \"hi\", expected Int32 at $"
        );
        // The structured error crosses serde's SeqAccess via the side slot, keeping its path.
        let seq = SeqDeserializer::<_, ValueError>::new(vec![1i64, 5_000_000_000].into_iter());
        let e = deserialize_value::<_, Vec<i32>>(seq).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid value: integer `5000000000`, expected Int32 at $[1]"
        );
        let seq = SeqDeserializer::<_, ValueError>::new(vec![1i64, -2].into_iter());
        assert_eq!(deserialize_value::<_, Vec<i64>>(seq).unwrap(), [1, -2]);
        let map = MapDeserializer::<_, ValueError>::new(vec![("a", 1i64)].into_iter());
        let v: Value = deserialize_value(map).unwrap();
        assert_eq!(v, serde_json::json!({"a": 1}));
    }

    #[test]
    fn decimal_needs_raw_text() {
        let d = deserialize_value::<_, Decimal>(StrDeserializer::<ValueError>::new("1.5"));
        let msg = d.unwrap_err().to_string();
        assert!(msg.contains("needs a serde_json deserializer"), "{msg}");
    }
}
