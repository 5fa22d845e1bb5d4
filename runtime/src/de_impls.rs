//! [`DeValue`] implementations for primitive OData types (`Edm.String`, `Edm.Boolean`, the
//! integer types, `Edm.Double`/`Edm.Single`, `Edm.Untyped` as `serde_json::Value`) and for the
//! containers generated code uses (`Box<T>`, `Vec<T>`, `Field<T>`).
//!
//! Edm text types implement `DeValue` in `edm`, flags enums in `flags`.

use serde_json::{Map, Number, Value};

use crate::de::{DeError, DeResult, DeValue, Event, OnValue, Source};
use crate::field::Field;

impl DeValue for String {
    const EXPECTED: &'static str = "string";
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        match ev {
            Event::Str(s) => Ok(s.to_owned()),
            other => Err(DeError::invalid_type(&other, Self::EXPECTED)),
        }
    }
}

impl DeValue for bool {
    const EXPECTED: &'static str = "Boolean";
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        match ev {
            Event::Bool(b) => Ok(b),
            other => Err(DeError::invalid_type(&other, Self::EXPECTED)),
        }
    }
}

macro_rules! int_impl {
    ($t:ty, $name:literal) => {
        impl DeValue for $t {
            const EXPECTED: &'static str = $name;
            fn from_event(ev: Event<'_>) -> DeResult<Self> {
                let converted = match ev {
                    Event::I64(v) => <$t>::try_from(v).ok(),
                    Event::U64(v) => <$t>::try_from(v).ok(),
                    other => return Err(DeError::invalid_type(&other, $name)),
                };
                converted.ok_or_else(|| DeError::out_of_range(&ev, $name))
            }
        }
    };
}

int_impl!(i8, "SByte");
int_impl!(u8, "Byte");
int_impl!(i16, "Int16");
int_impl!(i32, "Int32");
int_impl!(i64, "Int64");

impl DeValue for f64 {
    const EXPECTED: &'static str = "Double";
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        match ev {
            Event::F64(v) => Ok(v),
            Event::I64(v) => Ok(v as f64),
            Event::U64(v) => Ok(v as f64),
            Event::Str("INF") => Ok(f64::INFINITY),
            Event::Str("-INF") => Ok(f64::NEG_INFINITY),
            Event::Str("NaN") => Ok(f64::NAN),
            Event::Str(s) => Err(DeError::invalid_value(s, Self::EXPECTED)),
            other => Err(DeError::invalid_type(&other, Self::EXPECTED)),
        }
    }
}

impl DeValue for Value {
    const EXPECTED: &'static str = "any JSON value";

    /// Builds a value from events; nested members are read with [`Source::read_json`], so this
    /// does not recurse itself.
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        Ok(match ev {
            Event::Null => Value::Null,
            Event::Bool(b) => Value::Bool(b),
            Event::I64(v) => Value::Number(v.into()),
            Event::U64(v) => Value::Number(v.into()),
            Event::F64(v) => Number::from_f64(v).map_or(Value::Null, Value::Number),
            Event::Str(s) => Value::String(s.to_owned()),
            Event::Map(m) => {
                let mut out = Map::new();
                let mut key = String::new();
                while m.next_key(&mut key)? {
                    let mut v = Value::Null;
                    m.next_value(&mut |src: &mut dyn Source| {
                        v = src.read_json()?;
                        Ok(())
                    })
                    .map_err(|e| e.at_key(&key))?;
                    out.insert(key.clone(), v);
                }
                Value::Object(out)
            }
            Event::Seq(s) => {
                let mut out = Vec::new();
                loop {
                    let i = out.len();
                    let more = s
                        .next_element(&mut |src: &mut dyn Source| {
                            out.push(src.read_json()?);
                            Ok(())
                        })
                        .map_err(|e| e.at_index(i))?;
                    if !more {
                        break;
                    }
                }
                Value::Array(out)
            }
        })
    }

    fn de_value(src: &mut dyn Source) -> DeResult<Self> {
        src.read_json()
    }

    fn de_nullable(src: &mut dyn Source) -> DeResult<Field<Self>> {
        Ok(match src.read_json()? {
            Value::Null => Field::Null,
            v => Field::Value(v),
        })
    }
}

