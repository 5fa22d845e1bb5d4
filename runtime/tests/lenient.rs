//! Lenient reading (`from_str_lenient`): a member of the wrong JSON kind (or an invalid literal)
//! is kept as raw JSON in its field, written back unchanged, and reported with its JSON path;
//! text that is not JSON still fails, and strict reading still fails with the same message.

use crate::model;

use model::*;
use msgraph_core::{Field, RawJson};

#[test]
fn ill_typed_members_are_kept_raw_and_reported() {
    // Members in declaration order, so the write-back is byte-identical to the input.
    let json = r#"{"id":"c1","state":"established","createdDateTime":"yesterday","byte":"255","enabled":true,"source":{"displayName":"Al","port":"5060"},"participants":[{"id":"p1","info":{"displayName":7}}]}"#;
    let (call, problems) = msgraph_core::from_str_lenient::<Call>(json).unwrap();
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "$.createdDateTime",
                r#"invalid value: string "yesterday", expected DateTimeOffset"#
            ),
            ("$.byte", r#"invalid type: string "255", expected Byte"#),
            (
                "$.source.port",
                r#"invalid type: string "5060", expected Int32"#
            ),
            (
                "$.participants[0].info.displayName",
                "invalid type: integer `7`, expected string"
            ),
        ]
    );
    // Positions point at the values.
    assert_eq!((problems[1].line, problems[1].column), (1, 71));
    // The rest is typed as usual.
    assert_eq!(call.enabled, Field::Value(true));
    assert_eq!(
        call.source
            .value()
            .unwrap()
            .display_name
            .value()
            .map(String::as_str),
        Some("Al")
    );
    assert_eq!(
        call.extra.invalid_member("byte").map(RawJson::as_str),
        Some(r#""255""#)
    );
    assert!(call.byte.value().is_none() && call.byte.is_invalid());
    // Written back byte for byte.
    assert_eq!(msgraph_core::to_string(&call), json);
    // Strict reading fails on the first one, with the same message and path.
    let e = msgraph_core::from_str::<Call>(json).unwrap_err();
    assert_eq!(
        format!("{} at {}", e.message, e.path),
        r#"invalid value: string "yesterday", expected DateTimeOffset at $.createdDateTime"#
    );
    // Debug shows the kept value as such.
    assert!(
        format!("{call:?}").contains(r#"byte: Invalid("255")"#),
        "{call:?}"
    );
}

#[test]
fn the_innermost_field_keeps_the_value() {
    // An element of the wrong kind: the whole collection field is kept, the path names it.
    let json = r#"{"list":[{"x":1},{"x":"2"}],"tags":["a",1,"b"]}"#;
    let (call, problems) = msgraph_core::from_str_lenient::<Call>(json).unwrap();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.list[1].x", "$.tags[1]"]);
    assert_eq!(
        call.extra.invalid_member("tags").map(RawJson::as_str),
        Some(r#"["a",1,"b"]"#)
    );
    let list = call.list.value().unwrap();
    assert_eq!(list[0].x, Field::Value(1));
    assert!(list[1].x.is_invalid());
    assert_eq!(msgraph_core::to_string(&call), json);
    // In a derived type chosen by @odata.type, and a tag that is not a string.
    let json = r##"{"mediaConfig":{"@odata.type":"#microsoft.graph.appHostedMediaConfig","blob":{"a":1}},"mediaConfigs":[{"@odata.type":5}]}"##;
    let (call, problems) = msgraph_core::from_str_lenient::<Call>(json).unwrap();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["$.mediaConfig.blob", "$.mediaConfigs[0]['@odata.type']"]
    );
    assert!(matches!(
        call.media_config.value(),
        Some(AnyMediaConfig::AppHostedMediaConfig(m)) if m.blob.is_invalid()
    ));
    assert!(call.media_configs.is_invalid());
    assert_eq!(msgraph_core::to_string(&call), json);
}

#[test]
fn whatever_the_order_the_value_round_trips_and_syntax_errors_still_fail() {
    let json = r#"{"small":99999,"id":"x","payload":"!!","duration":5}"#;
    let (call, problems) = msgraph_core::from_str_lenient::<Call>(json).unwrap();
    assert_eq!(problems.len(), 3);
    let a: serde_json::Value = serde_json::from_str(json).unwrap();
    assert!(same_json(&msgraph_core::to_value(&call), &a));
    for bad in [r#"{"byte":"1""#, r#"{"byte":1,}"#, r#"{"byte":[1}"#] {
        assert!(
            msgraph_core::from_str_lenient::<Call>(bad).is_err(),
            "{bad}"
        );
    }
    // A clean document has no problems.
    let (_, none) = msgraph_core::from_str_lenient::<Call>(SAMPLE_CALL).unwrap();
    assert!(none.is_empty(), "{none:?}");
}

/// A read with notes reports, with paths, everything it kept that the schema does not
/// declare, and nothing else: what the conformance kit learns from its one read.
#[test]
fn notes_name_what_the_schema_does_not_declare() {
    use msgraph_core::{NoteKind, ReadOptions};
    let json = r##"{
  "id": "c1",
  "state": "Established",
  "states": ["incoming", "ringing"],
  "modalities": "audio,Video,hologram",
  "mediaConfig": {"@odata.type": "#microsoft.graph.otherMediaConfig", "blob": "b"},
  "mediaConfigs": [{"@odata.type": "microsoft.graph.appHostedMediaConfig", "blob": "x"}],
  "source": {"displayName": "Al", "port": "5060", "Port": 1, "ext@odata.bind": "u"},
  "participants": [{"id": "p1", "info": {"displayName": "B", "mood": "ok"}}],
  "dyn": {"@odata.type": "#microsoft.graph.item", "x": 1},
  "@odata.etag": "W/1"
}"##;
    let options = ReadOptions::exact().lenient().with_notes();
    let (call, problems, notes) =
        msgraph_core::read_with_notes(json, options, <Call as msgraph_core::FromJson>::read_json)
            .unwrap();
    let got: Vec<(NoteKind, String, &str, &str)> = notes
        .iter()
        .map(|n| (n.kind, n.path(), n.owner, n.text.as_str()))
        .collect();
    use NoteKind::*;
    assert_eq!(
        got,
        [
            (
                EnumCase,
                "$.state".into(),
                "microsoft.graph.callState",
                "Established"
            ),
            (
                UnknownEnumMember,
                "$.states[1]".into(),
                "microsoft.graph.callState",
                "ringing"
            ),
            (
                EnumCase,
                "$.modalities".into(),
                "microsoft.graph.modality",
                "Video"
            ),
            (
                UnknownEnumMember,
                "$.modalities".into(),
                "microsoft.graph.modality",
                "hologram"
            ),
            (
                TypeTag,
                "$.mediaConfig['@odata.type']".into(),
                "microsoft.graph.mediaConfig",
                "\"#microsoft.graph.otherMediaConfig\""
            ),
            (
                UnknownMember,
                "$.mediaConfig.blob".into(),
                "microsoft.graph.mediaConfig",
                "blob"
            ),
            (
                TypeTag,
                "$.mediaConfigs[0]['@odata.type']".into(),
                "microsoft.graph.appHostedMediaConfig",
                "\"microsoft.graph.appHostedMediaConfig\""
            ),
            (
                UnknownMember,
                "$.source.Port".into(),
                "microsoft.graph.participantInfo",
                "Port"
            ),
            (
                UnknownMember,
                "$.participants[0].info.mood".into(),
                "microsoft.graph.participantInfo",
                "mood"
            ),
            (UnknownMember, "$.dyn".into(), "microsoft.graph.call", "dyn"),
        ]
    );
    // Positions point at the values.
    assert_eq!((notes[0].line, notes[0].column), (3, 12));
    // Lenient reading's problems are reported apart, as before.
    let problems: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(problems, ["$.source.port"]);
    // Nothing is lost: the value writes back as it came.
    let back = msgraph_core::to_string(&call);
    let same: serde_json::Value = serde_json::from_str(&back).unwrap();
    assert_eq!(
        same,
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
    // Without notes, the same read notes nothing; with notes, a strict read still fails.
    let (_, plain) = msgraph_core::from_str_lenient::<Call>(json).unwrap();
    assert_eq!(plain.len(), 1);
    let strict = ReadOptions::exact().with_notes();
    assert!(
        msgraph_core::read_with_notes(json, strict, <Call as msgraph_core::FromJson>::read_json)
            .is_err()
    );
}
