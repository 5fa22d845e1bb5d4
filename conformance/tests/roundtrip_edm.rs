//! Every Edm primitive kind, on real generated v1.0 types, with hand-written
//! payloads: values keep their text, convert to well-kept crates, and wrong
//! values fail with the JSON path and the expected Edm type.

use msgraph_core::{from_str, to_value};
use msgraph_models::v1::{self, call_records};
use serde_json::{Value, json};

fn round_trip<T: msgraph_core::FromJson + msgraph_core::ToJson>(json: Value) -> T {
    let typed: T = from_str(&json.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(to_value(&typed), json, "round-trip changed the payload");
    typed
}

fn error<T: msgraph_core::FromJson + std::fmt::Debug>(json: Value) -> String {
    from_str::<T>(&json.to_string())
        .expect_err("must be rejected")
        .to_string()
}

#[test]
fn decimal_keeps_every_digit() {
    // callRecords.pstnCallLogRow.charge is Edm.Decimal; f64 would round this.
    let row: call_records::PstnCallLogRow =
        from_str(r#"{"charge": 12345678901234567890.123456789, "conferenceId": "c"}"#).unwrap();
    assert_eq!(
        row.charge.value().unwrap().as_str(),
        "12345678901234567890.123456789"
    );
    assert_eq!(
        msgraph_core::to_string(&row),
        r#"{"charge":12345678901234567890.123456789,"conferenceId":"c"}"#
    );
    assert!(error::<call_records::PstnCallLogRow>(json!({"charge": "lots"})).contains("$.charge"));
}

#[test]
fn guid_binary_date_time_of_day_keep_text_and_convert() {
    let add_in: v1::AddIn =
        round_trip(json!({"id": "6B8A9FC0-4D3C-4C36-A5F0-5C0D8E4B5D31", "type": "x"}));
    let uuid = add_in.id.value().unwrap().to_uuid();
    assert_eq!(uuid.to_string(), "6b8a9fc0-4d3c-4c36-a5f0-5c0d8e4b5d31");
    let e = error::<v1::AddIn>(json!({"id": "not-a-guid"}));
    assert!(e.contains("$.id") && e.contains("Guid"), "{e}");

    let file: v1::AgreementFileData = round_trip(json!({"data": "aGVsbG8="}));
    assert_eq!(file.data.value().unwrap().decode().unwrap(), b"hello");
    let e = error::<v1::AgreementFileData>(json!({"data": "###"}));
    assert!(e.contains("$.data") && e.contains("Binary"), "{e}");

    let slot: v1::BookingWorkTimeSlot =
        round_trip(json!({"startTime": "08:30:00.0000000", "endTime": "17:00:00"}));
    let start = slot.start_time.value().unwrap().to_time().unwrap();
    assert_eq!((start.hour(), start.minute()), (8, 30));
    let e = error::<v1::BookingWorkTimeSlot>(json!({"endTime": "25:99"}));
    assert!(e.contains("$.endTime") && e.contains("TimeOfDay"), "{e}");

    let info: v1::ApplicationRiskFactorGeneralInfo =
        round_trip(json!({"domainRegistrationDate": "2004-02-29", "founded": 1998}));
    let d = info
        .domain_registration_date
        .value()
        .unwrap()
        .to_date()
        .unwrap();
    assert_eq!((d.year(), u8::from(d.month()), d.day()), (2004, 2, 29));
    let e = error::<v1::ApplicationRiskFactorGeneralInfo>(
        json!({"domainRegistrationDate": "2004-02-30"}),
    );
    assert!(
        e.contains("$.domainRegistrationDate") && e.contains("Date"),
        "{e}"
    );
}

#[test]
fn small_integers_single_and_special_doubles() {
    let c: v1::RgbColor = round_trip(json!({"r": 255, "g": 0, "b": 7}));
    assert_eq!(c.r.value(), Some(&255u8));
    let e = error::<v1::RgbColor>(json!({"r": 256}));
    assert!(e.contains("$.r") && e.contains("Byte"), "{e}");
    // Edm.Single keeps the double value written (no f32 rounding of 0.1).
    let s: v1::ApplicationRiskScore = round_trip(
        json!({"compliance": 0.1, "legal": "INF", "provider": "-INF", "security": "NaN"}),
    );
    assert_eq!(s.legal.value(), Some(&f64::INFINITY));
    assert_eq!(s.provider.value(), Some(&f64::NEG_INFINITY));
    let e = error::<v1::ApplicationRiskScore>(json!({"total": "Infinity"}));
    assert!(e.contains("$.total"), "{e}");
}

#[test]
fn untyped_holds_any_json() {
    let p: v1::DriftedProperty = round_trip(json!({
        "propertyName": "x",
        "currentValue": {"nested": [1, "two", null, {"three": 3.5}]},
        "desiredValue": null
    }));
    assert_eq!(
        p.current_value.value().unwrap().to_value()["nested"][1],
        json!("two")
    );
    assert!(p.desired_value.is_null());
}

#[test]
fn entity_slot_dispatches_among_its_descendants() {
    // microsoft.graph.entity has over 1,000 derived types; the tag picks one.
    let e: v1::AnyEntity = round_trip(
        json!({"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": "Adele"}),
    );
    match &e {
        v1::AnyEntity::User(u) => {
            assert_eq!(u.display_name.value().map(String::as_str), Some("Adele"))
        }
        other => panic!("expected a user, got {other:?}"),
    }
    let e: v1::AnyEntity = round_trip(
        json!({"id": "c1", "@odata.type": "#microsoft.graph.callRecords.callRecord", "version": 3}),
    );
    assert!(matches!(e, v1::AnyEntity::CallRecord(_)), "{e:?}");
    // Same-named types in two namespaces are distinct variants.
    let e: v1::AnyEntity =
        round_trip(json!({"@odata.type": "#microsoft.graph.security.user", "id": "s"}));
    assert!(matches!(e, v1::AnyEntity::SecurityUser(_)), "{e:?}");
}