impl<T: DeValue> DeValue for Box<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        match T::from_event(ev) {
            Ok(v) => Ok(Box::new(v)),
            Err(e) => Err(e),
        }
    }
    fn de_value(src: &mut dyn Source) -> DeResult<Self> {
        match T::de_value(src) {
            Ok(v) => Ok(Box::new(v)),
            Err(e) => Err(e),
        }
    }
    fn de_nullable(src: &mut dyn Source) -> DeResult<Field<Self>> {
        match T::de_nullable(src) {
            Ok(Field::Value(v)) => Ok(Field::Value(Box::new(v))),
            Ok(Field::Null) => Ok(Field::Null),
            Ok(Field::Absent) => Ok(Field::Absent),
            Err(e) => Err(e),
        }
    }
}

impl<T: DeValue> DeValue for Vec<T> {
    const EXPECTED: &'static str = "array";
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        let mut out = Vec::new();
        match read_seq(ev, T::EXPECTED, &mut PushItems(&mut out)) {
            Ok(()) => Ok(out),
            Err(e) => Err(e),
        }
    }
}

/// Appends each element it reads ([`Vec<T>`]'s `from_event`). Borrows its output, so it
/// needs no drop glue of its own.
struct PushItems<'a, T>(&'a mut Vec<T>);

impl<T: DeValue> OnValue for PushItems<'_, T> {
    fn on_value(&mut self, src: &mut dyn Source) -> DeResult<()> {
        match T::de_value(src) {
            Ok(v) => {
                self.0.push(v);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// The non-generic body of `Vec<T>::from_event`: calls `f` for each element, adding the
/// element's index to errors.
fn read_seq(ev: Event<'_>, item: &str, f: &mut dyn OnValue) -> DeResult<()> {
    match ev {
        Event::Seq(seq) => {
            let mut i = 0;
            while seq.next_element(f).map_err(|e| e.at_index(i))? {
                i += 1;
            }
            Ok(())
        }
        other => Err(DeError::invalid_type(&other, &format!("array of {item}"))),
    }
}

/// A nullable element (e.g. a collection whose items may be `null`).
impl<T: DeValue> DeValue for Field<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn from_event(ev: Event<'_>) -> DeResult<Self> {
        match ev {
            Event::Null => Ok(Field::Null),
            ev => match T::from_event(ev) {
                Ok(v) => Ok(Field::Value(v)),
                Err(e) => Err(e),
            },
        }
    }
    fn de_value(src: &mut dyn Source) -> DeResult<Self> {
        T::de_nullable(src)
    }
    fn de_nullable(src: &mut dyn Source) -> DeResult<Field<Self>> {
        match T::de_nullable(src) {
            Ok(v) => Ok(Field::Value(v)),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev_int<T: DeValue>(ev: Event<'_>) -> Result<T, String> {
        T::from_event(ev).map_err(|e| e.message().to_owned())
    }

    #[test]
    fn integers_check_range_and_kind() {
        assert_eq!(ev_int::<u8>(Event::U64(255)), Ok(255));
        assert_eq!(
            ev_int::<u8>(Event::U64(256)),
            Err("invalid value: integer `256`, expected Byte".into())
        );
        assert_eq!(
            ev_int::<i8>(Event::I64(-129)),
            Err("invalid value: integer `-129`, expected SByte".into())
        );
        assert_eq!(ev_int::<i64>(Event::I64(i64::MIN)), Ok(i64::MIN));
        assert_eq!(
            ev_int::<i64>(Event::U64(u64::MAX)),
            Err(format!(
                "invalid value: integer `{}`, expected Int64",
                u64::MAX
            ))
        );
        assert_eq!(
            ev_int::<i32>(Event::F64(1.5)),
            Err("invalid type: floating point `1.5`, expected Int32".into())
        );
        assert_eq!(
            ev_int::<i16>(Event::Str("7")),
            Err("invalid type: string \"7\", expected Int16".into())
        );
    }

    #[test]
    fn doubles_accept_special_strings_only() {
        assert_eq!(f64::from_event(Event::Str("INF")).ok(), Some(f64::INFINITY));
        assert_eq!(
            f64::from_event(Event::Str("-INF")).ok(),
            Some(f64::NEG_INFINITY)
        );
        assert!(f64::from_event(Event::Str("NaN")).unwrap().is_nan());
        assert_eq!(f64::from_event(Event::U64(3)).ok(), Some(3.0));
        assert_eq!(
            f64::from_event(Event::Str("1.5")).unwrap_err().message(),
            "invalid value: string \"1.5\", expected Double"
        );
        assert_eq!(
            f64::from_event(Event::Bool(true)).unwrap_err().message(),
            "invalid type: boolean `true`, expected Double"
        );
    }
}
