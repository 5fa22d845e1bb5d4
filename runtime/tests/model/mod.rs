//! The runtime's test model: the types of `model.xml` (a call with a property of every Edm
//! kind, a polymorphic complex type, a string enum with a member literally named "unknown", a
//! flags enum, recursive types), generated into `generated/mod.rs` by `cargo xtask codegen`
//! (so they are exactly what the emitter writes), plus helpers shared by the tests.
#![allow(dead_code)]

#[rustfmt::skip] // generated (`cargo xtask codegen`), formatted by prettyplease
pub mod generated;
pub use generated::*;

/// JSON equality with numbers compared by value (`5` == `5.0`), key order ignored.
pub fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() || y.is_f64() {
                x.as_f64() == y.as_f64()
            } else {
                x == y
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// `json` without the whitespace outside strings.
pub fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// A `microsoft.graph.call` exercising every kind of property.
pub const SAMPLE_CALL: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/calls/$entity",
  "@odata.type": "#microsoft.graph.call",
  "@odata.etag": "W/\"JzQ0NzgyOUEzIg==\"",
  "id": "2f1a1100-b174-40a0-aba7-0b405e01ed92",
  "state": "established",
  "modalities": "audio,video",
  "createdDateTime": "2020-05-28T00:10:54.104318Z",
  "date": "2020-05-28",
  "startTime": "08:00:00.0000000",
  "duration": "PT1H30M",
  "correlationId": "6F7D3A4E-0B1C-4D2E-9F3A-5B6C7D8E9F01",
  "payload": "aGVsbG8gd29ybGQ=",
  "amount": 12345678901234567890.123456789,
  "score": "INF",
  "count": 9007199254740993,
  "small": -32768,
  "byte": 255,
  "sbyte": -128,
  "enabled": false,
  "mediaConfig": {
    "@odata.type": "#microsoft.graph.appHostedMediaConfig",
    "blob": "<Media Config>",
    "removeFromDefaultAudioGroup": false
  },
  "mediaConfigs": [
    {"removeFromDefaultAudioGroup": true},
    {"blob": "before-tag", "@odata.id": "x", "@odata.type": "microsoft.graph.appHostedMediaConfig", "extra": 1},
    {"@odata.type": "#microsoft.graph.futureMediaConfig", "newProp": [1, 2.5, {"a": null}]},
    {"@odata.type": "#microsoft.graph.mediaConfig", "removeFromDefaultAudioGroup": null}
  ],
  "list": [{"x": 1}, {"x": null}, {}],
  "participants": [
    {"id": "p1", "info": {"displayName": "Alice \u00e9\ud83d\ude00", "port": 5060, "ip@odata.type": "#String", "ip": "10.0.0.1"}},
    {"id": "p2", "info": null}
  ],
  "participants@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"],
  "tags": ["a", "", "b"],
  "untyped": {"deep": [1, -2, 2.5, {"k": null}], "big": 18446744073709551615, "s": "t"},
  "unknownProp": {"nested": true},
  "nullProp": null
}"##;
