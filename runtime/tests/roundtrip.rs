//! Lossless round trips through the hand-written mini model (`tests/model`): everything read
//! must be written back (as JSON values; numbers by value), with exact text where it matters.

mod model;

use model::*;
use msgraph_core::edm::{DateTimeOffset, Decimal};
use msgraph_core::{Extra, Field, Flags};
use serde_json::{Value, json};

fn round_trip<T: msgraph_core::DeValue + msgraph_core::SerValue>(json: &str) -> (T, String) {
    let v: T = msgraph_core::from_str(json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    let out = msgraph_core::to_string(&v);
    let a: Value = serde_json::from_str(json).unwrap();
    let b: Value = serde_json::from_str(&out).unwrap();
    assert!(
        same_json(&a, &b),
        "round trip changed the value:\n in: {a}\nout: {b}"
    );
    (v, out)
}

#[test]
fn full_call_round_trip_is_lossless() {
    let (call, out) = round_trip::<Call>(SAMPLE_CALL);
    // Typed access works.
    assert_eq!(call.state, Field::Value(CallState::Established));
    assert_eq!(call.count, Field::Value(9_007_199_254_740_993));
    assert_eq!(call.byte, Field::Value(255));
    assert_eq!(call.score.value().copied(), Some(f64::INFINITY));
    assert_eq!(call.list.value().map(Vec::len), Some(3));
    assert_eq!(call.tags.value().unwrap()[1], Field::Null);
    let info = call.participants.value().unwrap()[0].info.value().unwrap();
    assert_eq!(info.port, Field::Value(5060));
    assert_eq!(info.display_name.value().unwrap(), "Alice é😀");
    assert_eq!(info.extra.get("ip@odata.type"), Some(&json!("#String")));
    assert!(call.participants.value().unwrap()[1].info.is_null());
    // Exact texts survive byte for byte.
    for exact in [
        r#""createdDateTime":"2020-05-28T00:10:54.104318Z""#,
        r#""amount":12345678901234567890.123456789"#,
        r#""correlationId":"6F7D3A4E-0B1C-4D2E-9F3A-5B6C7D8E9F01""#,
        r#""startTime":"08:00:00.0000000""#,
        r#""modalities":"audio,video""#,
        r#""score":"INF""#,
        r#""count":9007199254740993"#,
    ] {
        assert!(out.contains(exact), "{exact} missing in {out}");
    }
    // Same result through from_slice, the serde impls, and serde_json::Value.
    let from_slice: Call = msgraph_core::from_slice(SAMPLE_CALL.as_bytes()).unwrap();
    assert_eq!(from_slice, call);
    let via_serde: Call = serde_json::from_str(SAMPLE_CALL).unwrap();
    assert_eq!(via_serde, call);
    assert_eq!(serde_json::to_string(&call).unwrap(), out);
    let value: Value = serde_json::from_str(SAMPLE_CALL).unwrap();
    let via_value: Call = serde_json::from_value(value.clone()).unwrap();
    assert!(same_json(&msgraph_core::to_value(&via_value), &value));
    // A registry entry (as generated code builds them) agrees.
    let entry = msgraph_core::TypeEntry {
        name: "test.call",
        kind: msgraph_core::TypeKind::Entity,
        rust_name: "Call",
        parse: msgraph_core::parse_boxed::<Call>,
    };
    assert!(same_json(&entry.roundtrip(SAMPLE_CALL).unwrap(), &value));
    let via_from_value: Call = msgraph_core::from_value(value.clone()).unwrap();
    assert!(same_json(
        &serde_json::to_value(&via_from_value).unwrap(),
        &value
    ));
}

#[test]
fn null_and_absent_stay_distinct() {
    let (c, out) = round_trip::<Call>(r#"{"id":null,"mediaConfig":null,"tags":null}"#);
    assert!(c.id.is_null() && c.media_config.is_null() && c.tags.is_null());
    assert!(c.state.is_absent() && c.amount.is_absent());
    assert_eq!(out, r#"{"id":null,"mediaConfig":null,"tags":null}"#);
    let (empty, out) = round_trip::<Call>("{}");
    assert_eq!(empty, Call::default());
    assert_eq!(out, "{}");
    round_trip::<Call>(r#"{"amount":null,"untyped":null,"modalities":null,"date":null}"#);
}

#[test]
fn unknown_members_and_annotations_are_kept_annotations_first() {
    let (c, out) = round_trip::<Call>(
        r#"{"id":"1","unknownProp":{"a":[1,{"b":null}]},"@odata.etag":"W/\"1\"","members@odata.bind":["u/1"],"@odata.id":"calls/1"}"#,
    );
    assert_eq!(c.extra.len(), 4);
    assert_eq!(c.extra.get("@odata.id"), Some(&json!("calls/1")));
    assert_eq!(
        out,
        r#"{"@odata.etag":"W/\"1\"","@odata.id":"calls/1","id":"1","unknownProp":{"a":[1,{"b":null}]},"members@odata.bind":["u/1"]}"#
    );
}

#[test]
fn poly_tag_with_or_without_hash_selects_the_derived_type() {
    for tag in [
        "#microsoft.graph.appHostedMediaConfig",
        "microsoft.graph.appHostedMediaConfig",
    ] {
        let json = format!(r#"{{"mediaConfig":{{"@odata.type":"{tag}","blob":"b"}}}}"#);
        let (c, out) = round_trip::<Call>(&json);
        let Some(AnyMediaConfig::AppHostedMediaConfig(m)) = c.media_config.value().map(|b| &**b)
        else {
            panic!("wrong variant: {c:?}")
        };
        assert_eq!(m.blob.value().map(String::as_str), Some("b"));
        // The original tag text is written back, not a canonical one.
        assert_eq!(out, json);
    }
}

#[test]
fn poly_tag_not_first_is_buffered_and_replayed() {
    let json = r##"{"blob":"x","@odata.id":"id1","removeFromDefaultAudioGroup":true,"junk":[{"a":1}],"@odata.type":"#microsoft.graph.appHostedMediaConfig","after":2}"##;
    let (m, out) = round_trip::<AnyMediaConfig>(json);
    let AnyMediaConfig::AppHostedMediaConfig(m) = m else {
        panic!("wrong variant")
    };
    assert_eq!(m.blob, Field::Value("x".to_owned()));
    assert_eq!(m.remove_from_default_audio_group, Field::Value(true));
    assert_eq!(
        m.extra.odata_type(),
        Some("#microsoft.graph.appHostedMediaConfig")
    );
    assert_eq!(
        out,
        r##"{"@odata.type":"#microsoft.graph.appHostedMediaConfig","@odata.id":"id1","removeFromDefaultAudioGroup":true,"blob":"x","junk":[{"a":1}],"after":2}"##
    );
    // Without any tag, everything is buffered and the base type is used.
    let (m, out) =
        round_trip::<AnyMediaConfig>(r#"{"blob":"y","removeFromDefaultAudioGroup":false}"#);
    assert!(matches!(m, AnyMediaConfig::MediaConfig(_)));
    assert_eq!(out, r#"{"removeFromDefaultAudioGroup":false,"blob":"y"}"#);
    // An empty object is the base type.
    let (m, out) = round_trip::<AnyMediaConfig>("{}");
    assert_eq!(m, AnyMediaConfig::MediaConfig(Default::default()));
    assert_eq!(out, "{}");
}

#[test]
fn unknown_tag_falls_back_to_base_and_keeps_tag() {
    let json = r##"{"@odata.type":"#microsoft.graph.futureMediaConfig","removeFromDefaultAudioGroup":true,"newProp":{"x":[1]}}"##;
    let (m, out) = round_trip::<AnyMediaConfig>(json);
    let AnyMediaConfig::MediaConfig(base) = &m else {
        panic!("expected base")
    };
    assert_eq!(base.remove_from_default_audio_group, Field::Value(true));
    assert_eq!(
        base.extra.odata_type(),
        Some("#microsoft.graph.futureMediaConfig")
    );
    assert_eq!(out, json);
    // Same when the unknown tag is not first.
    let late = r##"{"newProp":1,"@odata.type":"#microsoft.graph.futureMediaConfig"}"##;
    let (_, out) = round_trip::<AnyMediaConfig>(late);
    assert_eq!(
        out,
        r##"{"@odata.type":"#microsoft.graph.futureMediaConfig","newProp":1}"##
    );
}

#[test]
fn derived_value_built_in_code_gets_odata_type() {
    let mut m = AppHostedMediaConfig::default();
    m.blob.set("b");
    let call = Call {
        media_config: Field::Value(Box::new(AnyMediaConfig::from(m.clone()))),
        ..Default::default()
    };
    assert_eq!(
        msgraph_core::to_string(&call),
        r##"{"mediaConfig":{"@odata.type":"#microsoft.graph.appHostedMediaConfig","blob":"b"}}"##
    );
    // A base value doesn't get a tag; an existing tag is not duplicated.
    let base = AnyMediaConfig::MediaConfig(Default::default());
    assert_eq!(msgraph_core::to_string(&base), "{}");
    m.extra
        .set_odata_type("microsoft.graph.appHostedMediaConfig".into());
    assert_eq!(
        msgraph_core::to_string(&AnyMediaConfig::from(m.clone())),
        r#"{"@odata.type":"microsoft.graph.appHostedMediaConfig","blob":"b"}"#
    );
    // Serialized directly (not in a polymorphic position) it's a plain object.
    m.extra = Extra::new();
    assert_eq!(msgraph_core::to_string(&m), r#"{"blob":"b"}"#);
}

#[test]
fn string_enum_keeps_unknown_names() {
    let (c, out) = round_trip::<Call>(r#"{"state":"unknown"}"#);
    assert_eq!(c.state, Field::Value(CallState::Unknown));
    assert_eq!(out, r#"{"state":"unknown"}"#);
    let (c, out) = round_trip::<Call>(r#"{"state":"transferring"}"#);
    assert_eq!(
        c.state,
        Field::Value(CallState::Unrecognized("transferring".into()))
    );
    assert_eq!(out, r#"{"state":"transferring"}"#);
    assert_eq!(
        CallState::UnknownFutureValue.to_string(),
        "unknownFutureValue"
    );
    assert_eq!(
        serde_json::from_str::<CallState>(r#""incoming""#).unwrap(),
        CallState::Incoming
    );
}

#[test]
fn flags_text_is_byte_identical() {
    for text in [
        "audio,video",
        "video, audio",
        "audio,holographic,data",
        "",
        "audio,,video",
        " audio",
        "videoBasedScreenSharing",
    ] {
        let json = format!(r#"{{"modalities":"{text}"}}"#);
        let (_, out) = round_trip::<Call>(&json);
        assert_eq!(out, json);
    }
    let (c, _) = round_trip::<Call>(r#"{"modalities":"video, audio,holographic"}"#);
    let f = c.modalities.value().unwrap();
    assert!(f.contains(&Modality::Audio) && f.contains(&Modality::Video));
    assert!(f.contains(&Modality::Unrecognized("holographic".into())));
    assert!(!f.contains(&Modality::Data));
    // Mutation switches to canonical text.
    let mut f = f.clone();
    f.insert(Modality::Data);
    assert_eq!(
        msgraph_core::to_string(&f),
        r#""video,audio,holographic,data""#
    );
    let built: Flags<Modality> = [Modality::Audio, Modality::Video].into_iter().collect();
    assert_eq!(msgraph_core::to_string(&built), r#""audio,video""#);
}

#[test]
fn dates_and_times_are_not_rewritten() {
    for dto in [
        "2020-05-28T00:10:54.104318Z",
        "2020-05-28T00:10:54.1043180Z",
        "2020-05-28T00:10:54Z",
        "2020-05-28T02:10:54.5+02:00",
        "2020-05-28t00:10z",
    ] {
        let json = format!(
            r#"{{"createdDateTime":"{dto}","date":"2020-02-29","startTime":"23:59","duration":"-P1DT0.50S"}}"#
        );
        let (c, out) = round_trip::<Call>(&json);
        assert_eq!(out, json);
        assert_eq!(c.created_date_time.value().unwrap().as_str(), dto);
    }
}

#[test]
fn decimal_is_not_rounded() {
    for (json, text, quoted) in [
        (
            r#"{"amount":12345678901234567890.123456789}"#,
            "12345678901234567890.123456789",
            false,
        ),
        (
            r#"{"amount":"12345678901234567890.123456789"}"#,
            "12345678901234567890.123456789",
            true,
        ),
        (r#"{"amount":-1.50E+3}"#, "-1.50E+3", false),
        (r#"{"amount":0}"#, "0", false),
    ] {
        let (c, out) = round_trip::<Call>(json);
        let d = c.amount.value().unwrap();
        assert_eq!((d.as_str(), d.is_string_form()), (text, quoted));
        assert_eq!(out, json);
        // The serde path keeps it exact too.
        let c2: Call = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&c2).unwrap(), json);
    }
    let d = Decimal::parse("1.10").unwrap();
    assert_eq!(msgraph_core::to_string(&d), "1.10");
}

#[test]
fn doubles_and_integers() {
    for json in [
        r#"{"score":"INF"}"#,
        r#"{"score":"-INF"}"#,
        r#"{"score":"NaN"}"#,
        r#"{"score":1.5}"#,
        r#"{"score":-2.5e-7}"#,
    ] {
        let (_, out) = round_trip::<Call>(json);
        assert_eq!(out, json);
    }
    // Integers in a Double property come back equal by value.
    round_trip::<Call>(r#"{"score":2}"#);
    let (c, _) = round_trip::<Call>(r#"{"score":"NaN"}"#);
    assert!(c.score.value().unwrap().is_nan());
    round_trip::<Call>(r#"{"count":-9223372036854775808,"small":32767,"sbyte":127,"byte":0}"#);
}

#[test]
fn values_built_in_code_serialize_as_expected() {
    let mut call = Call::default();
    call.id.set("c1");
    call.created_date_time = Field::Value(DateTimeOffset::parse("2021-01-01T00:00:00Z").unwrap());
    call.score.set(f64::NEG_INFINITY);
    call.enabled.set_null();
    call.list = Field::Value(vec![Item {
        x: Field::Value(7),
        ..Default::default()
    }]);
    call.untyped = Field::Value(json!({"k": [1, "two"]}));
    call.extra.insert("custom".into(), json!(true));
    call.extra
        .insert("@odata.type".into(), json!("#microsoft.graph.call"));
    assert_eq!(
        msgraph_core::to_value(&call),
        json!({
            "@odata.type": "#microsoft.graph.call",
            "id": "c1",
            "createdDateTime": "2021-01-01T00:00:00Z",
            "score": "-INF",
            "enabled": null,
            "list": [{"x": 7}],
            "untyped": {"k": [1, "two"]},
            "custom": true
        })
    );
    assert_eq!(msgraph_core::to_string(&call).find("@odata.type"), Some(2));
    // Vec<Call> through serde_json's own entry points.
    let many = vec![call.clone(), Call::default()];
    let text = serde_json::to_string(&many).unwrap();
    let back: Vec<Call> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, many);
}

/// Names of the read slots (in the order handed out) and of the write slots of a model type.
fn slot_names<T: msgraph_core::ObjectDe + msgraph_core::ObjectSer>()
-> (Vec<&'static str>, Vec<&'static str>) {
    let mut v = T::default();
    let mut read = Vec::new();
    v.fields_mut(&mut |_, fields| read = fields.iter().map(|(n, _)| *n).collect());
    let mut write = Vec::new();
    v.fields(&mut |_, fields| write = fields.iter().map(|(n, _)| *n).collect());
    (read, write)
}

#[test]
fn model_read_slots_are_sorted_and_match_the_written_ones() {
    fn check<T: msgraph_core::ObjectDe + msgraph_core::ObjectSer>() {
        let (read, mut write) = slot_names::<T>();
        assert!(
            read.windows(2).all(|w| w[0] < w[1]),
            "{}: read slots not strictly sorted: {read:?}",
            T::TYPE_NAME
        );
        write.sort_unstable();
        assert_eq!(read, write, "{}", T::TYPE_NAME);
    }
    check::<MediaConfig>();
    check::<AppHostedMediaConfig>();
    check::<Item>();
    check::<ParticipantInfo>();
    check::<Participant>();
    check::<Call>();
    check::<Node>();
    assert_eq!(slot_names::<Call>().0.len(), 22);
}

#[test]
fn debug_and_equality_come_from_the_slots() {
    let mut item = Item::default();
    assert_eq!(format!("{item:?}"), "Item");
    item.x.set(7);
    item.extra.insert("k".into(), json!(1));
    assert_eq!(
        format!("{item:?}"),
        r#"Item { x: 7, extra: Extra { entries: [("k", Number(1))] } }"#
    );
    let mut call = Call::default();
    call.id.set("c1");
    call.enabled.set_null();
    call.state.set(CallState::Unknown);
    call.list = Field::Value(vec![item.clone()]);
    assert_eq!(
        format!("{call:?}"),
        // Nested values print as the JSON they are written as.
        r#"Call { id: "c1", state: "unknown", enabled: null, list: [{"x":7,"k":1}] }"#
    );
    let mut m = AppHostedMediaConfig::default();
    m.blob.set("b");
    assert_eq!(
        format!("{:?}", AnyMediaConfig::from(m.clone())),
        r#"AnyMediaConfig::appHostedMediaConfig { blob: "b" }"#
    );
    assert_eq!(
        format!("{:?}", AnyMediaConfig::default()),
        "AnyMediaConfig::mediaConfig"
    );
    // Equality: every slot and the bag (order-insensitive), and the variant's type.
    let mut other = item.clone();
    assert_eq!(other, item);
    other.x.set_null();
    assert_ne!(other, item);
    other.x = Field::Absent;
    assert_ne!(other, item);
    other.x.set(7);
    other.extra.insert("k".into(), json!(2));
    assert_ne!(other, item);
    assert_ne!(call, Call::default());
    assert_eq!(call.clone(), call);
    // Equality is on the written form: nested differences count.
    let mut call2 = call.clone();
    call2.list = Field::Value(vec![other.clone()]);
    assert_ne!(call2, call);
    let base = AnyMediaConfig::from(MediaConfig::default());
    assert_ne!(base, AnyMediaConfig::from(AppHostedMediaConfig::default()));
    assert_eq!(base, AnyMediaConfig::default());
    assert_ne!(AnyMediaConfig::from(m.clone()), AnyMediaConfig::default());
    m.blob = Field::Absent;
    assert_ne!(AnyMediaConfig::from(m), AnyMediaConfig::default());
    // String enums compare and hash by JSON name, so a fallback spelling a member's name
    // equals that member.
    assert_eq!(
        CallState::Unrecognized("unknown".into()),
        CallState::Unknown
    );
    assert_ne!(CallState::Unrecognized("other".into()), CallState::Unknown);
    let set: std::collections::HashSet<_> = [
        CallState::Unknown,
        CallState::Unrecognized("unknown".into()),
    ]
    .into();
    assert_eq!(set.len(), 1);
    assert_eq!(
        format!("{:?}", CallState::UnknownFutureValue),
        r#""unknownFutureValue""#
    );
}

/// Generated types inside a user's own serde types, without per-type serde impls.
#[test]
fn serde_wrapper_and_with_module_embed_generated_types() {
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Envelope {
        #[serde(with = "msgraph_core::serde_with")]
        call: Call,
        note: String,
    }
    let json = format!(r#"{{"call":{SAMPLE_CALL},"note":"n"}}"#);
    let env: Envelope = serde_json::from_str(&json).unwrap();
    assert_eq!(env.note, "n");
    let back: Value = serde_json::to_value(&env).unwrap();
    let orig: Value = serde_json::from_str(&json).unwrap();
    assert!(same_json(&back, &orig));
    let wrapped: msgraph_core::Serde<Call> = serde_json::from_str(SAMPLE_CALL).unwrap();
    assert_eq!(wrapped.0, env.call);
    assert!(same_json(
        &serde_json::to_value(&wrapped).unwrap(),
        &orig["call"]
    ));
    // Errors keep the JSON path through serde's own entry points.
    let err = serde_json::from_str::<Envelope>(r#"{"call":{"id":5},"note":"n"}"#)
        .err()
        .unwrap();
    assert!(err.to_string().contains("$.id"), "{err}");
}
