//! [`ValueSource`]: a [`Source`] over an owned `serde_json::Value`, used to replay members that
//! were buffered before a polymorphic object's `@odata.type`, and by [`crate::from_value`].
//!
//! Replaying recurses once per nesting level, so the source enforces its own depth limit
//! (the same 128 levels as serde_json's parser) instead of trusting the tree's shape. The depth
//! is counted per thread across nested `ValueSource`s, so replays started inside replays (a
//! polymorphic object buffered inside a buffered one) cannot reset the count.

use std::cell::Cell;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::de::{DeError, DeResult, Event, MapSource, OnEvent, OnValue, SeqSource, Source};

/// Maximum nesting of objects/arrays replayed through `ValueSource`s on one thread.
pub const MAX_DEPTH: usize = 128;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Holds one level of the per-thread replay depth while a map/sequence is being read.
struct DepthGuard;

impl DepthGuard {
    fn enter() -> DeResult<Self> {
        DEPTH.with(|d| {
            if d.get() >= MAX_DEPTH {
                return Err(DeError::format("recursion limit exceeded"));
            }
            d.set(d.get() + 1);
            Ok(DepthGuard)
        })
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// A [`Source`] reading from an owned JSON tree.
pub struct ValueSource {
    value: Option<Value>,
}

impl ValueSource {
    /// A source over `value`.
    pub fn new(value: Value) -> Self {
        ValueSource { value: Some(value) }
    }

    fn take(&mut self) -> DeResult<Value> {
        self.value
            .take()
            .ok_or_else(|| DeError::custom("value already consumed"))
    }
}

impl Source for ValueSource {
    fn read(&mut self, f: &mut dyn OnEvent) -> DeResult<()> {
        match self.take()? {
            Value::Null => f.on_event(Event::Null),
            Value::Bool(b) => f.on_event(Event::Bool(b)),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    f.on_event(Event::U64(u))
                } else if let Some(i) = n.as_i64() {
                    f.on_event(Event::I64(i))
                } else {
                    f.on_event(Event::F64(n.as_f64().unwrap_or(f64::NAN)))
                }
            }
            Value::String(s) => f.on_event(Event::Str(&s)),
            Value::Array(items) => {
                let _guard = DepthGuard::enter()?;
                let mut seq = VecSeq {
                    items: items.into_iter(),
                };
                f.on_event(Event::Seq(&mut seq))
            }
            Value::Object(members) => {
                let _guard = DepthGuard::enter()?;
                let mut map = ObjMap {
                    members: members.into_iter(),
                    pending: None,
                };
                f.on_event(Event::Map(&mut map))
            }
        }
    }

    fn read_json(&mut self) -> DeResult<Value> {
        self.take()
    }

    fn read_raw(&mut self) -> DeResult<Box<RawValue>> {
        let v = self.take()?;
        RawValue::from_string(v.to_string()).map_err(DeError::format)
    }
}

struct VecSeq {
    items: std::vec::IntoIter<Value>,
}

impl SeqSource for VecSeq {
    fn next_element(&mut self, f: &mut dyn OnValue) -> DeResult<bool> {
        match self.items.next() {
            Some(v) => {
                f.on_value(&mut ValueSource::new(v))?;
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

struct ObjMap {
    members: <Map<String, Value> as IntoIterator>::IntoIter,
    pending: Option<Value>,
}

impl MapSource for ObjMap {
    fn next_key(&mut self, key: &mut String) -> DeResult<bool> {
        match self.members.next() {
            Some((k, v)) => {
                key.clear();
                key.push_str(&k);
                self.pending = Some(v);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn next_value(&mut self, f: &mut dyn OnValue) -> DeResult<()> {
        let v = self
            .pending
            .take()
            .ok_or_else(|| DeError::custom("next_value called without a key"))?;
        f.on_value(&mut ValueSource::new(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn replays_nested_values() {
        let v: Vec<Vec<i32>> = crate::from_value(json!([[1, 2], [], [-3]])).unwrap();
        assert_eq!(v, vec![vec![1, 2], vec![], vec![-3]]);
        let e = crate::from_value::<Vec<i32>>(json!([1, "x"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid type: string \"x\", expected Int32 at $[1]"
        );
    }

    #[test]
    fn depth_is_bounded() {
        let mut v = json!(1);
        for _ in 0..200 {
            v = json!([v]);
        }
        let mut src = ValueSource::new(v);
        // A reader that recurses through every level, like nested generated types do.
        fn walk(src: &mut dyn Source) -> DeResult<()> {
            src.read(&mut |ev: Event<'_>| {
                if let Event::Seq(s) = ev {
                    while s.next_element(&mut |inner: &mut dyn Source| walk(inner))? {}
                }
                Ok(())
            })
        }
        let err = walk(&mut src).unwrap_err();
        assert!(err.message().contains("recursion limit"), "{err}");
        // The counter is released again: a shallow value still works afterwards.
        assert_eq!(crate::from_value::<Vec<i32>>(json!([1])).unwrap(), vec![1]);

        // Nested sources (replays inside replays) share the count.
        fn walk_fresh(src: &mut dyn Source) -> DeResult<()> {
            src.read(&mut |ev: Event<'_>| {
                if let Event::Seq(s) = ev {
                    while s.next_element(&mut |inner: &mut dyn Source| {
                        let v = inner.read_json()?;
                        walk_fresh(&mut ValueSource::new(v))
                    })? {}
                }
                Ok(())
            })
        }
        let mut v = json!(1);
        for _ in 0..200 {
            v = json!([v]);
        }
        let err = walk_fresh(&mut ValueSource::new(v)).unwrap_err();
        assert!(err.message().contains("recursion limit"), "{err}");
    }
}
