//! Hostile payloads against the real generated v1.0 types that parse webhook
//! bodies (call, commsNotifications, callRecord): 10,000 levels of `[` or
//! `{"a":` anywhere in the document are an error, never a stack overflow.
//! Every case runs on a thread with a 2 MiB stack (what spawned threads get by
//! default), so a recursion per level would abort the test process.
//!
//! The fuzz targets in `fuzz/` cover arbitrary bytes; this is the regression
//! test that runs with `cargo test`.

use msgraph_conformance::same_json;
use msgraph_core::{FromJson, JsonError, ToJson, from_slice, from_str, to_string, to_value};
use msgraph_models::v1::{Call, CommsNotifications, call_records::CallRecord};

const DEPTH: usize = 10_000;

fn nested(open: &str, close: &str, inner: &str, depth: usize) -> String {
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + inner.len());
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..depth {
        s.push_str(close);
    }
    s
}

/// `{"a":{"a":...0...}}`, 10,000 objects deep.
fn deep_objects() -> String {
    nested(r#"{"a":"#, "}", "0", DEPTH)
}

/// `[[[...]]]`, 10,000 arrays deep.
fn deep_arrays() -> String {
    nested("[", "]", "", DEPTH)
}

/// Runs `f` on a thread with a 2 MiB stack.
fn on_small_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("deserializer panicked (a stack overflow would abort the process instead)")
}

/// Parses `json` as `T` from text and from bytes (2 MiB stack); both must fail.
/// Returns the error of the text entry point.
fn rejected<T: FromJson + 'static>(json: String) -> JsonError {
    on_small_stack(move || {
        let from_bytes = from_slice::<T>(json.as_bytes());
        assert!(
            from_bytes.is_err(),
            "from_slice accepted {} bytes",
            json.len()
        );
        match from_str::<T>(&json) {
            Ok(_) => panic!("from_str accepted {} bytes", json.len()),
            Err(e) => e,
        }
    })
}

/// Nesting that reaches the parser is cut at serde_json's 128 levels.
fn too_deep<T: FromJson + 'static>(json: String) {
    let e = rejected::<T>(json);
    assert!(e.message.contains("recursion limit"), "{e}");
}

/// Arrays where a typed collection expects enum or object items fail at the
/// first item, with the path and expected type.
fn type_error<T: FromJson + 'static>(json: String) {
    let e = rejected::<T>(json);
    assert!(e.message.starts_with("invalid type: array"), "{e}");
}

