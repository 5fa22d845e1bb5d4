//! Failure behaviour: exact messages with JSON path and expected type, syntax errors with
//! positions, no stack overflow on deeply nested input, no panics on malformed input.

use crate::model;

use model::*;
use msgraph_core::JsonError;

fn err<T: msgraph_core::FromJson + std::fmt::Debug>(json: &str) -> JsonError {
    match msgraph_core::from_str::<T>(json) {
        Ok(v) => panic!("expected an error for {json}, got {v:?}"),
        Err(e) => e,
    }
}

#[test]
fn wrong_kinds_name_path_and_expected_type() {
    let cases = [
        (
            r#"{"participants":[{"info":{"port":"abc"}}]}"#,
            r#"invalid type: string "abc", expected Int32 at $.participants[0].info.port"#,
        ),
        (
            r##"{"mediaConfig":{"@odata.type":"#microsoft.graph.appHostedMediaConfig","blob":5}}"##,
            "invalid type: integer `5`, expected string at $.mediaConfig.blob",
        ),
        (
            r#"{"list":[{"x":1},{"x":2},{"x":1.5}]}"#,
            "invalid type: floating point `1.5`, expected Int32 at $.list[2].x",
        ),
        (
            r#"{"createdDateTime":"String"}"#,
            r#"invalid value: string "String", expected DateTimeOffset at $.createdDateTime"#,
        ),
        (
            r#"{"byte":256}"#,
            "invalid value: integer `256`, expected Byte at $.byte",
        ),
        (
            r#"{"small":-32769}"#,
            "invalid value: integer `-32769`, expected Int16 at $.small",
        ),
        (
            r#"{"count":"1"}"#,
            r#"invalid type: string "1", expected Int64 at $.count"#,
        ),
        (
            r#"{"score":"1.5"}"#,
            r#"invalid value: string "1.5", expected Double at $.score"#,
        ),
        (
            r#"{"enabled":"true"}"#,
            r#"invalid type: string "true", expected Boolean at $.enabled"#,
        ),
        (
            r#"{"state":1}"#,
            "invalid type: integer `1`, expected microsoft.graph.callState at $.state",
        ),
        (
            r#"{"modalities":["audio"]}"#,
            "invalid type: array, expected microsoft.graph.modality at $.modalities",
        ),
        (
            r#"{"amount":"abc"}"#,
            r#"invalid value: string "abc", expected Decimal at $.amount"#,
        ),
        (
            r#"{"amount":{}}"#,
            "invalid type: object, expected Decimal at $.amount",
        ),
        (
            r#"{"correlationId":"not-a-guid"}"#,
            r#"invalid value: string "not-a-guid", expected Guid at $.correlationId"#,
        ),
        (
            r#"{"payload":"a"}"#,
            r#"invalid value: string "a", expected Binary at $.payload"#,
        ),
        (
            r#"{"tags":["a",1]}"#,
            "invalid type: integer `1`, expected string at $.tags[1]",
        ),
        (
            r#"{"list":{"x":1}}"#,
            "invalid type: object, expected array of microsoft.graph.item at $.list",
        ),
        (
            r#"{"participants":[{"info":[]}]}"#,
            "invalid type: array, expected microsoft.graph.participantInfo object at $.participants[0].info",
        ),
        (
            r#"{"mediaConfig":{"@odata.type":5}}"#,
            "invalid type: integer `5`, expected string at $.mediaConfig['@odata.type']",
        ),
        (
            r#"{"mediaConfig":"x"}"#,
            r#"invalid type: string "x", expected microsoft.graph.mediaConfig object at $.mediaConfig"#,
        ),
        // Error inside a member buffered before the tag (replayed from a serde_json::Value).
        (
            r##"{"mediaConfigs":[{},{"blob":true,"@odata.type":"#microsoft.graph.appHostedMediaConfig"}]}"##,
            "invalid type: boolean `true`, expected string at $.mediaConfigs[1].blob",
        ),
        (
            r#"[1]"#,
            "invalid type: array, expected microsoft.graph.call object at $",
        ),
    ];
    for (json, expected) in cases {
        let e = err::<Call>(json);
        assert_eq!(
            format!("{} at {}", e.message, e.path),
            expected,
            "for {json}"
        );
        assert!(!e.syntax, "{e}");
        // The position is that of the failing value.
        let column = e.column.unwrap();
        let rest: String = json.chars().skip(column - 1).collect();
        assert!(
            !rest.starts_with([',', '}', ']', ' ']),
            "{json}: column {column}"
        );
    }
}

