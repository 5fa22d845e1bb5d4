//! Lossless round trips through the test model (`tests/model`, generated from `model.xml`):
//! everything read must be written back (as JSON values; numbers by value), with exact text
//! where it matters.

use crate::model;

use model::*;
use msgraph_core::edm::{DateTimeOffset, Decimal};
use msgraph_core::{Extra, Field, Flags, RawJson};
use serde_json::{Value, json};

fn round_trip<T: msgraph_core::FromJson + msgraph_core::ToJson>(json: &str) -> (T, String) {
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

/// Reads keeping member order (`ReadOptions::exact`), writes back.
fn exact<T: msgraph_core::FromJson + msgraph_core::ToJson>(json: &str) -> (T, String) {
    let (v, _) = msgraph_core::from_str_with::<T>(json, msgraph_core::ReadOptions::exact())
        .unwrap_or_else(|e| panic!("{e}\n{json}"));
    let out = msgraph_core::to_string(&v);
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
    assert_eq!(call.tags.value().unwrap()[1], "");
    let info = call.participants.value().unwrap()[0].info.value().unwrap();
    assert_eq!(info.port, Field::Value(5060));
    assert_eq!(info.display_name.value().unwrap(), "Alice é😀");
    assert_eq!(
        info.extra.get("ip@odata.type").map(RawJson::as_str),
        Some(r##""#String""##)
    );
    // Unknown members keep their exact text.
    assert_eq!(
        call.extra.get("unknownProp").map(RawJson::as_str),
        Some(r#"{"nested": true}"#)
    );
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
    assert_eq!(
        serde_json::to_value(&call).unwrap(),
        msgraph_core::to_value(&call)
    );
    // A registry entry (as generated code builds them) agrees.
    let entry = msgraph_core::TypeEntry {
        name: "test.call",
        kind: msgraph_core::TypeKind::Entity,
        rust_name: "Call",
        parse: msgraph_core::parse_boxed::<Call>,
    };
    assert!(same_json(&entry.roundtrip(SAMPLE_CALL).unwrap(), &value));
    let via_from_value: Call = msgraph_core::from_value(&value).unwrap();
    assert!(same_json(
        &serde_json::to_value(&via_from_value).unwrap(),
        &value
    ));
}

#[test]
fn keys_around_the_writers_block_size_are_written_exactly() {
    // Keys of 32, 33 and 51 bytes as `,"name":` and one of 6, each first and not first.
    let names = [
        "nameOfTwentyEightCharactersX",
        "nameOfTwentyNineCharactersXYZ",
        "aNameLongerThanTheThirtyTwoByteBlockOfTheWriter",
        "x",
    ];
    for first in 0..names.len() {
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.rotate_left(first);
        let members: Vec<String> = order
            .iter()
            .map(|&i| format!("\"{}\":{}", names[i], i + 1))
            .collect();
        let json = format!("{{{}}}", members.join(","));
        let (v, out) = exact::<KeyLengths>(&json);
        assert_eq!(out, json);
        assert_eq!(v.name_of_twenty_eight_characters_x, Field::Value(1));
        assert_eq!(v.name_of_twenty_nine_characters_xyz, Field::Value(2));
        assert_eq!(
            v.a_name_longer_than_the_thirty_two_byte_block_of_the_writer,
            Field::Value(3)
        );
        assert_eq!(v.x, Field::Value(4));
        // In declaration order when written from scratch.
        let fresh = KeyLengths::default()
            .with_x(4)
            .with_name_of_twenty_nine_characters_xyz(2);
        assert_eq!(
            msgraph_core::to_string(&fresh),
            r#"{"nameOfTwentyNineCharactersXYZ":2,"x":4}"#
        );
    }
}

#[test]
fn write_to_appends_in_the_room_a_buffer_has() {
    let call: Call = msgraph_core::from_str(SAMPLE_CALL).unwrap();
    let whole = msgraph_core::to_string(&call);
    let mut buf = String::from("[");
    msgraph_core::write_to(&mut buf, &call);
    assert_eq!(
        buf,
        format!("[{whole}"),
        "appended after what the buffer held"
    );
    // Cleared and reused: the same text, in the same allocation.
    buf.clear();
    let (ptr, cap) = (buf.as_ptr(), buf.capacity());
    msgraph_core::write_to(&mut buf, &call);
    assert_eq!(buf, whole);
    assert_eq!((buf.as_ptr(), buf.capacity()), (ptr, cap));
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
fn unknown_members_and_annotations_are_kept_in_their_order() {
    let json = r#"{"id":"1","unknownProp":{"a":[1,{"b":null}]},"@odata.etag":"W/\"1\"","members@odata.bind":["u/1"],"@odata.id":"calls/1"}"#;
    let (c, _) = round_trip::<Call>(json);
    assert_eq!(c.extra.len(), 4);
    assert_eq!(c.extra.get_value("@odata.id"), Some(json!("calls/1")));
    // Read keeping member order, written back as it came...
    let (mut c, out) = exact::<Call>(json);
    assert_eq!(out, json);
    assert!(c.extra.has_member_order());
    // ...or, without the recorded order, annotations first, then properties in declaration
    // order, then the other members.
    c.extra.clear_member_order();
    assert_eq!(
        msgraph_core::to_string(&c),
        r#"{"@odata.etag":"W/\"1\"","@odata.id":"calls/1","id":"1","unknownProp":{"a":[1,{"b":null}]},"members@odata.bind":["u/1"]}"#
    );
}

#[test]
fn members_in_any_order_land_in_their_fields_every_time() {
    // The reader learns which member follows which (per type, per thread) and compares the
    // next key against that guess first: the guess must never decide where a value goes.
    let orders = [
        r#"{"id":"1","state":"idle","count":1,"enabled":true,"tags":["a"]}"#,
        r#"{"tags":["b"],"enabled":false,"count":2,"state":"establishing","id":"2"}"#,
        r#"{"count":3,"id":"3","x":0,"tags":[],"state":"idle","enabled":true}"#,
        r#"{"@odata.etag":"e","enabled":false,"id":"4","count":4,"state":"idle"}"#,
    ];
    for _ in 0..3 {
        for json in orders {
            let (c, _) = round_trip::<Call>(json);
            let v: Value = serde_json::from_str(json).unwrap();
            assert_eq!(c.id.value().map(String::as_str), v["id"].as_str(), "{json}");
            assert_eq!(c.count.value().copied(), v["count"].as_i64(), "{json}");
            assert_eq!(c.enabled.value().copied(), v["enabled"].as_bool(), "{json}");
            assert_eq!(
                c.tags.value().map(Vec::len),
                v["tags"].as_array().map(Vec::len)
            );
            let (_, out) = exact::<Call>(json);
            assert_eq!(out, json);
        }
        // A repeated key: the last value wins, as before.
        let c: Call = msgraph_core::from_str(r#"{"id":"5","id":"6","count":5,"count":6}"#).unwrap();
        assert_eq!(
            (c.id.value().unwrap().as_str(), c.count),
            ("6", Field::Value(6))
        );
    }
}

#[test]
fn poly_tag_with_or_without_hash_selects_the_derived_type() {
    for tag in [
        "#microsoft.graph.appHostedMediaConfig",
        "microsoft.graph.appHostedMediaConfig",
    ] {
        let json = format!(r#"{{"mediaConfig":{{"@odata.type":"{tag}","blob":"b"}}}}"#);
        let (c, out) = round_trip::<Call>(&json);
        let Some(AnyMediaConfig::AppHostedMediaConfig(m)) = c.media_config.value() else {
            panic!("wrong variant: {c:?}")
        };
        assert_eq!(m.blob.value().map(String::as_str), Some("b"));
        // The original tag text is written back, not a canonical one.
        assert_eq!(out, json);
    }
}

#[test]
fn poly_tag_not_first_is_found_by_looking_ahead() {
    let json = r##"{"blob":"x","@odata.id":"id1","removeFromDefaultAudioGroup":true,"junk":[{"a":1}],"@odata.type":"#microsoft.graph.appHostedMediaConfig","after":2}"##;
    let (m, out) = round_trip::<AnyMediaConfig>(json);
    let AnyMediaConfig::AppHostedMediaConfig(m) = m else {
        panic!("wrong variant")
    };
    assert_eq!(m.blob, Field::Value("x".to_owned()));
    assert_eq!(m.remove_from_default_audio_group, Field::Value(true));
    assert_eq!(
        m.extra.odata_type().as_deref(),
        Some("#microsoft.graph.appHostedMediaConfig")
    );
    assert_eq!(exact::<AnyMediaConfig>(json).1, json);
    // Canonical order: @odata.type, other annotations, properties, other members.
    assert_eq!(
        out,
        r##"{"@odata.type":"#microsoft.graph.appHostedMediaConfig","@odata.id":"id1","removeFromDefaultAudioGroup":true,"blob":"x","junk":[{"a":1}],"after":2}"##
    );
    // Without any tag, the base type is used.
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
        base.extra.odata_type().as_deref(),
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
    assert_eq!(exact::<AnyMediaConfig>(late).1, late);
}

#[test]
fn derived_value_built_in_code_gets_odata_type() {
    let mut m = AppHostedMediaConfig::default();
    m.blob.set("b");
    let call = Call {
        media_config: Field::Value(AnyMediaConfig::from(m.clone())),
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
        .set_odata_type("microsoft.graph.appHostedMediaConfig");
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
    call.untyped = Field::Value(RawJson::from_value(&json!({"k": [1, "two"]})));
    call.extra.insert("custom", RawJson::parse("true").unwrap());
    call.extra
        .insert("@odata.type", RawJson::string("#microsoft.graph.call"));
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

#[test]
fn members_are_written_in_the_order_they_came() {
    // The sample, compact (and with its one escaped string unescaped): byte for byte.
    let compact = minify(SAMPLE_CALL).replace(r"\u00e9\ud83d\ude00", "é😀");
    let (call, out) = exact::<Call>(&compact);
    assert!(call.extra.has_member_order());
    assert_eq!(out, compact);
    // Without keeping the order: the same JSON value, canonical order, nothing recorded.
    let plain: Call = msgraph_core::from_str(&compact).unwrap();
    assert!(!plain.extra.has_member_order());
    assert_eq!(plain, call);
    // A member set after reading follows the recorded ones; a removed one is gone.
    let (mut c, _) = exact::<Call>(r#"{"state":"incoming","id":"x","z":1}"#);
    c.enabled.set(true);
    c.id.clear();
    assert_eq!(
        msgraph_core::to_string(&c),
        r#"{"state":"incoming","z":1,"enabled":true}"#
    );
    // Members in canonical order record nothing.
    let (canonical, _) = exact::<Call>(
        r##"{"@odata.type":"#microsoft.graph.call","id":"1","state":"incoming","zz":1}"##,
    );
    assert!(!canonical.extra.has_member_order());
}

#[test]
fn member_tables_follow_declaration_order() {
    use msgraph_core::Object;
    assert_eq!(
        MediaConfig::KEYS,
        ["removeFromDefaultAudioGroup"],
        "{}",
        MediaConfig::TYPE_NAME
    );
    // Inherited members come first.
    assert_eq!(
        AppHostedMediaConfig::KEYS,
        ["removeFromDefaultAudioGroup", "blob"]
    );
    assert_eq!(Call::KEYS.len(), 24);
    assert_eq!(Call::KEYS[0], "id");
    // Members in any order are found.
    let (c, _) = round_trip::<Call>(r#"{"untyped":1,"byte":2,"id":"x","state":"incoming"}"#);
    assert_eq!(
        (c.byte, c.id.value().map(String::as_str)),
        (Field::Value(2), Some("x"))
    );
}

#[test]
fn debug_is_structural_and_equality_field_wise() {
    let mut item = Item::default();
    assert_eq!(format!("{item:?}"), "Item");
    item.x.set(7);
    item.extra.insert("k", RawJson::parse("1").unwrap());
    assert_eq!(format!("{item:?}"), r#"Item { x: 7, extra: {"k": 1} }"#);
    let mut call = Call::default();
    call.id.set("c1");
    call.enabled.set_null();
    call.state.set(CallState::Unknown);
    call.list = Field::Value(vec![item.clone()]);
    call.source.set(ParticipantInfo {
        port: Field::Value(5060),
        ..Default::default()
    });
    // Rust field names, nested values as themselves, `Null` for null, absent fields left out.
    assert_eq!(
        format!("{call:?}"),
        r#"Call { id: "c1", state: Unknown, enabled: Null, list: [Item { x: 7, extra: {"k": 1} }], source: ParticipantInfo { port: 5060 } }"#
    );
    // `{:#?}` nests.
    let pretty = format!("{call:#?}");
    assert!(
        pretty.contains("    source: ParticipantInfo {\n        port: 5060,\n    },"),
        "{pretty}"
    );
    let mut m = AppHostedMediaConfig::default();
    m.blob.set("b");
    assert_eq!(
        format!("{:?}", AnyMediaConfig::from(m.clone())),
        r#"AppHostedMediaConfig(AppHostedMediaConfig { blob: "b" })"#
    );
    assert_eq!(
        format!("{:?}", AnyMediaConfig::default()),
        "MediaConfig(MediaConfig)"
    );
    // An unrecognised enum value shows as such.
    assert_eq!(
        format!("{:?}", CallState::Unrecognized("transferring".into())),
        r#"Unrecognized("transferring")"#
    );
    assert_eq!(
        format!("{:?}", CallState::UnknownFutureValue),
        "UnknownFutureValue"
    );
    // Equality: every field and the bag (order-insensitive, as JSON values).
    let mut other = item.clone();
    assert_eq!(other, item);
    other.x.set_null();
    assert_ne!(other, item);
    other.x = Field::Absent;
    assert_ne!(other, item);
    other.x.set(7);
    other.extra.insert("k", RawJson::parse("2").unwrap());
    assert_ne!(other, item);
    other.extra.insert("k", RawJson::parse(" 1 ").unwrap());
    assert_eq!(other, item);
    assert_ne!(call, Call::default());
    assert_eq!(call.clone(), call);
    let mut call2 = call.clone();
    other.x.set(8);
    call2.list = Field::Value(vec![other.clone()]);
    assert_ne!(call2, call);
    let base = AnyMediaConfig::from(MediaConfig::default());
    assert_ne!(base, AnyMediaConfig::from(AppHostedMediaConfig::default()));
    assert_eq!(base, AnyMediaConfig::default());
    assert_ne!(AnyMediaConfig::from(m.clone()), AnyMediaConfig::default());
    assert_ne!(CallState::Unrecognized("other".into()), CallState::Unknown);
}

#[test]
fn boxes_only_where_a_type_contains_itself() {
    // A single complex value is held inline...
    let source: &Field<ParticipantInfo> = &Call::default().source;
    assert!(source.is_absent());
    // ...a self-referencing one is boxed...
    let chain = Chain::default();
    let _: &Field<Box<Chain>> = &chain.next;
    // ...and polymorphic values are enums of boxed variants.
    let _: &Field<AnyNode> = &Node::default().child;
    let json = r#"{"value":1,"next":{"value":2,"next":{"value":3}}}"#;
    let (c, out) = round_trip::<Chain>(json);
    assert_eq!(
        c.next.value().unwrap().next.value().unwrap().value,
        Field::Value(3)
    );
    assert_eq!(out, r#"{"next":{"next":{"value":3},"value":2},"value":1}"#);
    assert_eq!(exact::<Chain>(json).1, json);
}

#[test]
fn base_properties_of_any_variant_without_a_match() {
    let json = r##"{"mediaConfigs":[{"@odata.type":"#microsoft.graph.appHostedMediaConfig","removeFromDefaultAudioGroup":true,"blob":"b"},{"removeFromDefaultAudioGroup":false}]}"##;
    let (mut c, _) = round_trip::<Call>(json);
    let configs = c.media_configs.value_mut().unwrap();
    let flags: Vec<_> = configs
        .iter()
        .map(|m| m.remove_from_default_audio_group().value().copied())
        .collect();
    assert_eq!(flags, [Some(true), Some(false)]);
    assert_eq!(
        configs
            .iter()
            .map(AnyMediaConfig::type_name)
            .collect::<Vec<_>>(),
        [
            "microsoft.graph.appHostedMediaConfig",
            "microsoft.graph.mediaConfig"
        ]
    );
    configs[0].remove_from_default_audio_group_mut().set_null();
    assert!(configs[0].extra().odata_type().is_some());
    assert!(
        msgraph_core::to_string(&c).contains(r#""removeFromDefaultAudioGroup":null,"blob":"b""#)
    );
}

#[test]
fn enum_members_are_recognised_by_case_and_written_back_as_read() {
    // A member spelled with another case is that member...
    let (c, out) = round_trip::<Call>(
        r#"{"state":"Established","states":["INCOMING","established","Unknown"]}"#,
    );
    assert_eq!(c.state, Field::Value(CallState::Established));
    assert_eq!(
        c.states.value().unwrap(),
        &[
            CallState::Incoming,
            CallState::Established,
            CallState::Unknown
        ]
    );
    // ...and is written back as it came.
    assert_eq!(
        out,
        r#"{"state":"Established","states":["INCOMING","established","Unknown"]}"#
    );
    assert_eq!(c.extra.spellings().len(), 3);
    // A changed value is written in canonical form; the same member keeps its spelling.
    let mut c2 = c.clone();
    c2.state.set(CallState::Incoming);
    c2.states.value_mut().unwrap()[0] = CallState::Unknown;
    assert_eq!(
        msgraph_core::to_string(&c2),
        r#"{"state":"incoming","states":["unknown","established","Unknown"]}"#
    );
    c2.extra.clear_spellings();
    assert_eq!(
        msgraph_core::to_string(&c2),
        r#"{"state":"incoming","states":["unknown","established","unknown"]}"#
    );
    // Spellings do not make values unequal.
    assert_eq!(
        c,
        msgraph_core::from_str::<Call>(
            r#"{"state":"established","states":["incoming","established","unknown"]}"#
        )
        .unwrap()
    );
    // In nested objects too.
    let (p, out) = round_trip::<Call>(r#"{"participants":[{"id":"1","state":"ESTABLISHED"}]}"#);
    assert_eq!(
        p.participants.value().unwrap()[0].state,
        Field::Value(CallState::Established)
    );
    assert_eq!(
        out,
        r#"{"participants":[{"id":"1","state":"ESTABLISHED"}]}"#
    );
    // Flags: recognised by case, text kept.
    let (f, out) = round_trip::<Call>(r#"{"modalities":"Audio,VIDEO"}"#);
    assert_eq!(
        f.modalities.value().unwrap().as_slice(),
        [Modality::Audio, Modality::Video]
    );
    assert_eq!(out, r#"{"modalities":"Audio,VIDEO"}"#);
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
    // The serde path keeps exact text with serde_json.
    let d: msgraph_core::Serde<Decimal> =
        serde_json::from_str("12345678901234567890.123456789").unwrap();
    assert_eq!(
        serde_json::to_string(&d).unwrap(),
        "12345678901234567890.123456789"
    );
    // Errors keep the JSON path through serde's own entry points.
    let err = serde_json::from_str::<Envelope>(r#"{"call":{"id":5},"note":"n"}"#)
        .err()
        .unwrap();
    assert!(err.to_string().contains("$.id"), "{err}");
}