/// Shapes every type gets: the whole document, an unknown property (kept in
/// `extra` as a JSON value), an instance annotation, and a nested unknown
/// value behind a polymorphic tag placed last (members buffered first).
fn common_cases<T: FromJson + 'static>() {
    // The whole document: an array where an object is expected fails at once.
    let e = rejected::<T>(deep_arrays());
    assert!(e.to_string().contains("at $"), "{e}");
    too_deep::<T>(deep_objects());
    too_deep::<T>(format!(r#"{{"unknown":{}}}"#, deep_arrays()));
    too_deep::<T>(format!(r#"{{"unknown":{}}}"#, deep_objects()));
    too_deep::<T>(format!(r#"{{"x@odata.bind":{}}}"#, deep_arrays()));
    too_deep::<T>(format!(
        r##"{{"unknown":{},"@odata.type":"#microsoft.graph.call"}}"##,
        deep_objects()
    ));
    // Unclosed: 10,000 opening brackets and nothing else.
    rejected::<T>(format!(r#"{{"unknown":{}"#, "[".repeat(DEPTH)));
    rejected::<T>(r#"{"a":"#.repeat(DEPTH));
}

#[test]
fn call_deep_nesting_is_an_error() {
    common_cases::<Call>();
    // Typed collection of enums, navigation collection, complex and polymorphic properties.
    type_error::<Call>(format!(r#"{{"requestedModalities":{}}}"#, deep_arrays()));
    too_deep::<Call>(format!(r#"{{"mediaConfig":{}}}"#, deep_objects()));
    too_deep::<Call>(format!(
        r##"{{"mediaConfig":{{"blob":{},"@odata.type":"#microsoft.graph.appHostedMediaConfig"}}}}"##,
        deep_objects()
    ));
    too_deep::<Call>(format!(
        r#"{{"source":{{"identity":{{"user":{}}}}}}}"#,
        deep_objects()
    ));
    type_error::<Call>(format!(r#"{{"participants":{}}}"#, deep_arrays()));
    // Polymorphic objects nested in each other, tag last at every level.
    too_deep::<Call>(format!(
        r#"{{"source":{}}}"#,
        nested(
            r#"{"identity":"#,
            r##","@odata.type":"#microsoft.graph.participantInfo"}"##,
            "{}",
            DEPTH
        )
    ));
}

#[test]
fn comms_notifications_deep_nesting_is_an_error() {
    common_cases::<CommsNotifications>();
    type_error::<CommsNotifications>(format!(r#"{{"value":{}}}"#, deep_arrays()));
    too_deep::<CommsNotifications>(format!(r#"{{"value":[{}]}}"#, deep_objects()));
    too_deep::<CommsNotifications>(format!(
        r#"{{"value":[{{"changeType":"created","resourceData":{}}}]}}"#,
        deep_objects()
    ));
    too_deep::<CommsNotifications>(format!(
        r##"{{"value":[{{"resourceData":{{"participants":{},"@odata.type":"#microsoft.graph.call"}}}}]}}"##,
        deep_arrays()
    ));
}

#[test]
fn call_record_deep_nesting_is_an_error() {
    common_cases::<CallRecord>();
    type_error::<CallRecord>(format!(r#"{{"sessions":{}}}"#, deep_arrays()));
    too_deep::<CallRecord>(format!(
        r#"{{"sessions":[{{"segments":[{{"caller":{}}}]}}]}}"#,
        deep_objects()
    ));
    type_error::<CallRecord>(format!(r#"{{"participants":{}}}"#, deep_arrays()));
    too_deep::<CallRecord>(format!(
        r##"{{"organizer":{{"user":{},"@odata.type":"#microsoft.graph.identitySet"}}}}"##,
        deep_objects()
    ));
}

/// Within the limit, deep unknown values are kept and written back unchanged
/// (so the errors above are about depth, not about the shapes).
#[test]
fn moderate_nesting_round_trips() {
    fn lossless<T: FromJson + ToJson + 'static>(json: String) {
        on_small_stack(move || {
            let typed: T = from_str(&json).unwrap_or_else(|e| panic!("{e}"));
            let expected: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert!(same_json(&to_value(&typed), &expected), "{json}");
            let again: T = from_str(&to_string(&typed)).unwrap();
            assert_eq!(to_string(&again), to_string(&typed));
        });
    }
    let objects = nested(r#"{"a":"#, "}", "0", 100);
    let arrays = nested("[", "]", "1", 100);
    lossless::<Call>(format!(r#"{{"unknown":{objects},"other":{arrays}}}"#));
    lossless::<CommsNotifications>(format!(r#"{{"value":[{{"unknown":{objects}}}]}}"#));
    lossless::<CallRecord>(format!(
        r##"{{"sessions":[{{"unknown":{arrays}}}],"@odata.type":"#microsoft.graph.callRecords.callRecord"}}"##
    ));
}

/// Found by `fuzz/run comms_notifications`: a float in an unknown member wrote
/// text that read back as a neighbouring f64, so the second round-trip changed
/// the output (then fixed by serde_json's `float_roundtrip`). Unknown members are
/// now kept as their exact text, so the number comes back as it was written.
#[test]
fn fuzz_regression_float_in_unknown_member_is_stable() {
    let input = "{\n  \"@odata.type\\\"\":1119111111000000001.0951}\n";
    let x: CommsNotifications = from_str(input).unwrap();
    let s1 = to_string(&x);
    let y: CommsNotifications = from_str(&s1).unwrap();
    assert_eq!(to_string(&y), s1);
    assert_eq!(s1, r#"{"@odata.type\"":1119111111000000001.0951}"#);
}