#[test]
fn path_is_kept_through_the_serde_entry_points() {
    let json = r#"{"participants":[{"info":{"port":"abc"}}]}"#;
    let e = serde_json::from_str::<Call>(json).unwrap_err().to_string();
    assert!(
        e.starts_with(
            r#"invalid type: string "abc", expected Int32 at $.participants[0].info.port"#
        ),
        "{e}"
    );
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let e = serde_json::from_value::<Call>(v).unwrap_err().to_string();
    assert!(e.contains("at $.participants[0].info.port"), "{e}");
    // Nested inside a foreign serde type: the path is relative to the Call.
    let e = serde_json::from_str::<Vec<Call>>(&format!("[{{}},{json}]"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("at $.participants[0].info.port"), "{e}");
}

#[test]
fn syntax_errors_report_position() {
    let e = err::<Call>("{\"id\": \"a\",\n  \"list\": [{\"x\": 1}, {\"x\" 2}]}");
    assert_eq!(e.path, "$.list[1]");
    assert_eq!((e.line, e.column), (Some(2), Some(27)));
    assert_eq!(e.message, "expected `:`");
    let e = err::<Call>(r#"{"id":"a"} x"#);
    assert_eq!(e.message, "trailing characters");
    let e = err::<Call>(r#"{"id":"a""#);
    assert!(e.message.contains("EOF"), "{e}");
    let e = err::<Call>("");
    assert!(e.message.contains("EOF"), "{e}");
    let e = err::<Call>(r#"{"id":"\ud800"}"#);
    assert_eq!(
        (e.path.as_str(), e.line, e.column),
        ("$.id", Some(1), Some(14))
    );
}

/// Runs `f` on a thread with the default 2 MiB stack (as spawned threads get).
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("thread panicked (stack overflow would abort the process instead)");
}

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

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    on_small_stack(|| {
        const DEPTH: usize = 10_000;
        let inputs = [
            // Typed recursion through Field<Box<Node>>.
            nested(r#"{"child":"#, "}", "{}", DEPTH),
            // Typed recursion through Vec<AnyNode> (polymorphic, tag first).
            nested(
                r#"{"@odata.type":"test.node","children":["#,
                "]}",
                "",
                DEPTH,
            ),
            // Polymorphic with the tag last: members are buffered as serde_json::Value.
            nested(
                r#"{"children":["#,
                r#"],"@odata.type":"test.node"}"#,
                "{}",
                DEPTH,
            ),
            // Unknown member (Extra) and untyped arrays.
            nested(r#"{"x":"#, "}", "1", DEPTH),
            format!(r#"{{"x":{}}}"#, nested("[", "]", "", DEPTH)),
        ];
        for json in &inputs {
            let e = msgraph_core::from_str::<Node>(json).unwrap_err();
            assert!(e.message.contains("recursion limit"), "{e}");
            assert!(serde_json::from_str::<Node>(json).is_err());
            assert!(msgraph_core::from_slice::<Node>(json.as_bytes()).is_err());
        }
        let untyped = format!(r#"{{"untyped":{}}}"#, nested("[", "]", "", DEPTH));
        assert!(msgraph_core::from_str::<Call>(&untyped).is_err());
        let poly = format!(
            r#"{{"mediaConfig":{}}}"#,
            nested(r#"{"a":"#, "}", "0", DEPTH)
        );
        assert!(msgraph_core::from_str::<Call>(&poly).is_err());
        // Moderate nesting within the limit still works on the small stack.
        let ok = nested(r#"{"child":"#, "}", "{}", 120);
        let node: Node = msgraph_core::from_str(&ok).unwrap();
        assert_eq!(msgraph_core::to_string(&node), ok);
        let ok = nested(
            r#"{"children":["#,
            r#"],"@odata.type":"test.node"}"#,
            "{}",
            60,
        );
        let node: Node = msgraph_core::from_str(&ok).unwrap();
        let a: serde_json::Value = serde_json::from_str(&ok).unwrap();
        assert!(same_json(&msgraph_core::to_value(&node), &a));
    });
}

/// A tiny deterministic PRNG so the corruption test needs no extra dependency.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn malformed_input_never_panics() {
    let text = SAMPLE_CALL.as_bytes();
    // Every prefix.
    for end in 0..text.len() {
        let _ = msgraph_core::from_slice::<Call>(&text[..end]);
    }
    // Random single-byte corruptions with bytes that matter to JSON.
    let interesting = b"{}[]\",:0-1.eE\\ntfu#@ \x00\xff";
    let mut rng = Lcg(42);
    for _ in 0..3_000 {
        let mut t = text.to_vec();
        for _ in 0..1 + rng.next() % 3 {
            let i = rng.next() % t.len();
            t[i] = interesting[rng.next() % interesting.len()];
        }
        if let Ok(c) = msgraph_core::from_slice::<Call>(&t) {
            // Whatever parses must serialize and re-parse to the same value.
            let out = msgraph_core::to_vec(&c);
            let again: Call = msgraph_core::from_slice(&out).unwrap();
            assert_eq!(msgraph_core::to_vec(&again), out);
        }
    }
}
