//! Conversions of the text-preserving Edm types read from JSON to `time`, `uuid`, bytes and
//! `f64`, and back.

use crate::model;

use model::*;
use msgraph_core::edm::{Binary, Date, DateTimeOffset, Decimal, Duration, Guid, TimeOfDay};
use time::macros::{date, datetime, time};

#[test]
fn edm_values_from_json_convert() {
    let call: Call = msgraph_core::from_str(SAMPLE_CALL).unwrap();
    let created = call.created_date_time.value().unwrap();
    assert_eq!(
        created.to_offset_date_time().unwrap(),
        datetime!(2020-05-28 00:10:54.104318 UTC)
    );
    assert_eq!(
        call.date.value().unwrap().to_date().unwrap(),
        date!(2020 - 05 - 28)
    );
    assert_eq!(
        call.start_time.value().unwrap().to_time().unwrap(),
        time!(08:00)
    );
    assert_eq!(
        call.duration.value().unwrap().to_duration().unwrap(),
        time::Duration::minutes(90)
    );
    assert_eq!(
        call.correlation_id.value().unwrap().to_uuid(),
        uuid::Uuid::parse_str("6f7d3a4e-0b1c-4d2e-9f3a-5b6c7d8e9f01").unwrap()
    );
    assert_eq!(
        call.payload.value().unwrap().decode().unwrap(),
        b"hello world"
    );
    let amount = call.amount.value().unwrap().to_f64();
    assert!((amount - 12_345_678_901_234_567_890.123_456_789).abs() < 1e4);
}

#[test]
fn date_time_offset_conversions() {
    let seven = DateTimeOffset::parse("2020-05-28T00:10:54.1043189+05:30").unwrap();
    let odt = seven.to_offset_date_time().unwrap();
    assert_eq!(odt, datetime!(2020-05-28 00:10:54.1043189 +05:30));
    assert_eq!(
        DateTimeOffset::from(odt).as_str(),
        "2020-05-28T00:10:54.1043189+05:30"
    );
    let more_digits = DateTimeOffset::parse("2020-05-28T00:10:54.123456789123Z").unwrap();
    assert_eq!(
        more_digits.to_offset_date_time().unwrap(),
        datetime!(2020-05-28 00:10:54.123456789 UTC)
    );
    assert_eq!(
        DateTimeOffset::from(datetime!(2021-01-01 0:00 UTC)).as_str(),
        "2021-01-01T00:00:00Z"
    );
    assert_eq!(
        DateTimeOffset::from(datetime!(2021-01-01 0:00 -08:00)).as_str(),
        "2021-01-01T00:00:00-08:00"
    );
    // Valid text outside time's default year range fails to convert, not to parse.
    let far = DateTimeOffset::parse("12020-01-01T00:00:00Z").unwrap();
    assert!(far.to_offset_date_time().is_err());
}

#[test]
fn date_time_of_day_duration_conversions() {
    assert_eq!(Date::from(date!(2024 - 02 - 29)).as_str(), "2024-02-29");
    assert_eq!(
        Date::parse("2024-02-29").unwrap().to_date().unwrap(),
        date!(2024 - 02 - 29)
    );
    assert_eq!(TimeOfDay::from(time!(13:05:09.25)).as_str(), "13:05:09.25");
    assert_eq!(TimeOfDay::from(time!(13:05)).as_str(), "13:05:00");
    let d = Duration::parse("-PT0.5S").unwrap().to_duration().unwrap();
    assert_eq!(d, time::Duration::milliseconds(-500));
    assert_eq!(Duration::from(d).as_str(), "-PT0.5S");
    assert_eq!(
        Duration::from(time::Duration::seconds(90_061)).as_str(),
        "P1DT1H1M1S"
    );
}

#[test]
fn guid_binary_decimal_conversions() {
    let u = uuid::Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
    let g = Guid::from(u);
    assert_eq!(g.as_str(), "01234567-89ab-cdef-0123-456789abcdef");
    assert_eq!(g.to_uuid(), u);
    let b = Binary::encode(&[0xfb, 0xff, 0x00]);
    assert_eq!(b.as_str(), "+/8A");
    assert_eq!(
        Binary::parse("-_8A").unwrap().decode().unwrap(),
        [0xfb, 0xff, 0x00]
    );
    assert_eq!(
        Binary::parse("-_8").unwrap().decode().unwrap(),
        [0xfb, 0xff]
    );
    assert!(Binary::parse("+_8A").is_err());
    let d = Decimal::parse("0.1").unwrap();
    assert_eq!(d.to_f64(), 0.1);
    assert_eq!("1e3".parse::<Decimal>().unwrap().to_f64(), 1000.0);
}
